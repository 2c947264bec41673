#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace vt::protocol::voice {
struct Word;
}

namespace vt::app {

// The prospect's words as the speaker plays them: a prospect line's `words` (docs/protocol/
// voice-gateway.md) say when each word starts after the line does, so the call page can show
// the words already spoken while the rest of the line plays.
class SpokenWords final {
public:
    // A line's words, their times on the call clock as the gateway estimated them from
    // `lineStartMs`. Lines without words are not kept.
    void add(const QString& id, const QList<protocol::voice::Word>& words, qint64 lineStartMs);
    bool contains(const QString& id) const { return m_lines.contains(id); }
    void remove(const QString& id) { m_lines.remove(id); }
    void clear() { m_lines.clear(); }
    // The words of line `id` that have started `playedMs` after it began to play, joined as
    // the line writes them; empty before the first.
    QString within(const QString& id, qint64 playedMs) const;
    // Whether every word of line `id` has started by `playedMs`.
    bool complete(const QString& id, qint64 playedMs) const;

private:
    struct Line {
        QStringList words;
        QList<qint64> startsMs; // after the line's start
    };
    QHash<QString, Line> m_lines;
};

} // namespace vt::app
