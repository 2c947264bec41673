#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace vt::net {

class LocalStore;

// The platform's answers kept in the local store (me, scenarios, assignments, tracks,
// leaderboard), per platform and resource path, with their ETag for conditional GETs and the
// time they were last confirmed by the platform: what the app shows offline, marked with
// that time.
struct CachedAnswer {
    QByteArray body;
    QByteArray etag;
    qint64 syncedAt = 0; // Unix ms of the last 200 or 304 for it
};

std::optional<CachedAnswer> readCached(
    LocalStore& store, const QString& platform, const QString& resource);
bool writeCached(LocalStore& store, const QString& platform, const QString& resource,
    const CachedAnswer& answer);
// A 304: the body stays, the time moves on.
bool touchCached(LocalStore& store, const QString& platform, const QString& resource, qint64 atMs);

} // namespace vt::net
