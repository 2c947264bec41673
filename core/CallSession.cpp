#include "CallSession.h"

#include "AppLog.h"
#include "AttemptCompletion.h"

#include "AttemptJournal.h"
#include "AudioEngine.h"
#include "LiveScorer.h"
#include "Outbox.h"
#include "PlatformClient.h"
#include "Report.h"
#include "Scenario.h"
#include "SessionAudio.h"
#include "SyncEngine.h"
#include "Transcript.h"
#include "VoiceTransport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

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

CallSession::CallSession(net::PlatformClient& platform, net::AttemptJournal& journal,
    net::SyncEngine& sync, QObject* parent)
    : QObject(parent)
    , m_platform(platform)
    , m_journal(journal)
    , m_sync(sync)
{
    qRegisterMetaType<vt::app::CallLine>();
    qRegisterMetaType<vt::app::CallOutcome>();
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

QString CallSession::describe(State state)
{
    switch (state) {
    case State::Idle:
        return tr("Ready");
    case State::Connecting:
        return tr("Connecting");
    case State::Live:
        return tr("Live");
    case State::Reconnecting:
        return tr("Reconnecting");
    case State::Ending:
        return tr("Ending");
    case State::Ended:
        return tr("Ended");
    case State::Failed:
        return tr("Failed");
    }
    return {};
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
    m_live = std::make_unique<scoring::LiveScorer>(scenario.value());
    setState(State::Connecting);
    QJsonObject body{{QStringLiteral("scenario_id"), m_setup.scenarioId},
        {QStringLiteral("client_version"), m_setup.clientVersion}};
    // An assignment is the destination platform's; the embedded one does not know it.
    if (!m_setup.assignmentId.isEmpty() && !m_setup.uploadTo)
        body.insert(QStringLiteral("assignment_id"), m_setup.assignmentId);
    m_platform.send("POST", QStringLiteral("/api/v1/calls"), QJsonDocument(body),
        QUuid::createUuid().toString(QUuid::WithoutBraces), [this](const net::ApiResult& r) {
            if (r.error.isError()) {
                fail(QStringLiteral("call_not_started"),
                    tr("The call could not be started: %1").arg(r.error.message));
                return;
            }
            onCallStarted(r.json.object());
        });
}

QJsonObject CallSession::offlineOrigin() const
{
    QJsonObject origin{{QStringLiteral("scenario_id"), m_setup.uploadTo->scenarioId}};
    if (!m_setup.uploadTo->assignmentId.isEmpty())
        origin.insert(QStringLiteral("assignment_id"), m_setup.uploadTo->assignmentId);
    return origin;
}

void CallSession::onCallStarted(const QJsonObject& call)
{
    m_attemptId = call.value(QStringLiteral("attempt_id")).toString();
    m_startedAt = call.value(QStringLiteral("started_at")).toString();
    const QJsonObject voiceInfo = call.value(QStringLiteral("voice")).toObject();
    const QUrl url(voiceInfo.value(QStringLiteral("url")).toString());
    const QString token = voiceInfo.value(QStringLiteral("token")).toString();
    m_outcome.attemptId = m_attemptId;
    m_outcome.recordingPath = m_setup.recordingPath;
    m_claim = m_journal.claim(m_attemptId);
    const QString platformKey = m_setup.uploadTo ? m_setup.uploadTo->platformKey : m_platform.key();
    if (!m_journal.begin(m_attemptId, platformKey, m_setup.scenarioId, m_startedAt,
            m_setup.recordingPath,
            QJsonDocument(m_setup.scoringScenario).toJson(QJsonDocument::Compact),
            m_setup.clientVersion)
        || (m_setup.uploadTo
            && !m_journal.appendEvent(m_attemptId,
                QJsonDocument(QJsonObject{{QStringLiteral("offline_origin"), offlineOrigin()}})
                    .toJson(QJsonDocument::Compact)))) {
        fail(QStringLiteral("journal"),
            tr("The call cannot be saved on this computer: %1").arg(m_journal.lastError()));
        return;
    }

    m_transportThread.setObjectName(QStringLiteral("vt-voice-transport"));
    m_transport = new net::VoiceTransport(m_setup.timing);
    m_transport->setSslConfiguration(m_platform.sslConfiguration());
    m_transport->moveToThread(&m_transportThread);
    connect(m_transport, &net::VoiceTransport::stateChanged, this,
        [this](net::VoiceTransport::State s, const QString& detail) {
            onTransportState(int(s), detail);
        });
    connect(m_transport, &net::VoiceTransport::transcript, this,
        [this](const voice::TranscriptEvent& t) {
            m_journal.appendEvent(m_attemptId, voice::toJson(t));
            if (t.speaker == QLatin1String("prospect") && t.final && !t.truncated)
                m_spokenWords.add(t.utteranceId, t.words, t.startMs);
            onTranscript(
                t.utteranceId, t.speaker, t.text, t.final, t.truncated, t.startMs, t.endMs);
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
        QString error;
        std::unique_ptr<audio::AudioIo> io = m_setup.openAudio(&error);
        if (!io) {
            fail(QStringLiteral("audio"),
                tr("The audio devices could not be opened: %1").arg(error));
            return;
        }
        m_microphone = deviceText(QString::fromStdString(io->microphoneName()));
        audio::AudioEngine::Options options;
        options.recordingPath = m_setup.recordingPath.toStdString();
        m_audioListener = std::make_unique<SessionAudio>(*this, *m_transport);
        // A device that stops delivering audio (unplugged, a sound server that hung) is
        // reopened by the engine (at once, then every 50 ms, and once a second after the first
        // quarter second; AudioEngine.h), from the same choice: the chosen devices, else
        // the system's defaults. It runs on the engine's thread: the opener captures values only.
        audio::AudioEngine::Reopen reopen = [open = m_setup.openAudio](std::string* why) {
            QString reason;
            std::unique_ptr<audio::AudioIo> reopened = open(&reason);
            if (!reopened)
                *why = reason.toStdString();
            return reopened;
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

void CallSession::onTransportState(int state, const QString& detail)
{
    using T = net::VoiceTransport::State;
    switch (T(state)) {
    case T::Live:
        if (m_state == State::Connecting || m_state == State::Reconnecting)
            setState(State::Live);
        break;
    case T::Reconnecting:
        if (m_state == State::Live)
            setState(State::Reconnecting, detail);
        break;
    default:
        break;
    }
}

CallLine* CallSession::line(const QString& id)
{
    for (CallLine& l : m_lines) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

void CallSession::onTranscript(const QString& id, const QString& speaker, const QString& text,
    bool final, bool truncated, qint64 startMs, qint64 endMs)
{
    CallLine* l = line(id);
    if (!l) {
        m_lines.append(CallLine{id, speaker, text, startMs, endMs, final, truncated,
            speaker != QLatin1String("prospect")});
        l = &m_lines.last();
    } else {
        l->text = text;
        l->final = final;
        l->truncated = l->truncated || truncated;
        if (speaker == QLatin1String("rep") || !l->heard) {
            l->startMs = startMs;
            l->endMs = endMs;
        }
    }
    if (speaker == QLatin1String("rep") && final) {
        // Rep times from the app's own VAD: the segment overlapping the recognised span most.
        qint64 best = 0;
        for (const auto& [s, e] : m_repSegments) {
            const qint64 overlap = std::min(e, endMs) - std::max(s, startMs);
            if (overlap > best) {
                best = overlap;
                l->startMs = s;
                l->endMs = e;
            }
        }
    }
    feedLive(*l);
    std::stable_sort(m_lines.begin(), m_lines.end(),
        [](const CallLine& a, const CallLine& b) { return a.startMs < b.startMs; });
    if (const CallLine* updated = line(id))
        Q_EMIT lineChanged(*updated);
}

std::optional<scoring::Utterance> CallSession::scorable(const CallLine& l)
{
    if (!l.final || l.text.isEmpty() || !l.heard)
        return std::nullopt;
    scoring::Utterance u;
    u.id = l.id.toStdString();
    u.speaker
        = l.speaker == QLatin1String("rep") ? scoring::Speaker::Rep : scoring::Speaker::Prospect;
    u.text = l.text.toStdString();
    u.startMs = l.startMs;
    u.endMs = std::max(l.endMs, l.startMs);
    u.truncated = l.truncated;
    return u;
}

void CallSession::feedLive(const CallLine& l)
{
    if (m_finishing)
        return; // once the call is over, its final report is the score
    std::optional<scoring::Utterance> u = scorable(l);
    const std::string id = l.id.toStdString();
    const auto fed = std::find_if(m_liveFed.begin(), m_liveFed.end(),
        [&](const scoring::Utterance& f) { return f.id == id; });
    if (fed == m_liveFed.end()) {
        if (!u)
            return;
        journalLine(l.id, &*u);
        m_live->add(*u);
        m_liveFed.push_back(std::move(*u));
    } else {
        if (u && fed->text == u->text && fed->startMs == u->startMs && fed->endMs == u->endMs
            && fed->truncated == u->truncated)
            return;
        // A scored line changed (a barge-in cut it, perhaps to nothing): score the call again.
        journalLine(l.id, u ? &*u : nullptr);
        if (u)
            *fed = std::move(*u);
        else
            m_liveFed.erase(fed);
        m_live = std::make_unique<scoring::LiveScorer>(m_live->scenario());
        for (const scoring::Utterance& f : m_liveFed)
            m_live->add(f);
    }
    Q_EMIT liveScoreChanged();
}

void CallSession::journalLine(const QString& id, const scoring::Utterance* u)
{
    // What is scored so far, for crash recovery (app/AttemptRecovery): the line as scored, or
    // that it no longer counts.
    QJsonObject record;
    if (u) {
        record.insert(QStringLiteral("scored_line"),
            QJsonObject{{QStringLiteral("id"), id},
                {QStringLiteral("speaker"),
                    u->speaker == scoring::Speaker::Rep ? QStringLiteral("rep")
                                                        : QStringLiteral("prospect")},
                {QStringLiteral("text"), QString::fromStdString(u->text)},
                {QStringLiteral("start_ms"), qint64(u->startMs)},
                {QStringLiteral("end_ms"), qint64(u->endMs)},
                {QStringLiteral("truncated"), u->truncated}});
    } else {
        record.insert(QStringLiteral("scored_line_removed"), id);
    }
    m_journal.appendEvent(m_attemptId, QJsonDocument(record).toJson(QJsonDocument::Compact));
}

QJsonObject CallSession::liveReport() const
{
    if (!m_live)
        return {};
    return scoreReport(*m_live);
}

void CallSession::onAgentAudio(const voice::AudioFrame& frame)
{
    const quint16 utterance = frame.utterance;
    if (!m_engine || m_flushed.contains(utterance))
        return;
    const bool first = (frame.flags & voice::flags::first) != 0;
    if (first || !m_utteranceBase.contains(utterance)) {
        // The utterance's offset 0 on the call clock: when its first packet would have come.
        const qint64 now = m_engine->stats().callClockMs;
        m_utteranceBase.insert(utterance, now - qint64(frame.timestampMs));
    }
    if (utterance != m_lastPushedUtterance) {
        m_lastPushedUtterance = utterance;
        m_agentQueue.append(utterance);
    }
    audio::EncodedPacket packet;
    packet.sequence = frame.seq;
    // Agent timestamps count from their utterance; the jitter buffer wants one clock, on which
    // each packet keeps its own place (its transit is what the buffer sizes itself by).
    packet.timestampMs = m_utteranceBase.value(utterance) + qint64(frame.timestampMs);
    packet.payload.assign(frame.opus.begin(), frame.opus.end());
    packet.utteranceStart = first;
    m_engine->pushAgentPacket(std::move(packet));
}

void CallSession::onRepSegment(qint64 startMs, qint64 endMs)
{
    m_repSegments.append({startMs, endMs});
    m_lastRepEndForLatency = endMs;
}

void CallSession::onAgentStarted(qint64 ms)
{
    if (!m_agentQueue.isEmpty() && m_utteranceBase.contains(m_agentQueue.constFirst()))
        m_playoutWaits.append(ms - m_utteranceBase.value(m_agentQueue.constFirst()));
    if (m_lastRepEndForLatency >= 0 && ms >= m_lastRepEndForLatency) {
        m_latencies.append(ms - m_lastRepEndForLatency);
        Q_EMIT turnLatency(m_latencies.constLast());
        m_lastRepEndForLatency = -1;
    }
    if (!m_agentQueue.isEmpty())
        m_spokenWords.start(QStringLiteral("a%1").arg(m_agentQueue.constFirst()));
}

void CallSession::onProspectWords(const QString& id, const QString& words)
{
    const CallLine* l = line(id);
    if (!l || l->heard)
        return;
    CallLine partial = *l;
    partial.text = words;
    partial.final = false;
    Q_EMIT prospectSpeaking(partial);
}

void CallSession::onAgentHeard(qint64 startMs, qint64 endMs, bool truncated)
{
    if (m_agentQueue.isEmpty())
        return;
    const int number = m_agentQueue.takeFirst();
    const QString id = QStringLiteral("a%1").arg(number);
    m_spokenWords.stop(id);
    if (truncated) {
        m_flushed.append(number);
        dropQueuedAgentAudio(); // whatever else was buffered will not play either
    }
    if (CallLine* l = line(id)) {
        l->startMs = startMs;
        l->endMs = endMs;
        l->heard = true;
        l->truncated = l->truncated || truncated;
        feedLive(*l);
        std::stable_sort(m_lines.begin(), m_lines.end(),
            [](const CallLine& a, const CallLine& b) { return a.startMs < b.startMs; });
        if (const CallLine* updated = line(id))
            Q_EMIT lineChanged(*updated);
    }
    net::VoiceTransport* transport = m_transport;
    const qint64 played = endMs - startMs;
    QMetaObject::invokeMethod(
        transport,
        [transport, id, startMs, played, truncated] {
            transport->sendPlayback(id, startMs, played, truncated);
        },
        Qt::QueuedConnection);
}

void CallSession::dropQueuedAgentAudio()
{
    for (int number : std::as_const(m_agentQueue)) {
        m_flushed.append(number);
        m_spokenWords.stop(QStringLiteral("a%1").arg(number));
        QMetaObject::invokeMethod(
            m_transport,
            [t = m_transport, number] {
                t->sendPlayback(QStringLiteral("a%1").arg(number), 0, 0, true);
            },
            Qt::QueuedConnection);
    }
    m_agentQueue.clear();
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
    m_outcome.turnLatenciesMs = m_latencies;

    scoring::Transcript transcript;
    transcript.durationMs = m_outcome.durationMs;
    for (const CallLine& l : std::as_const(m_lines)) {
        if (std::optional<scoring::Utterance> u = scorable(l)) {
            m_outcome.transcript.append(l);
            transcript.utterances.push_back(std::move(*u));
        }
    }
    CompletionInput input;
    input.startedAt = m_startedAt;
    input.durationMs = m_outcome.durationMs;
    input.turnLatenciesMs = m_latencies;
    input.clientVersion = m_setup.clientVersion;
    input.interrupted = interrupted;
    input.endedBy = endedBy;
    if (m_setup.uploadTo)
        input.offline = offlineOrigin();
    const QJsonObject completion
        = completionBody(m_live->scenario(), transcript, input, &m_outcome.report);
    QMetaObject::invokeMethod(
        m_transport, [t = m_transport] { t->shutdown(); }, Qt::QueuedConnection);
    // The journal first: from here on the attempt survives whatever happens next.
    if (!m_journal.save(m_attemptId, completion)) {
        m_outcome.syncError
            = tr("The attempt could not be saved on this computer: %1").arg(m_journal.lastError());
        complete();
        return;
    }
    m_outcome.saved = true;
    m_awaitingSync = true;
    connect(&m_sync, &net::SyncEngine::acknowledged, this, &CallSession::onAcknowledged);
    connect(&m_sync, &net::SyncEngine::sendFailed, this, &CallSession::onSendFailed);
    connect(&m_sync, &net::SyncEngine::idle, this, &CallSession::onSyncIdle);
    m_sync.poke();
}

void CallSession::onAcknowledged(const net::OutboxItem& item, const net::ApiResult& result)
{
    if (!m_awaitingSync || item.attemptId != m_attemptId)
        return;
    if (item.kind == net::OutboxItem::Kind::Completion) {
        m_outcome.completed = true;
        const QJsonValue score = result.json.object().value(QStringLiteral("score"));
        if (score.isDouble())
            m_outcome.platformScore = score.toDouble();
    }
    const std::optional<net::AttemptJournal::Entry> entry = m_journal.entry(m_attemptId);
    if (entry && entry->state == net::AttemptJournal::State::Synced)
        complete();
}

void CallSession::onSendFailed(const net::OutboxItem& item, const QString& message, bool retrying)
{
    if (!m_awaitingSync || item.attemptId != m_attemptId)
        return;
    if (item.kind == net::OutboxItem::Kind::Recording)
        m_outcome.syncError = retrying
            ? tr("The recording is saved on this computer and will upload when the platform "
                 "can be reached: %1")
                  .arg(message)
            : tr("The platform refused the recording; it is kept on this computer: %1")
                  .arg(message);
    else
        m_outcome.syncError = retrying
            ? tr("Saved on this computer; it will upload when the platform can be reached: %1")
                  .arg(message)
            : tr("Saved on this computer, but the platform refused it: %1").arg(message);
    complete();
}

void CallSession::onSyncIdle()
{
    // The engine has nothing it can send now, and this attempt is still queued (behind an
    // earlier one that waits): it goes when the engine next drains.
    if (!m_awaitingSync)
        return;
    const std::optional<net::AttemptJournal::Entry> entry = m_journal.entry(m_attemptId);
    if (entry && entry->state == net::AttemptJournal::State::Synced) {
        complete();
        return;
    }
    m_outcome.syncError = tr("Saved on this computer; it will upload after the attempts queued "
                             "before it.");
    complete();
}

void CallSession::complete()
{
    if (m_awaitingSync) {
        m_awaitingSync = false;
        disconnect(&m_sync, nullptr, this, nullptr);
    }
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
    if (state == m_state)
        return;
    qCInfo(lcApp, "call: %s → %s", qPrintable(describe(m_state)), qPrintable(describe(state)));
    m_state = state;
    Q_EMIT stateChanged(state, detail);
}

} // namespace vt::app
