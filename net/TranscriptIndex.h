#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

namespace vt::net {

class LocalStore;

// One utterance as the index holds it.
struct IndexedLine {
    QString utteranceId;
    QString speaker; // rep | prospect
    QString text;
    qint64 startMs = 0;
};

// A line that matches a search, with the words found marked in `snippet` between
// TranscriptIndex::matchStart and matchEnd.
struct TranscriptHit {
    QString attemptId;
    QString scenarioTitle;
    QString startedAt; // ISO 8601, as indexed
    QString utteranceId;
    QString speaker;
    qint64 startMs = 0;
    QString snippet;
};

// The rep's transcripts in the local store for full-text search (SQLite FTS5, schema 6): one
// row per utterance, per platform, case and accents folded (unicode61, remove_diacritics 2).
// Each attempt is indexed whole under a version (the platform's updated_at, or the journal's
// state), so re-indexing happens only when the attempt changed.
class TranscriptIndex final {
public:
    static constexpr QChar matchStart = QChar(0x02);
    static constexpr QChar matchEnd = QChar(0x03);

    TranscriptIndex(LocalStore& store, QString platform);

    // Attempt id → the version indexed.
    QHash<QString, QString> versions() const;
    // Replaces what is indexed of the attempt, in one transaction.
    bool put(const QString& attemptId, const QString& version, const QString& scenarioTitle,
        const QString& startedAt, const QList<IndexedLine>& lines);
    bool remove(const QString& attemptId);

    // Lines holding every word of `words` (each as a prefix: "disclo" finds "disclosure"),
    // best match first; empty for no words.
    QList<TranscriptHit> search(const QString& words, int limit) const;
    // The attempts with at least one such line.
    QSet<QString> attemptsMatching(const QString& words) const;

    // `words` as an FTS5 query: each word (letters and digits) quoted, as a prefix, all
    // required. Empty when there is no word: nothing from the user reaches FTS5's syntax.
    static QString matchExpression(const QString& words);

private:
    LocalStore& m_store;
    QString m_platform;
};

// The lines of a transcript in the native form (docs/scoring.md §1.1); utterances without an
// id or text are skipped.
QList<IndexedLine> transcriptLines(const QJsonObject& transcript);

} // namespace vt::net
