#pragma once

#include <QString>
#include <QStringList>

namespace vt::net {

class LocalStore;

// How syncing with one platform stands, for the status line and `voicetraining-cli status`.
struct SyncStatus {
    qint64 lastSyncAt = 0; // Unix ms of the last acknowledged request; 0: never
    QString lastError;     // of the last failed request (compare lastErrorAt with lastSyncAt)
    qint64 lastErrorAt = 0;
    int saved = 0;          // attempts waiting to be sent (saved, uploading, failed and retrying)
    int failed = 0;         // of those, the ones whose last send failed
    int needsAttention = 0; // attempts the platform refused
    int synced = 0;
    int inProgress = 0; // calls running, or interrupted and not yet recovered
    int queued = 0;     // outbox entries still to send (any kind), needing attention or not

    bool outboxEmpty() const { return queued == 0; }
};

SyncStatus readSyncStatus(LocalStore& store, const QString& platform);
// Every platform the store has attempts, entries, a sync record or a sign-in for, sorted.
QStringList knownPlatforms(LocalStore& store);
bool recordSyncSuccess(LocalStore& store, const QString& platform, qint64 atMs);
bool recordSyncError(LocalStore& store, const QString& platform, const QString& error, qint64 atMs);

} // namespace vt::net
