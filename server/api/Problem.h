#pragma once

#include "JsonFields.h"
#include "http/HttpMessage.h"

#include <QString>

namespace vt::server {

// application/problem+json (RFC 9457). Every error the API sends is one of these types, each
// with a stable `type` URI (docs/api/README.md lists them); `detail` says what happened in
// words, validation errors add `errors: [{path, message}]` with each bad field's JSONPath.
enum class ProblemType {
    BadRequest,          // 400 malformed HTTP or body
    Validation,          // 422 fields are wrong
    InvalidGrant,        // 400 sign-in failed (OAuth 2.0 error "invalid_grant")
    Unauthenticated,     // 401
    Forbidden,           // 403
    NotFound,            // 404
    MethodNotAllowed,    // 405
    Conflict,            // 409
    IdempotencyKeyReuse, // 409: same key, different request
    PreconditionFailed,  // 412
    TooLarge,            // 413
    UnsupportedMedia,    // 415
    RateLimited,         // 429
    Internal,            // 500
    Unavailable,         // 503
    Protocol,            // other HTTP-level errors (408, 411, 414, 417, 431, 501, 505)
};

struct Problem {
    ProblemType type = ProblemType::Internal;
    QString detail;
    QList<protocol::FieldError> errors;
    int status = 0;        // 0: the type's own status
    QByteArray oauthError; // for the token endpoint: "invalid_grant", "invalid_request"

    static QString typeUri(ProblemType type);
    static int defaultStatus(ProblemType type);
    static QString title(ProblemType type);

    HttpResponse toResponse(quint64 requestId, const QString& instance) const;
};

inline Problem validationProblem(const protocol::FieldErrors& errors)
{
    return Problem{ProblemType::Validation, errors.summary(), errors.list(), 0, {}};
}

} // namespace vt::server
