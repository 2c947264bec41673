#include "IdempotencyStore.h"

#include "db/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vt::server {
namespace {

// Only the headers that describe the representation are replayed.
bool replayable(const QByteArray& name)
{
    static const QList<QByteArray> names{"content-type", "location", "etag"};
    return names.contains(name.toLower());
}

} // namespace

std::optional<IdempotencyStore::Stored> IdempotencyStore::find(
    const QString& orgId, const QString& userId, const QString& key, qint64 nowMs)
{
    Sql q(m_db,
        QStringLiteral(
            "SELECT request_hash, status, response_headers, response_body FROM idempotency_keys "
            "WHERE org_id = ? AND user_id = ? AND idem_key = ? AND created_at > ?"));
    q.bind(orgId).bind(userId).bind(key).bind(nowMs - retentionMs).exec();
    if (!q.next())
        return std::nullopt;
    Stored stored;
    stored.requestHash = q.text(0);
    stored.response.status = int(q.integer(1));
    for (const auto& pair : QJsonDocument::fromJson(q.text(2).toUtf8()).array()) {
        const QJsonArray p = pair.toArray();
        stored.response.headers.add(p.at(0).toString().toLatin1(), p.at(1).toString().toLatin1());
    }
    stored.response.body = QByteArray::fromBase64(q.text(3).toLatin1());
    return stored;
}

void IdempotencyStore::save(const QString& orgId, const QString& userId, const QString& key,
    const QByteArray& method, const QString& path, const QString& requestHash,
    const HttpResponse& response, qint64 nowMs)
{
    if (++m_savesSincePrune >= 500) {
        m_savesSincePrune = 0;
        Sql(m_db, QStringLiteral("DELETE FROM idempotency_keys WHERE created_at <= ?"))
            .bind(nowMs - retentionMs)
            .exec();
    }
    QJsonArray headers;
    for (const auto& [name, value] : response.headers.fields()) {
        if (replayable(name))
            headers.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
    }
    // A key reused after its retention starts afresh.
    Sql(m_db,
        QStringLiteral(
            "DELETE FROM idempotency_keys WHERE org_id = ? AND user_id = ? AND idem_key = ?"))
        .bind(orgId)
        .bind(userId)
        .bind(key)
        .exec();
    Sql(m_db,
        QStringLiteral(
            "INSERT INTO idempotency_keys (org_id, user_id, idem_key, method, path, request_hash, "
            "status, response_headers, response_body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?)"))
        .bind(orgId)
        .bind(userId)
        .bind(key)
        .bind(QString::fromLatin1(method))
        .bind(path)
        .bind(requestHash)
        .bind(response.status)
        .bind(QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact)))
        .bind(QString::fromLatin1(response.body.toBase64()))
        .bind(nowMs)
        .exec();
}

} // namespace vt::server
