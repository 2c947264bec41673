#include "Outbox.h"

#include "LocalStore.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace vt::net {
namespace {

const char* const kindNames[] = {"completion", "recording", "comment"};
const char* const stateNames[] = {"pending", "needs_attention"};

const QString columns = QStringLiteral(
    "seq, platform, attempt_id, kind, method, path, content_type, body, file_path, "
    "idempotency_key, state, tries, next_try_at, last_status, last_error, created_at");

OutboxItem::Kind kindOf(const QString& name)
{
    for (int i = 0; i < 3; ++i) {
        if (name == QLatin1String(kindNames[i]))
            return OutboxItem::Kind(i);
    }
    return OutboxItem::Kind::Completion;
}

OutboxItem itemOf(const QSqlQuery& q)
{
    OutboxItem item;
    item.seq = q.value(0).toLongLong();
    item.platform = q.value(1).toString();
    item.attemptId = q.value(2).toString();
    item.kind = kindOf(q.value(3).toString());
    item.method = q.value(4).toString().toLatin1();
    item.path = q.value(5).toString();
    item.contentType = q.value(6).toString().toLatin1();
    item.body = q.value(7).toByteArray();
    item.filePath = q.value(8).toString();
    item.idempotencyKey = q.value(9).toString();
    item.state = q.value(10).toString() == QLatin1String(stateNames[1])
        ? OutboxItem::State::NeedsAttention
        : OutboxItem::State::Pending;
    item.tries = q.value(11).toInt();
    item.nextTryAt = q.value(12).toLongLong();
    item.lastStatus = q.value(13).toInt();
    item.lastError = q.value(14).toString();
    item.createdAt = q.value(15).toLongLong();
    return item;
}

} // namespace

QString OutboxItem::kindName(Kind kind)
{
    return QLatin1String(kindNames[int(kind)]);
}

bool Outbox::enqueue(const OutboxItem& item)
{
    return m_store.exec(
        QStringLiteral("INSERT INTO outbox (platform, attempt_id, kind, method, path, "
                       "content_type, body, file_path, idempotency_key, state, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?)"),
        {item.platform, item.attemptId, OutboxItem::kindName(item.kind),
            QString::fromLatin1(item.method), item.path, QString::fromLatin1(item.contentType),
            item.body.isNull() ? QVariant() : QVariant(item.body),
            item.filePath.isEmpty() ? QVariant() : QVariant(item.filePath), item.idempotencyKey,
            item.createdAt ? item.createdAt : QDateTime::currentMSecsSinceEpoch()});
}

std::optional<OutboxItem> Outbox::next(const QString& platform) const
{
    QSqlQuery q;
    if (!m_store.select(q,
            QStringLiteral("SELECT %1 FROM outbox WHERE platform = ? AND state = 'pending' "
                           "ORDER BY seq LIMIT 1")
                .arg(columns),
            {platform})
        || !q.next())
        return std::nullopt;
    return itemOf(q);
}

std::optional<OutboxItem> Outbox::item(qint64 seq) const
{
    QSqlQuery q;
    if (!m_store.select(
            q, QStringLiteral("SELECT %1 FROM outbox WHERE seq = ?").arg(columns), {seq})
        || !q.next())
        return std::nullopt;
    return itemOf(q);
}

QList<OutboxItem> Outbox::items(const QString& attemptId) const
{
    QList<OutboxItem> list;
    QSqlQuery q;
    const bool ok = attemptId.isEmpty()
        ? m_store.select(q, QStringLiteral("SELECT %1 FROM outbox ORDER BY seq").arg(columns))
        : m_store.select(q,
            QStringLiteral("SELECT %1 FROM outbox WHERE attempt_id = ? ORDER BY seq").arg(columns),
            {attemptId});
    while (ok && q.next())
        list.append(itemOf(q));
    return list;
}

int Outbox::remaining(const QString& attemptId) const
{
    QSqlQuery q;
    if (!m_store.select(
            q, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE attempt_id = ?"), {attemptId})
        || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool Outbox::acknowledge(qint64 seq)
{
    return m_store.exec(QStringLiteral("DELETE FROM outbox WHERE seq = ?"), {seq});
}

bool Outbox::postpone(qint64 seq, int status, const QString& error, qint64 nextTryAt)
{
    return m_store.exec(QStringLiteral("UPDATE outbox SET tries = tries + 1, next_try_at = ?, "
                                       "last_status = ?, last_error = ? WHERE seq = ?"),
        {nextTryAt, status, error, seq});
}

bool Outbox::setNeedsAttention(qint64 seq, int status, const QString& error)
{
    return m_store.exec(
        QStringLiteral("UPDATE outbox SET state = 'needs_attention', tries = tries + 1, "
                       "last_status = ?, last_error = ? WHERE seq = ?"),
        {status, error, seq});
}

bool Outbox::makeDue(const QString& platform)
{
    return m_store.exec(
        QStringLiteral("UPDATE outbox SET next_try_at = 0 WHERE platform = ? AND state = "
                       "'pending' AND next_try_at <> 0"),
        {platform});
}

bool Outbox::retry(const QString& attemptId)
{
    return m_store.exec(QStringLiteral("UPDATE outbox SET state = 'pending', tries = 0, "
                                       "next_try_at = 0 WHERE attempt_id = ?"),
        {attemptId});
}

bool Outbox::adopt(const QString& platform)
{
    return m_store.transaction([&] {
        return m_store.exec(
                   QStringLiteral("UPDATE outbox SET platform = ? WHERE platform = ''"), {platform})
            && m_store.exec(
                QStringLiteral("UPDATE attempts SET platform = ? WHERE platform = ''"), {platform});
    });
}

} // namespace vt::net
