#include "SyncStatus.h"

#include "LocalStore.h"

#include <QSqlQuery>
#include <QVariant>

namespace vt::net {

SyncStatus readSyncStatus(LocalStore& store, const QString& platform)
{
    SyncStatus status;
    QSqlQuery q;
    if (store.select(q,
            QStringLiteral("SELECT last_sync_at, last_error, last_error_at FROM sync_state WHERE "
                           "platform = ?"),
            {platform})
        && q.next()) {
        status.lastSyncAt = q.value(0).toLongLong();
        status.lastError = q.value(1).toString();
        status.lastErrorAt = q.value(2).toLongLong();
    }
    if (store.select(q,
            QStringLiteral(
                "SELECT state, COUNT(*) FROM attempts WHERE platform = ? GROUP BY state"),
            {platform})) {
        while (q.next()) {
            const QString state = q.value(0).toString();
            const int n = q.value(1).toInt();
            if (state == QLatin1String("in_progress"))
                status.inProgress += n;
            else if (state == QLatin1String("synced"))
                status.synced += n;
            else if (state == QLatin1String("needs_attention"))
                status.needsAttention += n;
            else
                status.saved += n;
            if (state == QLatin1String("failed"))
                status.failed += n;
        }
    }
    if (store.select(
            q, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE platform = ?"), {platform})
        && q.next())
        status.queued = q.value(0).toInt();
    return status;
}

QStringList knownPlatforms(LocalStore& store)
{
    QStringList platforms;
    QSqlQuery q;
    if (store.select(q,
            QStringLiteral("SELECT platform FROM attempts UNION SELECT platform FROM outbox UNION "
                           "SELECT platform FROM sync_state UNION SELECT platform FROM accounts "
                           "ORDER BY 1"))) {
        while (q.next())
            platforms.append(q.value(0).toString());
    }
    return platforms;
}

bool recordSyncSuccess(LocalStore& store, const QString& platform, qint64 atMs)
{
    return store.exec(
        QStringLiteral("INSERT INTO sync_state (platform, last_sync_at) VALUES (?, ?) "
                       "ON CONFLICT (platform) DO UPDATE SET last_sync_at = "
                       "excluded.last_sync_at"),
        {platform, atMs});
}

bool recordSyncError(LocalStore& store, const QString& platform, const QString& error, qint64 atMs)
{
    return store.exec(
        QStringLiteral("INSERT INTO sync_state (platform, last_error, last_error_at) VALUES (?, ?, "
                       "?) ON CONFLICT (platform) DO UPDATE SET last_error = excluded.last_error, "
                       "last_error_at = excluded.last_error_at"),
        {platform, error, atMs});
}

} // namespace vt::net
