#include "ProspectMind.h"

namespace vt::server {

ScriptMind::ScriptMind(PersonaScript script, QObject* parent)
    : ProspectMind(parent)
    , m_engine(std::move(script))
{
}

void ScriptMind::begin()
{
    Q_EMIT says(m_engine.opening());
}

void ScriptMind::hear(const QString& text)
{
    Q_EMIT says(m_engine.onRepUtterance(text));
}

void ScriptMind::played(const AgentTurn& turn, const QString& heard, bool truncated)
{
    if (truncated)
        m_engine.onLineCut(turn, heard);
}

void ScriptMind::silence(qint64 silentMs)
{
    if (const std::optional<AgentTurn> turn = m_engine.onSilence(silentMs))
        Q_EMIT says(*turn);
}

void ScriptMind::timeLimit()
{
    Q_EMIT says(m_engine.onTimeLimit());
}

} // namespace vt::server
