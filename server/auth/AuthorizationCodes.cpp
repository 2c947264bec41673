#include "AuthorizationCodes.h"

#include "Clock.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace vt::server {

AuthorizationCodes::AuthorizationCodes(const protocol::Clock& clock)
    : m_clock(clock)
{
}

QString AuthorizationCodes::challengeOf(const QString& verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void AuthorizationCodes::dropExpired()
{
    const qint64 now = m_clock.nowMs();
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->expiresAtMs <= now)
            it = m_pending.erase(it);
        else
            ++it;
    }
}

QString AuthorizationCodes::issue(const QString& userId, const QString& orgId,
    const QString& clientId, const QString& redirectUri, const QString& codeChallenge)
{
    dropExpired();
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    const QString code = QString::fromLatin1(
        random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_pending.insert(code,
        Pending{Grant{userId, orgId}, clientId, redirectUri, codeChallenge,
            m_clock.nowMs() + lifetimeMs});
    return code;
}

std::optional<AuthorizationCodes::Grant> AuthorizationCodes::redeem(const QString& code,
    const QString& clientId, const QString& redirectUri, const QString& verifier, QString* why)
{
    dropExpired();
    const auto it = m_pending.constFind(code);
    if (it == m_pending.constEnd()) {
        *why = QStringLiteral("the authorization code is not known, has expired or was used");
        return std::nullopt;
    }
    const Pending pending = *it;
    m_pending.erase(it);
    if (pending.clientId != clientId || pending.redirectUri != redirectUri) {
        *why
            = QStringLiteral("the authorization code was issued to another client or redirect URI");
        return std::nullopt;
    }
    if (challengeOf(verifier) != pending.challenge) {
        *why = QStringLiteral("the code verifier does not match the code challenge");
        return std::nullopt;
    }
    return pending.grant;
}

} // namespace vt::server
