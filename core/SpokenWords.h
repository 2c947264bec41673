#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace vt::protocol::voice {
struct Word;
}

namespace vt::app {

// The prospect's words as the speaker plays them: a prospect line's `words` (docs/protocol/
// voice-gateway.md) say when each word starts after the line does. Once a line begins to be
// heard (start), `spoken` gives the words said so far, checked every 40 ms, until all have
// started or the line stops.
class SpokenWords final : public QObject {
    Q_OBJECT

public:
    static constexpr int intervalMs = 40;
    explicit SpokenWords(QObject* parent = nullptr);

    // A line's words, their times on the call clock as the gateway estimated them from
    // `lineStartMs`. Lines without words are not kept.
    void add(const QString& id, const QList<protocol::voice::Word>& words, qint64 lineStartMs);
    // Line `id` began to be heard now; false when it has no words.
    bool start(const QString& id);
    // Line `id` (or, empty, any) stopped playing: it is forgotten.
    void stop(const QString& id = {});
    void clear();

    // The words of line `id` that have started `playedMs` after it began to play, joined as
    // the line writes them; empty before the first.
    QString within(const QString& id, qint64 playedMs) const;

Q_SIGNALS:
    void spoken(const QString& id, const QString& words);

private:
    void tick();

    struct Line {
        QStringList words;
        QList<qint64> startsMs; // after the line's start
    };
    QHash<QString, Line> m_lines;
    QTimer m_timer;
    QString m_playing; // the line being revealed
    QElapsedTimer m_since;
    QString m_shown;
};

} // namespace vt::app
