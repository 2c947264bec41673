#include "ApiService.h"

#include "Platform.h"
#include "ServerLog.h"
#include "db/Sql.h"

#include <QCryptographicHash>

namespace vt::server {
namespace {

ProblemType problemForStatus(int status)
{
    switch (status) {
    case 400:
        return ProblemType::BadRequest;
    case 413:
    case 414:
    case 431:
        return ProblemType::TooLarge;
    case 503:
        return ProblemType::Unavailable;
    default:
        break;
    }
    return ProblemType::Protocol;
}

bool isJson(const QByteArray& contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type == "application/json"
        || (type.startsWith("application/") && type.endsWith("+json"));
}

QByteArray etagOf(const QByteArray& body)
{
    const QByteArray digest = QCryptographicHash::hash(body, QCryptographicHash::Sha256).left(16);
    return '"' + digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        + '"';
}

bool etagMatches(const QByteArray& ifNoneMatch, const QByteArray& etag)
{
    for (QByteArray candidate : ifNoneMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == "*" || candidate == etag)
            return true;
    }
    return false;
}

bool validIdempotencyKey(const QByteArray& key)
{
    return !key.isEmpty() && key.size() <= 255
        && std::all_of(key.begin(), key.end(), [](char c) { return c > 0x20 && c < 0x7F; });
}

} // namespace

ApiService::ApiService(Platform& platform)
    : m_platform(platform)
{
    const auto adder = [this](RouteSpec spec) { add(std::move(spec)); };
    addHealthRoutes(platform, adder);
    addOAuthRoutes(platform, adder);
    addReleaseRoutes(platform, adder);
    addAuthRoutes(platform, adder);
    addCatalogRoutes(platform, adder);
    addAssignmentRoutes(platform, adder);
    addCallRoutes(platform, adder);
    addAttemptRoutes(platform, adder);
    addRecordingRoutes(platform, adder);
    addLeaderboardRoutes(platform, adder);
    addTeamRoutes(platform, adder);
}

ApiService::~ApiService() = default;

void ApiService::add(RouteSpec spec)
{
    m_router.add(spec.method, spec.pattern);
    m_routes.append(std::move(spec));
}

qint64 ApiService::maxBodyBytes(const HttpRequest& head) const
{
    const Router::Match match = m_router.match(head.method, head.path);
    constexpr qint64 smallBodyBytes = qint64(64) * 1024; // forms, and bodies nobody reads
    if (match.route < 0)
        return smallBodyBytes; // read it, then answer 404 or 405
    switch (m_routes[match.route].body) {
    case BodyKind::None:
    case BodyKind::Form:
        return smallBodyBytes;
    case BodyKind::Json:
        return m_platform.config.maxJsonBytes;
    case BodyKind::Recording:
        return m_platform.config.maxRecordingBytes;
    }
    return 0;
}

HttpResponse ApiService::protocolError(int status, const QString& detail) const
{
    Problem problem{problemForStatus(status), detail, {}, status, {}};
    return problem.toResponse(0, QString());
}

QList<QPair<QByteArray, QString>> ApiService::endpoints() const
{
    QList<QPair<QByteArray, QString>> out;
    for (const RouteSpec& route : m_routes)
        out.append({route.method, route.pattern});
    return out;
}

bool ApiService::isReady() const
{
    return m_platform.db.ping();
}

void ApiService::handle(HttpRequest request, HttpResponder respond)
{
    const Router::Match match = m_router.match(request.method, request.path);
    auto call = std::make_shared<ApiCall>(
        std::move(request), match.params, m_platform, std::move(respond));
    if (match.route < 0) {
        call->setFinisher([](const ApiCall& c, HttpResponse& r) {
            r.headers.set("X-Request-Id", QByteArray::number(c.request().id));
        });
        if (!match.allowed.isEmpty()) {
            HttpResponse r = Problem{ProblemType::MethodNotAllowed,
                QStringLiteral("%1 is not served at %2")
                    .arg(QString::fromLatin1(call->request().method), call->request().path),
                {}, 0, {}}.toResponse(call->request().id, call->request().path);
            r.headers.add("Allow", match.allowed.join(", "));
            call->reply(r);
        } else {
            call->problem(ProblemType::NotFound,
                QStringLiteral("there is nothing at %1").arg(call->request().path));
        }
        return;
    }
    run(m_routes[match.route], call);
}

void ApiService::run(const RouteSpec& route, const ApiCallPtr& call)
{
    try {
        if (route.authenticated && !authenticate(call))
            return;
        call->setFinisher([this, &route](const ApiCall& c, HttpResponse& r) {
            finish(route, c, r, QString(), QString());
        });
        if (route.action && !AccessPolicy::allows(call->caller().role, *route.action)) {
            call->problem(ProblemType::Forbidden,
                QStringLiteral("a %1 may not do this").arg(roleName(call->caller().role)));
            return;
        }
        const HttpRequest& request = call->request();
        if (route.body == BodyKind::Json && !request.body.isEmpty()
            && !isJson(request.headers.value("content-type"))) {
            call->problem(
                ProblemType::UnsupportedMedia, QStringLiteral("the body must be application/json"));
            return;
        }
        if (route.idempotent && !checkIdempotency(route, call))
            return;
        route.handler(call);
    } catch (const StorageError& error) {
        qCCritical(lcServer).noquote()
            << "request" << call->request().id << "failed in storage:" << error.what();
        call->problem(ProblemType::Internal,
            QStringLiteral(
                "the platform could not complete the request; it was logged as request %1")
                .arg(call->request().id));
    }
}

bool ApiService::authenticate(const ApiCallPtr& call)
{
    const QByteArray header = call->request().headers.value("authorization");
    QString why = QStringLiteral("no bearer token was sent");
    if (header.size() > 7 && header.first(7).compare("bearer ", Qt::CaseInsensitive) == 0) {
        const std::optional<Claims> claims
            = m_platform.jwt.verify(header.mid(7).trimmed(), m_platform.clock.nowSeconds(), &why);
        if (claims && claims->type != QLatin1String("access"))
            why = QStringLiteral("the token is not an access token");
        else if (claims) {
            if (std::optional<Caller> caller
                = m_platform.directory.caller(claims->subject, claims->orgId)) {
                call->setCaller(std::move(*caller));
                return true;
            }
            why = QStringLiteral("the account is disabled or gone");
        }
    }
    HttpResponse r = Problem{ProblemType::Unauthenticated, why, {}, 0, {}}.toResponse(
        call->request().id, call->request().path);
    r.headers.add("WWW-Authenticate",
        "Bearer realm=\"voicetraining\", error=\"invalid_token\", error_description=\""
            + why.toUtf8() + '"');
    r.headers.set("X-Request-Id", QByteArray::number(call->request().id));
    call->reply(r);
    return false;
}

bool ApiService::checkIdempotency(const RouteSpec& route, const ApiCallPtr& call)
{
    const HttpRequest& request = call->request();
    const QByteArray key = request.headers.value("idempotency-key");
    if (key.isEmpty())
        return true;
    if (!validIdempotencyKey(key)) {
        call->problem(ProblemType::BadRequest,
            QStringLiteral("Idempotency-Key must be 1 to 255 visible ASCII characters"));
        return false;
    }
    const QString requestHash = QString::fromLatin1(
        QCryptographicHash::hash(request.method + ' ' + request.path.toUtf8() + '\n' + request.body,
            QCryptographicHash::Sha256)
            .toHex());
    const Caller& caller = call->caller();
    const QString keyText = QString::fromLatin1(key);
    if (const std::optional<IdempotencyStore::Stored> stored = m_platform.idempotency.find(
            caller.orgId, caller.userId, keyText, m_platform.clock.nowMs())) {
        if (stored->requestHash != requestHash) {
            call->problem(ProblemType::IdempotencyKeyReuse,
                QStringLiteral("this Idempotency-Key was used for a different request"));
            return false;
        }
        HttpResponse replay = stored->response;
        replay.headers.set("Idempotent-Replayed", "true");
        call->setFinisher([](const ApiCall& c, HttpResponse& r) {
            r.headers.set("X-Request-Id", QByteArray::number(c.request().id));
            r.logUser = c.caller().userId.toLatin1();
            r.logOrg = c.caller().orgId.toLatin1();
        });
        call->reply(replay);
        return false;
    }
    call->setFinisher([this, &route, keyText, requestHash](const ApiCall& c, HttpResponse& r) {
        finish(route, c, r, keyText, requestHash);
    });
    return true;
}

void ApiService::finish(const RouteSpec& route, const ApiCall& call, HttpResponse& response,
    const QString& idempotencyKey, const QString& requestHash)
{
    const HttpRequest& request = call.request();
    response.headers.set("X-Request-Id", QByteArray::number(request.id));
    if (route.authenticated) {
        response.logUser = call.caller().userId.toLatin1();
        response.logOrg = call.caller().orgId.toLatin1();
        if (!response.headers.contains("cache-control"))
            response.headers.add("Cache-Control", "private, no-cache");
    }
    if ((request.method == "GET" || request.method == "HEAD") && response.status == 200
        && response.headers.value("content-type") == "application/json") {
        const QByteArray etag = etagOf(response.body);
        response.headers.set("ETag", etag);
        const QByteArray ifNoneMatch = request.headers.value("if-none-match");
        if (!ifNoneMatch.isEmpty() && etagMatches(ifNoneMatch, etag)) {
            response.status = 304;
            response.body.clear();
        }
    }
    if (!idempotencyKey.isEmpty() && response.status < 500) {
        try {
            m_platform.idempotency.save(call.caller().orgId, call.caller().userId, idempotencyKey,
                request.method, request.path, requestHash, response, m_platform.clock.nowMs());
        } catch (const StorageError& error) {
            qCWarning(lcServer).noquote()
                << "request" << request.id
                << "could not record its Idempotency-Key:" << error.what();
        }
    }
}

} // namespace vt::server
