#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QWebSocket;
class QWebSocketServer;

namespace vt::test {

// DESIGN.md's fault-injection seam for the voice path: a WebSocket proxy in front of the real
// voice gateway. The server under test advertises it (voicetraining-server --voice-public-url
// url()), so the client connects here, and every message is relayed frame by frame to the
// gateway and back, until the test drops the connection, injects a message of its own, or
// makes the proxy a peer that never answers.
class VoiceProxy final : public QObject {
    Q_OBJECT

public:
    enum class Mode {
        Relay, // to the gateway and back
        Mute,  // accept the WebSocket, read what the client says, answer nothing
    };

    explicit VoiceProxy(QObject* parent = nullptr);
    ~VoiceProxy() override;

    // Listens on an ephemeral loopback port; false with `error` when it cannot.
    bool listen(QString* error);
    QString url() const; // ws://127.0.0.1:port
    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }
    void setMode(Mode mode) { m_mode = mode; }

    // Cuts every connection at once, both sides, as a network failure would.
    void dropAll();
    // Cuts every connection instead of relaying the gateway's next text message of `type`
    // ("call.end": the connection drops just as the call ends).
    void dropBefore(const QString& type) { m_dropBefore = type; }
    // Sends the clients a message of the proxy's own, between the gateway's.
    void injectBinary(const QByteArray& bytes);
    void injectText(const QString& text);

    int connections() const { return m_accepted; }
    // The text messages clients sent, in order (hello, resume, playback, ...).
    const QStringList& clientTexts() const { return m_clientTexts; }

Q_SIGNALS:
    // A text message the gateway sent on to a client.
    void gatewayText(const QString& text);

private:
    struct Link {
        QWebSocket* client = nullptr;
        QWebSocket* gateway = nullptr;
        bool gatewayOpen = false;
        QList<std::pair<bool, QByteArray>> pending; // binary?, payload: before the gateway opened
    };
    void onConnection();
    void close(Link* link);

    QWebSocketServer* m_server;
    Mode m_mode = Mode::Relay;
    quint16 m_upstreamPort = 0;
    QList<Link*> m_links;
    int m_accepted = 0;
    QStringList m_clientTexts;
    QString m_dropBefore;
};

} // namespace vt::test
