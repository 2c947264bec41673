#pragma once

#include "AccessPolicy.h"
#include "Caller.h"
#include "Problem.h"
#include "http/HttpHandler.h"

#include <QHash>
#include <QJsonValue>

#include <functional>
#include <memory>
#include <optional>

namespace vt::server {

struct Platform;

// One API request on its way through the service: what the route handler reads (request,
// path parameters, the authenticated caller) and how it answers. Shared, so a handler may
// answer later (after hashing a password off-thread). reply() runs the service's finishing
// steps (request id, ETag, idempotency record) and sends.
class ApiCall final {
public:
    ApiCall(HttpRequest request, QHash<QString, QString> params, Platform& platform,
        HttpResponder respond);

    const HttpRequest& request() const { return m_request; }
    QString param(const QString& name) const { return m_params.value(name); }
    // A query parameter, fully decoded; empty when absent.
    QString query(const QString& name) const;
    bool hasQuery(const QString& name) const;
    const Caller& caller() const { return *m_caller; }
    Platform& platform() { return m_platform; }

    void reply(HttpResponse response);
    void json(int status, const QJsonValue& body);
    void problem(const Problem& problem);
    void problem(ProblemType type, const QString& detail)
    {
        problem(Problem{type, detail, {}, 0, {}});
    }

    // For the service.
    void setCaller(Caller caller) { m_caller = std::move(caller); }
    // Runs on the response before it is sent. It is handed the call rather than capturing it:
    // the call owns the finisher, and a finisher owning the call would leak both.
    using Finisher = std::function<void(const ApiCall&, HttpResponse&)>;
    void setFinisher(Finisher finish) { m_finish = std::move(finish); }

private:
    HttpRequest m_request;
    QHash<QString, QString> m_params;
    Platform& m_platform;
    HttpResponder m_respond;
    std::optional<Caller> m_caller;
    Finisher m_finish;
    bool m_replied = false;
};

using ApiCallPtr = std::shared_ptr<ApiCall>;

enum class BodyKind { None, Json, Form, Recording };

// One endpoint: who may call it, what body it takes, and its handler.
struct RouteSpec {
    QByteArray method;
    QString pattern;
    bool authenticated = true;
    std::optional<Action> action; // checked against the caller's role before the handler
    BodyKind body = BodyKind::None;
    bool idempotent = false; // honours Idempotency-Key
    std::function<void(const ApiCallPtr&)> handler;
};

// HTTP responses the routes build.
HttpResponse jsonResponse(int status, const QJsonValue& body);

} // namespace vt::server
