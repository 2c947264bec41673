#pragma once

#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

#include <functional>

class QWebSocket;
class QTimer;

namespace vt::net {

// A diagnostic handshake with the platform's voice gateway (docs/protocol/voice-gateway.md),
// without starting a call: opens the WebSocket offering vt-voice.1 for a call that does not
// exist, says hello with a token that cannot be valid, and expects the gateway to refuse it
// (4401 unauthorized or 4404 unknown call). That proves the gateway is reachable (through
// proxies and TLS), speaks this app's protocol version, and checks what it is given. One
// probe per object.
class VoiceProbe final : public QObject {
    Q_OBJECT

public:
    struct Result {
        bool ok = false;
        QString detail; // what happened, a sentence
    };
    static constexpr int timeoutMs = 10000;

    explicit VoiceProbe(QObject* parent = nullptr);
    // `base`: ws(s)://host:port/voice/v1/ (GET /readyz gives it).
    void run(const QUrl& base, std::function<void(const Result&)> done);
    void setSslConfiguration(const QSslConfiguration& config) { m_ssl = config; }

private:
    void finish(bool ok, const QString& detail);

    QWebSocket* m_socket = nullptr;
    QTimer* m_timer = nullptr;
    std::function<void(const Result&)> m_done;
    bool m_helloSent = false;
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();
};

} // namespace vt::net
