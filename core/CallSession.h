#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>

#include "ApiResources.h"
#include "CallState.h"
#include "CallTranscript.h"
#include "Clock.h"
#include "MicrophoneWatch.h"
#include "Result.h"
#include "SpokenWords.h"
#include "VoiceTiming.h"

#include <functional>
#include <memory>
#include <optional>

namespace vt::audio {
class AudioEngine;
class AudioIo;
} // namespace vt::audio
namespace vt::net {
class AttemptJournal;
class PlatformApi;
class PlatformClient;
class SyncEngine;
class VoiceTransport;
} // namespace vt::net
namespace vt::protocol {
struct CallStarted;
}
namespace vt::protocol::voice {
struct AudioFrame;
} // namespace vt::protocol::voice

namespace vt::app {

class CallRecord;
class SessionAudio;

// What a finished call produced.
struct CallOutcome {
    QString attemptId;
    QString endedBy;   // the API's ended_by: rep, agent, goal, time_limit, error
    QString endReason; // the protocol's reason, or the failure's code
    bool interrupted = false;
    qint64 durationMs = 0;
    QList<CallLine> transcript; // by start time
    QJsonObject report; // scoring::reportJson: scoring_version, kpis, score, passed, breakdown
    QList<qint64> turnLatenciesMs;
    QString recordingPath;
    QString failure;        // why the call failed (endReason's sentence), for the user
    bool saved = false;     // journaled and queued for the platform
    bool completed = false; // the platform accepted the completion
    QString syncError;      // why not (yet), for the user
    std::optional<double> platformScore;
};

// A practice call from start to finish (docs/protocol/voice-gateway.md), orchestrated: POST
// /calls, the voice transport on its own thread, the audio engine on its, the transcript and
// live score (CallTranscript's rules), then the call's record (CallRecord: the local journal
// first, the completion and the recording queued in the outbox in one commit, and the sync
// engine's answer). `finished` comes once the platform acknowledged them, or the first try
// failed (they stay queued).
//
// States: Idle → Connecting → Live ⇄ Reconnecting → Ending → Ended, or Failed from any of
// them (the attempt so far is still scored and journaled, marked interrupted).
class CallSession final : public QObject {
    Q_OBJECT

public:
    using State = CallState;

    using AudioOpener = std::function<Result<std::unique_ptr<audio::AudioIo>>()>;
    // Opens these devices by name (empty: the system's default), or says why not.
    static AudioOpener deviceOpener(const QString& input, const QString& output);

    struct Setup {
        QString scenarioId;
        QString assignmentId;
        QJsonObject scoringScenario; // the scenario's "scoring" object
        // Opens the call's microphone and speaker (devices or files), or says why not.
        AudioOpener openAudio;
        QString recordingPath;
        QString clientVersion;
        int hangUpGraceMs = 5000; // after hangUp(), how long to wait for the gateway's end
        net::VoiceTiming timing;  // the protocol's timers (shorter in tests)
        // Practice with the app's own agent (the embedded platform) for a platform that cannot
        // be reached: the call runs on the session's client, and the attempt is journaled and
        // queued for this platform instead, created there by its first upload.
        struct UploadTo {
            QString platformKey;
            QString scenarioId;
            QString assignmentId;
        };
        std::optional<UploadTo> uploadTo;
    };

    CallSession(net::PlatformClient& platform, net::AttemptJournal& journal, net::SyncEngine& sync,
        QObject* parent = nullptr);
    ~CallSession() override;

    // "We can't hear you ...", naming the microphone and what to check.
    static QString microphoneSilentText(const QString& microphone);
    // A device as the rep knows it: its own name ("USB Headset"), or "system default" for the
    // sound server's default device ("default", "pulse", "sysdefault", "pipewire").
    static QString deviceText(const QString& name);
    // AudioIo::describe() ("IN → OUT") as the rep knows it: one name when both are the same.
    static QString devicesText(const QString& described);
    State state() const { return m_state; }
    const QList<CallLine>& transcript() const;
    qint64 callClockMs() const;
    // Per prospect line, how long its first packet waited on this computer (jitter buffer and
    // speaker queue) before the rep heard it, in ms: a piece of the turn latency.
    QList<qint64> playoutWaitsMs() const;
    // The score so far, over the final lines heard (scoring::reportJson); empty before start.
    QJsonObject liveReport() const;

    void start(Setup setup);
    // The rep ends the call.
    void hangUp();
    // The microphone sends silence while muted (the call goes on).
    void setMuted(bool muted);
    // Test hook: the network drops (the transport resumes).
    void dropConnection();

Q_SIGNALS:
    void stateChanged(vt::app::CallState state, const QString& detail);
    void lineChanged(const vt::app::CallLine& line);
    void agentStateChanged(const QString& state);
    // liveReport() changed: a line became final and heard, or a scored line changed.
    void liveScoreChanged();
    void finished(const vt::app::CallOutcome& outcome);
    // About 25 times a second while the audio runs: RMS levels (dBFS) of the microphone as
    // sent and of the agent as played.
    void levelsChanged(float microphoneDb, float agentDb);
    // The prospect answered `ms` after the rep stopped talking.
    void turnLatency(qint64 ms);
    // The microphone or speaker stopped delivering audio (working false; the call goes on and
    // the devices are retried), or audio runs again on `devices` ("microphone → speaker").
    void audioDeviceChanged(bool working, const QString& devices);
    // The rep's microphone (named `microphone`) has picked up nothing for MicrophoneWatch's
    // while though it is the rep's turn (silent true), or picks up sound again.
    void microphoneSilent(bool silent, const QString& microphone);
    // While a prospect line plays: `line` with only the words spoken so far (final false).
    void prospectSpeaking(const vt::app::CallLine& line);
    // The call's crash-recovery records cannot be written now (`message`: why; they are kept
    // and retried), or (empty) they are written again.
    void journalTrouble(const QString& message);
    // The platform said what plays the prospect (an AI model or the practice script).
    void prospectKnown(vt::protocol::CallStarted::Prospect prospect);

private:
    friend class SessionAudio;
    void onCallStarted(const protocol::CallStarted& call);
    // The "offline" object of an attempt practised offline (Setup::uploadTo).
    QJsonObject offlineOrigin() const;
    void onTranscript(const QString& id, Speaker speaker, const QString& text, bool final,
        bool truncated, qint64 startMs, qint64 endMs);
    void onAgentAudio(const protocol::voice::AudioFrame& frame);
    void onRepSegment(qint64 startMs, qint64 endMs);
    void onAgentStarted(qint64 ms);
    void onAgentHeard(qint64 startMs, qint64 endMs, bool truncated);
    // The prospect line now playing, as far as it is spoken.
    void onProspectWords(const QString& id, const QString& words);
    // The agent was cut off before the queued utterances played.
    void dropQueuedAgentAudio();
    // Journals a change to what is scored, and says the score changed.
    void scoreChanged(const std::optional<CallTranscript::ScoreChange>& change);
    void sendPlayback(const QString& id, qint64 startMs, qint64 playedMs, bool truncated);
    void onCallEnd(const QString& by, const QString& reason);
    // An audio::AudioEngine::DeviceEvent (its Kind as int), on the main thread.
    void onAudioDevice(int kind, const QString& devices, const QString& detail);
    void onLevels(float microphoneDb, float agentDb);
    void fail(const QString& code, const QString& message);
    void finishCall(const QString& endedBy, const QString& reason, bool interrupted);
    void complete();
    void setState(State state, const QString& detail = {});

    net::PlatformClient& m_platform;
    protocol::SystemClock m_clock;           // the API's (no cache: nothing to date)
    std::unique_ptr<net::PlatformApi> m_api; // POST /calls, typed
    std::unique_ptr<CallRecord> m_record;
    Setup m_setup;
    State m_state = State::Idle;
    QString m_attemptId;
    QString m_startedAt; // RFC 3339, the platform's
    QThread m_transportThread;
    net::VoiceTransport* m_transport = nullptr; // lives on m_transportThread
    std::unique_ptr<SessionAudio> m_audioListener;
    std::unique_ptr<audio::AudioEngine> m_engine;
    std::unique_ptr<CallTranscript> m_transcript; // from start(), with the scenario
    QTimer m_hangUpTimer;
    SpokenWords m_spokenWords;
    bool m_finishing = false;
    bool m_muted = false;
    QString m_agentState; // the gateway's: listening, thinking, speaking
    QString m_microphone; // the opened microphone's name
    MicrophoneWatch m_microphoneWatch;
    bool m_audioWorking = true;
    bool m_audioUnavailableLogged = false;
    CallOutcome m_outcome;
};

} // namespace vt::app

Q_DECLARE_METATYPE(vt::app::CallLine)
Q_DECLARE_METATYPE(vt::app::CallOutcome)
