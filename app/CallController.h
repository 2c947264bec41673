#pragma once

#include "AttemptResult.h"
#include "CallState.h"
#include "NudgeAdvisor.h"
#include "Result.h"
#include "TranscriptModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace vt::audio {
class AudioIo;
}
namespace vt::net {
class PlatformClient;
}

namespace vt::app {

struct CallOutcome;
class CallSession;
class OfflinePractice;
class PlatformSession;
class Settings;
struct CallLine;

// The running score as the call screen shows it.
struct LiveScore {
    struct Criterion {
        QString label;
        double fraction = 0;
        double points = 0;
        double maxPoints = 0;
    };
    struct Item {
        QString label;
        bool raised = false; // objections: the prospect raised it
        bool done = false;   // said (phrases), handled (objections), reached (goal)
    };
    bool started = false; // a line has counted
    bool scored = false;  // the rep has said enough for a score (docs/scoring.md §4.1)
    int score = 0;
    QList<Criterion> criteria;
    QList<Item> phrases;
    QList<Item> objections;
    std::optional<Item> goal;
    double talkRatio = 0;
    double paceWpm = 0;
    int fillers = 0;
    int openQuestions = 0;
    qint64 longestMonologueMs = 0;
};

// The call screen's view model: one practice call from the briefing to the result, over
// CallSession. Adds what the rep sees: the phase in words, the transcript as a model, the
// live score and KPIs in plain values, the levels, the turn latency, gentle nudges (not in
// assessments), mute, and at the end the result with its sync state. For a hosted platform
// that cannot be reached (plan.practiseOffline), the practice agent on this computer plays
// the cached scenario and the attempt waits for the platform.
class CallController final : public QObject {
    Q_OBJECT

public:
    struct Plan {
        QString scenarioId;
        QString assignmentId;
        QString title;
        QJsonObject scoring;  // the scoring scenario (docs/scoring.md §1.3)
        QJsonObject document; // the whole scenario: what offline practice imports
        QString personaName;
        bool assessment = false;
        double passThreshold = 0;
        bool practiseOffline = false;
    };
    // The call's state (CallState), as the screen follows it: Idle while getting ready, and
    // Ended or Failed only once the attempt's upload has answered.
    using Phase = CallState;
    using AudioOpener = std::function<Result<std::unique_ptr<audio::AudioIo>>()>;

    CallController(
        PlatformSession& session, const Settings& settings, Plan plan, QObject* parent = nullptr);
    ~CallController() override;

    void start();
    // The rep ends the call; the result follows (finished()).
    void endCall();
    void setMuted(bool muted);

    const Plan& plan() const { return m_plan; }
    Phase phase() const { return m_phase; }
    QString detail() const { return m_detail; }
    qint64 elapsedMs() const;
    TranscriptModel* transcript() { return &m_transcript; }
    const LiveScore& liveScore() const { return m_live; }
    bool agentSpeaking() const { return m_agentSpeaking; }
    // What plays the prospect, once the platform said (Unknown before, or when it does not).
    enum class Prospect { Unknown, Script, Ai };
    Prospect prospect() const { return m_prospect; }
    std::optional<qint64> lastLatencyMs() const { return m_lastLatency; }
    // False while the microphone or speaker has stopped and is being reopened.
    bool audioWorking() const { return m_audioWorking; }
    // The rep's microphone has picked up nothing for a while on the rep's turn ("We can't hear
    // you"); microphoneName() says which one.
    bool microphoneSilent() const { return m_microphoneSilent; }
    const QString& microphoneName() const { return m_microphoneName; }
    // What the call page says then, in the current language.
    QString microphoneSilentText() const;

    // After finished().
    const AttemptResult& result() const { return m_result; }
    // Words the result holds (criteria, KPIs, tips) again in the current language.
    void retranslateResult();
    bool isSynced() const { return m_sync == Sync::Synced; }
    // Where the attempt stands with the platform, in the current language.
    QString syncText() const;

Q_SIGNALS:
    void phaseChanged();
    void liveScoreChanged();
    void levelsChanged(float microphoneDb, float agentDb);
    void agentSpeakingChanged(bool speaking);
    void prospectChanged();
    void latencyChanged(qint64 ms);
    void nudge(const QString& text);
    void audioWorkingChanged(bool working);
    void microphoneSilentChanged(bool silent);
    // A transcript line became final (for screen readers).
    void lineFinalized(vt::app::Speaker speaker, const QString& text);
    void finished();
    void syncChanged();

private:
    void startSession(net::PlatformClient& client, bool offline);
    void onLine(const CallLine& line);
    void onFinished(const CallOutcome& outcome);
    void updateLive();
    void checkNudge();
    void fail(const QString& message);
    void setPhase(Phase phase, const QString& detail = {});

    PlatformSession& m_session;
    const Settings& m_settings;
    Plan m_plan;
    Prospect m_prospect = Prospect::Unknown;
    AudioOpener m_openAudio;
    Phase m_phase = Phase::Idle;
    QString m_detail;
    bool m_muted = false;
    OfflinePractice* m_offline = nullptr; // a child: the practice agent on this computer
    std::unique_ptr<CallSession> m_call;
    TranscriptModel m_transcript;
    LiveScore m_live;
    bool m_agentSpeaking = false;
    bool m_audioWorking = true;
    bool m_microphoneSilent = false;
    QString m_microphoneName;
    std::optional<qint64> m_lastLatency;
    NudgeAdvisor m_nudges;
    QTimer m_nudgeTimer;
    QElapsedTimer m_preparing;
    qint64 m_finalMs = -1;
    AttemptResult m_result;
    QJsonObject m_report; // the result's report, for retranslateResult()
    QString m_attemptId;
    enum class Sync { None, Synced, Waiting, Uploading, Retrying, Refused, NotSaved };
    Sync m_sync = Sync::None;
    QString m_syncDetail;
};

} // namespace vt::app
