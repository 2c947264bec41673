#include "ApiRequests.h"

#include "BoundedJson.h"

#include <QUrlQuery>

namespace vt::protocol {
namespace {

bool isForm(const QByteArray& contentType)
{
    return contentType.trimmed().toLower().startsWith("application/x-www-form-urlencoded");
}

} // namespace

// A form body as a JSON object of strings (the last value of a repeated key wins), so both
// encodings go through the same field checks.
std::optional<QJsonObject> parseForm(const QByteArray& body, QString* error)
{
    if (body.size() > 64 * 1024) {
        *error = QStringLiteral("the form is larger than 64 KiB");
        return std::nullopt;
    }
    QJsonObject object;
    for (const QByteArray& pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        const QByteArray k = QByteArray::fromPercentEncoding(key);
        const QByteArray v = QByteArray::fromPercentEncoding(value);
        const QString ks = QString::fromUtf8(k);
        const QString vs = QString::fromUtf8(v);
        if (ks.toUtf8() != k || vs.toUtf8() != v) {
            *error = QStringLiteral("the form is not valid UTF-8");
            return std::nullopt;
        }
        object.insert(ks, vs);
    }
    return object;
}

namespace {

std::optional<QJsonObject> bodyObject(
    const QByteArray& body, const QByteArray& contentType, QString* error)
{
    if (isForm(contentType))
        return parseForm(body, error);
    const BoundedJson parsed = parseJsonObject(body, JsonLimits{64 * 1024, 4, 4096});
    if (!parsed) {
        *error = parsed.error;
        return std::nullopt;
    }
    return parsed.document.object();
}

} // namespace

Parsed<TokenRequest> parseTokenRequest(const QByteArray& body, const QByteArray& contentType)
{
    QString error;
    const std::optional<QJsonObject> object = bodyObject(body, contentType, &error);
    if (!object)
        return malformed<TokenRequest>(error);
    FieldErrors errors;
    ObjectReader r(*object, QStringLiteral("$"), errors);
    const std::optional<QString> grant = r.oneOf(
        u"grant_type", Presence::Required, {u"password", u"refresh_token", u"authorization_code"});
    if (!grant)
        return checked<TokenRequest>(std::move(errors), {});
    TokenRequest request;
    if (*grant == QLatin1String("authorization_code")) {
        request.grant = TokenRequest::Grant::AuthorizationCode;
        request.code
            = r.text(u"code", Presence::Required, 1, limits::maxTokenChars).value_or(QString());
        request.redirectUri
            = r.text(u"redirect_uri", Presence::Required, 1, limits::maxRedirectUriChars)
                  .value_or(QString());
        request.clientId = r.text(u"client_id", Presence::Required, 1, limits::maxClientIdChars)
                               .value_or(QString());
        request.codeVerifier
            = r.text(u"code_verifier", Presence::Required, 1, 128).value_or(QString());
        if (!request.codeVerifier.isEmpty() && !isPkceString(request.codeVerifier))
            errors.add(r.pathOf(u"code_verifier"),
                QStringLiteral("must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~"));
    } else if (*grant == QLatin1String("password")) {
        request.grant = TokenRequest::Grant::Password;
        request.username
            = r.text(u"username", Presence::Required, 3, limits::maxEmailChars).value_or(QString());
        request.password = r.text(u"password", Presence::Required, 1, limits::maxPasswordChars)
                               .value_or(QString());
    } else {
        request.grant = TokenRequest::Grant::RefreshToken;
        request.refreshToken
            = r.text(u"refresh_token", Presence::Required, 1, limits::maxTokenChars)
                  .value_or(QString());
    }
    return checked(std::move(errors), std::move(request));
}

Parsed<RevokeRequest> parseRevokeRequest(const QByteArray& body, const QByteArray& contentType)
{
    QString error;
    const std::optional<QJsonObject> object = bodyObject(body, contentType, &error);
    if (!object)
        return malformed<RevokeRequest>(error);
    FieldErrors errors;
    ObjectReader r(*object, QStringLiteral("$"), errors);
    const std::optional<QString> token
        = r.text(u"token", Presence::Required, 1, limits::maxTokenChars);
    return checked(std::move(errors), RevokeRequest{token.value_or(QString())});
}

Parsed<CallStart> parseCallStart(const QByteArray& body)
{
    const BoundedJson json = parseJsonObject(body, JsonLimits{64 * 1024, 8, 4096});
    if (!json)
        return malformed<CallStart>(json.error);
    FieldErrors errors;
    ObjectReader r(json.document.object(), QStringLiteral("$"), errors);
    CallStart call;
    call.scenarioId = r.id(u"scenario_id", Presence::Required).value_or(QString());
    call.assignmentId = r.id(u"assignment_id", Presence::Optional);
    call.clientVersion = r.text(u"client_version", Presence::Optional, 0, limits::maxVersionChars)
                             .value_or(QString());
    return checked(std::move(errors), std::move(call));
}

Parsed<AttemptCompletion> parseAttemptCompletion(const QByteArray& body)
{
    const BoundedJson json = parseJsonObject(body);
    if (!json)
        return malformed<AttemptCompletion>(json.error);
    FieldErrors errors;
    ObjectReader r(json.document.object(), QStringLiteral("$"), errors);
    AttemptCompletion a;
    const std::optional<QDateTime> started = r.timestamp(u"started_at", Presence::Required);
    const std::optional<QDateTime> ended = r.timestamp(u"ended_at", Presence::Required);
    if (started && ended && *ended < *started)
        errors.add(r.pathOf(u"ended_at"), QStringLiteral("must not be before started_at"));
    a.startedAt = started.value_or(QDateTime());
    a.endedAt = ended.value_or(QDateTime());
    a.durationMs = r.integer(u"duration_ms", Presence::Required, 0, limits::maxCallMs).value_or(0);
    a.transcript = r.object(u"transcript", Presence::Required).value_or(QJsonObject());
    a.kpis = r.object(u"kpis", Presence::Optional).value_or(QJsonObject());
    // "scored": false (scoring 2.0.0) sends "score": null; a scored call needs its score.
    const bool scored = r.boolean(u"scored", Presence::Optional).value_or(true);
    a.score = r.number(u"score", scored ? Presence::Required : Presence::Optional, 0.0, 100.0);
    if (!scored && a.score)
        errors.add(r.pathOf(u"score"), QStringLiteral("must be null when scored is false"));
    a.breakdown = r.array(u"breakdown", Presence::Optional, 256).value_or(QJsonArray());
    a.scoringVersion = r.text(u"scoring_version", Presence::Required, 1, limits::maxVersionChars)
                           .value_or(QString());
    a.clientVersion = r.text(u"client_version", Presence::Optional, 0, limits::maxVersionChars)
                          .value_or(QString());
    if (const std::optional<QJsonArray> latencies
        = r.array(u"turn_latencies_ms", Presence::Optional, limits::maxTurnLatencies)) {
        a.turnLatenciesMs = integerList(
            *latencies, r.pathOf(u"turn_latencies_ms"), 0, limits::maxTurnLatencyMs, errors)
                                .value_or(QList<qint64>());
    }
    a.interrupted = r.boolean(u"interrupted", Presence::Optional).value_or(false);
    a.endedBy = r.oneOf(u"ended_by", Presence::Optional,
                     {u"rep", u"agent", u"goal", u"time_limit", u"error"})
                    .value_or(QStringLiteral("rep"));
    if (const std::optional<QJsonObject> offline = r.object(u"offline", Presence::Optional)) {
        ObjectReader o(*offline, r.pathOf(u"offline"), errors);
        AttemptCompletion::Offline origin;
        origin.scenarioId = o.id(u"scenario_id", Presence::Required).value_or(QString());
        origin.assignmentId = o.id(u"assignment_id", Presence::Optional);
        a.offline = origin;
    }
    return checked(std::move(errors), std::move(a));
}

Parsed<CommentCreate> parseCommentCreate(const QByteArray& body)
{
    const BoundedJson json = parseJsonObject(body, JsonLimits{64 * 1024, 8, 32 * 1024});
    if (!json)
        return malformed<CommentCreate>(json.error);
    FieldErrors errors;
    ObjectReader r(json.document.object(), QStringLiteral("$"), errors);
    CommentCreate c;
    c.body = r.text(u"body", Presence::Required, 1, limits::maxCommentChars).value_or(QString());
    if (c.body.trimmed().isEmpty() && !c.body.isEmpty())
        errors.add(r.pathOf(u"body"), QStringLiteral("must not be blank"));
    if (const std::optional<QJsonObject> span = r.object(u"span", Presence::Optional)) {
        ObjectReader s(*span, r.pathOf(u"span"), errors);
        c.spanStartMs = s.integer(u"start_ms", Presence::Required, 0, limits::maxCallMs);
        c.spanEndMs = s.integer(u"end_ms", Presence::Required, 0, limits::maxCallMs);
        if (c.spanStartMs && c.spanEndMs && *c.spanEndMs < *c.spanStartMs)
            errors.add(s.pathOf(u"end_ms"), QStringLiteral("must be >= start_ms"));
    }
    c.utteranceId = r.text(u"utterance_id", Presence::Optional, 1, 128);
    return checked(std::move(errors), std::move(c));
}

bool isPkceString(QStringView text)
{
    if (text.size() < 43 || text.size() > 128)
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')
            || u == '-' || u == '.' || u == '_' || u == '~';
        if (!ok)
            return false;
    }
    return true;
}

Parsed<AuthorizeRequest> parseAuthorizeRequest(const QJsonObject& fields, bool withCredentials)
{
    FieldErrors errors;
    ObjectReader r(fields, QStringLiteral("$"), errors);
    AuthorizeRequest a;
    r.oneOf(u"response_type", Presence::Required, {u"code"});
    a.clientId
        = r.text(u"client_id", Presence::Required, 1, limits::maxClientIdChars).value_or(QString());
    a.redirectUri = r.text(u"redirect_uri", Presence::Required, 1, limits::maxRedirectUriChars)
                        .value_or(QString());
    if (!a.redirectUri.isEmpty()) {
        // RFC 8252 7.3: a loopback IP literal over plain http, any port; no fragment.
        const QUrl url(a.redirectUri, QUrl::StrictMode);
        const bool loopback = url.isValid() && url.scheme() == QLatin1String("http")
            && (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("::1"))
            && url.port() > 0 && !url.hasFragment() && url.userInfo().isEmpty();
        if (!loopback)
            errors.add(r.pathOf(u"redirect_uri"),
                QStringLiteral("must be http://127.0.0.1:PORT/... or http://[::1]:PORT/..."));
    }
    a.codeChallenge = r.text(u"code_challenge", Presence::Required, 1, 128).value_or(QString());
    if (!a.codeChallenge.isEmpty() && !isPkceString(a.codeChallenge))
        errors.add(r.pathOf(u"code_challenge"),
            QStringLiteral("must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~"));
    r.oneOf(u"code_challenge_method", Presence::Required, {u"S256"});
    a.state = r.text(u"state", Presence::Required, 1, 512).value_or(QString());
    if (withCredentials) {
        a.email
            = r.text(u"email", Presence::Required, 3, limits::maxEmailChars).value_or(QString());
        a.password = r.text(u"password", Presence::Required, 1, limits::maxPasswordChars)
                         .value_or(QString());
    }
    return checked(std::move(errors), std::move(a));
}

} // namespace vt::protocol
