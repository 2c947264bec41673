#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace vt::server {

// The claims of the platform's tokens. Access tokens carry who the caller is (sub, org_id,
// role), like the hosted platform's identity provider issues them; voice tokens (typ
// "voice") also name the attempt they may stream for.
struct Claims {
    QString subject; // user id
    QString orgId;
    QString role; // trainee, manager, admin, hr
    QString type = QStringLiteral("access");
    QString attemptId;    // voice tokens only
    QString id;           // jti
    qint64 issuedAt = 0;  // seconds since the epoch
    qint64 expiresAt = 0; // seconds since the epoch
};

// HS256 JWTs (RFC 7519) with the platform's secret. Verification accepts exactly HS256 (never
// "none" or another algorithm), compares the signature in constant time, and checks the
// issuer, the expiry and the claim types.
class JwtSigner final {
public:
    static constexpr auto issuer = "voicetraining-server";

    explicit JwtSigner(QByteArray secret);
    QByteArray sign(const Claims& claims) const;
    // The claims, or nothing with the reason in `why` ("expired", "bad signature", ...).
    std::optional<Claims> verify(QByteArrayView token, qint64 nowSeconds, QString* why) const;

private:
    QByteArray m_secret;
};

} // namespace vt::server
