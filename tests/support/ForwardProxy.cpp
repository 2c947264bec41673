#include "ForwardProxy.h"

#include <QTcpSocket>
#include <QUrl>

namespace vt::test {

ForwardProxy::ForwardProxy(QObject* parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ForwardProxy::accept);
}

bool ForwardProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

namespace {

// Bytes both ways until either side closes; then the other is closed once written out.
void pipe(QTcpSocket* client, QTcpSocket* upstream)
{
    QObject::connect(upstream, &QTcpSocket::readyRead, client,
        [client, upstream] { client->write(upstream->readAll()); });
    QObject::connect(client, &QTcpSocket::readyRead, upstream,
        [client, upstream] { upstream->write(client->readAll()); });
    QObject::connect(upstream, &QTcpSocket::disconnected, client, [client, upstream] {
        client->write(upstream->readAll());
        client->disconnectFromHost();
    });
    QObject::connect(client, &QTcpSocket::disconnected, upstream,
        [upstream] { upstream->disconnectFromHost(); });
}

// The request head with its target in origin form and the connection closed after it.
QByteArray originForm(const QList<QByteArray>& lines, const QUrl& target)
{
    const QList<QByteArray> first = lines.first().split(' ');
    QByteArray head = first.value(0) + ' ' + target.path(QUrl::FullyEncoded).toUtf8();
    if (target.hasQuery())
        head += '?' + target.query(QUrl::FullyEncoded).toUtf8();
    head += ' ' + first.value(2) + "\r\n";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray name = lines[i].left(lines[i].indexOf(':')).trimmed().toLower();
        if (name != "connection" && name != "proxy-connection" && name != "keep-alive")
            head += lines[i] + "\r\n";
    }
    return head + "Connection: close\r\n\r\n";
}

} // namespace

void ForwardProxy::accept()
{
    while (QTcpSocket* client = m_server.nextPendingConnection()) {
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        auto* buffer = new QByteArray;
        connect(client, &QObject::destroyed, client, [buffer] { delete buffer; });
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            if (client->property("relaying").toBool())
                return;
            *buffer += client->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            client->setProperty("relaying", true);
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            QList<QByteArray> trimmed;
            for (const QByteArray& l : lines)
                trimmed.append(l.trimmed());
            const QByteArray rest = buffer->mid(end + 4);
            m_seen.append(trimmed.first());
            const QList<QByteArray> first = trimmed.first().split(' ');
            const bool tunnel = first.value(0) == "CONNECT";
            const QUrl target = tunnel
                ? QUrl(QStringLiteral("tcp://") + QString::fromUtf8(first.value(1)))
                : QUrl(QString::fromUtf8(first.value(1)));
            auto* upstream = new QTcpSocket(client);
            connect(upstream, &QTcpSocket::errorOccurred, client, [client, tunnel] {
                client->write(tunnel ? "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n"
                                     : "HTTP/1.1 502 Bad Gateway\r\nConnection: close\r\n"
                                       "Content-Length: 0\r\n\r\n");
                client->disconnectFromHost();
            });
            connect(upstream, &QTcpSocket::connected, client,
                [client, upstream, tunnel, target, trimmed, rest] {
                    if (tunnel)
                        client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                    else
                        upstream->write(originForm(trimmed, target));
                    upstream->write(rest);
                    pipe(client, upstream);
                    if (client->bytesAvailable() > 0)
                        upstream->write(client->readAll());
                });
            upstream->connectToHost(QHostAddress::LocalHost, quint16(target.port()));
        });
    }
}

} // namespace vt::test
