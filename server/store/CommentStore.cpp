#include "CommentStore.h"

#include "DirectoryStore.h"
#include "db/Sql.h"

namespace vt::server {

CommentRecord CommentStore::add(const QString& orgId, const CommentRecord& comment, qint64 nowMs)
{
    CommentRecord c = comment;
    c.id = newId();
    c.createdAt = nowMs;
    Sql(m_db,
        QStringLiteral(
            "INSERT INTO comments (id, org_id, attempt_id, author_id, body, span_start_ms, "
            "span_end_ms, utterance_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(c.id)
        .bind(orgId)
        .bind(c.attemptId)
        .bind(c.authorId)
        .bind(c.body)
        .bindOptional(c.spanStartMs)
        .bindOptional(c.spanEndMs)
        .bind(c.utteranceId.isEmpty() ? QVariant() : QVariant(c.utteranceId))
        .bind(nowMs)
        .exec();
    return c;
}

QList<CommentRecord> CommentStore::forAttempt(const QString& orgId, const QString& attemptId)
{
    Sql q(m_db,
        QStringLiteral(
            "SELECT c.id, c.attempt_id, c.author_id, u.display_name, c.body, c.span_start_ms, "
            "c.span_end_ms, c.utterance_id, c.created_at FROM comments c JOIN users u ON u.id = "
            "c.author_id "
            "WHERE c.org_id = ? AND c.attempt_id = ? ORDER BY c.created_at, c.id"));
    q.bind(orgId).bind(attemptId).exec();
    QList<CommentRecord> out;
    while (q.next()) {
        out.append({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.optionalInteger(5),
            q.optionalInteger(6), q.text(7), q.integer(8)});
    }
    return out;
}

} // namespace vt::server
