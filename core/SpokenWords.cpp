#include "SpokenWords.h"

#include "VoiceMessages.h"

#include <algorithm>

namespace vt::app {

SpokenWords::SpokenWords(QObject* parent)
    : QObject(parent)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SpokenWords::tick);
}

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
    if (!line.words.isEmpty())
        m_lines.insert(id, line);
}

bool SpokenWords::start(const QString& id)
{
    stop();
    if (!m_lines.contains(id))
        return false;
    m_playing = id;
    m_since.start();
    m_timer.start();
    tick();
    return true;
}

void SpokenWords::stop(const QString& id)
{
    if (!id.isEmpty() && id != m_playing) {
        m_lines.remove(id);
        return;
    }
    m_timer.stop();
    m_lines.remove(m_playing);
    m_playing.clear();
    m_shown.clear();
}

void SpokenWords::clear()
{
    stop();
    m_lines.clear();
}

QString SpokenWords::within(const QString& id, qint64 playedMs) const
{
    const auto it = m_lines.constFind(id);
    if (it == m_lines.cend())
        return {};
    const auto started = std::upper_bound(it->startsMs.cbegin(), it->startsMs.cend(), playedMs);
    return it->words.mid(0, started - it->startsMs.cbegin()).join(QLatin1Char(' '));
}

void SpokenWords::tick()
{
    const auto it = m_lines.constFind(m_playing);
    if (it == m_lines.cend()) {
        m_timer.stop();
        return;
    }
    const qint64 played = m_since.elapsed();
    const QString text = within(m_playing, played);
    if (!text.isEmpty() && text != m_shown) {
        m_shown = text;
        Q_EMIT spoken(m_playing, text);
    }
    if (it->startsMs.last() <= played)
        m_timer.stop(); // every word shows; the line turns final once heard to its end
}

} // namespace vt::app
