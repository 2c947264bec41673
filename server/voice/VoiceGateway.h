#pragma once

#include "Result.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;
class QTimer;
class QWebSocket;
class QWebSocketServer;

namespace vt::server {

struct Platform;
class ScenarioLanguageCache;
class Synthesizer;
class ProspectMind;
struct PersonaScript;
class VoiceCall;

// The voice gateway (docs/protocol/voice-gateway.md): a WebSocket listener beside the REST
// API. It checks each connection's subprotocol and path, waits for its hello (10 s), checks
// the voice token, and hands the socket to the call: a new VoiceCall for the attempt, or the
// one being resumed. Calls live here until they are over.
class VoiceGateway final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VoiceGateway)

public:
    // `speechCacheDir`: where scenario language models are kept (ScenarioLanguageCache).
    VoiceGateway(Platform& platform, QString speechModelDir, QString speechCacheDir,
        QObject* parent = nullptr);
    ~VoiceGateway() override;

    Result<void> listen(const QHostAddress& address, quint16 port);
    quint16 port() const;

private:
    void onConnection();
    void onHello(QWebSocket* socket, const QString& attemptId, const QString& text);
    void reject(QWebSocket* socket, const QString& code, const QString& message, int closeCode);
    VoiceCall* createCall(QWebSocket* socket, const QString& orgId, const QString& attemptId);
    // What plays the prospect in this call (EngineConfig), or the reason it cannot.
    Result<std::unique_ptr<ProspectMind>> mindFor(const QString& orgId, const QString& scenarioId,
        const PersonaScript& script, const QJsonObject& persona, int durationMinutes);

    Platform& m_platform;
    QString m_modelDir;
    std::unique_ptr<Synthesizer> m_synthesizer;
    std::unique_ptr<ScenarioLanguageCache> m_languages;
    QNetworkAccessManager* m_network; // the AI engines' HTTP
    QWebSocketServer* m_server;
    QHash<QString, QPointer<VoiceCall>> m_calls; // by session id
};

} // namespace vt::server
