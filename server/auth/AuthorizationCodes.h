#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace vt::protocol {
class Clock;
}

namespace vt::server {

// The authorization codes of the OAuth 2.0 code flow with PKCE (RFC 6749 4.1, RFC 7636): each
// names the user, the client, the redirect URI and the code challenge it was issued for,
// lives a minute and is good once. Kept in memory: a code lives shorter than a restart takes,
// and the reference server is one process (a restart only makes a rep click "sign in" again).
class AuthorizationCodes final {
public:
    static constexpr qint64 lifetimeMs = 60 * 1000;

    struct Grant {
        QString userId;
        QString orgId;
    };

    explicit AuthorizationCodes(const protocol::Clock& clock);

    QString issue(const QString& userId, const QString& orgId, const QString& clientId,
        const QString& redirectUri, const QString& codeChallenge);
    // The grant when `code` is known, unexpired, unused, and was issued for this client and
    // redirect URI to a challenge `verifier` answers (BASE64URL(SHA256(verifier))); else
    // nothing and `why`. A code is spent by its first redemption, right or wrong.
    std::optional<Grant> redeem(const QString& code, const QString& clientId,
        const QString& redirectUri, const QString& verifier, QString* why);

    // BASE64URL(SHA256(ASCII(verifier))) without padding (RFC 7636 4.2).
    static QString challengeOf(const QString& verifier);

private:
    struct Pending {
        Grant grant;
        QString clientId;
        QString redirectUri;
        QString challenge;
        qint64 expiresAtMs = 0;
    };
    void dropExpired();

    const protocol::Clock& m_clock;
    QHash<QString, Pending> m_pending; // by code
};

} // namespace vt::server
