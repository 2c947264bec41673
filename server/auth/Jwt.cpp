#include "Jwt.h"

#include "BoundedJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace vt::server {
namespace {

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray mac(const QByteArray& secret, QByteArrayView data)
{
    return QMessageAuthenticationCode::hash(data.toByteArray(), secret, QCryptographicHash::Sha256);
}

bool constantTimeEqual(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

std::optional<QJsonObject> decodePart(QByteArrayView part)
{
    const auto decoded = QByteArray::fromBase64Encoding(part.toByteArray(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const protocol::BoundedJson json
        = protocol::parseJsonObject(*decoded, protocol::JsonLimits{4096, 4, 512});
    if (!json)
        return std::nullopt;
    return json.document.object();
}

} // namespace

JwtSigner::JwtSigner(QByteArray secret)
    : m_secret(std::move(secret))
{
}

QByteArray JwtSigner::sign(const Claims& claims) const
{
    QJsonObject payload{{QStringLiteral("iss"), QLatin1String(issuer)},
        {QStringLiteral("sub"), claims.subject}, {QStringLiteral("org_id"), claims.orgId},
        {QStringLiteral("role"), claims.role}, {QStringLiteral("typ"), claims.type},
        {QStringLiteral("jti"), claims.id}, {QStringLiteral("iat"), claims.issuedAt},
        {QStringLiteral("exp"), claims.expiresAt}};
    if (!claims.attemptId.isEmpty())
        payload.insert(QStringLiteral("attempt_id"), claims.attemptId);
    const QByteArray header = QByteArray(R"({"alg":"HS256","typ":"JWT"})").toBase64(base64url);
    const QByteArray body
        = QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(base64url);
    const QByteArray signingInput = header + '.' + body;
    return signingInput + '.' + mac(m_secret, signingInput).toBase64(base64url);
}

std::optional<Claims> JwtSigner::verify(QByteArrayView token, qint64 nowSeconds, QString* why) const
{
    const auto fail = [why](const char* reason) {
        *why = QString::fromLatin1(reason);
        return std::nullopt;
    };
    if (token.size() > 4096)
        return fail("the token is too long");
    const qsizetype firstDot = token.indexOf('.');
    const qsizetype lastDot = token.lastIndexOf('.');
    if (firstDot <= 0 || lastDot == firstDot
        || token.sliced(firstDot + 1, lastDot - firstDot - 1).contains('.'))
        return fail("the token is not a JWT");
    const std::optional<QJsonObject> header = decodePart(token.first(firstDot));
    if (!header || header->value(QStringLiteral("alg")).toString() != QLatin1String("HS256"))
        return fail("the token's algorithm is not HS256");
    const QByteArray expected = mac(m_secret, token.first(lastDot)).toBase64(base64url);
    if (!constantTimeEqual(expected, token.sliced(lastDot + 1)))
        return fail("the token's signature is wrong");
    const std::optional<QJsonObject> payload
        = decodePart(token.sliced(firstDot + 1, lastDot - firstDot - 1));
    if (!payload)
        return fail("the token's claims are not readable");
    const QJsonObject& p = *payload;
    if (p.value(QStringLiteral("iss")).toString() != QLatin1String(issuer))
        return fail("the token was issued by someone else");
    Claims claims;
    claims.subject = p.value(QStringLiteral("sub")).toString();
    claims.orgId = p.value(QStringLiteral("org_id")).toString();
    claims.role = p.value(QStringLiteral("role")).toString();
    claims.type = p.value(QStringLiteral("typ")).toString();
    claims.attemptId = p.value(QStringLiteral("attempt_id")).toString();
    claims.id = p.value(QStringLiteral("jti")).toString();
    claims.issuedAt = p.value(QStringLiteral("iat")).toInteger();
    claims.expiresAt = p.value(QStringLiteral("exp")).toInteger();
    if (claims.subject.isEmpty() || claims.orgId.isEmpty() || claims.role.isEmpty()
        || claims.expiresAt <= 0)
        return fail("the token lacks claims");
    if (claims.expiresAt <= nowSeconds)
        return fail("the token has expired");
    return claims;
}

} // namespace vt::server
