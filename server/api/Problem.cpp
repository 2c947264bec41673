#include "Problem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vt::server {
namespace {

struct TypeInfo {
    ProblemType type;
    const char* slug;
    int status;
    const char* title;
};

constexpr TypeInfo types[] = {
    {ProblemType::BadRequest, "bad-request", 400, "The request is malformed"},
    {ProblemType::Validation, "validation", 422, "The request has invalid fields"},
    {ProblemType::InvalidGrant, "invalid-grant", 400, "Sign-in failed"},
    {ProblemType::Unauthenticated, "unauthenticated", 401, "Sign-in required"},
    {ProblemType::Forbidden, "forbidden", 403, "Not allowed for your role"},
    {ProblemType::NotFound, "not-found", 404, "Not found"},
    {ProblemType::MethodNotAllowed, "method-not-allowed", 405, "Method not allowed"},
    {ProblemType::Conflict, "conflict", 409, "Conflicts with the current state"},
    {ProblemType::IdempotencyKeyReuse, "idempotency-key-reused", 409,
        "The Idempotency-Key was used for a different request"},
    {ProblemType::PreconditionFailed, "precondition-failed", 412, "Precondition failed"},
    {ProblemType::TooLarge, "too-large", 413, "The request is too large"},
    {ProblemType::UnsupportedMedia, "unsupported-media-type", 415, "Unsupported media type"},
    {ProblemType::RateLimited, "rate-limited", 429, "Too many requests"},
    {ProblemType::Internal, "internal", 500, "The platform failed"},
    {ProblemType::Unavailable, "unavailable", 503, "The platform is not ready"},
    {ProblemType::Protocol, "http", 400, "The HTTP request cannot be served"},
};

const TypeInfo& info(ProblemType type)
{
    for (const TypeInfo& t : types) {
        if (t.type == type)
            return t;
    }
    return types[std::size(types) - 3];
}

} // namespace

QString Problem::typeUri(ProblemType type)
{
    return QStringLiteral("https://voicetraining.example.com/problems/")
        + QLatin1String(info(type).slug);
}

int Problem::defaultStatus(ProblemType type)
{
    return info(type).status;
}

QString Problem::title(ProblemType type)
{
    return QString::fromLatin1(info(type).title);
}

HttpResponse Problem::toResponse(quint64 requestId, const QString& instance) const
{
    const int code = status != 0 ? status : defaultStatus(type);
    QJsonObject body{{QStringLiteral("type"), typeUri(type)},
        {QStringLiteral("title"), title(type)}, {QStringLiteral("status"), code},
        {QStringLiteral("detail"), detail}, {QStringLiteral("instance"), instance},
        {QStringLiteral("request_id"), QString::number(requestId)}};
    if (!errors.isEmpty()) {
        QJsonArray list;
        for (const protocol::FieldError& e : errors)
            list.append(QJsonObject{
                {QStringLiteral("path"), e.path}, {QStringLiteral("message"), e.message}});
        body.insert(QStringLiteral("errors"), list);
    }
    if (!oauthError.isEmpty())
        body.insert(QStringLiteral("error"), QString::fromLatin1(oauthError));
    HttpResponse response;
    response.status = code;
    response.headers.add("Content-Type", "application/problem+json");
    response.headers.add("Cache-Control", "no-store");
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

} // namespace vt::server
