// POST /api/v1/auth/token (password, refresh_token and authorization_code grants),
// POST /api/v1/auth/revoke, GET /api/v1/me.
#include "ApiService.h"
#include "Paging.h"
#include "Platform.h"
#include "auth/Passwords.h"
#include "db/Sql.h"

#include "ApiRequests.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QtConcurrent>

namespace vt::server {
namespace {

Problem grantProblem(const QString& detail)
{
    return Problem{ProblemType::InvalidGrant, detail, {}, 0, "invalid_grant"};
}

void replyTokens(const ApiCallPtr& call, Platform& platform, const QString& userId,
    const QString& orgId, const QString& refreshToken)
{
    const std::optional<Caller> caller = platform.directory.caller(userId, orgId);
    if (!caller) {
        call->problem(grantProblem(QStringLiteral("the account is disabled or gone")));
        return;
    }
    const qint64 now = platform.clock.nowSeconds();
    Claims claims;
    claims.subject = caller->userId;
    claims.orgId = caller->orgId;
    claims.role = roleName(caller->role);
    claims.id = newId();
    claims.issuedAt = now;
    claims.expiresAt = now + platform.config.accessTokenSeconds;
    HttpResponse response = jsonResponse(200,
        QJsonObject{
            {QStringLiteral("access_token"), QString::fromLatin1(platform.jwt.sign(claims))},
            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
            {QStringLiteral("expires_in"), platform.config.accessTokenSeconds},
            {QStringLiteral("refresh_token"), refreshToken},
            {QStringLiteral("role"), claims.role}});
    response.headers.add("Cache-Control", "no-store");
    response.logUser = caller->userId.toLatin1();
    response.logOrg = caller->orgId.toLatin1();
    call->reply(response);
}

} // namespace

void checkCredentials(const ApiCallPtr& call, Platform& platform, const QString& email,
    const QString& password, std::function<void(const CredentialCheck&)> done)
{
    const QString account = email.trimmed().toLower();
    const QString address = call->request().peer.toString();
    if (const qint64 wait = platform.signIns.retryAfterSeconds(account, address); wait > 0) {
        done(CredentialCheck{std::nullopt, wait});
        return;
    }
    const std::optional<UserRecord> user = platform.directory.userByEmail(account);
    const QByteArray hash = user && !user->disabled ? user->passwordHash : Passwords::decoy();
    // Argon2id takes tens of milliseconds: off the server's thread, so other requests go on.
    auto* watcher = new QFutureWatcher<bool>();
    QObject::connect(watcher, &QFutureWatcher<bool>::finished, watcher,
        [watcher, &platform, user, account, address, done = std::move(done)] {
            watcher->deleteLater();
            const bool verified = watcher->result() && user && !user->disabled;
            platform.signIns.record(account, address, verified);
            done(CredentialCheck{verified ? user : std::nullopt, 0});
        });
    watcher->setFuture(
        QtConcurrent::run([hash, password] { return Passwords::verify(hash, password); }));
}

void replyIssuedTokens(
    const ApiCallPtr& call, Platform& platform, const QString& userId, const QString& orgId)
{
    try {
        replyTokens(call, platform, userId, orgId, platform.refreshTokens.issue(userId, orgId));
    } catch (const StorageError&) {
        call->problem(ProblemType::Internal,
            QStringLiteral("the platform could not sign you in; it was logged as request %1")
                .arg(call->request().id));
    }
}

namespace {

void passwordGrant(
    const ApiCallPtr& call, Platform& platform, const protocol::TokenRequest& request)
{
    checkCredentials(call, platform, request.username, request.password,
        [call, &platform](const CredentialCheck& check) {
            if (check.retryAfterSeconds > 0) {
                HttpResponse r = Problem{ProblemType::RateLimited,
                    QStringLiteral("too many sign-in attempts; try again in %1 seconds")
                        .arg(check.retryAfterSeconds),
                    {}, 0, "invalid_request"}
                                     .toResponse(call->request().id, call->request().path);
                r.headers.add("Retry-After", QByteArray::number(check.retryAfterSeconds));
                call->reply(r);
                return;
            }
            if (!check.user) {
                call->problem(grantProblem(QStringLiteral("the email or password is wrong")));
                return;
            }
            replyIssuedTokens(call, platform, check.user->id, check.user->orgId);
        });
}

void codeGrant(const ApiCallPtr& call, Platform& platform, const protocol::TokenRequest& request)
{
    QString why;
    const std::optional<AuthorizationCodes::Grant> grant = platform.authorizationCodes.redeem(
        request.code, request.clientId, request.redirectUri, request.codeVerifier, &why);
    if (!grant) {
        call->problem(grantProblem(why));
        return;
    }
    replyIssuedTokens(call, platform, grant->userId, grant->orgId);
}

void refreshGrant(const ApiCallPtr& call, Platform& platform, const protocol::TokenRequest& request)
{
    TokenStore::Failure failure{};
    const std::optional<TokenStore::Rotated> rotated
        = platform.refreshTokens.rotate(request.refreshToken, &failure);
    if (!rotated) {
        const char* why = "the refresh token is not known";
        switch (failure) {
        case TokenStore::Failure::Expired:
            why = "the refresh token has expired; sign in again";
            break;
        case TokenStore::Failure::Revoked:
            why = "the refresh token was revoked; sign in again";
            break;
        case TokenStore::Failure::Reused:
            why = "the refresh token was already used; every session of this sign-in is revoked";
            break;
        case TokenStore::Failure::ReusedRecently:
            why = "the refresh token was just used; use the newer one";
            break;
        case TokenStore::Failure::Unknown:
            break;
        }
        call->problem(grantProblem(QString::fromLatin1(why)));
        return;
    }
    replyTokens(call, platform, rotated->userId, rotated->orgId, rotated->token);
}

} // namespace

void addAuthRoutes(Platform& platform, const std::function<void(RouteSpec)>& add)
{
    add({"POST", QStringLiteral("/api/v1/auth/token"), false, std::nullopt, BodyKind::Form, false,
        [&platform](const ApiCallPtr& call) {
            const protocol::Parsed<protocol::TokenRequest> parsed = protocol::parseTokenRequest(
                call->request().body, call->request().headers.value("content-type"));
            if (!parsed) {
                Problem problem = parsed.error().malformed.isEmpty()
                    ? validationProblem(parsed.error().fields)
                    : Problem{ProblemType::BadRequest, parsed.error().malformed, {}, 0, {}};
                problem.status = 400; // OAuth 2.0 (RFC 6749 section 5.2)
                problem.oauthError = "invalid_request";
                call->problem(problem);
                return;
            }
            switch (parsed->grant) {
            case protocol::TokenRequest::Grant::Password:
                passwordGrant(call, platform, *parsed);
                break;
            case protocol::TokenRequest::Grant::RefreshToken:
                refreshGrant(call, platform, *parsed);
                break;
            case protocol::TokenRequest::Grant::AuthorizationCode:
                codeGrant(call, platform, *parsed);
                break;
            }
        }});
    add({"POST", QStringLiteral("/api/v1/auth/revoke"), false, std::nullopt, BodyKind::Form, false,
        [&platform](const ApiCallPtr& call) {
            const protocol::Parsed<protocol::RevokeRequest> parsed = protocol::parseRevokeRequest(
                call->request().body, call->request().headers.value("content-type"));
            if (replyIfInvalid(call, parsed))
                return;
            // RFC 7009: an unknown token is not an error; the outcome is the same.
            platform.refreshTokens.revoke(parsed->refreshToken);
            call->json(200, QJsonObject{{QStringLiteral("revoked"), true}});
        }});
    add({"GET", QStringLiteral("/api/v1/me"), true, Action::ReadProfile, BodyKind::None, false,
        [&platform](const ApiCallPtr& call) {
            const Caller& c = call->caller();
            const ProfileRecord p = platform.directory.profile(c);
            call->json(200,
                QJsonObject{{QStringLiteral("user"),
                                QJsonObject{{QStringLiteral("id"), c.userId},
                                    {QStringLiteral("email"), c.email},
                                    {QStringLiteral("display_name"), c.displayName},
                                    {QStringLiteral("role"), roleName(c.role)}}},
                    {QStringLiteral("org"),
                        QJsonObject{
                            {QStringLiteral("id"), c.orgId}, {QStringLiteral("name"), p.orgName}}},
                    {QStringLiteral("team"),
                        p.teamId.isEmpty()
                            ? QJsonValue(QJsonValue::Null)
                            : QJsonValue(QJsonObject{{QStringLiteral("id"), p.teamId},
                                {QStringLiteral("name"), p.teamName},
                                {QStringLiteral("manages"),
                                    c.managedTeamIds.contains(p.teamId)}})}});
        }});
}

} // namespace vt::server
