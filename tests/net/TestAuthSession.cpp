// Sign-in against a real voicetraining-server (behind the HTTP proxy, which counts requests)
// with the refresh token in a real keychain (gnome-keyring on the `keyring` fixture's private
// D-Bus session): the password grant, resuming in a new process from the keychain, silent
// renewal of an expired access token (once for many requests, and without two processes
// revoking each other by reusing a rotated token), offline starts from the store, and
// sign-out revoking on the platform.
#include "BrowserAgent.h"
#include "DemoPlatform.h"
#include "HttpFaultProxy.h"
#include "OkServer.h"

#include "Accounts.h"
#include "AuthSession.h"
#include "BrowserSignIn.h"
#include "Clock.h"
#include "Keychain.h"
#include "LocalStore.h"
#include "PlatformClient.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <memory>
#include <optional>

using vt::net::AuthSession;
using vt::net::BrowserSignIn;
using vt::net::Keychain;
using vt::net::PlatformClient;

namespace {

// The server's access tokens in these tests. Long enough that a renewed token is still valid
// when a loaded machine resends the request with it (an "exp" in whole seconds gives a 1 s
// token between 0 and 1 s of life, which a slow keychain write outlived); short enough to wait
// out. outliveAccessTokenMs is past any token's expiry.
constexpr int accessTokenTtlSeconds = 4;
constexpr int outliveAccessTokenMs = accessTokenTtlSeconds * 1000 + 1100;

const QString who = QStringLiteral("sam.patel");

// One app process: its client, its store connection and its sign-in.
struct Process {
    std::unique_ptr<PlatformClient> client;
    std::unique_ptr<vt::net::LocalStore> store;
    std::unique_ptr<AuthSession> session;
};

AuthSession::Outcome run(const std::function<void(AuthSession::Callback)>& start)
{
    std::optional<AuthSession::Outcome> outcome;
    QEventLoop loop;
    start([&](const AuthSession::Outcome& o) {
        outcome = o;
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return *outcome;
}

vt::net::ApiResult call(const std::function<void(PlatformClient::Callback)>& start)
{
    std::optional<vt::net::ApiResult> result;
    QEventLoop loop;
    start([&](const vt::net::ApiResult& r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

Keychain::Result keychainDo(const std::function<void(Keychain::Callback)>& start)
{
    std::optional<Keychain::Result> result;
    QEventLoop loop;
    start([&](const Keychain::Result& r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace

class TestAuthSession final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void passwordSignInKeepsTheRefreshTokenInTheKeychainOnly();
    void aNewProcessResumesFromTheKeychain();
    void anExpiredAccessTokenIsRenewedOnceForManyRequests();
    void twoProcessesRenewWithoutRevokingEachOther();
    void offlineStartIsSignedInFromTheStore();
    void signOutRevokesOnThePlatformAndForgetsHere();
    void anEndedSignInAsksToSignInAgain();
    void wrongPasswordSaysSoAndStoresNothing();
    void browserSignInWithPkce();
    void aForgedReturnIsRefusedAndTheWaitEnds();
    void noBrowserSaysWhereToGo();
    void aManagedSignInServiceIsDiscoveredAndUsedAlone();
    void aSignInServiceThatIsNotTheOneManagedIsRefused();
    void aReturnFromAnotherIssuerIsRefused();

private:
    Process process();
    QString storedToken();
    // Sam signs in, in "the browser", once the app waits for its return: the page the app
    // opened and the browser's visit.
    AuthSession::Outcome signInInTheBrowser(
        Process& p, QUrl* opened, vt::test::BrowserAgent::Visit* visit);
    int tokenRequests() const { return m_proxy.count("POST", QStringLiteral("/auth/token")); }

    vt::test::DemoPlatform m_demo;
    vt::test::HttpFaultProxy m_proxy;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Keychain> m_keychain;
    vt::protocol::SystemClock m_clock;
    QString m_password;
};

void TestAuthSession::initTestCase()
{
    QString error;
    // Access tokens live a few seconds, so a test can outlive one.
    QVERIFY2(m_demo.start(&error,
                 {QStringLiteral("--access-token-ttl"), QString::number(accessTokenTtlSeconds)}),
        qPrintable(error));
    QVERIFY2(m_proxy.listen(&error), qPrintable(error));
    m_proxy.setUpstreamPort(m_demo.server().port());
    m_password = m_demo.server().password(m_demo.email(who));
    QVERIFY(!m_password.isEmpty());

    // The keychain must be real: say loudly why when it is not.
    Keychain probe(QStringLiteral("VoiceTraining-test-probe"));
    const Keychain::Result r = keychainDo([&](Keychain::Callback done) {
        probe.write(QStringLiteral("probe"), QStringLiteral("x"), done);
    });
    QVERIFY2(r.ok(),
        qPrintable(
            QStringLiteral("no usable Secret Service on DBUS_SESSION_BUS_ADDRESS=%1: %2 "
                           "(the keyring fixture, tests/support/keyring-session, starts one)")
                .arg(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"), r.error)));
}

void TestAuthSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    // A service of its own per test function: nothing carries over between them.
    m_keychain = std::make_unique<Keychain>(
        QStringLiteral("VoiceTraining-test-") + QUuid::createUuid().toString(QUuid::Id128));
}

void TestAuthSession::cleanup()
{
    m_keychain.reset();
    m_dir.reset();
}

Process TestAuthSession::process()
{
    Process p;
    p.client = std::make_unique<PlatformClient>(QUrl(m_proxy.url()));
    p.store = std::make_unique<vt::net::LocalStore>();
    if (const vt::Result<void> opened
        = p.store->open(m_dir->filePath(QStringLiteral("store.sqlite")));
        !opened)
        qWarning("%s", qPrintable(opened.error()));
    p.session = std::make_unique<AuthSession>(*p.client, *p.store, m_keychain.get(),
        m_dir->filePath(QStringLiteral("signin.lock")), m_clock);
    return p;
}

AuthSession::Outcome TestAuthSession::signInInTheBrowser(
    Process& p, QUrl* opened, vt::test::BrowserAgent::Visit* visit)
{
    vt::test::BrowserAgent browser;
    return run([&](AuthSession::Callback done) {
        p.session->signInWithBrowser(
            [&](const QUrl& url) {
                *opened = url;
                QTimer::singleShot(
                    0, [&, url] { *visit = browser.signIn(url, m_demo.email(who), m_password); });
                return true;
            },
            done);
    });
}

QString TestAuthSession::storedToken()
{
    Process p = process();
    const QString account = QStringLiteral("refresh-token@") + p.client->key();
    return keychainDo([&](Keychain::Callback done) { m_keychain->read(account, done); }).secret;
}

void TestAuthSession::passwordSignInKeepsTheRefreshTokenInTheKeychainOnly()
{
    Process p = process();
    const AuthSession::Outcome o = run([&](AuthSession::Callback done) {
        p.session->signInWithPassword(m_demo.email(who), m_password, done);
    });
    QVERIFY2(o.signedIn, qPrintable(o.error.message));
    QVERIFY2(o.warning.isEmpty(), qPrintable(o.warning));
    QVERIFY(p.client->isSignedIn());

    // Who: role and org from the token answer and /me.
    const std::optional<vt::net::Account> account = p.session->account();
    QVERIFY(account);
    QCOMPARE(account->email, m_demo.email(who));
    QCOMPARE(account->role, QStringLiteral("trainee"));
    QCOMPARE(account->userId, m_demo.userId(who));
    QVERIFY(!account->orgName.isEmpty());
    QVERIFY(!account->displayName.isEmpty());

    // The refresh token is in the keychain, and nowhere in the store's files.
    const QString token = storedToken();
    QVERIFY(token.size() > 20);
    p.store.reset();
    for (const QString& name : QDir(m_dir->path()).entryList(QDir::Files)) {
        QFile f(m_dir->filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(token.toUtf8()), qPrintable(name));
        QVERIFY2(!bytes.contains(m_password.toUtf8()), qPrintable(name));
    }
}

void TestAuthSession::aNewProcessResumesFromTheKeychain()
{
    {
        Process first = process();
        QVERIFY(run([&](AuthSession::Callback done) {
            first.session->signInWithPassword(m_demo.email(who), m_password, done);
        }).signedIn);
    }
    const QString before = storedToken();
    Process second = process();
    QVERIFY(!second.client->isSignedIn());
    const AuthSession::Outcome o
        = run([&](AuthSession::Callback done) { second.session->resume(done); });
    QVERIFY2(o.signedIn && !o.offline, qPrintable(o.error.message));
    const vt::net::ApiResult me
        = call([&](auto done) { second.client->get(QStringLiteral("/api/v1/me"), done); });
    QCOMPARE(me.status, 200);
    // The token rotated: the keychain holds the successor, and the old one is spent.
    const QString after = storedToken();
    QVERIFY(!after.isEmpty());
    QVERIFY(after != before);
}

void TestAuthSession::anExpiredAccessTokenIsRenewedOnceForManyRequests()
{
    Process p = process();
    QVERIFY(run([&](AuthSession::Callback done) {
        p.session->signInWithPassword(m_demo.email(who), m_password, done);
    }).signedIn);
    // Outlive the access token (the server's clock decides, so this is a wait, not a race).
    QTest::qWait(outliveAccessTokenMs);
    const int before = tokenRequests();
    QEventLoop loop;
    QList<int> statuses;
    for (int i = 0; i < 4; ++i) {
        p.client->get(QStringLiteral("/api/v1/me"), [&](const vt::net::ApiResult& r) {
            statuses.append(r.status);
            if (statuses.size() == 4)
                loop.quit();
        });
    }
    loop.exec();
    QCOMPARE(statuses, QList<int>({200, 200, 200, 200}));
    QCOMPARE(tokenRequests() - before, 1);
    QVERIFY(m_proxy.count("GET", QStringLiteral("/api/v1/me")) >= 8);
}

void TestAuthSession::twoProcessesRenewWithoutRevokingEachOther()
{
    Process a = process();
    QVERIFY(run([&](AuthSession::Callback done) {
        a.session->signInWithPassword(m_demo.email(who), m_password, done);
    }).signedIn);
    Process b = process();
    QVERIFY(run([&](AuthSession::Callback done) { b.session->resume(done); }).signedIn);
    QTest::qWait(outliveAccessTokenMs);
    // Both renew at once; the lock lets one rotate the token and the other read its successor.
    QEventLoop loop;
    QList<int> statuses;
    auto onAnswer = [&](const vt::net::ApiResult& r) {
        statuses.append(r.status);
        if (statuses.size() == 2)
            loop.quit();
    };
    a.client->get(QStringLiteral("/api/v1/me"), onAnswer);
    b.client->get(QStringLiteral("/api/v1/me"), onAnswer);
    loop.exec();
    QCOMPARE(statuses, QList<int>({200, 200}));
    // The sign-in is intact: a third process still resumes.
    Process c = process();
    const AuthSession::Outcome o
        = run([&](AuthSession::Callback done) { c.session->resume(done); });
    QVERIFY2(o.signedIn, qPrintable(o.error.message));
}

void TestAuthSession::offlineStartIsSignedInFromTheStore()
{
    {
        Process first = process();
        QVERIFY(run([&](AuthSession::Callback done) {
            first.session->signInWithPassword(m_demo.email(who), m_password, done);
        }).signedIn);
    }
    // The platform does not answer: the proxy refuses the renewal's connections (Qt's HTTP
    // stack tries a connection closed before any answer again by itself).
    Process offline = process();
    for (int i = 0; i < 3; ++i)
        m_proxy.addFault(
            vt::test::HttpFaultProxy::Fault::Refuse, "POST", QStringLiteral("/auth/token"));
    AuthSession& session = *offline.session;
    const AuthSession::Outcome o = run([&](AuthSession::Callback done) { session.resume(done); });
    QVERIFY(o.signedIn);
    QVERIFY(o.offline);
    m_proxy.clearFaults();
    QCOMPARE(o.error.type, QStringLiteral("network"));
    QCOMPARE(session.account()->email, m_demo.email(who));
    // The token was not spent: back online, the sign-in resumes.
    Process online = process();
    QVERIFY(run([&](AuthSession::Callback done) { online.session->resume(done); }).signedIn);
}

void TestAuthSession::signOutRevokesOnThePlatformAndForgetsHere()
{
    Process p = process();
    QVERIFY(run([&](AuthSession::Callback done) {
        p.session->signInWithPassword(m_demo.email(who), m_password, done);
    }).signedIn);
    const QString token = storedToken();
    const AuthSession::Outcome o
        = run([&](AuthSession::Callback done) { p.session->signOut(done); });
    QVERIFY2(!o.error.isError(), qPrintable(o.error.message));
    QVERIFY2(o.warning.isEmpty(), qPrintable(o.warning));
    QCOMPARE(m_proxy.count("POST", QStringLiteral("/auth/revoke")) > 0, true);
    QVERIFY(!p.client->isSignedIn());
    QVERIFY(!p.session->account());
    QVERIFY(storedToken().isEmpty());
    // The platform no longer takes the token.
    PlatformClient probe{QUrl(m_proxy.url())};
    const vt::net::ApiResult r = call([&](auto done) { probe.refresh(token, done); });
    QCOMPARE(r.status, 400);
    // And a new process is signed out.
    Process next = process();
    const AuthSession::Outcome again
        = run([&](AuthSession::Callback done) { next.session->resume(done); });
    QVERIFY(!again.signedIn);
    QCOMPARE(again.error.type, QStringLiteral("signed-out"));
}

void TestAuthSession::anEndedSignInAsksToSignInAgain()
{
    Process p = process();
    QVERIFY(run([&](AuthSession::Callback done) {
        p.session->signInWithPassword(m_demo.email(who), m_password, done);
    }).signedIn);
    // The platform ends the sign-in behind this process's back (revoked elsewhere).
    PlatformClient other{QUrl(m_proxy.url())};
    QCOMPARE(call([&](auto done) { other.revoke(storedToken(), done); }).status, 200);
    QTest::qWait(outliveAccessTokenMs);
    QSignalSpy expired(p.session.get(), &AuthSession::signInExpired);
    const vt::net::ApiResult me
        = call([&](auto done) { p.client->get(QStringLiteral("/api/v1/me"), done); });
    QCOMPARE(me.status, 401);
    QCOMPARE(expired.size(), 1);
    QVERIFY(expired.first().first().toString().contains(QStringLiteral("sign in again")));
    QVERIFY(storedToken().isEmpty());
}

void TestAuthSession::wrongPasswordSaysSoAndStoresNothing()
{
    Process p = process();
    const AuthSession::Outcome o = run([&](AuthSession::Callback done) {
        p.session->signInWithPassword(m_demo.email(who), QStringLiteral("not-the-password"), done);
    });
    QVERIFY(!o.signedIn);
    QCOMPARE(o.error.status, 400);
    QVERIFY(!o.error.message.isEmpty());
    QVERIFY(!p.session->account());
    QVERIFY(storedToken().isEmpty());
}

void TestAuthSession::browserSignInWithPkce()
{
    Process p = process();
    vt::test::BrowserAgent::Visit visit;
    QUrl opened;
    const AuthSession::Outcome o = signInInTheBrowser(p, &opened, &visit);
    QVERIFY2(o.signedIn, qPrintable(o.error.message));
    QVERIFY(o.kept);
    // The request: S256 challenge, a loopback redirect on an ephemeral port, a state.
    const QUrlQuery q(opened);
    QCOMPARE(opened.path(), QStringLiteral("/oauth/authorize"));
    QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    QCOMPARE(q.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    const QUrl redirect(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(redirect.port() > 0);
    QVERIFY(q.queryItemValue(QStringLiteral("state")).size() >= 16);
    // The browser was sent back to the app, which thanked it.
    QCOMPARE(visit.submitStatus, 302);
    QCOMPARE(visit.returnStatus, 200);
    QVERIFY(visit.returnPage.contains("You are signed in."));
    // Signed in as Sam (the email came from /me), the refresh token in the keychain.
    QCOMPARE(p.session->account()->email, m_demo.email(who));
    QVERIFY(!storedToken().isEmpty());
    QCOMPARE(
        call([&](auto done) { p.client->get(QStringLiteral("/api/v1/me"), done); }).status, 200);
    // S256 as RFC 7636 appendix B works it, and verifiers of 43 characters, never the same.
    QCOMPARE(
        BrowserSignIn::challengeOf(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
        QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    QCOMPARE(BrowserSignIn::newVerifier().size(), 43);
    QVERIFY(BrowserSignIn::newVerifier() != BrowserSignIn::newVerifier());
}

void TestAuthSession::aForgedReturnIsRefusedAndTheWaitEnds()
{
    Process p = process();
    vt::test::BrowserAgent browser;
    int forgedStatus = 0;
    BrowserSignIn flow(
        QUrl(m_proxy.url() + QStringLiteral("/oauth/authorize")), [&](const QUrl& url) {
            const QUrl redirect(
                QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
            QTimer::singleShot(0, [&, redirect] {
                QUrl forged = redirect;
                forged.setQuery(QStringLiteral("code=stolen&state=not-the-state"));
                forgedStatus = browser.get(forged).first;
            });
            return true;
        });
    flow.setTimeout(1500);
    std::optional<BrowserSignIn::Result> result;
    QEventLoop loop;
    flow.start([&](const BrowserSignIn::Result& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    QCOMPARE(forgedStatus, 400);
    QVERIFY(!result->ok);
    QVERIFY2(result->error.contains(QStringLiteral("not finished")), qPrintable(result->error));
}

void TestAuthSession::noBrowserSaysWhereToGo()
{
    Process p = process();
    const AuthSession::Outcome o = run([&](AuthSession::Callback done) {
        p.session->signInWithBrowser([](const QUrl&) { return false; }, done);
    });
    QVERIFY(!o.signedIn);
    QVERIFY2(
        o.error.message.contains(QStringLiteral("/oauth/authorize?")), qPrintable(o.error.message));
    QVERIFY(!p.session->account());
}

void TestAuthSession::aManagedSignInServiceIsDiscoveredAndUsedAlone()
{
    // The reference platform is its own authorization server: its issuer is its address.
    const QString issuer = m_proxy.url();
    Process p = process();
    p.session->setIssuer(issuer);
    const int tokensBefore = tokenRequests();
    const int metadataBefore
        = m_proxy.count("GET", QStringLiteral("/.well-known/oauth-authorization-server"));
    // No password sign-in behind the organisation's back.
    AuthSession::Outcome o = run([&](AuthSession::Callback done) {
        p.session->signInWithPassword(m_demo.email(who), m_password, done);
    });
    QVERIFY(!o.signedIn);
    QCOMPARE(o.error.type, QStringLiteral("sso"));
    QVERIFY2(o.error.message.contains(issuer), qPrintable(o.error.message));
    QCOMPARE(tokenRequests(), tokensBefore);

    vt::test::BrowserAgent::Visit visit;
    QUrl opened;
    o = signInInTheBrowser(p, &opened, &visit);
    QVERIFY2(o.signedIn, qPrintable(o.error.message));
    // The metadata was read (RFC 8414 3.1) and its authorization endpoint opened; the return
    // named the issuer and was taken.
    QCOMPARE(m_proxy.count("GET", QStringLiteral("/.well-known/oauth-authorization-server")),
        metadataBefore + 1);
    QCOMPARE(opened.toString(QUrl::RemoveQuery), issuer + QStringLiteral("/oauth/authorize"));
    QVERIFY(QUrlQuery(QUrl::fromEncoded(visit.location)).hasQueryItem(QStringLiteral("iss")));
    QCOMPARE(visit.returnStatus, 200);
    QCOMPARE(p.session->account()->email, m_demo.email(who));

    // A new process renews at the token endpoint the metadata names, read once again there.
    const int before = tokenRequests();
    QTest::qWait(outliveAccessTokenMs); // the access token has expired
    Process next = process();
    next.session->setIssuer(issuer);
    o = run([&](AuthSession::Callback done) { next.session->resume(done); });
    QVERIFY2(o.signedIn && !o.offline, qPrintable(o.error.message));
    QCOMPARE(tokenRequests(), before + 1);
    QCOMPARE(m_proxy.count("GET", QStringLiteral("/.well-known/oauth-authorization-server")),
        metadataBefore + 2);

    // Signing out revokes at the revocation endpoint.
    const int revokes = m_proxy.count("POST", QStringLiteral("/auth/revoke"));
    o = run([&](AuthSession::Callback done) { next.session->signOut(done); });
    QVERIFY2(o.warning.isEmpty(), qPrintable(o.warning));
    QCOMPARE(m_proxy.count("POST", QStringLiteral("/auth/revoke")), revokes + 1);
}

void TestAuthSession::aSignInServiceThatIsNotTheOneManagedIsRefused()
{
    // A metadata document that answers for another issuer (RFC 8414 3.3), or lacks PKCE.
    vt::test::OkServer service;
    QVERIFY(service.listen());
    const QString issuer = QStringLiteral("http://127.0.0.1:%1").arg(service.port());
    const auto document = [&](const QString& named, const char* methods) {
        return QStringLiteral(R"({"issuer":"%1","authorization_endpoint":"%1/authorize",)"
                              R"("token_endpoint":"%1/token","response_types_supported":["code"],)"
                              R"("code_challenge_methods_supported":[%2]})")
            .arg(named, QLatin1String(methods))
            .toUtf8();
    };
    struct Case {
        QByteArray body;
        QString said;
    };
    const QList<Case> cases{
        {document(QStringLiteral("https://login.elsewhere.example"), "\"S256\""),
            QStringLiteral("it names itself https://login.elsewhere.example")},
        {document(issuer, "\"plain\""), QStringLiteral("PKCE")},
        {R"({"issuer":7})", QStringLiteral("$.issuer")},
    };
    for (const Case& c : cases) {
        service.setBody(c.body);
        Process p = process();
        p.session->setIssuer(issuer);
        bool opened = false;
        const AuthSession::Outcome o = run([&](AuthSession::Callback done) {
            p.session->signInWithBrowser(
                [&](const QUrl&) {
                    opened = true;
                    return false;
                },
                done);
        });
        QVERIFY(!o.signedIn);
        QVERIFY2(!opened, "the browser was sent to a service that is not the managed one");
        QCOMPARE(o.error.type, QStringLiteral("sso"));
        QVERIFY2(o.error.message.contains(issuer) && o.error.message.contains(c.said),
            qPrintable(o.error.message));
    }
    // Not an issuer identifier at all: said before anything is fetched.
    Process p = process();
    p.session->setIssuer(QStringLiteral("http://login.example.com"));
    const AuthSession::Outcome o = run([&](AuthSession::Callback done) {
        p.session->signInWithBrowser([](const QUrl&) { return false; }, done);
    });
    QCOMPARE(o.error.type, QStringLiteral("sso"));
    QVERIFY2(o.error.message.contains(QStringLiteral("https")), qPrintable(o.error.message));
    QCOMPARE(
        vt::net::SignInService::metadataUrl(QStringLiteral("https://idp.example/tenants/summit")),
        QUrl(QStringLiteral("https://idp.example/.well-known/oauth-authorization-server/tenants/"
                            "summit")));
}

void TestAuthSession::aReturnFromAnotherIssuerIsRefused()
{
    // The mix-up attack RFC 9207 stops: the browser comes back with a code from a server
    // that is not the one this sign-in expects.
    vt::test::BrowserAgent browser;
    vt::test::BrowserAgent::Visit visit;
    BrowserSignIn flow(
        QUrl(m_proxy.url() + QStringLiteral("/oauth/authorize")), [&](const QUrl& url) {
            QTimer::singleShot(
                0, [&, url] { visit = browser.signIn(url, m_demo.email(who), m_password); });
            return true;
        });
    flow.expectIssuer(QStringLiteral("https://login.summitlending.example"), true);
    std::optional<BrowserSignIn::Result> result;
    QEventLoop loop;
    flow.start([&](const BrowserSignIn::Result& r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    QCOMPARE(visit.submitStatus, 302);
    QCOMPARE(visit.returnStatus, 400);
    QVERIFY(!result->ok);
    QVERIFY(result->code.isEmpty());
    QVERIFY2(result->error.contains(m_proxy.url())
            && result->error.contains(QStringLiteral("https://login.summitlending.example")),
        qPrintable(result->error));
}

QTEST_GUILESS_MAIN(TestAuthSession)
#include "TestAuthSession.moc"
