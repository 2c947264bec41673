// The authorization endpoint of the OAuth 2.0 code flow with PKCE (GET and POST
// /oauth/authorize) and the authorization_code grant, over real HTTP: the sign-in page carries
// the request (escaped), bad requests get an error page and are never redirected, wrong
// credentials get the page again, right ones a redirect to the loopback address with a code
// and the state; the code is good once, for its client, redirect URI and verifier only. The
// server describes itself (RFC 8414) and names itself on the redirect (RFC 9207).
#include "BrowserAgent.h"
#include "DemoPlatform.h"

#include "ApiResources.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using vt::test::ApiClient;

namespace {

const QString who = QStringLiteral("sam.patel");
const QString verifier = QStringLiteral("dBjftJeZ4CVP-mJ92K9AbcdEfghIjklMnopQrstuvwxyz01234");
const QString redirect = QStringLiteral("http://127.0.0.1:49152/callback");

QString challenge(const QString& v)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(v.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray form(const QList<std::pair<QString, QString>>& fields)
{
    QByteArray out;
    for (const auto& [k, v] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}

const QList<QPair<QByteArray, QByteArray>> formType{
    {"Content-Type", "application/x-www-form-urlencoded"}};

} // namespace

class TestOAuthApi final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theSignInPageCarriesTheRequestEscaped();
    void badRequestsGetAnErrorPageAndNoRedirect_data();
    void badRequestsGetAnErrorPageAndNoRedirect();
    void wrongCredentialsShowThePageAgain();
    void theCodeIsGoodOnceForItsVerifierOnly();
    void theServerDescribesAndNamesItself();

private:
    QUrl authorizeUrl(
        const QList<std::pair<QString, QString>>& overrides = {}, const QStringList& without = {});
    // A code for Sam, through the browser agent; empty on failure.
    QString code(const QString& redirectUri = redirect);

    vt::test::DemoPlatform m_demo;
};

void TestOAuthApi::initTestCase()
{
    QString error;
    QVERIFY2(m_demo.start(&error), qPrintable(error));
}

QUrl TestOAuthApi::authorizeUrl(
    const QList<std::pair<QString, QString>>& overrides, const QStringList& without)
{
    QList<std::pair<QString, QString>> fields{
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("client_id"), QStringLiteral("voicetraining-desktop")},
        {QStringLiteral("redirect_uri"), redirect},
        {QStringLiteral("code_challenge"), challenge(verifier)},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
        {QStringLiteral("state"), QStringLiteral("s-123")}};
    for (const auto& [k, v] : overrides) {
        for (auto& f : fields) {
            if (f.first == k)
                f.second = v;
        }
    }
    QByteArray query;
    for (const auto& [k, v] : fields) {
        if (without.contains(k))
            continue;
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    QUrl url(m_demo.server().baseUrl() + QStringLiteral("/oauth/authorize"));
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

QString TestOAuthApi::code(const QString& redirectUri)
{
    vt::test::BrowserAgent browser;
    const vt::test::BrowserAgent::Visit v
        = browser.signIn(authorizeUrl({{QStringLiteral("redirect_uri"), redirectUri}}),
            m_demo.email(who), m_demo.server().password(m_demo.email(who)));
    if (v.submitStatus != 302)
        return {};
    const QUrl back = QUrl::fromEncoded(v.location);
    return QUrlQuery(back).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
}

void TestOAuthApi::theSignInPageCarriesTheRequestEscaped()
{
    vt::test::BrowserAgent browser;
    const auto [status, page]
        = browser.get(authorizeUrl({{QStringLiteral("state"), QStringLiteral("a\"><script>x")}}));
    QCOMPARE(status, 200);
    QVERIFY(page.contains("<form method=\"post\" action=\"/oauth/authorize\">"));
    QVERIFY(page.contains("name=\"state\" value=\"a&quot;&gt;&lt;script&gt;x\""));
    QVERIFY(!page.contains("<script>"));
    QVERIFY(page.contains(challenge(verifier).toLatin1()));

    // The state comes back as it went, beside the code.
    const vt::test::BrowserAgent::Visit v
        = browser.signIn(authorizeUrl({{QStringLiteral("state"), QStringLiteral("a&b=c +")}}),
            m_demo.email(who), m_demo.server().password(m_demo.email(who)));
    QCOMPARE(v.submitStatus, 302);
    const QUrlQuery back(QUrl::fromEncoded(v.location));
    QCOMPARE(back.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
        QStringLiteral("a&b=c +"));
    QVERIFY(v.location.startsWith(redirect.toLatin1() + '?'));
}

void TestOAuthApi::badRequestsGetAnErrorPageAndNoRedirect_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("says");
    QTest::newRow("not loopback") << "redirect_uri"
                                  << "http://evil.example:80/cb"
                                  << "$.redirect_uri";
    QTest::newRow("https loopback") << "redirect_uri"
                                    << "https://127.0.0.1:5000/cb"
                                    << "$.redirect_uri";
    QTest::newRow("localhost name") << "redirect_uri"
                                    << "http://localhost:5000/cb"
                                    << "$.redirect_uri";
    QTest::newRow("no port") << "redirect_uri"
                             << "http://127.0.0.1/cb"
                             << "$.redirect_uri";
    QTest::newRow("unknown client") << "client_id"
                                    << "someone-else"
                                    << "not known";
    QTest::newRow("plain method") << "code_challenge_method"
                                  << "plain"
                                  << "$.code_challenge_method";
    QTest::newRow("short challenge") << "code_challenge"
                                     << "abc"
                                     << "$.code_challenge";
    QTest::newRow("token flow") << "response_type"
                                << "token"
                                << "$.response_type";
    QTest::newRow("no state") << "state"
                              << ""
                              << "$.state";
}

void TestOAuthApi::badRequestsGetAnErrorPageAndNoRedirect()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, says);
    const QUrl url = value.isEmpty() ? authorizeUrl({}, {field}) : authorizeUrl({{field, value}});
    vt::test::BrowserAgent browser;
    const auto [status, page] = browser.get(url);
    QCOMPARE(status, 400);
    QVERIFY2(page.contains(says.toUtf8()), page.constData());
    QVERIFY(!page.contains("<form"));
    // The form posted with the same fault: the same refusal, no redirect.
    const vt::test::BrowserAgent::Visit v
        = browser.signIn(url, m_demo.email(who), m_demo.server().password(m_demo.email(who)));
    QVERIFY(v.location.isEmpty());
    QByteArray body = url.query(QUrl::FullyEncoded).toLatin1() + "&email=x%40y.z&password=p";
    const ApiClient::Reply posted
        = m_demo.api().request("POST", QStringLiteral("/oauth/authorize"), body, formType);
    QCOMPARE(posted.status, 400);
    for (const auto& [name, headerValue] : posted.headers)
        QVERIFY2(name.toLower() != "location", headerValue.constData());
}

void TestOAuthApi::wrongCredentialsShowThePageAgain()
{
    vt::test::BrowserAgent browser;
    const vt::test::BrowserAgent::Visit v
        = browser.signIn(authorizeUrl(), m_demo.email(who), QStringLiteral("not-the-password"));
    QCOMPARE(v.pageStatus, 200);
    QCOMPARE(v.submitStatus, 401);
    QVERIFY(v.location.isEmpty());
    QVERIFY(v.submitPage.contains("The email or password is wrong."));
    QVERIFY(v.submitPage.contains(m_demo.email(who).toUtf8())); // kept in the field
    QVERIFY(v.submitPage.contains("<form"));
}

void TestOAuthApi::theCodeIsGoodOnceForItsVerifierOnly()
{
    const auto exchange = [&](const QString& c, const QString& v, const QString& uri) {
        return m_demo.api().request("POST", QStringLiteral("/api/v1/auth/token"),
            form({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                {QStringLiteral("code"), c}, {QStringLiteral("redirect_uri"), uri},
                {QStringLiteral("client_id"), QStringLiteral("voicetraining-desktop")},
                {QStringLiteral("code_verifier"), v}}),
            formType);
    };
    QString c = code();
    QVERIFY(!c.isEmpty());
    ApiClient::Reply r = exchange(c, verifier, redirect);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("role")).toString(), QStringLiteral("trainee"));
    QVERIFY(!r.json().value(QStringLiteral("refresh_token")).toString().isEmpty());
    const QString access = r.json().value(QStringLiteral("access_token")).toString();
    QCOMPARE(m_demo.api()
                 .get(QStringLiteral("/api/v1/me"), access)
                 .json()
                 .value(QStringLiteral("user"))
                 .toObject()
                 .value(QStringLiteral("email"))
                 .toString(),
        m_demo.email(who));
    // Once only.
    r = exchange(c, verifier, redirect);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));

    // Another verifier: refused, and the code is spent.
    c = code();
    r = exchange(c, QString(verifier).replace(0, 1, QLatin1Char('X')), redirect);
    QCOMPARE(r.status, 400);
    QVERIFY(
        r.json().value(QStringLiteral("detail")).toString().contains(QStringLiteral("verifier")));
    QCOMPARE(exchange(c, verifier, redirect).status, 400);

    // Another redirect URI than the one it was issued for.
    c = code();
    r = exchange(c, verifier, QStringLiteral("http://127.0.0.1:49153/callback"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));

    // A verifier outside RFC 7636's alphabet is a malformed request.
    r = exchange(QStringLiteral("x"), QStringLiteral("short"), redirect);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_request"));
}

void TestOAuthApi::theServerDescribesAndNamesItself()
{
    const ApiClient::Reply r
        = m_demo.api().get(QStringLiteral("/.well-known/oauth-authorization-server"));
    QCOMPARE(r.status, 200);
    // The client's own parser takes it, and it says what the desktop app needs.
    const vt::protocol::Parsed<vt::protocol::AuthServerMetadata> m
        = vt::protocol::parseAuthServerMetadata(r.body);
    QVERIFY2(m, qPrintable(m.error().malformed + m.error().fields.summary()));
    const QString issuer = m_demo.server().baseUrl();
    QCOMPARE(m->issuer, issuer);
    QCOMPARE(m->authorizationEndpoint, issuer + QStringLiteral("/oauth/authorize"));
    QCOMPARE(m->tokenEndpoint, issuer + QStringLiteral("/api/v1/auth/token"));
    QCOMPARE(m->revocationEndpoint, issuer + QStringLiteral("/api/v1/auth/revoke"));
    QCOMPARE(m->codeChallengeMethods, QStringList{QStringLiteral("S256")});
    QVERIFY(m->responseTypes.contains(QStringLiteral("code")));
    QVERIFY(m->issParameter);

    // The redirect back to the app names the issuer, byte for byte as the document does.
    vt::test::BrowserAgent browser;
    const vt::test::BrowserAgent::Visit v = browser.signIn(
        authorizeUrl(), m_demo.email(who), m_demo.server().password(m_demo.email(who)));
    QCOMPARE(v.submitStatus, 302);
    const QUrlQuery back(QUrl::fromEncoded(v.location));
    QCOMPARE(back.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded), issuer);
    QCOMPARE(
        back.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), QStringLiteral("s-123"));
}

QTEST_GUILESS_MAIN(TestOAuthApi)
#include "TestOAuthApi.moc"
