#pragma once

#include "db/Database.h"
#include "http/HttpMessage.h"

#include <QString>

#include <optional>

namespace vt::server {

// Responses to requests that carried an Idempotency-Key, per user: the same key with the same
// request replays the first response; with a different request it is a conflict. Kept for
// 24 hours (older ones are pruned as new ones are saved).
class IdempotencyStore final {
public:
    static constexpr qint64 retentionMs = 24LL * 60 * 60 * 1000;

    struct Stored {
        QString requestHash;
        HttpResponse response;
    };

    explicit IdempotencyStore(Database& db)
        : m_db(db)
    {
    }
    std::optional<Stored> find(
        const QString& orgId, const QString& userId, const QString& key, qint64 nowMs);
    void save(const QString& orgId, const QString& userId, const QString& key,
        const QByteArray& method, const QString& path, const QString& requestHash,
        const HttpResponse& response, qint64 nowMs);

private:
    Database& m_db;
    int m_savesSincePrune = 0;
};

} // namespace vt::server
