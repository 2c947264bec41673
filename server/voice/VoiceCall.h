#pragma once

#include "CallSpeech.h"
#include "ProspectMind.h"
#include "speech/ScenarioLanguage.h"

#include "VoiceMessages.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>

class QWebSocket;

namespace vt::server {

class AttemptStore;
class Synthesizer;

struct VoiceCallSetup {
    QString orgId;
    QString attemptId;
    QString sessionId;
    QString personaName;
    PersonaScript script;
    QList<VocabularyWord> vocabulary;
    qint64 timeLimitMs = 0; // on the call clock
    QString modelDir;
    // The scenario's language (ScenarioLanguage): its model for the recogniser, how its names
    // and acronyms are written in the rep's lines. Null: the general model, plain words.
    std::shared_ptr<const ScenarioLanguage> language;
};

// One practice call on the voice gateway (docs/protocol/voice-gateway.md): the session that
// outlives its connections. It numbers and keeps every event for replay, takes rep audio in
// sequence, lets the persona answer each final rep utterance, streams the agent's speech paced
// in real time, cuts it short when the rep talks over it, ends the call by the persona's
// rules, the rep's hang-up or a dead peer, and stores its transcript with the attempt.
class VoiceCall final : public QObject {
    Q_OBJECT

public:
    static constexpr int leadMs = 60; // agent audio sent ahead of real time
    static constexpr int playbackReportGraceMs = 3000;

    // `mind` decides what the prospect says (the practice script or an AI engine).
    VoiceCall(VoiceCallSetup setup, std::unique_ptr<ProspectMind> mind, Synthesizer& synthesizer,
        AttemptStore& attempts, QObject* parent = nullptr);
    ~VoiceCall() override;

    const QString& attemptId() const { return m_setup.attemptId; }
    const QString& sessionId() const { return m_setup.sessionId; }
    bool isOver() const { return m_over; }

    // The first connection (after its hello); the call takes the socket.
    void start(QWebSocket* socket);
    // A later connection resuming the session (after its hello).
    void resume(QWebSocket* socket, qint64 lastEventSeq, qint64 lastAgentSeq);

Q_SIGNALS:
    // The call ended and was stored; the gateway forgets it.
    void over();

private:
    struct Utterance {
        int number = 0;
        AgentTurn turn;
        AgentSpeech speech;
        int sent = 0;         // packets sent
        bool cut = false;     // barge-in: the rest is not sent
        qint64 startMs = 0;   // call clock, estimated until the client reports
        qint64 playedMs = -1; // from the client's playback report
        bool truncated = false;
        QElapsedTimer clock;  // real time since it began to stream (paused while offline)
        qint64 offlineMs = 0; // pause to subtract from the clock
        qint64 doneAtMs = -1; // real time (m_life) all packets were sent, or the cut
    };

    void attach(QWebSocket* socket);
    void detach();
    void onText(const QString& text);
    void onBinary(const QByteArray& bytes);
    void protocolError(const QString& code, const QString& message);
    void sendEvent(protocol::voice::Message message);
    void sendFrame(const QByteArray& frame);

    void say(const AgentTurn& turn);
    void onSpoken(const AgentSpeech& speech);
    void onSpokenMore(int utterance, const QList<QByteArray>& packets);
    void startNext();
    void pace();
    void finishUtterance(qint64 startMs, qint64 playedMs, bool truncated);
    void onPlayback(const protocol::voice::Playback& playback);
    void onRepSpeechStarted(qint64 callMs);
    void onRepPartial(const QString& text, qint64 startMs, qint64 endMs);
    void onRepFinal(const RepSpeech& speech);
    void onRepClock(qint64 callMs);
    void watchdog();
    // The mind asked to end the call once what it said has played.
    void endWhenSaid();

    void end(const QString& by, const QString& reason, const QString& detail, int closeCode = 1000);
    void onSpeechFinished();
    // Closes the connection with the call's end (it stays open for no more events).
    void closeSocket();
    void store();
    void setState(const QString& state, const QString& utteranceId = {});

    VoiceCallSetup m_setup;
    AttemptStore& m_attempts;
    std::unique_ptr<ProspectMind> m_mind;
    QThread m_speechThread;
    CallSpeech* m_speech; // lives on m_speechThread

    QPointer<QWebSocket> m_socket;
    QList<QByteArray> m_events;      // every event sent, in seq order (seq = index + 1)
    QList<QByteArray> m_agentFrames; // every agent audio frame sent (seq = index)
    QList<protocol::voice::TranscriptEvent> m_transcript; // finals, by utterance
    qint64 m_nextRepSeq = 0;
    QElapsedTimer m_life;
    qint64 m_lastReceivedMs = 0; // on m_life
    qint64 m_lastSentMs = 0;
    qint64 m_offlineSinceMs = -1;
    qint64 m_pingId = 0;

    QString m_state;
    int m_agentNumber = 0;
    std::deque<Utterance> m_ready; // synthesised, waiting their turn
    std::optional<Utterance> m_current;
    int m_thinking = 0;                   // lines being synthesised
    QHash<int, AgentTurn> m_pendingTurns; // by utterance number, while synthesised

    int m_repNumber = 0;
    QString m_repId; // the rep utterance in progress (after its first words)
    QString m_repPartial;
    bool m_repSpeaking = false;
    qint64 m_repClockMs = 0;   // the latest rep audio's call clock
    qint64 m_quietSinceMs = 0; // when the last agent or rep turn ended (call clock)
    bool m_timeLimitSaid = false;
    int m_bargedReply = 0;     // an AI reply the rep is talking over, until their words are heard
    int m_cutReply = 0;        // an AI reply the rep interrupted: its other sentences are dropped
    QString m_endAfter;        // the mind's end reason, once what it said has played
    qint64 m_heardAtMs = -1;   // when the mind was given the rep's last words (m_life)
    int m_timedReply = 0;      // the AI reply whose timing is being taken
    qint64 m_firstWordsMs = 0; // its first sentence, after m_heardAtMs

    bool m_ending = false;
    int m_closeCode = 1000;
    bool m_over = false;
    protocol::voice::CallEnd m_end;
    QTimer m_pacer;
    QTimer m_watchdog;
};

} // namespace vt::server
