#include "PersonaEngine.h"

namespace vt::server {

PersonaEngine::PersonaEngine(PersonaScript script)
    : m_script(std::move(script))
{
}

AgentTurn PersonaEngine::opening() const
{
    return {AgentTurn::Kind::Opening, m_script.opening, {}, false, {}};
}

AgentTurn PersonaEngine::raise(const ScriptedObjection& objection)
{
    m_raised.insert(objection.tag);
    m_pending = objection.tag;
    m_pendingSinceMs = -1;
    return {AgentTurn::Kind::Objection, objection.line, objection.tag, false, {}};
}

void PersonaEngine::onLineStarted(const AgentTurn& turn, qint64 startMs)
{
    // Called again with the app's own report of when it played: the later word wins.
    if (turn.kind == AgentTurn::Kind::Objection && turn.objection == m_pending)
        m_pendingSinceMs = startMs;
}

void PersonaEngine::onLineCut(const AgentTurn& turn, const QString& heard)
{
    if (turn.kind != AgentTurn::Kind::Objection || turn.objection != m_pending)
        return;
    for (const ScriptedObjection& o : std::as_const(m_script.objections)) {
        if (o.tag == m_pending && !o.triggers.saidIn(heard)) {
            // Cut off before it said what worries the prospect: not raised after all.
            m_raised.remove(o.tag);
            m_pending.clear();
            m_pendingSinceMs = -1;
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

AgentTurn PersonaEngine::onRepUtterance(const QString& text, qint64 startMs)
{
    ++m_repTurns;
    m_prompted = false;
    const scoring::MatchTokens said = heardTokens(text);

    if (m_script.rudeWords.saidIn(said))
        return {
            AgentTurn::Kind::HangUp, m_script.rudeLine, {}, true, QStringLiteral("agent_hung_up")};

    // The scorer's rule: an answer counts once the objection's line has begun to play.
    if (!m_pending.isEmpty() && m_pendingSinceMs >= 0 && startMs >= m_pendingSinceMs) {
        for (const ScriptedObjection& o : std::as_const(m_script.objections)) {
            if (o.tag == m_pending && o.handling.saidIn(said)) {
                m_handled.insert(o.tag);
                m_pending.clear();
                m_pendingSinceMs = -1;
                return {AgentTurn::Kind::Handled, o.handledLine, o.tag, false, {}};
            }
        }
    }

    if (m_script.goalAskKeywords.saidIn(said)) {
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
        return {AgentTurn::Kind::GoalNotYet, m_script.goalNotYetLine, m_pending, false, {}};
    }

    if (std::optional<AgentTurn> objection = raiseNext(said, false))
        return *objection;

    for (const Intent& intent : std::as_const(m_script.intents)) {
        if (intent.keywords.saidIn(said)) {
            const int n = m_intentUses[intent.id]++;
            return {AgentTurn::Kind::Reply, intent.replies.at(n % intent.replies.size()), {}, false,
                {}};
        }
    }
    const int n = m_fallbackUses++;
    return {AgentTurn::Kind::Reply, m_script.fallbacks.at(n % m_script.fallbacks.size()), {}, false,
        {}};
}

std::optional<AgentTurn> PersonaEngine::onSilence(qint64 silentMs)
{
    if (silentMs >= m_script.silenceHangUpMs)
        return AgentTurn{AgentTurn::Kind::HangUp, m_script.silenceHangUpLine, {}, true,
            QStringLiteral("agent_hung_up")};
    if (silentMs >= m_script.silencePromptMs && !m_prompted) {
        m_prompted = true;
        return AgentTurn{AgentTurn::Kind::Prompt, m_script.silencePromptLine, {}, false, {}};
    }
    return std::nullopt;
}

AgentTurn PersonaEngine::onTimeLimit() const
{
    return {
        AgentTurn::Kind::HangUp, m_script.timeLimitLine, {}, true, QStringLiteral("time_limit")};
}

} // namespace vt::server
