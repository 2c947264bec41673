#pragma once

#include "PersonaScript.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace vt::server {

// One thing the prospect says.
struct AgentTurn {
    enum class Kind {
        Opening,
        Reply,
        Clarify, // it understood nothing the rep said and asks
        Objection,
        Handled,
        Acknowledged, // an objection the rep answered before it came up
        GoalAgreed,
        GoalNotYet,
        Prompt,
        HangUp
    };
    Kind kind = Kind::Reply;
    QString text;
    QString objection;     // the tag, for Objection, Handled and Acknowledged
    bool endsCall = false; // the agent ends the call after saying it
    QString endReason;     // goal_reached, agent_hung_up, time_limit (protocol call.end reasons)
    int reply = 0;         // an AI engine's reply this sentence is part of (0: a line on its own)
};

// The prospect's mind, driven by the scenario's script (docs/scenarios.md). Deterministic:
// the same rep utterances in the same order give the same turns, so calls are reproducible
// and tests exact. No clocks inside: the caller reports silence, the time limit and what of
// a line was heard when it was cut off.
//
// It hears the rep through the scoring module's matcher and follows the scorer's rules
// (docs/scoring.md, 2.1.0), so the two agree on every objection: an objection counts raised
// once a line of the prospect's was heard saying a scoring trigger (a line cut off before
// that is as if never said, and it comes up again), and handled by a handling phrase the rep
// says at any time, before it came up too.
//
// For each final rep utterance, in this order of precedence:
//   1. a rude word: the prospect hangs up;
//   2. the pending objection's handling phrase: it is handled (handled_line);
//   3. a goal request: agreed (the call ends, goal_reached) once at least min_objections were
//      raised and all raised are handled; otherwise the next objection not yet raised, or a
//      not-yet line while one is pending;
//   4. the handling phrase of an objection not raised yet: acknowledged (preempted_line),
//      which raises and handles it at once;
//   5. an objection's rep trigger, or the scripted one whose turn has come: raised (or
//      acknowledged, when the rep answered it earlier);
//   6. the first intent whose keyword is said and that has a reply not said yet, else the
//      reply of those intents said longest ago;
//   7. a question or a fragment it understood nothing of: a clarifying question (when the
//      script has clarify_lines); anything else: a fallback.
// No line is said twice while another of its kind is left; when all are used, the one said
// longest ago (never the line just said, when there is another).
class PersonaEngine final {
public:
    explicit PersonaEngine(PersonaScript script);

    AgentTurn opening() const;
    AgentTurn onRepUtterance(const QString& text);
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
    AgentTurn decide(const QString& text);
    std::optional<AgentTurn> raiseNext(const scoring::MatchTokens& heard, bool scriptedOnly);
    AgentTurn raise(const ScriptedObjection& objection);
    AgentTurn unmatched(const QString& text);
    std::optional<QString> fresh(const QStringList& lines) const;
    QString leastRecent(const QStringList& lines) const;
    AgentTurn said(AgentTurn turn);

    PersonaScript m_script;
    int m_repTurns = 0;
    QString m_pending; // the raised objection not yet handled, if any
    QSet<QString> m_raised;
    QSet<QString> m_handled;
    QSet<QString> m_answered;       // objections the rep said a handling phrase of
    QHash<QString, int> m_lastSaid; // line -> the number of the turn it was last said in
    int m_lines = 0;
    bool m_prompted = false;
    bool m_goalReached = false;
};

} // namespace vt::server
