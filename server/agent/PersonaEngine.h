#pragma once

#include "PersonaScript.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace vt::server {

// One thing the prospect says.
struct AgentTurn {
    enum class Kind { Opening, Reply, Objection, Handled, GoalAgreed, GoalNotYet, Prompt, HangUp };
    Kind kind = Kind::Reply;
    QString text;
    QString objection;     // the tag, for Objection and Handled
    bool endsCall = false; // the agent ends the call after saying it
    QString endReason;     // goal_reached, agent_hung_up, time_limit (protocol call.end reasons)
};

// The prospect's mind, driven by the scenario's script (docs/scenarios.md). Deterministic:
// the same rep utterances in the same order give the same turns, so calls are reproducible
// and tests exact. No clocks inside: the caller reports silence, the time limit and, on the
// call clock, when each line began to play and what of it was heard.
//
// It hears the rep through the scoring module's matcher and follows the scorer's rules, so
// the two agree on every objection: an objection counts raised only once its line was heard
// saying a scoring trigger (a line cut off before that is as if never said, and it comes up
// again), and handled only by a rep utterance that starts once that line has begun to play.
//
// For each final rep utterance, in this order of precedence:
//   1. a rude word: the prospect hangs up;
//   2. the pending objection's handling phrase: it is handled (handled_line);
//   3. a goal request: agreed (the call ends, goal_reached) once at least min_objections were
//      raised and all raised are handled; otherwise the next objection not yet raised, or
//      not_yet_line while one is pending;
//   4. an objection's rep trigger, or the scripted one whose turn has come: raised;
//   5. the first intent whose keyword is said: its next reply;
//   6. the next fallback line.
class PersonaEngine final {
public:
    explicit PersonaEngine(PersonaScript script);

    AgentTurn opening() const;
    // A final rep utterance that began at `startMs` on the call clock.
    AgentTurn onRepUtterance(const QString& text, qint64 startMs);
    // A line of the prospect's began to play at `startMs`.
    void onLineStarted(const AgentTurn& turn, qint64 startMs);
    // A line of the prospect's was cut off: only `heard` of it played.
    void onLineCut(const AgentTurn& turn, const QString& heard);
    // The rep has been silent this long since the agent last finished speaking: a prompt at
    // the first threshold, a hang-up at the second; nothing otherwise (or twice).
    std::optional<AgentTurn> onSilence(qint64 silentMs);
    AgentTurn onTimeLimit() const;

    const QSet<QString>& raised() const { return m_raised; }
    const QSet<QString>& handled() const { return m_handled; }
    bool goalReached() const { return m_goalReached; }
    const PersonaScript& script() const { return m_script; }

private:
    std::optional<AgentTurn> raiseNext(const scoring::MatchTokens& heard, bool scriptedOnly);
    AgentTurn raise(const ScriptedObjection& objection);

    PersonaScript m_script;
    int m_repTurns = 0;
    QString m_pending;            // the raised objection not yet handled, if any
    qint64 m_pendingSinceMs = -1; // when its line began to play (-1: not yet)
    QSet<QString> m_raised;
    QSet<QString> m_handled;
    QHash<QString, int> m_intentUses;
    int m_fallbackUses = 0;
    bool m_prompted = false;
    bool m_goalReached = false;
};

} // namespace vt::server
