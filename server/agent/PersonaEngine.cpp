#include "PersonaEngine.h"

#include "UtteranceFacts.h"

#include <limits>

namespace vt::server {

PersonaEngine::PersonaEngine(PersonaScript script)
    : m_script(std::move(script))
{
}

AgentTurn PersonaEngine::opening() const
{
    return {AgentTurn::Kind::Opening, m_script.opening, {}, false, {}};
}

AgentTurn PersonaEngine::said(AgentTurn turn)
{
    m_lastSaid.insert(turn.text, ++m_lines);
    return turn;
}

std::optional<QString> PersonaEngine::fresh(const QStringList& lines) const
{
    for (const QString& line : lines) {
        if (!m_lastSaid.contains(line))
            return line;
    }
    return std::nullopt;
}

QString PersonaEngine::leastRecent(const QStringList& lines) const
{
    if (const std::optional<QString> unused = fresh(lines))
        return *unused;
    QString best;
    int bestTurn = std::numeric_limits<int>::max();
    for (const QString& line : lines) {
        const int turn = m_lastSaid.value(line);
        // The line just said only when there is no other.
        if (turn < bestTurn && (turn != m_lines || lines.size() == 1)) {
            best = line;
            bestTurn = turn;
        }
    }
    return best.isEmpty() ? lines.value(0) : best;
}

AgentTurn PersonaEngine::raise(const ScriptedObjection& objection)
{
    m_raised.insert(objection.tag);
    if (m_answered.contains(objection.tag)) {
        // The rep answered it before it came up: acknowledged, raised and handled at once.
        m_handled.insert(objection.tag);
        return {AgentTurn::Kind::Acknowledged, objection.preemptedLine, objection.tag, false, {}};
    }
    m_pending = objection.tag;
    return {AgentTurn::Kind::Objection, objection.line, objection.tag, false, {}};
}

void PersonaEngine::onLineCut(const AgentTurn& turn, const QString& heard)
{
    const bool pendingObjection
        = turn.kind == AgentTurn::Kind::Objection && turn.objection == m_pending;
    const bool acknowledgement
        = turn.kind == AgentTurn::Kind::Acknowledged && m_raised.contains(turn.objection);
    if (!pendingObjection && !acknowledgement)
        return;
    for (const ScriptedObjection& o : std::as_const(m_script.objections)) {
        if (o.tag == turn.objection && !o.triggers.saidIn(heard)) {
            // Cut off before it said what worries the prospect: not raised after all (nor
            // handled); it comes up again, acknowledged again if the rep had answered it.
            m_raised.remove(o.tag);
            m_handled.remove(o.tag);
            if (pendingObjection)
                m_pending.clear();
            return;
        }
    }
}

std::optional<AgentTurn> PersonaEngine::raiseNext(
    const scoring::MatchTokens& heard, bool scriptedOnly)
{
    if (!m_pending.isEmpty())
        return std::nullopt; // one objection at a time
    // What the rep said comes first, then the script, in the scenario's order.
    if (!scriptedOnly) {
        for (const ScriptedObjection& o : std::as_const(m_script.objections)) {
            if (!m_raised.contains(o.tag) && o.repTriggers.saidIn(heard))
                return raise(o);
        }
    }
    for (const ScriptedObjection& o : std::as_const(m_script.objections)) {
        if (!m_raised.contains(o.tag) && o.afterRepTurns >= 0 && m_repTurns >= o.afterRepTurns)
            return raise(o);
    }
    return std::nullopt;
}

AgentTurn PersonaEngine::onRepUtterance(const QString& text)
{
    return said(decide(text));
}

AgentTurn PersonaEngine::decide(const QString& text)
{
    ++m_repTurns;
    m_prompted = false;
    const scoring::MatchTokens heard = heardTokens(text);

    // The scorer credits a handling phrase said at any time (2.1.0), so every answer counts.
    QSet<QString> answeredNow;
    for (const ScriptedObjection& o : std::as_const(m_script.objections)) {
        if (o.handling.saidIn(heard)) {
            m_answered.insert(o.tag);
            answeredNow.insert(o.tag);
        }
    }
    const ScriptedObjection* handledNow = nullptr;
    if (!m_pending.isEmpty() && answeredNow.contains(m_pending)) {
        for (const ScriptedObjection& o : std::as_const(m_script.objections)) {
            if (o.tag == m_pending)
                handledNow = &o;
        }
        m_handled.insert(m_pending);
        m_pending.clear();
    }

    if (m_script.rudeWords.saidIn(heard))
        return {
            AgentTurn::Kind::HangUp, m_script.rudeLine, {}, true, QStringLiteral("agent_hung_up")};
    if (handledNow)
        return {AgentTurn::Kind::Handled, handledNow->handledLine, handledNow->tag, false, {}};

    if (m_script.goalAskKeywords.saidIn(heard)) {
        if (m_pending.isEmpty() && m_raised.size() >= m_script.goalMinObjections
            && m_handled.size() == m_raised.size()) {
            m_goalReached = true;
            return {AgentTurn::Kind::GoalAgreed, m_script.goalAgreeLine, {}, true,
                QStringLiteral("goal_reached")};
        }
        // Not convinced yet: what still worries the prospect comes out now.
        if (m_pending.isEmpty()) {
            for (const ScriptedObjection& o : std::as_const(m_script.objections)) {
                if (!m_raised.contains(o.tag))
                    return raise(o);
            }
        }
        return {AgentTurn::Kind::GoalNotYet, leastRecent(m_script.goalNotYetLines), m_pending,
            false, {}};
    }

    // An answer to a worry that has not come up yet: the prospect says so.
    if (m_pending.isEmpty()) {
        for (const ScriptedObjection& o : std::as_const(m_script.objections)) {
            if (!m_raised.contains(o.tag) && answeredNow.contains(o.tag))
                return raise(o);
        }
    }

    if (std::optional<AgentTurn> objection = raiseNext(heard, false))
        return *objection;

    QStringList staleReplies;
    for (const Intent& intent : std::as_const(m_script.intents)) {
        if (!intent.keywords.saidIn(heard))
            continue;
        if (const std::optional<QString> reply = fresh(intent.replies))
            return {AgentTurn::Kind::Reply, *reply, {}, false, {}};
        staleReplies += intent.replies;
    }
    // Understood, and everything it has to say on that said: the reply said longest ago.
    if (!staleReplies.isEmpty())
        return {AgentTurn::Kind::Reply, leastRecent(staleReplies), {}, false, {}};
    return unmatched(text);
}

// Nothing in the script answers `text`: a clarifying question for a question or a fragment
// that matched nothing, else a fallback.
AgentTurn PersonaEngine::unmatched(const QString& text)
{
    scoring::Utterance u;
    u.speaker = scoring::Speaker::Rep;
    u.text = text.toStdString();
    const scoring::UtteranceFacts facts
        = scoring::analyseUtterance(u, scoring::Scenario(), scoring::currentRules());
    const bool puzzled = !m_script.clarifyLines.isEmpty()
        && (facts.questions > 0 || (facts.words < 3 && !facts.backchannel));
    if (puzzled)
        return {AgentTurn::Kind::Clarify, leastRecent(m_script.clarifyLines), {}, false, {}};
    return {AgentTurn::Kind::Reply, leastRecent(m_script.fallbacks), {}, false, {}};
}

std::optional<AgentTurn> PersonaEngine::onSilence(qint64 silentMs)
{
    if (silentMs >= m_script.silenceHangUpMs)
        return said({AgentTurn::Kind::HangUp, m_script.silenceHangUpLine, {}, true,
            QStringLiteral("agent_hung_up")});
    if (silentMs >= m_script.silencePromptMs && !m_prompted) {
        m_prompted = true;
        return said({AgentTurn::Kind::Prompt, m_script.silencePromptLine, {}, false, {}});
    }
    return std::nullopt;
}

AgentTurn PersonaEngine::onTimeLimit() const
{
    return {
        AgentTurn::Kind::HangUp, m_script.timeLimitLine, {}, true, QStringLiteral("time_limit")};
}

} // namespace vt::server
