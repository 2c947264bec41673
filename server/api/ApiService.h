#pragma once

#include "ApiCall.h"
#include "Router.h"
#include "http/HttpHandler.h"
#include "store/DirectoryStore.h"

#include <QList>

#include <optional>

namespace vt::server {

struct Platform;

// The REST API v1 behind the HTTP layer (docs/api/openapi.yaml). For each request, in order:
// route (404, 405), bearer token and the caller behind it (401), the role's right to the
// action (403), the body's media type (415), the Idempotency-Key (replay or 409), then the
// route's handler; on the way out, the request id, an ETag with If-None-Match (304) on reads,
// and the idempotency record. A storage failure becomes a logged 500, never a crash.
class ApiService final : public HttpHandler {
public:
    explicit ApiService(Platform& platform);
    ~ApiService() override;

    qint64 maxBodyBytes(const HttpRequest& head) const override;
    void handle(HttpRequest request, HttpResponder respond) override;
    HttpResponse protocolError(int status, const QString& detail) const override;

    // Readiness: the database answers and its schema is current.
    bool isReady() const;
    // Every endpoint, as (method, path template): what docs/api/openapi.yaml must describe.
    QList<QPair<QByteArray, QString>> endpoints() const;

private:
    void add(RouteSpec spec);
    void run(const RouteSpec& route, const ApiCallPtr& call);
    bool authenticate(const ApiCallPtr& call);
    bool checkIdempotency(const RouteSpec& route, const ApiCallPtr& call);
    void finish(const RouteSpec& route, const ApiCall& call, HttpResponse& response,
        const QString& idempotencyKey, const QString& requestHash);

    Platform& m_platform;
    Router m_router;
    QList<RouteSpec> m_routes;
};

// Route groups (api/*Routes.cpp), each adding its endpoints.
void addAuthRoutes(Platform& platform, const std::function<void(RouteSpec)>& add);
void addCatalogRoutes(Platform& platform, const std::function<void(RouteSpec)>& add);
void addAssignmentRoutes(Platform& platform, const std::function<void(RouteSpec)>& add);
void addCallRoutes(Platform& platform, const std::function<void(RouteSpec)>& add);
void addAttemptRoutes(Platform& platform, const std::function<void(RouteSpec)>& add);
void addRecordingRoutes(Platform& platform, const std::function<void(RouteSpec)>& add);
void addLeaderboardRoutes(Platform& platform, const std::function<void(RouteSpec)>& add);
void addTeamRoutes(Platform& platform, const std::function<void(RouteSpec)>& add);
void addHealthRoutes(Platform& platform, const std::function<void(RouteSpec)>& add);
void addOAuthRoutes(Platform& platform, const std::function<void(RouteSpec)>& add);
void addReleaseRoutes(Platform& platform, const std::function<void(RouteSpec)>& add);

// A sign-in's email and password checked (Argon2id, off the server's thread; throttled per
// account and address): the user when they are right, or how long to wait when throttled.
struct CredentialCheck {
    std::optional<UserRecord> user;
    qint64 retryAfterSeconds = 0;
};
void checkCredentials(const ApiCallPtr& call, Platform& platform, const QString& email,
    const QString& password, std::function<void(const CredentialCheck&)> done);
// Answers the token endpoint's success for a user signed in afresh (a new refresh token).
void replyIssuedTokens(
    const ApiCallPtr& call, Platform& platform, const QString& userId, const QString& orgId);

} // namespace vt::server
