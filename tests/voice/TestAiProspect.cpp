// A practice call whose prospect is an AI model (docs/engines.md): a real voicetraining-server
// configured with --engines to play the demo organisation's scenarios with the `chat` engine,
// an OpenAI-compatible double (tests/support/ChatDouble) as the model, and the app's
// CallSession with real synthetic speech as the rep's microphone. The model's words reach the
// rep as speech and transcript a sentence at a time; its end_call tool ends the call with the
// goal reached; the attempt is scored and saved; the engine's key reaches the model and
// nothing else (not the server's files, its output or the app). A model that refuses the key
// ends the call cleanly, saved as interrupted, with the reason in plain words.
#include "AttemptJournal.h"
#include "AudioClip.h"
#include "AudioFormat.h"
#include "CallSession.h"
#include "ChatDouble.h"
#include "Clock.h"
#include "FileEndpoints.h"
#include "LocalStore.h"
#include "PlatformClient.h"
#include "ProcessRun.h"
#include "RetryPolicy.h"
#include "ServerProcess.h"
#include "Speech.h"
#include "SyncEngine.h"
#include "VtTestConfig.h"
#include "WordErrorRate.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using vt::app::CallLine;
using vt::app::CallOutcome;
using vt::app::CallSession;
using namespace vt::test;

namespace {

const QByteArray engineKey = "sk-test-engine-key-5f1c2a";

const QString offerReply = QStringLiteral(
    "Mostly the total cost. I have a lower quote from an online lender. Why would I pay more?");
const QString agreeReply
    = QStringLiteral("Alright, send me the application and I'll submit it tonight.");

} // namespace

class TestAiProspect : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aiProspectPlaysTheCall();
    void refusedKeyEndsTheCallCleanly();

private:
    vt::net::ApiResult request(const std::function<void(vt::net::PlatformClient::Callback)>& send);
    vt::audio::AudioClip repClip(const QList<ScriptLine>& lines, const QString& name);
    std::optional<CallOutcome> call(const vt::audio::AudioClip& mic, QList<CallLine>* shown);

    QTemporaryDir m_dir;
    ChatDouble m_chat;
    ServerProcess m_server;
    std::unique_ptr<vt::net::PlatformClient> m_client;
    vt::net::LocalStore m_store;
    vt::net::AttemptJournal m_journal{m_store};
    vt::protocol::SystemClock m_clock;
    std::unique_ptr<vt::net::SyncEngine> m_sync;
    QString m_scenarioId;
    QJsonObject m_scoring;
    vt::protocol::CallStarted::Prospect m_prospect = vt::protocol::CallStarted::Prospect::Unknown;
};

vt::net::ApiResult TestAiProspect::request(
    const std::function<void(vt::net::PlatformClient::Callback)>& send)
{
    QEventLoop loop;
    std::optional<vt::net::ApiResult> result;
    send([&](const vt::net::ApiResult& r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

void TestAiProspect::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_chat.listen());
    m_chat.setReplies({{{QStringLiteral("application"), QStringLiteral("apply")}, agreeReply,
                           QStringLiteral("agreed")},
        {{}, offerReply, {}}});
    // The key in a file only the server's user reads; the engines file names it.
    const QString keyFile = m_dir.filePath(QStringLiteral("engine.key"));
    QFile key(keyFile);
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write(engineKey + '\n');
    key.close();
    QVERIFY(key.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QString engines = m_dir.filePath(QStringLiteral("engines.json"));
    QFile file(engines);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(
        QJsonObject{{QStringLiteral("engines"),
                        QJsonObject{{QStringLiteral("model-double"),
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("chat")},
                                {QStringLiteral("url"), m_chat.baseUrl()},
                                {QStringLiteral("model"), QStringLiteral("gpt-4o-mini")},
                                {QStringLiteral("key_file"), keyFile}}}}},
            {QStringLiteral("orgs"),
                QJsonObject{{QStringLiteral("Summit Lending"),
                    QJsonObject{{QStringLiteral("engine"), QStringLiteral("model-double")}}}}}})
                   .toJson());
    file.close();
    // --check-config reads it all and says so.
    const ProcessResult check = runProcess(QStringLiteral(VT_SERVER_PATH),
        {QStringLiteral("--engines"), engines, QStringLiteral("--check-config")},
        QProcessEnvironment::systemEnvironment(), 30000);
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.contains(QLatin1String("configuration is valid")), qPrintable(check.out));
    QVERIFY(!check.out.contains(QString::fromLatin1(engineKey)));

    QString error;
    QVERIFY2(m_server.start(&error, {QStringLiteral("--engines"), engines}), qPrintable(error));
    {
        const vt::Result<void> opened
            = m_store.open(m_dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY2(opened, qPrintable(opened.error()));
    }
    m_client = std::make_unique<vt::net::PlatformClient>(QUrl(m_server.baseUrl()));
    QString trainee;
    QString admin;
    for (const QJsonValue& v : m_server.accounts()) {
        const QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("org")).toString() != QLatin1String("Summit Lending"))
            continue;
        const QString role = a.value(QStringLiteral("role")).toString();
        if (role == QLatin1String("trainee") && trainee.isEmpty())
            trainee = a.value(QStringLiteral("email")).toString();
        if (role == QLatin1String("admin"))
            admin = a.value(QStringLiteral("email")).toString();
    }
    QVERIFY(!trainee.isEmpty());
    QVERIFY(!admin.isEmpty());

    // An admin sees which engine plays a scenario and its persona prompt; a trainee does not.
    const vt::net::ApiResult adminIn
        = request([&](auto done) { m_client->signIn(admin, m_server.password(admin), done); });
    QVERIFY2(!adminIn.error.isError(), qPrintable(adminIn.error.message));
    const vt::net::ApiResult list
        = request([&](auto done) { m_client->get(QStringLiteral("/api/v1/scenarios"), done); });
    for (const QJsonValue& v : list.json.object().value(QStringLiteral("items")).toArray()) {
        if (v.toObject()
                .value(QStringLiteral("title"))
                .toString()
                .startsWith(QLatin1String("Rate shopper")))
            m_scenarioId = v.toObject().value(QStringLiteral("id")).toString();
    }
    QVERIFY(!m_scenarioId.isEmpty());
    const QString scenarioPath = QStringLiteral("/api/v1/scenarios/") + m_scenarioId;
    const vt::net::ApiResult asAdmin
        = request([&](auto done) { m_client->get(scenarioPath, done); });
    const QJsonObject engine
        = asAdmin.json.object().value(QStringLiteral("voice_engine")).toObject();
    QCOMPARE(engine.value(QStringLiteral("name")).toString(), QStringLiteral("model-double"));
    QCOMPARE(engine.value(QStringLiteral("type")).toString(), QStringLiteral("chat"));
    QVERIFY(engine.value(QStringLiteral("persona_prompt"))
                .toString()
                .startsWith(QLatin1String("You are Jamie Ortiz")));

    const vt::net::ApiResult signIn
        = request([&](auto done) { m_client->signIn(trainee, m_server.password(trainee), done); });
    QVERIFY2(!signIn.error.isError(), qPrintable(signIn.error.message));
    const vt::net::ApiResult scenario
        = request([&](auto done) { m_client->get(scenarioPath, done); });
    QVERIFY(!scenario.json.object().contains(QStringLiteral("voice_engine")));
    m_scoring = scenario.json.object().value(QStringLiteral("scoring")).toObject();
    m_sync = std::make_unique<vt::net::SyncEngine>(
        *m_client, m_store, m_clock, vt::net::RetryPolicy([] { return 0.5; }));
    m_sync->start();
}

vt::audio::AudioClip TestAiProspect::repClip(const QList<ScriptLine>& lines, const QString& name)
{
    std::vector<float> samples;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        samples.insert(
            samples.end(), std::size_t(lines[i].pauseSeconds * vt::audio::sampleRate), 0.0f);
        const QString wav = m_dir.filePath(QStringLiteral("%1-%2.wav").arg(name).arg(i));
        synthesizeSpeech(lines[i].text, wav, QStringLiteral("flite:rms"));
        const std::vector<float> speech = loadMono48k(wav);
        samples.insert(samples.end(), speech.begin(), speech.end());
    }
    // Then silence: the rep listens until the prospect ends the call.
    samples.insert(samples.end(), std::size_t(30 * vt::audio::sampleRate), 0.0f);
    vt::audio::AudioClip clip;
    clip.sampleRate = vt::audio::sampleRate;
    clip.channels = 1;
    clip.samples = std::move(samples);
    return clip;
}

std::optional<CallOutcome> TestAiProspect::call(
    const vt::audio::AudioClip& mic, QList<CallLine>* shown)
{
    CallSession session(*m_client, m_journal, *m_sync);
    std::optional<CallOutcome> outcome;
    QObject::connect(&session, &CallSession::finished, &session,
        [&outcome](const CallOutcome& o) { outcome = o; });
    QObject::connect(&session, &CallSession::prospectKnown, &session,
        [this](vt::protocol::CallStarted::Prospect p) { m_prospect = p; });
    QObject::connect(&session, &CallSession::lineChanged, &session,
        [shown](const CallLine& l) { shown->append(l); });
    CallSession::Setup setup;
    setup.scenarioId = m_scenarioId;
    setup.scoringScenario = m_scoring;
    setup.clientVersion = QStringLiteral("0.0.0-test");
    setup.recordingPath
        = m_dir.filePath(QStringLiteral("call-%1.opus").arg(QDateTime::currentMSecsSinceEpoch()));
    setup.openAudio = [mic]() -> vt::Result<std::unique_ptr<vt::audio::AudioIo>> {
        return std::unique_ptr<vt::audio::AudioIo>(
            std::make_unique<vt::audio::FileIo>(mic, std::string(), true));
    };
    session.start(setup);
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 120000))
        session.hangUp();
    return outcome;
}

void TestAiProspect::aiProspectPlaysTheCall()
{
    if (m_server.databaseKind() != QLatin1String("sqlite"))
        QSKIP("the gateway record is read from the SQLite file");
    const vt::audio::AudioClip mic = repClip(
        {{6.0,
             QStringLiteral("Hi Jamie, this is Sam from Summit Lending. What matters most to "
                            "you in this loan?")},
            {9.0,
                QStringLiteral("Let us compare the total cost side by side. Can we start your "
                               "application today?")}},
        QStringLiteral("ai"));
    QList<CallLine> shown;
    const std::optional<CallOutcome> o = call(mic, &shown);
    QVERIFY(o);
    QVERIFY2(o->failure.isEmpty(), qPrintable(o->failure));
    // The platform told the app an AI plays the prospect.
    QCOMPARE(m_prospect, vt::protocol::CallStarted::Prospect::Ai);
    // The model ended the call with end_call(agreed): the goal, by the prospect.
    QCOMPARE(o->endReason, QStringLiteral("goal_reached"));
    QVERIFY(!o->interrupted);
    QVERIFY(o->completed);
    QStringList prospect;
    for (const CallLine& l : o->transcript) {
        if (l.speaker == vt::app::Speaker::Prospect)
            prospect.append(l.text);
    }
    // The opening is the scenario's; then the model's words, a sentence per line.
    QStringList asked; // what the model was sent, for the messages below
    for (const QJsonObject& r : m_chat.requests())
        asked.append(QString::fromUtf8(
            QJsonDocument(r.value(QStringLiteral("messages")).toArray().last().toObject())
                .toJson(QJsonDocument::Compact)));
    QVERIFY2(prospect.size() == 5,
        qPrintable(prospect.join(QLatin1String(" | ")) + QStringLiteral(" after ")
            + asked.join(QLatin1String(" | ")) + QString::fromUtf8(m_server.log().right(300)) +
            [&] {
                QString lines;
                for (const QJsonValue& u : m_server.gatewayRecord(o->attemptId)
                                               .value(QStringLiteral("utterances"))
                                               .toArray())
                    lines += QStringLiteral("\n%1-%2 %3 %4")
                                 .arg(u[QStringLiteral("start_ms")].toInteger())
                                 .arg(u[QStringLiteral("end_ms")].toInteger())
                                 .arg(u[QStringLiteral("speaker")].toString(),
                                     u[QStringLiteral("text")].toString());
                return lines;
            }()));
    QCOMPARE(prospect.mid(1),
        QStringList({QStringLiteral("Mostly the total cost."),
            QStringLiteral("I have a lower quote from an online lender."),
            QStringLiteral("Why would I pay more?"), agreeReply}));
    // The score counts the goal: the prospect said one of its phrases.
    QCOMPARE(o->report.value(QStringLiteral("kpis"))
                 .toObject()
                 .value(QStringLiteral("goal_hit"))
                 .toBool(),
        true);

    // What the model was sent: the persona prompt, the conversation, the rep's words as heard.
    QVERIFY(m_chat.requests().size() >= 2);
    QCOMPARE(m_chat.authorizations().value(0), QByteArray("Bearer " + engineKey));
    const QJsonArray messages
        = m_chat.requests().last().value(QStringLiteral("messages")).toArray();
    const QString system = messages.at(0).toObject().value(QStringLiteral("content")).toString();
    QVERIFY(system.startsWith(QLatin1String("You are Jamie Ortiz")));
    QVERIFY(!system.toLower().contains(QLatin1String("nmls")));
    QStringList heard;
    for (const QJsonValue& m : messages) {
        if (m.toObject().value(QStringLiteral("role")).toString() == QLatin1String("user"))
            heard.append(m.toObject().value(QStringLiteral("content")).toString());
    }
    QCOMPARE(heard.size(), 2);
    QVERIFY2(heard[1].toLower().contains(QLatin1String("application")), qPrintable(heard[1]));
    QCOMPARE(
        messages.at(messages.size() - 2).toObject().value(QStringLiteral("content")).toString(),
        offerReply);

    const QJsonObject record = m_server.gatewayRecord(o->attemptId);
    QCOMPARE(record.value(QStringLiteral("engine")).toString(), QStringLiteral("chat"));
    QCOMPARE(record.value(QStringLiteral("goal_reached")).toBool(), true);
    QCOMPARE(record.value(QStringLiteral("end_reason")).toString(), QStringLiteral("goal_reached"));

    // The key went to the model only: not into the server's files, its output, or the app.
    QVERIFY(!m_server.output().contains(engineKey));
    QVERIFY(!m_server.log().contains(engineKey));
    QVERIFY(m_server.log().contains("engine chat"));
    QDirIterator files(m_server.dataDir(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(engineKey), qPrintable(f.fileName()));
    }
    QVERIFY(!QJsonDocument(o->report).toJson().contains(engineKey));
}

void TestAiProspect::refusedKeyEndsTheCallCleanly()
{
    m_chat.setFault(ChatDouble::Fault::Unauthorized);
    const vt::audio::AudioClip mic
        = repClip({{6.0, QStringLiteral("Hi Jamie, this is Sam from Summit Lending.")}},
            QStringLiteral("401"));
    QList<CallLine> shown;
    const std::optional<CallOutcome> o = call(mic, &shown);
    m_chat.setFault(ChatDouble::Fault::None);
    QVERIFY(o);
    QVERIFY(o->interrupted);
    QCOMPARE(o->endedBy, QStringLiteral("error"));
    QVERIFY2(o->failure.contains(QLatin1String("answered 401")), qPrintable(o->failure));
    QVERIFY(!o->failure.contains(QString::fromLatin1(engineKey)));
    // Saved: in the journal, completed on the platform as interrupted.
    const std::optional<vt::net::AttemptJournal::Entry> entry = m_journal.entry(o->attemptId);
    QVERIFY(entry);
    QCOMPARE(entry->completion.value(QStringLiteral("interrupted")).toBool(), true);
    QVERIFY(!m_server.output().contains(engineKey));
    QVERIFY(!m_server.log().contains(engineKey));
    QVERIFY(m_server.log().contains("answered 401"));
}

QTEST_GUILESS_MAIN(TestAiProspect)
#include "TestAiProspect.moc"
