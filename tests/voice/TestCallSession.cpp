// The call session (app/CallSession) in this process against a real voicetraining-server whose
// voice gateway is reached through the fault-injecting VoiceProxy (tests/support): every state
// transition, reconnect and resume with no gap in the transcript, barge-in, and peers that
// misbehave (garbage audio frames, invalid JSON, an oversized message, a gateway that never
// answers, a resume that is never answered). Each failure must end in one clear error, with
// what was said so far scored and saved in the local journal as an interrupted attempt.
#include "AttemptJournal.h"
#include "AudioClip.h"
#include "AudioFormat.h"
#include "CallSession.h"
#include "Clock.h"
#include "FileEndpoints.h"
#include "LocalStore.h"
#include "PlatformClient.h"
#include "ProcessRun.h"
#include "RetryPolicy.h"
#include "ServerProcess.h"
#include "Speech.h"
#include "SyncEngine.h"
#include "VoiceProxy.h"
#include "VtTestConfig.h"
#include "WordErrorRate.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <memory>
#include <optional>

using vt::app::CallLine;
using vt::app::CallOutcome;
using vt::app::CallSession;
using State = vt::app::CallSession::State;
using namespace vt::test;

namespace {

// One call and everything it reported.
struct Call {
    std::unique_ptr<CallSession> session;
    QList<State> states{State::Idle};
    std::optional<CallOutcome> outcome;
    QString agentState;
    qint64 micMs = 0;
    QList<CallLine> shown; // lineChanged and prospectSpeaking, in order
};

vt::audio::AudioClip monoClip(std::vector<float> samples)
{
    vt::audio::AudioClip clip;
    clip.sampleRate = vt::audio::sampleRate;
    clip.channels = 1;
    clip.samples = std::move(samples);
    return clip;
}

void appendSilence(std::vector<float>& samples, double seconds)
{
    samples.insert(samples.end(), std::size_t(seconds * vt::audio::sampleRate), 0.0f);
}

double rms(const std::vector<float>& samples, qint64 fromMs, qint64 toMs)
{
    const auto from = std::size_t(std::max<qint64>(0, fromMs) * vt::audio::sampleRate / 1000);
    const auto to = std::min(samples.size(), std::size_t(toMs * vt::audio::sampleRate / 1000));
    double sum = 0;
    for (std::size_t i = from; i < to; ++i)
        sum += double(samples[i]) * samples[i];
    return to > from ? std::sqrt(sum / double(to - from)) : 0.0;
}

QString describe(const QList<CallLine>& lines)
{
    QStringList text;
    for (const CallLine& l : lines)
        text.append(QStringLiteral("%1 %2 %3-%4%5%6: %7")
                        .arg(l.id, vt::app::speakerName(l.speaker))
                        .arg(l.startMs)
                        .arg(l.endMs)
                        .arg(l.truncated ? QStringLiteral(" truncated") : QString())
                        .arg(l.heard ? QString() : QStringLiteral(" unheard"), l.text));
    return text.join(QLatin1Char('\n'));
}

QString describe(const QList<State>& states)
{
    QStringList names;
    for (State s : states)
        names.append(vt::app::callStateText(s));
    return names.join(QStringLiteral(" → "));
}

} // namespace

class TestCallSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void callThatCannotStartFails();
    void badPeerEndsInOneClearError_data();
    void badPeerEndsInOneClearError();
    void unansweredResumeFails();
    void hangUpWhileReconnectingReachesTheGateway();
    void aConnectionLostAsTheCallEndsStillEndsIt();
    void droppedConnectionResumesWithoutGap();
    void bargeInCutsTheProspectOff();
    void everyProspectLinePlaysWithoutWaiting();

private:
    vt::net::ApiResult request(const std::function<void(vt::net::PlatformClient::Callback)>& send);
    // Starts a call on the rate shopper with `mic` as the rep's microphone (real time); the rep
    // hangs up once the recording is over and the prospect has listened for two seconds.
    void startCall(Call& call, const vt::audio::AudioClip& mic, const QString& speakerPath = {});
    bool waitForLine(Call& call, const QString& speaker, bool heardFinal, int timeoutMs);
    void checkSavedInterrupted(const CallOutcome& outcome, const QString& code);
    vt::audio::AudioClip repClip(const QList<ScriptLine>& lines, const QString& name);

    QTemporaryDir m_dir;
    VoiceProxy m_proxy;
    ServerProcess m_server;
    std::unique_ptr<vt::net::PlatformClient> m_client;
    vt::net::LocalStore m_store;
    vt::net::AttemptJournal m_journal{m_store};
    vt::protocol::SystemClock m_clock;
    std::unique_ptr<vt::net::SyncEngine> m_sync;
    QString m_scenarioId;
    QJsonObject m_scoring;
    QString m_opening;
};

vt::net::ApiResult TestCallSession::request(
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

void TestCallSession::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_proxy.listen(&error), qPrintable(error));
    QVERIFY2(m_server.start(&error, {QStringLiteral("--voice-public-url"), m_proxy.url()}),
        qPrintable(error));
    QVERIFY(m_server.voicePort() != 0);
    m_proxy.setUpstreamPort(m_server.voicePort());
    {
        const vt::Result<void> opened
            = m_store.open(m_dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY2(opened, qPrintable(opened.error()));
    }

    m_client = std::make_unique<vt::net::PlatformClient>(QUrl(m_server.baseUrl()));
    QString trainee;
    for (const QJsonValue& v : m_server.accounts()) {
        if (trainee.isEmpty()
            && v.toObject().value(QStringLiteral("role")).toString() == QLatin1String("trainee"))
            trainee = v.toObject().value(QStringLiteral("email")).toString();
    }
    QVERIFY(!trainee.isEmpty());
    const vt::net::ApiResult signIn
        = request([&](auto done) { m_client->signIn(trainee, m_server.password(trainee), done); });
    QVERIFY2(!signIn.error.isError(), qPrintable(signIn.error.message));
    m_sync = std::make_unique<vt::net::SyncEngine>(
        *m_client, m_store, m_clock, vt::net::RetryPolicy([] { return 0.5; }));
    m_sync->start();

    const vt::net::ApiResult list
        = request([&](auto done) { m_client->get(QStringLiteral("/api/v1/scenarios"), done); });
    QVERIFY2(!list.error.isError(), qPrintable(list.error.message));
    for (const QJsonValue& v : list.json.object().value(QStringLiteral("items")).toArray()) {
        if (v.toObject()
                .value(QStringLiteral("title"))
                .toString()
                .startsWith(QLatin1String("Rate shopper")))
            m_scenarioId = v.toObject().value(QStringLiteral("id")).toString();
    }
    QVERIFY(!m_scenarioId.isEmpty());
    const vt::net::ApiResult scenario = request([&](auto done) {
        m_client->get(QStringLiteral("/api/v1/scenarios/") + m_scenarioId, done);
    });
    QVERIFY2(!scenario.error.isError(), qPrintable(scenario.error.message));
    m_scoring = scenario.json.object().value(QStringLiteral("scoring")).toObject();
    // What the practice agent says first (server-side only: the seed's agent script).
    m_opening = QJsonDocument::fromJson(
        readTestFile(QStringLiteral(VT_SOURCE_DIR "/server/seed/rate-shopper.json")))
                    .object()
                    .value(QStringLiteral("agent"))
                    .toObject()
                    .value(QStringLiteral("opening"))
                    .toString();
    QVERIFY(!m_scoring.isEmpty());
    QVERIFY(!m_opening.isEmpty());
}

vt::audio::AudioClip TestCallSession::repClip(const QList<ScriptLine>& lines, const QString& name)
{
    std::vector<float> samples;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        appendSilence(samples, lines[i].pauseSeconds);
        const QString wav = m_dir.filePath(QStringLiteral("%1-%2.wav").arg(name).arg(i));
        synthesizeSpeech(lines[i].text, wav, QStringLiteral("flite:rms"));
        const std::vector<float> speech = loadMono48k(wav);
        samples.insert(samples.end(), speech.begin(), speech.end());
    }
    return monoClip(std::move(samples));
}

void TestCallSession::startCall(Call& call, const vt::audio::AudioClip& mic, const QString& speaker)
{
    call.session = std::make_unique<CallSession>(*m_client, m_journal, *m_sync);
    CallSession* session = call.session.get();
    QObject::connect(session, &CallSession::stateChanged, session,
        [&call](State s, const QString&) { call.states.append(s); });
    QObject::connect(session, &CallSession::finished, session,
        [&call](const CallOutcome& o) { call.outcome = o; });
    QObject::connect(session, &CallSession::agentStateChanged, session,
        [&call](const QString& s) { call.agentState = s; });
    QObject::connect(session, &CallSession::lineChanged, session,
        [&call](const CallLine& l) { call.shown.append(l); });
    QObject::connect(session, &CallSession::prospectSpeaking, session,
        [&call](const CallLine& l) { call.shown.append(l); });
    call.micMs = qint64(mic.frames()) * 1000 / mic.sampleRate;

    // The rep hangs up once the recording is over and the prospect has been listening a while.
    auto* hangUp = new QTimer(session);
    auto quietSince = std::make_shared<qint64>(-1);
    QObject::connect(hangUp, &QTimer::timeout, session, [&call, session, quietSince] {
        const qint64 now = session->callClockMs();
        if (session->state() != State::Live || now < call.micMs + 500
            || call.agentState != QLatin1String("listening")) {
            *quietSince = -1;
            return;
        }
        if (*quietSince < 0)
            *quietSince = now;
        else if (now - *quietSince >= 2000)
            session->hangUp();
    });
    hangUp->start(100);

    CallSession::Setup setup;
    setup.scenarioId = m_scenarioId;
    setup.scoringScenario = m_scoring;
    setup.clientVersion = QStringLiteral("0.0.0-test");
    setup.recordingPath
        = m_dir.filePath(QStringLiteral("call-%1.opus").arg(QDateTime::currentMSecsSinceEpoch()));
    setup.timing.helloTimeoutMs = 3000;
    setup.timing.keepaliveMs = 1000;
    setup.timing.peerTimeoutMs = 6000;
    setup.openAudio = [mic, speaker]() -> vt::Result<std::unique_ptr<vt::audio::AudioIo>> {
        return std::unique_ptr<vt::audio::AudioIo>(
            std::make_unique<vt::audio::FileIo>(mic, speaker.toStdString(), true));
    };
    session->start(setup);
}

bool TestCallSession::waitForLine(
    Call& call, const QString& speaker, bool heardFinal, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            for (const CallLine& l : call.session->transcript()) {
                if (vt::app::speakerName(l.speaker) == speaker
                    && (!heardFinal || (l.final && l.heard)))
                    return true;
            }
            return call.outcome.has_value();
        },
        timeoutMs);
}

// A failed call still produced an attempt: interrupted, in the journal, and completed on the
// platform as interrupted. These calls fail before the rep says a word: too little to score
// (docs/scoring.md §4.1), so the attempt has no score, and says so.
void TestCallSession::checkSavedInterrupted(const CallOutcome& outcome, const QString& code)
{
    QCOMPARE(outcome.endReason, code);
    QCOMPARE(outcome.endedBy, QStringLiteral("error"));
    QVERIFY(outcome.interrupted);
    QVERIFY(!outcome.failure.isEmpty());
    QVERIFY(!outcome.report.isEmpty());
    const std::optional<vt::net::AttemptJournal::Entry> entry = m_journal.entry(outcome.attemptId);
    QVERIFY(entry);
    QVERIFY(entry->state != vt::net::AttemptJournal::State::InProgress);
    QCOMPARE(entry->completion.value(QStringLiteral("interrupted")).toBool(), true);
    QCOMPARE(
        entry->completion.value(QStringLiteral("ended_by")).toString(), QStringLiteral("error"));
    QCOMPARE(entry->completion.value(QStringLiteral("scored")).toBool(true), false);
    QVERIFY(entry->completion.value(QStringLiteral("score")).isNull());
    QCOMPARE(outcome.report.value(QStringLiteral("scored")).toBool(true), false);
    const vt::net::ApiResult stored = request([&](auto done) {
        m_client->get(QStringLiteral("/api/v1/attempts/") + outcome.attemptId, done);
    });
    QVERIFY2(!stored.error.isError(), qPrintable(stored.error.message));
    QCOMPARE(stored.json.object().value(QStringLiteral("interrupted")).toBool(), true);
    QVERIFY(stored.json.object().value(QStringLiteral("score")).isNull());
    QCOMPARE(stored.json.object().value(QStringLiteral("score_mismatch")).toBool(), false);
}

void TestCallSession::callThatCannotStartFails()
{
    Call call;
    const QString real = m_scenarioId;
    m_scenarioId = QStringLiteral("00000000-0000-4000-8000-000000000000");
    startCall(call, monoClip(std::vector<float>(48000, 0.0f)));
    m_scenarioId = real;
    QTRY_VERIFY_WITH_TIMEOUT(call.outcome.has_value(), 10000);
    QCOMPARE(call.session->state(), State::Failed);
    QCOMPARE(call.states, (QList<State>{State::Idle, State::Connecting, State::Failed}));
    QCOMPARE(call.outcome->endReason, QStringLiteral("call_not_started"));
    QVERIFY2(call.outcome->failure.startsWith(QLatin1String("The call could not be started: ")),
        qPrintable(call.outcome->failure));
    QVERIFY(call.outcome->attemptId.isEmpty());
}

void TestCallSession::badPeerEndsInOneClearError_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("garbage binary frame")
        << QStringLiteral("binary") << QStringLiteral("bad_frame")
        << QStringLiteral("The voice service sent audio the app cannot read: ");
    QTest::newRow("invalid JSON") << QStringLiteral("json") << QStringLiteral("bad_message")
                                  << QStringLiteral(
                                         "The voice service sent a message the app cannot read: ");
    QTest::newRow("oversized message")
        << QStringLiteral("oversized") << QStringLiteral("message_too_large")
        << QStringLiteral("The voice service closed the call: a message was too large.");
    QTest::newRow("gateway never answers hello")
        << QStringLiteral("mute") << QStringLiteral("no_answer")
        << QStringLiteral("The platform's voice service did not answer within 3 second");
}

void TestCallSession::badPeerEndsInOneClearError()
{
    QFETCH(QString, fault);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const bool mute = fault == QLatin1String("mute");
    m_proxy.setMode(mute ? VoiceProxy::Mode::Mute : VoiceProxy::Mode::Relay);
    Call call;
    startCall(call, monoClip(std::vector<float>(48000 * 30, 0.0f)));
    if (!mute) {
        // The prospect's opening line was heard: the attempt has something to save.
        QVERIFY(waitForLine(call, QStringLiteral("prospect"), true, 30000));
        QVERIFY(!call.outcome);
        if (fault == QLatin1String("binary"))
            m_proxy.injectBinary(QByteArray("\x01\xff", 2) + QByteArray("not an opus frame"));
        else if (fault == QLatin1String("json"))
            m_proxy.injectText(QStringLiteral("{\"type\": \"transcript\", \"text\": "));
        else
            m_proxy.injectText(QString(2 * 1024 * 1024, QLatin1Char('x')));
    }
    QTRY_VERIFY_WITH_TIMEOUT(call.outcome.has_value(), 20000);
    m_proxy.setMode(VoiceProxy::Mode::Relay);
    QCOMPARE(call.session->state(), State::Failed);
    const QList<State> expected = mute
        ? QList<State>{State::Idle, State::Connecting, State::Failed}
        : QList<State>{State::Idle, State::Connecting, State::Live, State::Failed};
    QVERIFY2(call.states == expected, qPrintable(describe(call.states)));
    QVERIFY2(call.outcome->failure.startsWith(message), qPrintable(call.outcome->failure));
    checkSavedInterrupted(*call.outcome, code);
    if (!mute) {
        QVERIFY(!call.outcome->transcript.isEmpty());
        QCOMPARE(call.outcome->transcript.first().speaker, vt::app::Speaker::Prospect);
        const std::optional<vt::net::AttemptJournal::Entry> entry
            = m_journal.entry(call.outcome->attemptId);
        QVERIFY(entry->events > 0);
        QVERIFY(!entry->completion.value(QStringLiteral("transcript"))
                     .toObject()
                     .value(QStringLiteral("utterances"))
                     .toArray()
                     .isEmpty());
    }
}

void TestCallSession::unansweredResumeFails()
{
    Call call;
    startCall(call, monoClip(std::vector<float>(48000 * 30, 0.0f)));
    QVERIFY(waitForLine(call, QStringLiteral("prospect"), true, 30000));
    // The network goes away and what answers afterwards never speaks.
    m_proxy.setMode(VoiceProxy::Mode::Mute);
    m_proxy.dropAll();
    QTRY_VERIFY_WITH_TIMEOUT(call.outcome.has_value(), 20000);
    m_proxy.setMode(VoiceProxy::Mode::Relay);
    QCOMPARE(call.session->state(), State::Failed);
    QVERIFY2(call.states
            == (QList<State>{
                State::Idle, State::Connecting, State::Live, State::Reconnecting, State::Failed}),
        qPrintable(describe(call.states)));
    checkSavedInterrupted(*call.outcome, QStringLiteral("session_lost"));
    QVERIFY(!call.outcome->transcript.isEmpty());
}

void TestCallSession::hangUpWhileReconnectingReachesTheGateway()
{
    Call call;
    startCall(call, monoClip(std::vector<float>(48000 * 30, 0.0f)));
    QVERIFY(waitForLine(call, QStringLiteral("prospect"), true, 30000));
    m_proxy.dropAll();
    QTRY_COMPARE_WITH_TIMEOUT(call.session->state(), State::Reconnecting, 5000);
    call.session->hangUp();
    QTRY_VERIFY_WITH_TIMEOUT(call.outcome.has_value(), 20000);
    QVERIFY2(call.states
            == (QList<State>{State::Idle, State::Connecting, State::Live, State::Reconnecting,
                State::Ending, State::Ended}),
        qPrintable(describe(call.states)));
    // The hang-up waited for the resume and reached the gateway, which ended the call.
    QCOMPARE(call.outcome->endReason, QStringLiteral("rep_hung_up"));
    QVERIFY(!call.outcome->interrupted);
    QVERIFY(call.outcome->completed);
    const QJsonObject record = m_server.gatewayRecord(call.outcome->attemptId);
    QCOMPARE(record.value(QStringLiteral("end_reason")).toString(), QStringLiteral("rep_hung_up"));
}

void TestCallSession::aConnectionLostAsTheCallEndsStillEndsIt()
{
    Call call;
    startCall(call, monoClip(std::vector<float>(48000 * 30, 0.0f)));
    QVERIFY(waitForLine(call, QStringLiteral("prospect"), true, 30000));
    // The gateway ends the call, and the connection goes before its call.end gets through:
    // the app resumes the ended call and receives what it missed, the end last.
    m_proxy.dropBefore(QStringLiteral("call.end"));
    call.session->hangUp();
    QTRY_VERIFY_WITH_TIMEOUT(call.outcome.has_value(), 20000);
    m_proxy.dropBefore({});
    QCOMPARE(call.session->state(), State::Ended);
    QVERIFY2(call.states
            == (QList<State>{
                State::Idle, State::Connecting, State::Live, State::Ending, State::Ended}),
        qPrintable(describe(call.states)));
    QCOMPARE(call.outcome->endReason, QStringLiteral("rep_hung_up"));
    QVERIFY(!call.outcome->interrupted);
    QVERIFY(call.outcome->completed);
}

void TestCallSession::droppedConnectionResumesWithoutGap()
{
    const QList<ScriptLine> script
        = readRepScript(QStringLiteral(VT_SOURCE_DIR "/resources/sample-rep/rate-shopper.txt"))
              .mid(0, 2);
    QVERIFY(script.size() == 2);
    const vt::audio::AudioClip mic = repClip(script, QStringLiteral("resume"));
    const int connectionsBefore = m_proxy.connections();
    const qsizetype textsBefore = m_proxy.clientTexts().size();
    Call call;
    startCall(call, mic);
    // Drop the connection while the rep is in the middle of the second line: the rep's audio
    // of the outage must reach the gateway after the resume.
    const qint64 secondLineAt = qint64((script[0].pauseSeconds + script[1].pauseSeconds) * 1000)
        + (call.micMs - qint64((script[0].pauseSeconds + script[1].pauseSeconds) * 1000)) / 2;
    QVERIFY(QTest::qWaitFor(
        [&] { return call.outcome || call.session->callClockMs() >= secondLineAt; }, 60000));
    QVERIFY(!call.outcome);
    const int repLinesBefore
        = int(std::count_if(call.session->transcript().cbegin(), call.session->transcript().cend(),
            [](const CallLine& l) { return l.speaker == vt::app::Speaker::Rep && l.final; }));
    QVERIFY(repLinesBefore >= 1);
    m_proxy.dropAll();
    QTRY_VERIFY_WITH_TIMEOUT(call.outcome.has_value(), 90000);

    QCOMPARE(call.session->state(), State::Ended);
    QVERIFY2(call.states
            == (QList<State>{State::Idle, State::Connecting, State::Live, State::Reconnecting,
                State::Live, State::Ending, State::Ended}),
        qPrintable(describe(call.states)));
    const CallOutcome& o = *call.outcome;
    QCOMPARE(call.session->liveReport(), o.report);
    QCOMPARE(o.endedBy, QStringLiteral("rep"));
    QVERIFY(!o.interrupted);
    QVERIFY(o.completed);
    // The client came back with the session id: a resume, not a new call.
    QVERIFY(m_proxy.connections() >= connectionsBefore + 2);
    bool resumed = false;
    for (qsizetype i = textsBefore; i < m_proxy.clientTexts().size(); ++i) {
        const QJsonObject m
            = QJsonDocument::fromJson(m_proxy.clientTexts().at(i).toUtf8()).object();
        resumed = resumed
            || (m.value(QStringLiteral("type")).toString() == QLatin1String("hello")
                && !m.value(QStringLiteral("session_id")).toString().isEmpty());
    }
    QVERIFY(resumed);

    // No gap: every rep line was heard, in one utterance each, with their words.
    QStringList repTexts;
    for (const CallLine& l : o.transcript) {
        if (l.speaker == vt::app::Speaker::Rep)
            repTexts.append(l.text);
    }
    QStringList reference;
    for (const ScriptLine& l : script)
        reference += wordsOf(l.text);
    const double wer = wordErrorRate(reference, wordsOf(repTexts.join(QLatin1Char(' '))));
    QVERIFY2(wer <= 0.35,
        qPrintable(QStringLiteral("WER %1: %2").arg(wer).arg(repTexts.join(QLatin1String(" | ")))));
    // The gateway received the rep's audio all through: as many packets as the call had.
    const QJsonObject record = m_server.gatewayRecord(o.attemptId);
    const qint64 repPackets = record.value(QStringLiteral("rep_packets")).toInteger();
    QVERIFY2(repPackets * 20 >= call.micMs,
        qPrintable(QStringLiteral("%1 packets for %2 ms").arg(repPackets).arg(call.micMs)));
    // ... and the client has every rep line the gateway recognised, the prospect lines it
    // played among the gateway's: no event lost across the drop.
    QStringList gatewayRep;
    QStringList gatewayAll;
    for (const QJsonValue& v : record.value(QStringLiteral("utterances")).toArray()) {
        const QString id = v.toObject().value(QStringLiteral("utterance_id")).toString();
        gatewayAll.append(id);
        if (v.toObject().value(QStringLiteral("speaker")).toString() == QLatin1String("rep"))
            gatewayRep.append(id);
    }
    QStringList clientRep;
    for (const CallLine& l : o.transcript) {
        QVERIFY2(gatewayAll.contains(l.id), qPrintable(l.id));
        if (l.speaker == vt::app::Speaker::Rep)
            clientRep.append(l.id);
    }
    QCOMPARE(clientRep, gatewayRep);
}

void TestCallSession::bargeInCutsTheProspectOff()
{
    // The rep starts talking 2.5 s in, while the prospect's opening line (some three seconds of
    // speech, starting half a second in, later on a loaded machine) is still playing.
    const vt::audio::AudioClip mic
        = repClip({{2.5, QStringLiteral("Sorry to cut in. This is Alex from Summit Lending.")}},
            QStringLiteral("barge"));
    const QString speaker = m_dir.filePath(QStringLiteral("barge-speaker.wav"));
    Call call;
    startCall(call, mic, speaker);
    QTRY_VERIFY_WITH_TIMEOUT(call.outcome.has_value(), 60000);
    QCOMPARE(call.session->state(), State::Ended);
    const CallOutcome& o = *call.outcome;
    // The live score, fed line by line and again when the barge-in cut a line, ended where the
    // final scoring of the whole call did.
    QCOMPARE(call.session->liveReport(), o.report);
    call.session.reset(); // the speaker file is written when the audio closes

    const auto first = [&](const QString& speakerName) -> const CallLine* {
        for (const CallLine& l : o.transcript) {
            if (vt::app::speakerName(l.speaker) == speakerName)
                return &l;
        }
        return nullptr;
    };
    const CallLine* opening = first(QStringLiteral("prospect"));
    const CallLine* rep = first(QStringLiteral("rep"));
    QVERIFY2(opening && rep, qPrintable(describe(o.transcript)));
    // The opening line was cut where the rep came in, its text to the words that played.
    QVERIFY2(opening->truncated, qPrintable(describe(o.transcript)));
    QVERIFY2(opening->startMs < rep->startMs && opening->endMs > rep->startMs,
        qPrintable(QStringLiteral("prospect %1-%2, rep from %3")
                       .arg(opening->startMs)
                       .arg(opening->endMs)
                       .arg(rep->startMs)));
    QVERIFY2(opening->endMs - rep->startMs <= 100,
        qPrintable(QStringLiteral("the prospect went on %1 ms after the rep came in")
                       .arg(opening->endMs - rep->startMs)));
    const QStringList full = wordsOf(m_opening);
    const QStringList said = wordsOf(opening->text);
    QVERIFY2(!said.isEmpty() && said.size() < full.size() && full.mid(0, said.size()) == said,
        qPrintable(opening->text));

    // The speaker went quiet right after the cut, until the prospect's next line.
    const std::vector<float> heard = loadMono48k(speaker);
    const CallLine* next = nullptr;
    for (const CallLine& l : o.transcript) {
        if (l.speaker == vt::app::Speaker::Prospect && l.startMs > opening->endMs && !next)
            next = &l;
    }
    const qint64 quietUntil
        = std::min<qint64>(next ? next->startMs : opening->endMs + 1500, opening->endMs + 1500);
    const double before = rms(heard, opening->endMs - 600, opening->endMs - 100);
    const double after = rms(heard, opening->endMs + 20, quietUntil);
    QVERIFY2(before > 0.01 && after < 0.001,
        qPrintable(
            QStringLiteral("speaker RMS %1 before the cut, %2 after").arg(before).arg(after)));

    // And the score counts the interruption.
    const QJsonObject kpis = o.report.value(QStringLiteral("kpis")).toObject();
    QVERIFY2(kpis.value(QStringLiteral("interruptions")).toInt() >= 1,
        qPrintable(QJsonDocument(kpis).toJson()));
    const std::optional<vt::net::AttemptJournal::Entry> entry = m_journal.entry(o.attemptId);
    QVERIFY(entry);
    bool markedTruncated = false;
    for (const QJsonValue& v : entry->completion.value(QStringLiteral("transcript"))
                                   .toObject()
                                   .value(QStringLiteral("utterances"))
                                   .toArray())
        markedTruncated
            = markedTruncated || v.toObject().value(QStringLiteral("truncated")).toBool();
    QVERIFY(markedTruncated);
    // The platform agrees with the app: the same score, or (a call this short) none at all.
    QCOMPARE(o.platformScore.has_value(), o.report.value(QStringLiteral("score")).isDouble());
    if (o.platformScore)
        QCOMPARE(*o.platformScore, o.report.value(QStringLiteral("score")).toDouble());
}

void TestCallSession::everyProspectLinePlaysWithoutWaiting()
{
    // The gateway paces each line in real time, 60 ms ahead. Each packet's place in its line
    // (its timestamp) reaches the jitter buffer, which therefore sees a steady transit and
    // stays small: the prospect's later lines start as promptly as the first. (Stamped with
    // their line's start instead, every packet looked 20 ms later than the one before, the
    // buffer grew to its 400 ms maximum during the first line, and every later line waited
    // about a third of a second on this computer.)
    const QList<ScriptLine> script
        = readRepScript(QStringLiteral(VT_SOURCE_DIR "/resources/sample-rep/rate-shopper.txt"))
              .mid(0, 1);
    QVERIFY(script.size() == 1);
    const vt::audio::AudioClip mic = repClip(script, QStringLiteral("prompt"));
    Call call;
    startCall(call, mic);
    QTRY_VERIFY_WITH_TIMEOUT(call.outcome.has_value(), 90000);
    const QList<qint64> waits = call.session->playoutWaitsMs();
    QVERIFY2(waits.size() >= 2, qPrintable(describe(call.outcome->transcript)));

    // While a line plays, its words show as they are spoken: growing beginnings of the line,
    // all before the line is heard to its end.
    int revealedLines = 0;
    for (const CallLine& final : std::as_const(call.outcome->transcript)) {
        if (final.speaker != vt::app::Speaker::Prospect || final.truncated)
            continue;
        QStringList partials;
        bool heard = false;
        for (const CallLine& l : std::as_const(call.shown)) {
            if (l.id != final.id)
                continue;
            if (l.final && l.heard) {
                heard = true;
            } else if (!l.final) {
                QVERIFY2(!heard, qPrintable(final.id + QStringLiteral(": words after the end")));
                partials.append(l.text);
            }
        }
        QVERIFY2(heard, qPrintable(final.id));
        const QString whole = partials.join(QStringLiteral(" | "));
        QVERIFY2(partials.size() >= std::min<qsizetype>(3, final.text.count(QLatin1Char(' '))),
            qPrintable(final.text + QStringLiteral(": ") + whole));
        for (qsizetype i = 0; i < partials.size(); ++i) {
            QVERIFY2(final.text.startsWith(partials[i]), qPrintable(final.text + ": " + whole));
            QVERIFY2(i == 0 || partials[i].size() > partials[i - 1].size(), qPrintable(whole));
        }
        QVERIFY2(
            partials.isEmpty() || partials.first().size() < final.text.size(), qPrintable(whole));
        ++revealedLines;
    }
    QVERIFY2(revealedLines >= 2, qPrintable(describe(call.outcome->transcript)));
    for (const qint64 wait : waits) {
        // The buffer's floor is 40 ms; a loaded machine's scheduling adds some.
        QVERIFY2(wait >= 0 && wait <= 200,
            qPrintable(QStringLiteral("prospect lines waited %1 ms").arg([&] {
                QStringList all;
                for (const qint64 w : waits)
                    all.append(QString::number(w));
                return all.join(QStringLiteral(", "));
            }())));
    }
}

QTEST_GUILESS_MAIN(TestCallSession)
#include "TestCallSession.moc"
