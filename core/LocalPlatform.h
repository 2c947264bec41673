#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace vt::server {
class PlatformServer;
}

namespace vt::app {

// The embedded local platform: the reference server (server/) started in this process on
// 127.0.0.1 with ephemeral ports, its data in the app's data folder, the demo seed on first
// run, and the local trainee's account to sign in with. Lets the app work offline and on a
// machine no platform was configured for.
class LocalPlatform final {
    Q_DECLARE_TR_FUNCTIONS(vt::app::LocalPlatform)

public:
    LocalPlatform();
    ~LocalPlatform();
    LocalPlatform(const LocalPlatform&) = delete;
    LocalPlatform& operator=(const LocalPlatform&) = delete;

    // What plays the prospect here: an OpenAI-compatible model (docs/engines.md, the `chat`
    // engine), or the practice script when `url` is empty. `key` is asked for at each call.
    struct AiProspect {
        QUrl url;
        QString model;
        std::function<QByteArray()> key;
    };

    // `dataDir` empty: <app data>/local-platform. Else a message for the user.
    Result<void> start(const QString& dataDir);
    // Before start(), or while running: calls started from then on use it.
    void setAiProspect(const AiProspect& ai);
    QUrl url() const;
    QString traineeEmail() const { return m_email; }
    QString traineePassword() const { return m_password; }
    QString dataDir() const { return m_dataDir; }

    static QString defaultDataDir();
    // Puts another platform's scenario (with its practice agent) here for the local trainee,
    // so the practice agent can play it offline, or says why it cannot.
    Result<void> importScenario(const QJsonObject& scenario);

private:
    std::unique_ptr<server::PlatformServer> m_server;
    AiProspect m_ai;
    QString m_dataDir;
    QString m_email;
    QString m_password;
};

} // namespace vt::app
