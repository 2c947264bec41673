#pragma once

#include "CallLine.h"

#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace vt::scoring {
class LiveScorer;
struct Scenario;
struct Transcript;
struct Utterance;
} // namespace vt::scoring

namespace vt::app {

// The rules that turn a call's events into its transcript and running score, without I/O or
// threads (CallSession feeds it and does the rest): the gateway's transcript lines (partials
// replaced by finals, ordered by start), rep times from the app's own VAD segment overlapping
// the recognised span most, prospect times from what the speaker played, the agent's audio
// queue re-based onto the call clock, barge-in (the cut line and everything queued behind it
// never play), turn latencies and playout waits, and the live score over the lines that count
// (final, heard, not empty), scored again from its lines when a scored line changes.
class CallTranscript final {
public:
    // A change to what is scored: `line` now counts as given, or (nullopt) no longer counts.
    // The crash-recovery journal keeps these (AttemptRecovery replays them).
    struct ScoreChange {
        QString id;
        std::optional<CallLine> line;
    };
    // What the speaker starting a prospect line means.
    struct AgentStart {
        QString lineId;                      // the line now playing (empty: none queued)
        std::optional<qint64> latencyMs;     // since the rep's last VAD segment ended
        std::optional<qint64> playoutWaitMs; // how long its first packet waited here
    };
    // What the speaker finishing (or cutting) a prospect line means.
    struct AgentHeard {
        QString lineId; // empty: nothing was queued
        qint64 playedMs = 0;
        QStringList dropped; // queued lines that will never play (after a barge-in)
        std::optional<ScoreChange> change;
    };

    explicit CallTranscript(const scoring::Scenario& scenario);
    ~CallTranscript();
    CallTranscript(const CallTranscript&) = delete;
    CallTranscript& operator=(const CallTranscript&) = delete;

    // A transcript event from the gateway.
    std::optional<ScoreChange> addTranscript(const QString& id, Speaker speaker,
        const QString& text, bool final, bool truncated, qint64 startMs, qint64 endMs);
    // The app's VAD heard the rep from `startMs` to `endMs` (call clock).
    void addRepSegment(qint64 startMs, qint64 endMs);
    // A packet of agent utterance `utterance` at `offsetMs` into it arrived at `nowMs` on the
    // call clock: its place on the call clock, or nullopt when it must be dropped (its
    // utterance was cut off).
    std::optional<qint64> agentPacket(int utterance, bool first, qint64 offsetMs, qint64 nowMs);
    AgentStart agentStarted(qint64 ms);
    AgentHeard agentHeard(qint64 startMs, qint64 endMs, bool truncated);
    // The agent was cut off before a word of the queued lines played: they never will (their
    // ids, in order).
    QStringList dropQueued();
    // Once the call is over its final report is the score: the live one stops changing.
    void freeze() { m_frozen = true; }

    const QList<CallLine>& lines() const { return m_lines; }
    const CallLine* line(const QString& id) const;
    const QList<qint64>& latenciesMs() const { return m_latencies; }
    const QList<qint64>& playoutWaitsMs() const { return m_playoutWaits; }
    const scoring::LiveScorer& live() const { return *m_live; }
    // The lines that count, in order, as the scoring module takes them.
    scoring::Transcript scored(qint64 durationMs, QList<CallLine>* lines) const;

    // The line as the scoring sees it, when it counts (final, heard, not empty).
    static std::optional<scoring::Utterance> scorable(const CallLine& line);
    static QString agentLineId(int utterance) { return QStringLiteral("a%1").arg(utterance); }

private:
    CallLine* find(const QString& id);
    void sort();
    std::optional<ScoreChange> feedLive(const CallLine& line);

    std::unique_ptr<scoring::LiveScorer> m_live;
    std::vector<scoring::Utterance> m_liveFed; // what m_live was given, in arrival order
    bool m_frozen = false;
    QList<CallLine> m_lines;
    QList<std::pair<qint64, qint64>> m_repSegments; // the app's VAD, call clock
    QList<int> m_agentQueue; // utterances with audio pushed, not yet reported heard
    int m_lastPushedUtterance = 0;
    QList<int> m_flushed;              // utterances cut by barge-in: later packets are dropped
    QMap<int, qint64> m_utteranceBase; // call clock when an utterance's first packet arrived
    qint64 m_lastRepEnd = -1;          // for the next turn latency; -1: measured already
    QList<qint64> m_latencies;
    QList<qint64> m_playoutWaits;
};

} // namespace vt::app
