#include "CallController.h"

#include "AppPaths.h"
#include "CallSession.h"
#include "OfflinePractice.h"
#include "PlatformSession.h"
#include "RubricText.h"
#include "Settings.h"

#include "AttemptJournal.h"
#include "DeviceStreams.h"
#include "PlatformClient.h"
#include "SyncEngine.h"
#include "TurnLatency.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>

namespace vt::app {
namespace {

int wordCount(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return int(text.split(space, Qt::SkipEmptyParts).size());
}

} // namespace

CallController::CallController(
    PlatformSession& session, const Settings& settings, Plan plan, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_plan(std::move(plan))
    , m_transcript(this)
{
    m_openAudio = CallSession::deviceOpener(settings.inputDevice(), settings.outputDevice());
    m_nudgeTimer.setInterval(1000);
    connect(&m_nudgeTimer, &QTimer::timeout, this, &CallController::checkNudge);
    // Empty until the first line counts: the criteria, phrases and objections, all at zero.
    updateLive();
}

CallController::~CallController()
{
    m_call.reset(); // before the offline platform it may be talking to (a child)
}

void CallController::setPhase(Phase phase, const QString& detail)
{
    m_phase = phase;
    m_detail = detail;
    if (phase == Phase::Live && !m_plan.assessment)
        m_nudgeTimer.start();
    else if (phase != Phase::Reconnecting)
        m_nudgeTimer.stop();
    Q_EMIT phaseChanged();
}

qint64 CallController::elapsedMs() const
{
    if (m_finalMs >= 0)
        return m_finalMs;
    return m_call ? m_call->callClockMs() : 0;
}

void CallController::start()
{
    if (m_call || m_offline)
        return;
    setPhase(Phase::Idle);
    if (!m_plan.practiseOffline) {
        net::PlatformClient* client = m_session.client();
        if (!client) {
            fail(tr("Not signed in."));
            return;
        }
        startSession(*client, false);
        return;
    }
    // The platform cannot be reached: the practice agent on this computer plays the scenario
    // as last synced, and the attempt is kept for the platform.
    m_offline = m_session.startOfflinePractice(m_plan.document, this, [this](const QString& error) {
        if (!error.isEmpty())
            fail(error);
        else
            startSession(m_offline->client(), true);
    });
}

void CallController::startSession(net::PlatformClient& client, bool offline)
{
    if (!m_session.journal() || !m_session.sync()) {
        fail(tr("Not signed in."));
        return;
    }
    m_call = std::make_unique<CallSession>(client, *m_session.journal(), *m_session.sync());
    CallSession* call = m_call.get();
    connect(call, &CallSession::lineChanged, this, &CallController::onLine);
    connect(call, &CallSession::prospectSpeaking, this, &CallController::onLine);
    connect(call, &CallSession::liveScoreChanged, this, &CallController::updateLive);
    connect(call, &CallSession::levelsChanged, this, &CallController::levelsChanged);
    connect(call, &CallSession::turnLatency, this, [this](qint64 ms) {
        m_lastLatency = ms;
        Q_EMIT latencyChanged(ms);
    });
    connect(call, &CallSession::agentStateChanged, this, [this](const QString& state) {
        const bool speaking = state == QLatin1String("speaking");
        if (speaking != m_agentSpeaking) {
            m_agentSpeaking = speaking;
            Q_EMIT agentSpeakingChanged(speaking);
        }
    });
    connect(
        call, &CallSession::audioDeviceChanged, this, [this](bool working, const QString& devices) {
            if (working == m_audioWorking)
                return;
            m_audioWorking = working;
            Q_EMIT audioWorkingChanged(working);
            if (working)
                Q_EMIT nudge(tr("Your audio is back (%1).").arg(devices));
        });
    connect(call, &CallSession::journalTrouble, this, [this](const QString& message) {
        // Said even in assessments: it is about the attempt being kept, not coaching.
        Q_EMIT nudge(message.isEmpty()
                ? tr("This call is being saved on this computer again.")
                : tr("This call cannot be saved on this computer right now (%1). It is kept "
                     "in memory and saved as soon as the disk allows.")
                      .arg(message));
    });
    connect(
        call, &CallSession::microphoneSilent, this, [this](bool silent, const QString& microphone) {
            m_microphoneSilent = silent;
            m_microphoneName = microphone;
            Q_EMIT microphoneSilentChanged(silent);
        });
    connect(call, &CallSession::stateChanged, this, [this](CallState state, const QString& detail) {
        // Ended and Failed wait for the attempt's upload (onFinished).
        if (state == CallState::Ended || state == CallState::Failed)
            m_finalMs = m_call->callClockMs();
        else if (state != CallState::Idle)
            setPhase(state, detail);
    });
    connect(call, &CallSession::finished, this, &CallController::onFinished);
    connect(
        call, &CallSession::prospectKnown, this, [this](protocol::CallStarted::Prospect prospect) {
            using P = protocol::CallStarted::Prospect;
            m_prospect = prospect == P::Ai ? Prospect::Ai
                : prospect == P::Script    ? Prospect::Script
                                           : Prospect::Unknown;
            Q_EMIT prospectChanged();
        });
    connect(m_session.sync(), &net::SyncEngine::attemptStateChanged, this,
        [this](const QString& id, net::AttemptJournal::State state, const QString& detail) {
            if (m_attemptId.isEmpty() || id != m_attemptId)
                return;
            using S = net::AttemptJournal::State;
            switch (state) {
            case S::Synced:
                m_sync = Sync::Synced;
                break;
            case S::NeedsAttention:
                m_sync = Sync::Refused;
                break;
            case S::Failed:
                m_sync = Sync::Retrying;
                break;
            case S::Uploading:
                m_sync = Sync::Uploading;
                break;
            case S::InProgress:
            case S::Saved:
                return;
            }
            m_syncDetail = detail;
            Q_EMIT syncChanged();
        });

    CallSession::Setup setup;
    setup.scenarioId = m_plan.scenarioId;
    setup.assignmentId = m_plan.assignmentId;
    setup.scoringScenario = m_plan.scoring;
    setup.clientVersion = QCoreApplication::applicationVersion();
    setup.recordingPath
        = QDir(paths::recordings())
              .filePath(QStringLiteral("call-%1.opus").arg(QDateTime::currentMSecsSinceEpoch()));
    setup.openAudio = m_openAudio;
    if (offline)
        setup.uploadTo = CallSession::Setup::UploadTo{
            m_session.platformKey(), m_plan.scenarioId, m_plan.assignmentId};
    call->setMuted(m_muted);
    call->start(setup);
}

void CallController::fail(const QString& message)
{
    m_result = AttemptResult::fromReport({}, {}, m_plan.passThreshold);
    m_result.failure = message;
    m_finalMs = 0;
    setPhase(Phase::Failed, message);
    Q_EMIT finished();
}

void CallController::endCall()
{
    if (m_call
        && (m_phase == Phase::Live || m_phase == Phase::Reconnecting
            || m_phase == Phase::Connecting))
        m_call->hangUp();
}

void CallController::setMuted(bool muted)
{
    m_muted = muted;
    if (m_call)
        m_call->setMuted(muted);
}

void CallController::onLine(const CallLine& line)
{
    if (line.speaker == Speaker::Prospect && !line.heard && line.final)
        return; // the speaker never played it: the rep did not hear it
    const TranscriptLine shown{
        line.id, line.speaker, line.text, line.startMs, line.endMs, line.final, line.truncated};
    if (m_transcript.upsert(shown) && !line.text.isEmpty())
        Q_EMIT lineFinalized(line.speaker, line.text);
}

QString CallController::microphoneSilentText() const
{
    return CallSession::microphoneSilentText(m_microphoneName);
}

void CallController::updateLive()
{
    const QJsonObject& scoring = m_plan.scoring;
    const QJsonObject report = m_call ? m_call->liveReport() : QJsonObject();
    const QJsonObject kpis = report.value(QStringLiteral("kpis")).toObject();
    LiveScore live;
    live.started = !report.isEmpty();
    // Scoring 2.0.0: no score until the rep has said enough to judge (docs/scoring.md §4.1).
    live.scored = live.started && report.value(QStringLiteral("scored")).toBool(true);
    live.score = report.value(QStringLiteral("score")).toInt();
    const QJsonArray breakdown = report.value(QStringLiteral("breakdown")).toArray();
    if (live.scored) {
        for (const QJsonValue& v : breakdown) {
            const QJsonObject c = v.toObject();
            live.criteria.append({c.value(QStringLiteral("label")).toString(),
                c.value(QStringLiteral("fraction")).toDouble(),
                c.value(QStringLiteral("points")).toDouble(),
                c.value(QStringLiteral("max_points")).toDouble()});
        }
    } else {
        for (const CriterionInfo& c : RubricText::criteria(scoring))
            live.criteria.append({c.label, 0, 0, double(c.weightPercent)});
    }
    const QJsonArray hit = kpis.value(QStringLiteral("required_phrases"))
                               .toObject()
                               .value(QStringLiteral("hit"))
                               .toArray();
    for (const QJsonValue& v : scoring.value(QStringLiteral("required_phrases")).toArray()) {
        const QJsonObject p = v.toObject();
        live.phrases.append({p.value(QStringLiteral("label")).toString(), false,
            hit.contains(p.value(QStringLiteral("id")))});
    }
    const QJsonObject objections = kpis.value(QStringLiteral("objections")).toObject();
    const QJsonArray raised = objections.value(QStringLiteral("raised")).toArray();
    const QJsonArray addressed = objections.value(QStringLiteral("addressed")).toArray();
    for (const QJsonValue& v : scoring.value(QStringLiteral("objections")).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonValue tag = o.value(QStringLiteral("tag"));
        live.objections.append({o.value(QStringLiteral("label")).toString(), raised.contains(tag),
            addressed.contains(tag)});
    }
    const QJsonObject goal = scoring.value(QStringLiteral("goal")).toObject();
    if (!goal.isEmpty())
        live.goal = LiveScore::Item{goal.value(QStringLiteral("label")).toString(), false,
            kpis.value(QStringLiteral("goal_hit")).toBool()};
    live.talkRatio = kpis.value(QStringLiteral("talk_ratio")).toDouble();
    live.paceWpm = kpis.value(QStringLiteral("pace_wpm")).toDouble();
    live.fillers = kpis.value(QStringLiteral("filler_words")).toInt();
    live.openQuestions = kpis.value(QStringLiteral("open_questions")).toInt();
    live.longestMonologueMs = qint64(kpis.value(QStringLiteral("longest_monologue_ms")).toDouble());
    m_live = live;
    Q_EMIT liveScoreChanged();
}

void CallController::checkNudge()
{
    if (m_plan.assessment || m_phase != Phase::Live || !m_call)
        return;
    QList<NudgeAdvisor::Line> lines;
    for (const TranscriptLine& l : m_transcript.lines()) {
        if (l.final)
            lines.append({l.speaker == Speaker::Rep, l.startMs, l.endMs, wordCount(l.text)});
    }
    if (const auto n = m_nudges.advise(lines, m_live.openQuestions, m_call->callClockMs()))
        Q_EMIT nudge(NudgeAdvisor::text(*n));
}

void CallController::onFinished(const CallOutcome& o)
{
    m_nudgeTimer.stop();
    m_finalMs = o.durationMs;
    m_attemptId = o.attemptId;
    m_report = o.report;
    m_result = AttemptResult::fromReport(o.report, m_plan.scoring, m_plan.passThreshold);
    m_result.attemptId = o.attemptId;
    m_result.scenarioTitle = m_plan.title;
    m_result.recordingPath = o.recordingPath;
    m_result.durationMs = o.durationMs;
    m_result.failure = o.failure;
    m_result.endedBy = o.endedBy;
    for (const CallLine& l : o.transcript) {
        if (l.final && !l.text.isEmpty() && (l.heard || l.speaker == Speaker::Rep))
            m_result.transcript.append(
                {l.id, l.speaker, l.text, l.startMs, l.endMs, true, l.truncated});
    }
    if (const auto latency = protocol::summarizeTurnLatencies(o.turnLatenciesMs))
        m_result.latencyP50Ms = latency->p50Ms;
    m_syncDetail = o.syncError;
    m_sync = o.completed ? Sync::Synced : (o.saved ? Sync::Waiting : Sync::NotSaved);
    setPhase(o.failure.isEmpty() ? Phase::Ended : Phase::Failed, o.failure);
    Q_EMIT finished();
}

void CallController::retranslateResult()
{
    if (m_report.isEmpty())
        return;
    const AttemptResult fresh
        = AttemptResult::fromReport(m_report, m_plan.scoring, m_plan.passThreshold);
    m_result.criteria = fresh.criteria;
    m_result.kpis = fresh.kpis;
    m_result.tips = fresh.tips;
}

QString CallController::syncText() const
{
    const auto withDetail = [this](const QString& text) {
        return m_syncDetail.isEmpty() ? text : text + QLatin1Char(' ') + m_syncDetail;
    };
    switch (m_sync) {
    case Sync::None:
        return {};
    case Sync::Synced:
        return m_session.isLocal() ? tr("Saved on this computer.")
                                   : tr("Saved to your organisation's platform.");
    case Sync::Waiting:
        return withDetail(
            tr("Saved on this computer; it uploads as soon as the platform can be reached."));
    case Sync::Uploading:
        return tr("Uploading…");
    case Sync::Retrying:
        return tr("Saved on this computer; the upload will be tried again. %1").arg(m_syncDetail);
    case Sync::Refused:
        return tr("The platform refused this attempt: %1").arg(m_syncDetail);
    case Sync::NotSaved:
        return tr("This call could not be saved.");
    }
    return {};
}

} // namespace vt::app
