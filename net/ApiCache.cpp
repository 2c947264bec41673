#include "ApiCache.h"

#include "LocalStore.h"

#include <QSqlQuery>

namespace vt::net {

std::optional<CachedAnswer> readCached(
    LocalStore& store, const QString& platform, const QString& resource)
{
    QSqlQuery q;
    if (!store.select(q,
            QStringLiteral("SELECT body, etag, synced_at FROM api_cache WHERE platform = ? AND "
                           "resource = ?"),
            {platform, resource})
        || !q.next())
        return std::nullopt;
    return CachedAnswer{
        q.value(0).toByteArray(), q.value(1).toByteArray(), q.value(2).toLongLong()};
}

bool writeCached(
    LocalStore& store, const QString& platform, const QString& resource, const CachedAnswer& answer)
{
    return store.exec(QStringLiteral("INSERT OR REPLACE INTO api_cache (platform, resource, etag, "
                                     "body, synced_at) VALUES (?, ?, ?, ?, ?)"),
        {platform, resource, QString::fromLatin1(answer.etag), answer.body, answer.syncedAt});
}

bool touchCached(LocalStore& store, const QString& platform, const QString& resource, qint64 atMs)
{
    return store.exec(
        QStringLiteral("UPDATE api_cache SET synced_at = ? WHERE platform = ? AND resource = ?"),
        {atMs, platform, resource});
}

} // namespace vt::net
