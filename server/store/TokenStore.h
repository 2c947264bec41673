#pragma once

#include "Clock.h"
#include "db/Database.h"

#include <QString>

#include <optional>

namespace vt::server {

// Refresh tokens: opaque random strings, stored only as SHA-256 hashes, valid 30 days, used
// once. Each use returns a successor in the same family (rotation). Presenting a token that
// was already used more than reuseGraceMs ago means it was copied: the whole family is
// revoked (RFC 6819 section 5.2.2.3) and the user must sign in again. Sign-out revokes the
// family too.
class TokenStore final {
public:
    static constexpr qint64 lifetimeMs = 30LL * 24 * 60 * 60 * 1000;
    static constexpr qint64 reuseGraceMs = 30 * 1000;

    struct Rotated {
        QString token; // the successor
        QString userId;
        QString orgId;
    };
    enum class Failure { Unknown, Expired, Revoked, Reused, ReusedRecently };

    TokenStore(Database& db, const protocol::Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    QString issue(const QString& userId, const QString& orgId);
    std::optional<Rotated> rotate(const QString& token, Failure* failure);
    // Revokes the token's family; false when the token is unknown.
    bool revoke(const QString& token);

private:
    QString issueInFamily(const QString& userId, const QString& orgId, const QString& familyId);
    void revokeFamily(const QString& familyId);

    Database& m_db;
    const protocol::Clock& m_clock;
};

} // namespace vt::server
