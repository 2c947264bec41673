#pragma once

#include "ApiClient.h"
#include "ServerProcess.h"

#include <QHash>
#include <QJsonObject>

#include <memory>

namespace vt::test {

// A voicetraining-server with the demo seed, and what API tests keep asking it: tokens per
// user, and the ids of the seeded scenarios, track and attempts.
class DemoPlatform final {
public:
    // Starts it; false with `error` when it does not come up.
    bool start(QString* error, const QStringList& extraArguments = {});

    ServerProcess& server() { return *m_server; }
    ApiClient& api() { return *m_api; }

    // Demo users by the first part of their email: "jordan.lee", "dana.reyes", "casey.nguyen".
    QString email(const QString& who) const;
    QString token(const QString& who);
    QString userId(const QString& who);
    // Scenario ids of an org's catalog by title prefix ("Refinance", "Rate", "First", "Home").
    QString scenarioId(const QString& who, const QString& titlePrefix);
    // The newest completed attempt of a user, as its owner sees it.
    QJsonObject latestAttempt(const QString& who);

private:
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<ApiClient> m_api;
    QHash<QString, QString> m_tokens;
};

} // namespace vt::test
