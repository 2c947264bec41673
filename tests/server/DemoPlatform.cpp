#include "DemoPlatform.h"

#include <QJsonArray>

namespace vt::test {

bool DemoPlatform::start(QString* error, const QStringList& extraArguments)
{
    m_server = std::make_unique<ServerProcess>();
    if (!m_server->start(error, extraArguments))
        return false;
    m_api = std::make_unique<ApiClient>(m_server->baseUrl());
    return true;
}

QString DemoPlatform::email(const QString& who) const
{
    for (const QJsonValue& v : m_server->accounts()) {
        const QString email = v.toObject().value(QStringLiteral("email")).toString();
        if (email.startsWith(who + QLatin1Char('@')))
            return email;
    }
    return {};
}

QString DemoPlatform::token(const QString& who)
{
    if (!m_tokens.contains(who)) {
        const QString address = email(who);
        m_tokens.insert(who, m_api->signIn(address, m_server->password(address)));
    }
    return m_tokens.value(who);
}

QString DemoPlatform::userId(const QString& who)
{
    return m_api->get(QStringLiteral("/api/v1/me"), token(who))
        .json()
        .value(QStringLiteral("user"))
        .toObject()
        .value(QStringLiteral("id"))
        .toString();
}

QString DemoPlatform::scenarioId(const QString& who, const QString& titlePrefix)
{
    const QJsonArray items = m_api->get(QStringLiteral("/api/v1/scenarios"), token(who))
                                 .json()
                                 .value(QStringLiteral("items"))
                                 .toArray();
    for (const QJsonValue& v : items) {
        if (v.toObject().value(QStringLiteral("title")).toString().startsWith(titlePrefix))
            return v.toObject().value(QStringLiteral("id")).toString();
    }
    return {};
}

QJsonObject DemoPlatform::latestAttempt(const QString& who)
{
    return m_api->get(QStringLiteral("/api/v1/attempts?user=me&limit=1"), token(who))
        .json()
        .value(QStringLiteral("items"))
        .toArray()
        .first()
        .toObject();
}

} // namespace vt::test
