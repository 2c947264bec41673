#include "SpokenWords.h"

#include "VoiceMessages.h"

#include <algorithm>

namespace vt::app {

void SpokenWords::add(
    const QString& id, const QList<protocol::voice::Word>& words, qint64 lineStartMs)
{
    Line line;
    for (const protocol::voice::Word& w : words) {
        if (w.text.isEmpty())
            continue;
        line.words.append(w.text);
        // Never earlier than the word before (times are the gateway's, not to be trusted).
        const qint64 start = std::max<qint64>(w.startMs - lineStartMs, 0);
        line.startsMs.append(
            line.startsMs.isEmpty() ? start : std::max(start, line.startsMs.last()));
    }
    if (line.words.isEmpty())
        return;
    m_lines.insert(id, line);
}

QString SpokenWords::within(const QString& id, qint64 playedMs) const
{
    const auto it = m_lines.constFind(id);
    if (it == m_lines.cend())
        return {};
    const auto started = std::upper_bound(it->startsMs.cbegin(), it->startsMs.cend(), playedMs);
    return it->words.mid(0, started - it->startsMs.cbegin()).join(QLatin1Char(' '));
}

bool SpokenWords::complete(const QString& id, qint64 playedMs) const
{
    const auto it = m_lines.constFind(id);
    return it == m_lines.cend() || it->startsMs.last() <= playedMs;
}

} // namespace vt::app
