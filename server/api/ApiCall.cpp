#include "ApiCall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vt::server {

HttpResponse jsonResponse(int status, const QJsonValue& body)
{
    HttpResponse response;
    response.status = status;
    response.headers.add("Content-Type", "application/json");
    if (body.isObject())
        response.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        response.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    return response;
}

ApiCall::ApiCall(
    HttpRequest request, QHash<QString, QString> params, Platform& platform, HttpResponder respond)
    : m_request(std::move(request))
    , m_params(std::move(params))
    , m_platform(platform)
    , m_respond(std::move(respond))
{
}

QString ApiCall::query(const QString& name) const
{
    return m_request.query.queryItemValue(name, QUrl::FullyDecoded);
}

bool ApiCall::hasQuery(const QString& name) const
{
    return m_request.query.hasQueryItem(name);
}

void ApiCall::reply(HttpResponse response)
{
    if (m_replied)
        return;
    m_replied = true;
    if (m_finish)
        m_finish(*this, response);
    m_respond(std::move(response));
}

void ApiCall::json(int status, const QJsonValue& body)
{
    reply(jsonResponse(status, body));
}

void ApiCall::problem(const Problem& problem)
{
    reply(problem.toResponse(m_request.id, m_request.path));
}

} // namespace vt::server
