#include "TranscriptIndex.h"

#include "LocalStore.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace vt::net {

TranscriptIndex::TranscriptIndex(LocalStore& store, QString platform)
    : m_store(store)
    , m_platform(std::move(platform))
{
}

QHash<QString, QString> TranscriptIndex::versions() const
{
    QHash<QString, QString> out;
    QSqlQuery q;
    if (!m_store.select(q,
            QStringLiteral("SELECT attempt_id, version FROM transcript_docs WHERE platform = ?"),
            {m_platform}))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

bool TranscriptIndex::put(const QString& attemptId, const QString& version,
    const QString& scenarioTitle, const QString& startedAt, const QList<IndexedLine>& lines)
{
    return m_store.transaction([&] {
        if (!remove(attemptId))
            return false;
        if (!m_store.exec(QStringLiteral("INSERT INTO transcript_docs (platform, attempt_id, "
                                         "version, scenario_title, started_at) VALUES (?, ?, ?, "
                                         "?, ?)"),
                {m_platform, attemptId, version, scenarioTitle, startedAt}))
            return false;
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("INSERT INTO transcript_fts (text, platform, attempt_id, "
                                 "utterance_id, speaker, start_ms) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const IndexedLine& line : lines) {
            q.addBindValue(line.text);
            q.addBindValue(m_platform);
            q.addBindValue(attemptId);
            q.addBindValue(line.utteranceId);
            q.addBindValue(line.speaker);
            q.addBindValue(line.startMs);
            if (!q.exec())
                return false;
        }
        return true;
    });
}

bool TranscriptIndex::remove(const QString& attemptId)
{
    return m_store.exec(
               QStringLiteral("DELETE FROM transcript_fts WHERE platform = ? AND attempt_id = ?"),
               {m_platform, attemptId})
        && m_store.exec(
            QStringLiteral("DELETE FROM transcript_docs WHERE platform = ? AND attempt_id = ?"),
            {m_platform, attemptId});
}

QString TranscriptIndex::matchExpression(const QString& words)
{
    QStringList terms;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            terms.append(QStringLiteral("\"%1\"*").arg(word));
        word.clear();
    };
    for (const QChar c : words) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            word.append(c);
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

QList<TranscriptHit> TranscriptIndex::search(const QString& words, int limit) const
{
    QList<TranscriptHit> out;
    const QString match = matchExpression(words);
    if (match.isEmpty() || limit <= 0)
        return out;
    QSqlQuery q;
    if (!m_store.select(q,
            QStringLiteral(
                "SELECT f.attempt_id, d.scenario_title, d.started_at, f.utterance_id, f.speaker, "
                "f.start_ms, snippet(transcript_fts, 0, char(2), char(3), '…', 24) FROM "
                "transcript_fts f JOIN transcript_docs d ON d.platform = f.platform AND "
                "d.attempt_id = f.attempt_id WHERE transcript_fts MATCH ? AND f.platform = ? "
                "ORDER BY rank, d.started_at DESC, f.start_ms LIMIT ?"),
            {match, m_platform, limit}))
        return out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(),
            q.value(6).toString()});
    }
    return out;
}

QSet<QString> TranscriptIndex::attemptsMatching(const QString& words) const
{
    QSet<QString> out;
    const QString match = matchExpression(words);
    if (match.isEmpty())
        return out;
    QSqlQuery q;
    if (!m_store.select(q,
            QStringLiteral("SELECT DISTINCT attempt_id FROM transcript_fts WHERE transcript_fts "
                           "MATCH ? AND platform = ?"),
            {match, m_platform}))
        return out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

QList<IndexedLine> transcriptLines(const QJsonObject& transcript)
{
    QList<IndexedLine> out;
    for (const QJsonValue& v : transcript.value(QStringLiteral("utterances")).toArray()) {
        const QJsonObject u = v.toObject();
        IndexedLine line;
        line.utteranceId = u.value(QStringLiteral("id")).toString();
        line.speaker = u.value(QStringLiteral("speaker")).toString();
        line.text = u.value(QStringLiteral("text")).toString();
        line.startMs = qint64(u.value(QStringLiteral("start_ms")).toDouble());
        if (line.utteranceId.isEmpty() || line.text.trimmed().isEmpty())
            continue;
        out.append(line);
    }
    return out;
}

} // namespace vt::net
