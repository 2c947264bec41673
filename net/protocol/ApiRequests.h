#pragma once

#include "Expected.h"
#include "JsonFields.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace vt::protocol {

// The bodies clients send to the platform API v1 (docs/api/openapi.yaml), with their
// validation: one definition for the client that writes them and the server that reads them.
// Every parse returns the value or the list of wrong fields by JSONPath.

// Why a body could not be read: it is not JSON of the right shape at all (`malformed`), or
// these fields are wrong, each by JSONPath.
struct ParseError {
    QString malformed;
    FieldErrors fields;
    // "$.score: must be a number; $.ended_at: is required", or why the body is malformed.
    QString summary() const { return malformed.isEmpty() ? fields.summary() : malformed; }
};

template <typename T> using Parsed = Expected<T, ParseError>;

// `value` when no field was wrong; else the errors.
template <typename T> Parsed<T> checked(FieldErrors errors, T value)
{
    if (!errors.isEmpty())
        return Unexpected(ParseError{{}, std::move(errors)});
    return value;
}

template <typename T> Parsed<T> malformed(QString why)
{
    return Unexpected(ParseError{std::move(why), {}});
}

// POST /api/v1/auth/token, as a form (application/x-www-form-urlencoded, RFC 6749) or JSON.
struct TokenRequest {
    enum class Grant { Password, RefreshToken, AuthorizationCode };
    Grant grant = Grant::Password;
    QString username; // an email address
    QString password;
    QString refreshToken;
    // authorization_code (RFC 6749 4.1.3 with PKCE, RFC 7636 4.5)
    QString code;
    QString redirectUri;
    QString clientId;
    QString codeVerifier;
};
Parsed<TokenRequest> parseTokenRequest(const QByteArray& body, const QByteArray& contentType);

// GET /oauth/authorize (its query) and POST /oauth/authorize (the sign-in form, which carries
// the same fields plus the credentials): an authorization request with PKCE (RFC 6749 4.1.1,
// RFC 7636 4.3) from a native app redirecting to a loopback address (RFC 8252 7.3).
struct AuthorizeRequest {
    QString clientId;
    QString redirectUri; // http://127.0.0.1:PORT/... or http://[::1]:PORT/...
    QString codeChallenge;
    QString state;
    QString email; // POST only
    QString password;
};
// `fields` from the query or the form; `withCredentials` for the POST.
Parsed<AuthorizeRequest> parseAuthorizeRequest(const QJsonObject& fields, bool withCredentials);
// A form body (application/x-www-form-urlencoded) as an object of strings; nothing and `error`
// when it is too large or not UTF-8.
std::optional<QJsonObject> parseForm(const QByteArray& body, QString* error);
// PKCE's verifier and challenge alphabet and length (RFC 7636 4.1): 43 to 128 of
// [A-Z a-z 0-9 - . _ ~].
bool isPkceString(QStringView text);

// POST /api/v1/auth/revoke
struct RevokeRequest {
    QString refreshToken;
};
Parsed<RevokeRequest> parseRevokeRequest(const QByteArray& body, const QByteArray& contentType);

// POST /api/v1/calls
struct CallStart {
    QString scenarioId;
    std::optional<QString> assignmentId;
    QString clientVersion;
};
Parsed<CallStart> parseCallStart(const QByteArray& body);

// PUT /api/v1/attempts/{id}: the finished call. The transcript is validated by the scoring
// module on the server (docs/scoring.md), so it is carried as JSON here.
struct AttemptCompletion {
    QDateTime startedAt;
    QDateTime endedAt;
    qint64 durationMs = 0;
    QJsonObject transcript;
    QJsonObject kpis;            // the client's, kept as sent
    std::optional<double> score; // the client's rubric score, 0-100; none: not scored
                                 // (the rep said too little, docs/scoring.md §4.1)
    QJsonArray breakdown;        // the client's breakdown, kept as sent
    QString scoringVersion;      // of the client's scoring module
    QString clientVersion;
    QList<qint64> turnLatenciesMs;
    bool interrupted = false;
    QString endedBy; // rep, agent, goal, time_limit, error
    // An attempt practised with the app's own practice agent while the platform could not be
    // reached: its id was chosen by the app, and this PUT creates it.
    struct Offline {
        QString scenarioId;
        std::optional<QString> assignmentId;
    };
    std::optional<Offline> offline;
};
Parsed<AttemptCompletion> parseAttemptCompletion(const QByteArray& body);

// POST /api/v1/attempts/{id}/comments
struct CommentCreate {
    QString body;
    std::optional<qint64> spanStartMs;
    std::optional<qint64> spanEndMs;
    std::optional<QString> utteranceId;
};
Parsed<CommentCreate> parseCommentCreate(const QByteArray& body);

// Limits shared by both ends.
namespace limits {
inline constexpr qint64 maxCallMs = 24LL * 60 * 60 * 1000;
inline constexpr qsizetype maxTurnLatencies = 10000;
inline constexpr qint64 maxTurnLatencyMs = 10LL * 60 * 1000;
inline constexpr qsizetype maxCommentChars = 4000;
inline constexpr qsizetype maxPasswordChars = 1024;
inline constexpr qsizetype maxEmailChars = 254;
inline constexpr qsizetype maxVersionChars = 64;
inline constexpr qsizetype maxTokenChars = 512;
inline constexpr qsizetype maxRedirectUriChars = 2048;
inline constexpr qsizetype maxClientIdChars = 128;
} // namespace limits

} // namespace vt::protocol
