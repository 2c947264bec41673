#include "TokenStore.h"

#include "DirectoryStore.h"
#include "db/Sql.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace vt::server {
namespace {

QString hashOf(const QString& token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString randomToken()
{
    QByteArray bytes(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), 8);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

QString TokenStore::issue(const QString& userId, const QString& orgId)
{
    return issueInFamily(userId, orgId, newId());
}

QString TokenStore::issueInFamily(
    const QString& userId, const QString& orgId, const QString& familyId)
{
    QString token = randomToken();
    const qint64 now = m_clock.nowMs();
    Sql(m_db,
        QStringLiteral("INSERT INTO refresh_tokens (token_hash, user_id, org_id, family_id, "
                       "expires_at, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"))
        .bind(hashOf(token))
        .bind(userId)
        .bind(orgId)
        .bind(familyId)
        .bind(now + lifetimeMs)
        .bind(now)
        .exec();
    return token;
}

void TokenStore::revokeFamily(const QString& familyId)
{
    Sql(m_db,
        QStringLiteral(
            "UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL"))
        .bind(m_clock.nowMs())
        .bind(familyId)
        .exec();
}

std::optional<TokenStore::Rotated> TokenStore::rotate(const QString& token, Failure* failure)
{
    const qint64 now = m_clock.nowMs();
    Transaction transaction(m_db);
    Sql q(m_db,
        QStringLiteral("SELECT user_id, org_id, family_id, expires_at, used_at, revoked_at FROM "
                       "refresh_tokens "
                       "WHERE token_hash = ?"));
    q.bind(hashOf(token)).exec();
    if (!q.next()) {
        *failure = Failure::Unknown;
        return std::nullopt;
    }
    const QString userId = q.text(0);
    const QString orgId = q.text(1);
    const QString family = q.text(2);
    const qint64 expiresAt = q.integer(3);
    const std::optional<qint64> usedAt = q.optionalInteger(4);
    if (!q.isNull(5)) {
        *failure = Failure::Revoked;
        return std::nullopt;
    }
    if (usedAt) {
        if (now - *usedAt <= reuseGraceMs) {
            *failure = Failure::ReusedRecently; // a client retrying: refuse, but keep the family
            return std::nullopt;
        }
        revokeFamily(family);
        transaction.commit();
        *failure = Failure::Reused;
        return std::nullopt;
    }
    if (expiresAt <= now) {
        *failure = Failure::Expired;
        return std::nullopt;
    }
    Sql(m_db, QStringLiteral("UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ?"))
        .bind(now)
        .bind(hashOf(token))
        .exec();
    Rotated rotated{issueInFamily(userId, orgId, family), userId, orgId};
    transaction.commit();
    return rotated;
}

bool TokenStore::revoke(const QString& token)
{
    Sql q(m_db, QStringLiteral("SELECT family_id FROM refresh_tokens WHERE token_hash = ?"));
    q.bind(hashOf(token)).exec();
    if (!q.next())
        return false;
    revokeFamily(q.text(0));
    return true;
}

} // namespace vt::server
