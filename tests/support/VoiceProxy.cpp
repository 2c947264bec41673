#include "VoiceProxy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>
#include <QWebSocketServer>

namespace vt::test {

namespace {
const QString subprotocol = QStringLiteral("vt-voice.1");
}

VoiceProxy::VoiceProxy(QObject* parent)
    : QObject(parent)
    , m_server(new QWebSocketServer(
          QStringLiteral("vt-test-proxy"), QWebSocketServer::NonSecureMode, this))
{
    m_server->setSupportedSubprotocols({subprotocol});
    connect(m_server, &QWebSocketServer::newConnection, this, &VoiceProxy::onConnection);
}

VoiceProxy::~VoiceProxy()
{
    for (Link* link : std::as_const(m_links)) {
        if (link->client)
            link->client->disconnect(this);
        if (link->gateway)
            link->gateway->disconnect(this);
        delete link;
    }
}

bool VoiceProxy::listen(QString* error)
{
    if (m_server->listen(QHostAddress::LocalHost, 0))
        return true;
    *error = m_server->errorString();
    return false;
}

QString VoiceProxy::url() const
{
    return QStringLiteral("ws://127.0.0.1:%1").arg(m_server->serverPort());
}

void VoiceProxy::onConnection()
{
    while (QWebSocket* client = m_server->nextPendingConnection()) {
        ++m_accepted;
        auto* link = new Link;
        link->client = client;
        client->setParent(this);
        client->setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
        m_links.append(link);
        connect(client, &QWebSocket::textMessageReceived, this, [this, link](const QString& text) {
            m_clientTexts.append(text);
            if (!link->gateway)
                return;
            if (link->gatewayOpen)
                link->gateway->sendTextMessage(text);
            else
                link->pending.append({false, text.toUtf8()});
        });
        connect(client, &QWebSocket::binaryMessageReceived, this, [link](const QByteArray& bytes) {
            if (!link->gateway)
                return;
            if (link->gatewayOpen)
                link->gateway->sendBinaryMessage(bytes);
            else
                link->pending.append({true, bytes});
        });
        connect(client, &QWebSocket::disconnected, this, [this, link] { close(link); });
        if (m_mode == Mode::Mute)
            continue;

        auto* gateway = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        gateway->setMaxAllowedIncomingMessageSize(64 * 1024 * 1024);
        link->gateway = gateway;
        connect(gateway, &QWebSocket::connected, this, [link] {
            link->gatewayOpen = true;
            for (const auto& [binary, payload] : std::as_const(link->pending)) {
                if (binary)
                    link->gateway->sendBinaryMessage(payload);
                else
                    link->gateway->sendTextMessage(QString::fromUtf8(payload));
            }
            link->pending.clear();
        });
        connect(gateway, &QWebSocket::textMessageReceived, this, [this, link](const QString& t) {
            if (!m_dropBefore.isEmpty()
                && QJsonDocument::fromJson(t.toUtf8()).object().value(QStringLiteral("type"))
                    == m_dropBefore) {
                m_dropBefore.clear();
                dropAll();
                return;
            }
            if (link->client)
                link->client->sendTextMessage(t);
            Q_EMIT gatewayText(t);
        });
        connect(gateway, &QWebSocket::binaryMessageReceived, this, [link](const QByteArray& b) {
            if (link->client)
                link->client->sendBinaryMessage(b);
        });
        connect(gateway, &QWebSocket::disconnected, this, [this, link] {
            // The gateway's close code and reason reach the client as they were.
            if (link->client && link->client->state() == QAbstractSocket::ConnectedState)
                link->client->close(link->gateway->closeCode(), link->gateway->closeReason());
            close(link);
        });
        QUrl target(QStringLiteral("ws://127.0.0.1"));
        target.setPort(m_upstreamPort);
        target.setPath(client->requestUrl().path());
        QWebSocketHandshakeOptions options;
        options.setSubprotocols({subprotocol});
        gateway->open(QNetworkRequest(target), options);
    }
}

void VoiceProxy::close(Link* link)
{
    if (!m_links.removeOne(link))
        return;
    for (QWebSocket* socket : {link->client, link->gateway}) {
        if (!socket)
            continue;
        socket->disconnect(this);
        if (socket->state() == QAbstractSocket::ConnectedState)
            socket->close();
        socket->deleteLater();
    }
    delete link;
}

void VoiceProxy::dropAll()
{
    const QList<Link*> links = m_links;
    for (Link* link : links) {
        // abort(): no closing handshake, as when the network goes away.
        for (QWebSocket* socket : {link->client, link->gateway}) {
            if (socket) {
                socket->disconnect(this);
                socket->abort();
                socket->deleteLater();
            }
        }
        m_links.removeOne(link);
        delete link;
    }
}

void VoiceProxy::injectBinary(const QByteArray& bytes)
{
    for (Link* link : std::as_const(m_links))
        link->client->sendBinaryMessage(bytes);
}

void VoiceProxy::injectText(const QString& text)
{
    for (Link* link : std::as_const(m_links))
        link->client->sendTextMessage(text);
}

} // namespace vt::test
