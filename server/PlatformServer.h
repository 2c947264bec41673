#pragma once

#include "Result.h"

#include "ServerOptions.h"
#include "engine/EngineConfig.h"

#include <QJsonObject>
#include <QObject>

#include <memory>

namespace vt::protocol {
class SystemClock;
}

namespace vt::server {

class AccessLog;
class ApiService;
class Database;
class HttpServer;
struct Platform;
class VoiceGateway;

// The reference platform, assembled: database (migrated), secret, API, HTTP listener,
// access log. The composition root for voicetraining-server, and for the desktop app's
// embedded local platform.
class PlatformServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlatformServer)

public:
    explicit PlatformServer(ServerOptions options, QObject* parent = nullptr);
    ~PlatformServer() override;

    // Opens, migrates, seeds when asked, and listens. `report` receives lines for the operator
    // (the demo credentials among them, once).
    Result<void> start(QStringList* report);
    quint16 port() const;
    quint16 voicePort() const;
    // Where the voice gateway listens (ws://address:port), as opposed to what clients are told.
    QString voiceUrl() const;
    QString url() const;
    // The embedded local platform: puts another platform's scenario (GET /scenarios/{id} with
    // its practice_agent) into the org of the user `email`, published, under its own id, so
    // the practice agent here can play it. False with `error` when it cannot.
    Result<void> importScenario(const QJsonObject& scenario, const QString& email);
    // The voice engines (docs/engines.md) instead of the --engines file's: before start(), or
    // while running (calls already started keep theirs).
    void setEngines(EngineConfig engines);
    // Graceful: stops accepting, lets requests in flight finish, then emits stopped().
    void shutdown();

Q_SIGNALS:
    void stopped();

private:
    ServerOptions m_options;
    std::optional<EngineConfig> m_engines;
    std::unique_ptr<protocol::SystemClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Platform> m_platform;
    std::unique_ptr<ApiService> m_api;
    std::unique_ptr<HttpServer> m_http;
    std::unique_ptr<VoiceGateway> m_voice;
    std::unique_ptr<AccessLog> m_accessLog;
};

} // namespace vt::server
