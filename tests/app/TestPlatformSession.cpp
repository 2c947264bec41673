// The desktop app's connection to its platform, against a real voicetraining-server (behind
// the HTTP proxy, to take it away) and a real keyring: signed out until a sign-in, signed in
// again on the next start from the keychain, signed in offline on the stored account when the
// platform does not answer and back online once it does, signed out for good; and the
// embedded platform, signed in at once.
#include "ChatDouble.h"
#include "DemoPlatform.h"
#include "HttpFaultProxy.h"

#include "BuildInfo.h"
#include "OfflinePractice.h"
#include "PlatformSession.h"
#include "Policy.h"
#include "Settings.h"

#include "Clock.h"
#include "PlatformApi.h"
#include "PlatformClient.h"
#include "SyncEngine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using vt::app::PlatformSession;
using State = vt::app::PlatformSession::State;
using Fault = vt::test::HttpFaultProxy::Fault;

namespace {

const QString who = QStringLiteral("sam.patel");

} // namespace

class TestPlatformSession final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hostedSignInResumeOfflineAndSignOut();
    void theEmbeddedPlatformSignsInAtOnce();
    void offlinePracticePlaysThePlatformsScenarioHere();
    void theEmbeddedPlatformPlaysTheAiProspectTheSettingsName();

private:
    std::unique_ptr<vt::app::Settings> settings(const QString& platformUrl);

    vt::test::DemoPlatform m_demo;
    vt::test::HttpFaultProxy m_proxy;
    QTemporaryDir m_dir;
    vt::protocol::SystemClock m_clock;
};

void TestPlatformSession::initTestCase()
{
    vt::app::applyApplicationIdentity();
    QString error;
    QVERIFY2(m_demo.start(&error), qPrintable(error));
    QVERIFY2(m_proxy.listen(&error), qPrintable(error));
    m_proxy.setUpstreamPort(m_demo.server().port());
}

std::unique_ptr<vt::app::Settings> TestPlatformSession::settings(const QString& platformUrl)
{
    auto s = std::make_unique<vt::app::Settings>(
        std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat),
        vt::app::Policy::load({}));
    const std::optional<vt::app::SettingError> error = platformUrl.isEmpty()
        ? s->resetValue(QStringLiteral("platform.url"))
        : s->setValue(QStringLiteral("platform.url"), platformUrl);
    if (error)
        qFatal("platform.url: %s", qPrintable(error->message));
    return s;
}

void TestPlatformSession::hostedSignInResumeOfflineAndSignOut()
{
    const std::unique_ptr<vt::app::Settings> s = settings(m_proxy.url());
    QString error;
    {
        PlatformSession session(*s, m_clock);
        {
            const vt::Result<void> opened = session.open();
            QVERIFY2(opened, qPrintable(opened.error()));
        }
        session.connectToPlatform();
        QCOMPARE(session.state(), State::SignedOut);
        QVERIFY(session.lastError().isEmpty()); // not an error: nobody signed in yet
        std::optional<vt::net::CatalogSync::Report> report;
        connect(&session, &PlatformSession::catalogRefreshed, this,
            [&](const vt::net::CatalogSync::Report& r) { report = r; });
        session.signInWithPassword(m_demo.email(who), m_demo.server().password(m_demo.email(who)));
        QTRY_COMPARE(session.state(), State::SignedIn);
        QVERIFY(!session.isOffline());
        QCOMPARE(session.account()->email, m_demo.email(who));
        QVERIFY(session.sync() && session.api());
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 20000);
        QVERIFY2(report->ok(), qPrintable(report->errors.join(QLatin1Char('\n'))));
        QCOMPARE(report->assignments, 2);
    }
    {
        // The next start: signed in again from the keychain.
        PlatformSession session(*s, m_clock);
        QVERIFY(session.open());
        session.connectToPlatform();
        QCOMPARE(session.state(), State::SigningIn);
        QTRY_COMPARE(session.state(), State::SignedIn);
        QVERIFY(!session.isOffline());
    }
    {
        // The platform does not answer: signed in on the stored account, offline, with the
        // cached assignments; once it answers again, online.
        for (int i = 0; i < 40; ++i)
            m_proxy.addFault(Fault::Refuse);
        PlatformSession session(*s, m_clock);
        QVERIFY(session.open());
        session.connectToPlatform();
        QTRY_COMPARE(session.state(), State::SignedIn);
        QVERIFY(session.isOffline());
        QCOMPARE(session.account()->displayName, QStringLiteral("Sam Patel"));
        std::optional<vt::net::Fetched<QList<vt::protocol::Assignment>>> assignments;
        session.api()->assignments(this, [&](const auto& f) { assignments = f; });
        QTRY_VERIFY(assignments.has_value());
        QVERIFY(assignments->ok() && assignments->fromCache);
        QCOMPARE(assignments->value->size(), 2);
        m_proxy.clearFaults();
        session.refreshCatalog();
        QTRY_VERIFY_WITH_TIMEOUT(!session.isOffline(), 20000);

        session.signOut();
        QTRY_COMPARE(session.state(), State::SignedOut);
        QVERIFY(!session.account());
    }
    {
        PlatformSession session(*s, m_clock);
        QVERIFY(session.open());
        session.connectToPlatform();
        QCOMPARE(session.state(), State::SignedOut);
    }
}

void TestPlatformSession::theEmbeddedPlatformSignsInAtOnce()
{
    const std::unique_ptr<vt::app::Settings> s = settings({});
    PlatformSession session(*s, m_clock);
    QString error;
    QVERIFY(session.open());
    session.connectToPlatform();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::SignedIn, 30000);
    QVERIFY(session.isLocal());
    QCOMPARE(session.platformKey(), QStringLiteral("local"));
    QCOMPARE(session.account()->role, QStringLiteral("trainee"));
}

void TestPlatformSession::offlinePracticePlaysThePlatformsScenarioHere()
{
    const std::unique_ptr<vt::app::Settings> s = settings(m_proxy.url());
    PlatformSession session(*s, m_clock);
    QString error;
    QVERIFY(session.open());
    QVERIFY(session.prepare());
    session.signInWithPassword(m_demo.email(who), m_demo.server().password(m_demo.email(who)));
    QTRY_COMPARE(session.state(), State::SignedIn);
    std::optional<vt::net::Fetched<QList<vt::protocol::ScenarioSummary>>> list;
    session.api()->scenarios(this, [&](const auto& f) { list = f; });
    QTRY_VERIFY(list.has_value());
    QVERIFY(list->ok() && !list->value->isEmpty());
    const QString id = list->value->first().id;
    std::optional<vt::net::Fetched<vt::protocol::Scenario>> scenario;
    session.api()->scenario(this, id, [&](const auto& f) { scenario = f; });
    QTRY_VERIFY(scenario.has_value());
    QVERIFY(scenario->ok());

    // The practice platform on this computer serves the hosted platform's scenario to its
    // own trainee, signed in.
    QObject owner;
    std::optional<QString> outcome;
    vt::app::OfflinePractice* practice = session.startOfflinePractice(
        scenario->value->document, &owner, [&](const QString& e) { outcome = e; });
    QCOMPARE(practice->parent(), &owner);
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
    QVERIFY2(outcome->isEmpty(), qPrintable(*outcome));
    QCOMPARE(practice->client().key(), QStringLiteral("local"));
    QVERIFY(practice->client().isSignedIn());
    std::optional<vt::net::ApiResult> served;
    practice->client().get(
        QStringLiteral("/api/v1/scenarios/%1").arg(id), [&](const auto& r) { served = r; });
    QTRY_VERIFY(served.has_value());
    QCOMPARE(served->status, 200);
    QCOMPARE(served->json.object().value(QStringLiteral("title")), scenario->value->summary.title);

    // One whose owner is gone is gone too, and never answers.
    bool answered = false;
    auto* shortLived = new QObject;
    const QPointer<vt::app::OfflinePractice> orphan = session.startOfflinePractice(
        scenario->value->document, shortLived, [&](const QString&) { answered = true; });
    delete shortLived;
    QVERIFY(orphan.isNull());
    QTest::qWait(300);
    QVERIFY(!answered);

    // An organisation that does not allow it gets a sentence saying so, at once.
    QVERIFY(!s->setValue(QStringLiteral("practice.local_allowed"), QStringLiteral("off")));
    std::optional<QString> refused;
    session.startOfflinePractice(
        scenario->value->document, &owner, [&](const QString& e) { refused = e; });
    QVERIFY(refused.has_value());
    QVERIFY2(refused->contains(QStringLiteral("practice.local_allowed")), qPrintable(*refused));
    QVERIFY(!s->resetValue(QStringLiteral("practice.local_allowed")));
}

// Practice on this computer with an AI prospect (docs/engines.md): practice.ai_url and
// practice.ai_model name an OpenAI-compatible server, the key is kept in the keychain, and the
// embedded platform tells each call what plays the prospect; a change applies to the next call.
void TestPlatformSession::theEmbeddedPlatformPlaysTheAiProspectTheSettingsName()
{
    vt::test::ChatDouble chat;
    QVERIFY(chat.listen());
    const std::unique_ptr<vt::app::Settings> s = settings({});
    QVERIFY(!s->setValue(QStringLiteral("practice.ai_url"), chat.baseUrl()));
    QVERIFY(!s->setValue(QStringLiteral("practice.ai_model"), QStringLiteral("llama3.1:8b")));
    QCOMPARE(s->setValue(QStringLiteral("practice.ai_url"), QStringLiteral("ftp://x"))->message,
        QStringLiteral("practice.ai_url must be an http(s) address such as "
                       "http://127.0.0.1:11434/v1, without a user name or password."));
    PlatformSession session(*s, m_clock);
    QVERIFY(session.open());
    session.connectToPlatform();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::SignedIn, 30000);
    QVERIFY(session.isLocal());

    std::optional<QString> stored;
    session.setAiKey(QStringLiteral("sk-embedded-123"), [&](const QString& e) { stored = e; });
    QTRY_VERIFY(stored.has_value());
    QVERIFY2(stored->isEmpty(), qPrintable(*stored));

    const auto prospectOfANewCall = [&]() -> QString {
        std::optional<vt::net::Fetched<QList<vt::protocol::ScenarioSummary>>> list;
        session.api()->scenarios(this, [&](const auto& f) { list = f; });
        if (!QTest::qWaitFor([&] { return list.has_value(); }, 10000) || !list->ok())
            return QStringLiteral("no scenarios");
        std::optional<vt::net::ApiResult> started;
        session.client()->send("POST", QStringLiteral("/api/v1/calls"),
            QJsonDocument(QJsonObject{{QStringLiteral("scenario_id"), list->value->first().id}}),
            QString(), [&](const vt::net::ApiResult& r) { started = r; });
        if (!QTest::qWaitFor([&] { return started.has_value(); }, 10000))
            return QStringLiteral("no answer");
        return started->json.object()
            .value(QStringLiteral("voice"))
            .toObject()
            .value(QStringLiteral("prospect"))
            .toString();
    };
    QCOMPARE(prospectOfANewCall(), QStringLiteral("ai"));
    // The practice script again from the next call, without a restart.
    QVERIFY(!s->setValue(QStringLiteral("practice.ai_url"), QString()));
    QCOMPARE(prospectOfANewCall(), QStringLiteral("script"));

    // The key is the keychain's: a new session reads it back for the calls.
    QVERIFY(!s->setValue(QStringLiteral("practice.ai_url"), chat.baseUrl()));
    PlatformSession next(*s, m_clock);
    const vt::app::LocalPlatform::AiProspect ai = next.aiProspect();
    QCOMPARE(ai.url, QUrl(chat.baseUrl()));
    QCOMPARE(ai.model, QStringLiteral("llama3.1:8b"));
    QTRY_COMPARE(ai.key(), QByteArray("sk-embedded-123"));
    std::optional<QString> forgotten;
    next.setAiKey(QString(), [&](const QString& e) { forgotten = e; });
    QTRY_VERIFY(forgotten.has_value());
    QCOMPARE(ai.key(), QByteArray());
    QVERIFY(!s->resetValue(QStringLiteral("practice.ai_url")));
    QVERIFY(!s->resetValue(QStringLiteral("practice.ai_model")));
}

QTEST_GUILESS_MAIN(TestPlatformSession)
#include "TestPlatformSession.moc"
