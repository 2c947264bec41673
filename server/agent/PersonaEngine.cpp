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
    return {AgentTurn::Kind::Objection, objection.line, objection.tag, false, {}};
}

std::optional<AgentTurn> PersonaEngine::raiseNext(const QString& normalized, bool scriptedOnly)
{
    if (!m_pending.isEmpty())
        return std::nullopt; // one objection at a time
    // What the rep said comes first, then the script, in the scenario's order.
    if (!scriptedOnly) {
        for (const ScriptedObjection& o : std::as_const(m_script.objections)) {
            if (!m_raised.contains(o.tag) && containsAny(normalized, o.repTriggers))
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
    ++m_repTurns;
    m_prompted = false;
    const QString said = normalizedForMatching(text);

    if (containsAny(said, m_script.rudeWords))
        return {
            AgentTurn::Kind::HangUp, m_script.rudeLine, {}, true, QStringLiteral("agent_hung_up")};

    if (!m_pending.isEmpty()) {
        for (const ScriptedObjection& o : std::as_const(m_script.objections)) {
            if (o.tag == m_pending && containsAny(said, o.handling)) {
                m_handled.insert(o.tag);
                m_pending.clear();
                return {AgentTurn::Kind::Handled, o.handledLine, o.tag, false, {}};
            }
        }
    }

    if (containsAny(said, m_script.goalAskKeywords)) {
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
        if (containsAny(said, intent.keywords)) {
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
