#include "CallSession.h"

#include "AppLog.h"
#include "AttemptCompletion.h"
#include "CallRecord.h"

#include "ApiRequests.h"
#include "ApiResources.h"
#include "AudioEngine.h"
#include "DeviceStreams.h"
#include "JsonFields.h"
#include "JsonInput.h"
#include "LiveScorer.h"
#include "PlatformApi.h"
#include "PlatformClient.h"
#include "Scenario.h"
#include "SessionAudio.h"
#include "Transcript.h"
#include "VoiceTransport.h"

#include <QJsonDocument>
#include <QUuid>

namespace vt::app {

namespace voice = protocol::voice;

namespace {

QString apiEndedBy(const QString& reason)
{
    if (reason == QLatin1String("rep_hung_up"))
        return QStringLiteral("rep");
    if (reason == QLatin1String("agent_hung_up"))
        return QStringLiteral("agent");
    if (reason == QLatin1String("goal_reached"))
        return QStringLiteral("goal");
    if (reason == QLatin1String("time_limit"))
        return QStringLiteral("time_limit");
    return QStringLiteral("error");
}

} // namespace

CallSession::AudioOpener CallSession::deviceOpener(const QString& input, const QString& output)
{
    return [in = input.toStdString(),
               out = output.toStdString()]() -> Result<std::unique_ptr<audio::AudioIo>> {
        std::string why;
        std::unique_ptr<audio::AudioIo> streams = audio::DeviceStreams::open({in, out}, &why);
        if (!streams)
            return failure(QString::fromStdString(why));
        return streams;
    };
}

CallSession::CallSession(net::PlatformClient& platform, net::AttemptJournal& journal,
    net::SyncEngine& sync, QObject* parent)
    : QObject(parent)
    , m_platform(platform)
    , m_api(std::make_unique<net::PlatformApi>(platform, nullptr, m_clock))
    , m_record(std::make_unique<CallRecord>(journal, sync))
{
    qRegisterMetaType<vt::app::CallLine>();
    qRegisterMetaType<vt::app::CallOutcome>();
    connect(m_record.get(), &CallRecord::journalTrouble, this, &CallSession::journalTrouble);
    connect(m_record.get(), &CallRecord::synced, this, [this](const CallRecord::Sync& answer) {
        m_outcome.completed = answer.completed;
        m_outcome.platformScore = answer.platformScore;
        m_outcome.syncError = answer.error;
        complete();
    });
    m_hangUpTimer.setSingleShot(true);
    connect(&m_hangUpTimer, &QTimer::timeout, this,
        [this] { finishCall(QStringLiteral("rep"), QStringLiteral("rep_hung_up"), false); });
    connect(&m_spokenWords, &SpokenWords::spoken, this, &CallSession::onProspectWords);
}

CallSession::~CallSession()
{
    if (m_engine)
        m_engine->stop();
    if (m_transport) {
        net::VoiceTransport* transport = m_transport;
        QMetaObject::invokeMethod(
            transport, [transport] { delete transport; }, Qt::BlockingQueuedConnection);
    }
    m_transportThread.quit();
    m_transportThread.wait();
}

const QList<CallLine>& CallSession::transcript() const
{
    static const QList<CallLine> none;
    return m_transcript ? m_transcript->lines() : none;
}

QList<qint64> CallSession::playoutWaitsMs() const
{
    return m_transcript ? m_transcript->playoutWaitsMs() : QList<qint64>();
}

qint64 CallSession::callClockMs() const
{
    return m_engine ? m_engine->stats().callClockMs : 0;
}

void CallSession::start(Setup setup)
{
    m_setup = std::move(setup);
    const scoring::Parsed<scoring::Scenario> scenario
        = scoring::scenarioFromJson(nlohmann::json::parse(
            QJsonDocument(m_setup.scoringScenario).toJson().toStdString(), nullptr, false));
    if (!scenario) {
        fail(QStringLiteral("bad_scenario"),
            tr("The scenario cannot be scored: %1")
                .arg(QString::fromStdString(scenario.error().line())));
        return;
    }
    m_transcript = std::make_unique<CallTranscript>(scenario.value());
    setState(State::Connecting);
    protocol::CallStart call{m_setup.scenarioId, std::nullopt, m_setup.clientVersion};
    // An assignment is the destination platform's; the embedded one does not know it.
    if (!m_setup.assignmentId.isEmpty() && !m_setup.uploadTo)
        call.assignmentId = m_setup.assignmentId;
    m_api->startCall(this, call, QUuid::createUuid().toString(QUuid::WithoutBraces),
        [this](const net::Fetched<protocol::CallStarted>& started) {
            if (!started.ok()) {
                fail(QStringLiteral("call_not_started"),
                    tr("The call could not be started: %1").arg(started.error.message));
                return;
            }
            onCallStarted(*started.value);
        });
}

QJsonObject CallSession::offlineOrigin() const
{
    QJsonObject origin{{QStringLiteral("scenario_id"), m_setup.uploadTo->scenarioId}};
    if (!m_setup.uploadTo->assignmentId.isEmpty())
        origin.insert(QStringLiteral("assignment_id"), m_setup.uploadTo->assignmentId);
    return origin;
}

void CallSession::onCallStarted(const protocol::CallStarted& call)
{
    m_attemptId = call.attemptId;
    m_startedAt = protocol::formatTimestamp(call.startedAt);
    Q_EMIT prospectKnown(call.prospect);
    const QUrl url(call.voiceUrl);
    const QString token = call.voiceToken;
    m_outcome.attemptId = m_attemptId;
    m_outcome.recordingPath = m_setup.recordingPath;
    CallRecord::Start record{m_attemptId,
        m_setup.uploadTo ? m_setup.uploadTo->platformKey : m_platform.key(), m_setup.scenarioId,
        m_startedAt, m_setup.recordingPath,
        QJsonDocument(m_setup.scoringScenario).toJson(QJsonDocument::Compact),
        m_setup.clientVersion, std::nullopt};
    if (m_setup.uploadTo)
        record.offlineOrigin = offlineOrigin();
    if (const Result<void> begun = m_record->begin(record); !begun) {
        fail(QStringLiteral("journal"),
            tr("The call cannot be saved on this computer: %1").arg(begun.error()));
        return;
    }

    m_transportThread.setObjectName(QStringLiteral("vt-voice-transport"));
    m_transport = new net::VoiceTransport(m_setup.timing);
    m_transport->setSslConfiguration(m_platform.sslConfiguration());
    m_transport->moveToThread(&m_transportThread);
    connect(m_transport, &net::VoiceTransport::stateChanged, this,
        [this](net::VoiceTransport::State s, const QString& detail) {
            // The transport's own reconnects move the call between Live and Reconnecting.
            if (s == net::VoiceTransport::State::Live
                && (m_state == State::Connecting || m_state == State::Reconnecting))
                setState(State::Live);
            else if (s == net::VoiceTransport::State::Reconnecting && m_state == State::Live)
                setState(State::Reconnecting, detail);
        });
    connect(m_transport, &net::VoiceTransport::transcript, this,
        [this](const voice::TranscriptEvent& t) {
            m_record->appendEvent(voice::toJson(t));
            // The protocol's reader accepts only these two (voice-gateway.md).
            const std::optional<Speaker> speaker = speakerFromName(t.speaker);
            if (!speaker)
                return;
            if (*speaker == Speaker::Prospect && t.final && !t.truncated)
                m_spokenWords.add(t.utteranceId, t.words, t.startMs);
            onTranscript(t.utteranceId, *speaker, t.text, t.final, t.truncated, t.startMs, t.endMs);
        });
    connect(
        m_transport, &net::VoiceTransport::agentState, this, [this](const voice::AgentState& s) {
            m_agentState = s.state;
            Q_EMIT agentStateChanged(s.state);
        });
    connect(m_transport, &net::VoiceTransport::agentAudio, this,
        [this](const voice::AudioFrame& f) { onAgentAudio(f); });
    connect(m_transport, &net::VoiceTransport::callEnded, this,
        [this](const voice::CallEnd& e) { onCallEnd(e.by, e.reason); });
    connect(m_transport, &net::VoiceTransport::failed, this,
        [this](const QString& code, const QString& message) { fail(code, message); });
    connect(m_transport, &net::VoiceTransport::ready, this, [this](const voice::Ready&) {
        if (m_engine)
            return;
        Result<std::unique_ptr<audio::AudioIo>> opened = m_setup.openAudio();
        if (!opened) {
            fail(QStringLiteral("audio"),
                tr("The audio devices could not be opened: %1").arg(opened.error()));
            return;
        }
        std::unique_ptr<audio::AudioIo> io = std::move(*opened);
        m_microphone = deviceText(QString::fromStdString(io->microphoneName()));
        audio::AudioEngine::Options options;
        options.recordingPath = m_setup.recordingPath.toStdString();
        m_audioListener = std::make_unique<SessionAudio>(*this, *m_transport);
        // A device that stops delivering audio (unplugged, a sound server that hung) is
        // reopened by the engine (at once, then every 50 ms, and once a second after the first
        // quarter second; AudioEngine.h), from the same choice: the chosen devices, else
        // the system's defaults. It runs on the engine's thread: the opener captures values only.
        audio::AudioEngine::Reopen reopen
            = [open = m_setup.openAudio](std::string* why) -> std::unique_ptr<audio::AudioIo> {
            Result<std::unique_ptr<audio::AudioIo>> reopened = open();
            if (!reopened) {
                *why = reopened.error().toStdString();
                return nullptr;
            }
            return std::move(*reopened);
        };
        m_engine = std::make_unique<audio::AudioEngine>(
            std::move(io), options, *m_audioListener, std::move(reopen));
        m_engine->setMuted(m_muted);
        std::string startError;
        if (!m_engine->start(&startError)) {
            m_engine.reset();
            fail(QStringLiteral("audio"),
                tr("The audio devices could not be started: %1")
                    .arg(QString::fromStdString(startError)));
        }
    });
    m_transportThread.start();
    net::VoiceTransport* transport = m_transport;
    const QString client = QStringLiteral("voicetraining-desktop/") + m_setup.clientVersion;
    QMetaObject::invokeMethod(
        transport, [transport, url, token, client] { transport->open(url, token, client); },
        Qt::QueuedConnection);
}

void CallSession::onTranscript(const QString& id, Speaker speaker, const QString& text, bool final,
    bool truncated, qint64 startMs, qint64 endMs)
{
    scoreChanged(m_transcript->addTranscript(id, speaker, text, final, truncated, startMs, endMs));
    if (const CallLine* updated = m_transcript->line(id))
        Q_EMIT lineChanged(*updated);
}

void CallSession::scoreChanged(const std::optional<CallTranscript::ScoreChange>& change)
{
    if (!change)
        return;
    m_record->appendScored(*change);
    Q_EMIT liveScoreChanged();
}

QJsonObject CallSession::liveReport() const
{
    if (!m_transcript)
        return {};
    return scoreReport(m_transcript->live());
}

void CallSession::onAgentAudio(const voice::AudioFrame& frame)
{
    if (!m_engine)
        return;
    const bool first = (frame.flags & voice::flags::first) != 0;
    const std::optional<qint64> at = m_transcript->agentPacket(
        frame.utterance, first, qint64(frame.timestampMs), m_engine->stats().callClockMs);
    if (!at)
        return; // its utterance was cut off
    audio::EncodedPacket packet;
    packet.sequence = frame.seq;
    packet.timestampMs = *at;
    packet.payload.assign(frame.opus.begin(), frame.opus.end());
    packet.utteranceStart = first;
    m_engine->pushAgentPacket(std::move(packet));
}

void CallSession::onRepSegment(qint64 startMs, qint64 endMs)
{
    Q_ASSERT(QThread::currentThread() == thread()); // queued from the audio worker
    m_transcript->addRepSegment(startMs, endMs);
}

void CallSession::onAgentStarted(qint64 ms)
{
    Q_ASSERT(QThread::currentThread() == thread()); // queued from the audio worker
    const CallTranscript::AgentStart start = m_transcript->agentStarted(ms);
    if (start.latencyMs)
        Q_EMIT turnLatency(*start.latencyMs);
    if (!start.lineId.isEmpty())
        m_spokenWords.start(start.lineId);
}

void CallSession::onProspectWords(const QString& id, const QString& words)
{
    const CallLine* l = m_transcript->line(id);
    if (!l || l->heard)
        return;
    CallLine partial = *l;
    partial.text = words;
    partial.final = false;
    Q_EMIT prospectSpeaking(partial);
}

void CallSession::onAgentHeard(qint64 startMs, qint64 endMs, bool truncated)
{
    Q_ASSERT(QThread::currentThread() == thread()); // queued from the audio worker
    const CallTranscript::AgentHeard heard = m_transcript->agentHeard(startMs, endMs, truncated);
    if (heard.lineId.isEmpty())
        return;
    m_spokenWords.stop(heard.lineId);
    // Whatever was buffered behind a cut line will not play either.
    for (const QString& dropped : heard.dropped) {
        m_spokenWords.stop(dropped);
        sendPlayback(dropped, 0, 0, true);
    }
    scoreChanged(heard.change);
    if (const CallLine* updated = m_transcript->line(heard.lineId))
        Q_EMIT lineChanged(*updated);
    sendPlayback(heard.lineId, startMs, heard.playedMs, truncated);
}

void CallSession::dropQueuedAgentAudio()
{
    Q_ASSERT(QThread::currentThread() == thread()); // queued from the audio worker
    for (const QString& dropped : m_transcript->dropQueued()) {
        m_spokenWords.stop(dropped);
        sendPlayback(dropped, 0, 0, true);
    }
}

void CallSession::sendPlayback(const QString& id, qint64 startMs, qint64 playedMs, bool truncated)
{
    net::VoiceTransport* transport = m_transport;
    QMetaObject::invokeMethod(
        transport,
        [transport, id, startMs, playedMs, truncated] {
            transport->sendPlayback(id, startMs, playedMs, truncated);
        },
        Qt::QueuedConnection);
}

void CallSession::setMuted(bool muted)
{
    m_muted = muted;
    if (m_engine)
        m_engine->setMuted(muted);
}

void CallSession::hangUp()
{
    if (m_state != State::Live && m_state != State::Reconnecting)
        return;
    setState(State::Ending);
    net::VoiceTransport* transport = m_transport;
    QMetaObject::invokeMethod(
        transport, [transport] { transport->hangUp(); }, Qt::QueuedConnection);
    m_hangUpTimer.start(m_setup.hangUpGraceMs);
}

void CallSession::dropConnection()
{
    net::VoiceTransport* transport = m_transport;
    if (transport)
        QMetaObject::invokeMethod(
            transport, [transport] { transport->dropConnection(); }, Qt::QueuedConnection);
}

void CallSession::onCallEnd(const QString& by, const QString& reason)
{
    Q_UNUSED(by)
    finishCall(apiEndedBy(reason), reason, reason == QLatin1String("error"));
}

void CallSession::fail(const QString& code, const QString& message)
{
    qCWarning(lcApp, "call failed: %s: %s", qPrintable(code), qPrintable(message));
    if (m_finishing)
        return; // the call is over already; only its sync is left
    m_outcome.failure = message;
    if (m_attemptId.isEmpty()) {
        setState(State::Failed, message);
        m_outcome.endedBy = QStringLiteral("error");
        m_outcome.endReason = code;
        Q_EMIT finished(m_outcome);
        return;
    }
    // What was said so far is scored and saved as an interrupted attempt.
    setState(State::Failed, message);
    finishCall(QStringLiteral("error"), code, true);
}

void CallSession::finishCall(const QString& endedBy, const QString& reason, bool interrupted)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_transcript->freeze(); // once the call is over, its final report is the score
    m_hangUpTimer.stop();
    m_spokenWords.clear();
    if (m_state != State::Failed)
        setState(State::Ending);
    if (m_engine)
        m_engine->stop();
    // Late prospect reports after the engine stopped cannot come any more.
    m_outcome.endedBy = endedBy;
    m_outcome.endReason = reason;
    m_outcome.interrupted = interrupted;
    m_outcome.durationMs = m_engine ? m_engine->stats().callClockMs : 0;
    m_outcome.turnLatenciesMs = m_transcript->latenciesMs();
    const scoring::Transcript transcript
        = m_transcript->scored(m_outcome.durationMs, &m_outcome.transcript);

    CompletionInput input;
    input.startedAt = m_startedAt;
    input.durationMs = m_outcome.durationMs;
    input.turnLatenciesMs = m_outcome.turnLatenciesMs;
    input.clientVersion = m_setup.clientVersion;
    input.interrupted = interrupted;
    input.endedBy = endedBy;
    if (m_setup.uploadTo)
        input.offline = offlineOrigin();
    const QJsonObject completion
        = completionBody(m_transcript->live().scenario(), transcript, input, &m_outcome.report);
    QMetaObject::invokeMethod(
        m_transport, [t = m_transport] { t->shutdown(); }, Qt::QueuedConnection);
    // The journal first: from here on the attempt survives whatever happens next.
    if (const Result<void> saved = m_record->save(completion); !saved) {
        m_outcome.syncError
            = tr("The attempt could not be saved on this computer: %1").arg(saved.error());
        complete();
        return;
    }
    m_outcome.saved = true;
    m_record->awaitSync(); // then complete()
}

void CallSession::complete()
{
    if (m_state != State::Failed)
        setState(State::Ended);
    Q_EMIT finished(m_outcome);
}

void CallSession::onAudioDevice(int kind, const QString& devices, const QString& detail)
{
    using Kind = audio::AudioEngine::DeviceEvent::Kind;
    switch (Kind(kind)) {
    case Kind::Lost:
        // Again when reopened devices stall before delivering anything: one outage.
        if (!m_audioWorking)
            return;
        m_audioWorking = false;
        m_audioUnavailableLogged = false;
        Q_EMIT audioDeviceChanged(false, devicesText(devices));
        break;
    case Kind::Unavailable:
        // Once a second while it lasts: the reason is worth one line of the log.
        if (!m_audioUnavailableLogged)
            qCWarning(lcApp).noquote() << "audio devices cannot be reopened yet:" << detail;
        m_audioUnavailableLogged = true;
        break;
    case Kind::Reopened:
        m_audioWorking = true;
        Q_EMIT audioDeviceChanged(true, devicesText(devices));
        break;
    }
}

QString CallSession::deviceText(const QString& name)
{
    static const QStringList systemDefaults{QStringLiteral("default"), QStringLiteral("pulse"),
        QStringLiteral("sysdefault"), QStringLiteral("pipewire")};
    if (name.isEmpty() || systemDefaults.contains(name, Qt::CaseInsensitive))
        return tr("system default");
    return name;
}

QString CallSession::devicesText(const QString& described)
{
    const QStringList parts = described.split(QStringLiteral(" → "));
    if (parts.size() != 2)
        return deviceText(described);
    const QString in = deviceText(parts[0]);
    const QString out = deviceText(parts[1]);
    return in == out ? in : tr("%1 and %2").arg(in, out);
}

QString CallSession::microphoneSilentText(const QString& microphone)
{
    return tr("We can't hear you. Your microphone (%1) has picked up nothing for %n second(s). "
              "If you are speaking, check that it is not muted on your headset or in the "
              "system, and that it is the microphone you speak into (Settings → Audio).",
        nullptr, int(MicrophoneWatch::warnAfterMs / 1000))
        .arg(microphone);
}

void CallSession::onLevels(float microphoneDb, float agentDb)
{
    Q_EMIT levelsChanged(microphoneDb, agentDb);
    const bool repsTurn
        = m_state == State::Live && m_agentState == QLatin1String("listening") && !m_muted;
    if (m_microphoneWatch.update(callClockMs(), microphoneDb, repsTurn)) {
        if (m_microphoneWatch.silent())
            qCWarning(lcApp).noquote()
                << "the microphone" << m_microphone << "has picked up nothing for"
                << MicrophoneWatch::warnAfterMs / 1000 << "s";
        Q_EMIT microphoneSilent(m_microphoneWatch.silent(), m_microphone);
    }
}

void CallSession::setState(State state, const QString& detail)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (state == m_state)
        return;
    Q_ASSERT_X(callStateAllowed(m_state, state), "CallSession::setState",
        qPrintable(callStateText(m_state) + QStringLiteral(" → ") + callStateText(state)));
    qCInfo(lcApp, "call: %s → %s", qPrintable(callStateText(m_state)),
        qPrintable(callStateText(state)));
    m_state = state;
    Q_EMIT stateChanged(state, detail);
}

} // namespace vt::app
