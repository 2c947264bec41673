#include "OkServer.h"

#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace vt::test {

OkServer::OkServer(std::optional<QSslConfiguration> tls)
{
    if (tls) {
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(*tls);
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    // QSslServer hands sockets out once encrypted: pendingConnectionAvailable, not newConnection.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                const QByteArray body = m_body;
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Connection: close\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

OkServer::~OkServer() = default;

bool OkServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 OkServer::port() const
{
    return m_server->serverPort();
}

} // namespace vt::test
