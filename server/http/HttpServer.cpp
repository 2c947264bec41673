#include "HttpServer.h"

namespace vt::server {

HttpServer::HttpServer(HttpHandler& handler, HttpLimits limits, QObject* parent)
    : QObject(parent)
    , m_handler(handler)
    , m_limits(limits)
{
    m_tcp.setMaxPendingConnections(256);
    connect(&m_tcp, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
    m_drainCheck.setSingleShot(true);
    m_drainCheck.setInterval(0);
    connect(&m_drainCheck, &QTimer::timeout, this, &HttpServer::checkDrained);
    m_drainDeadline.setSingleShot(true);
    connect(&m_drainDeadline, &QTimer::timeout, this, [this] {
        // Requests still running past the deadline: their clients lose them.
        for (HttpConnection* connection : std::as_const(m_connections))
            connection->deleteLater();
        m_connections.clear();
        checkDrained();
    });
}

HttpServer::~HttpServer() = default;

Result<void> HttpServer::listen(const QHostAddress& address, quint16 port)
{
    if (!m_tcp.listen(address, port)) {
        return failure(m_tcp.errorString());
    }
    return {};
}

int HttpServer::requestsInFlight() const
{
    return int(std::count_if(m_connections.begin(), m_connections.end(),
        [](const HttpConnection* c) { return c->isBusy(); }));
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_tcp.nextPendingConnection()) {
        if (m_shuttingDown || m_connections.size() >= m_limits.maxConnections) {
            const HttpResponse busy = m_handler.protocolError(503,
                m_shuttingDown ? QStringLiteral("the server is shutting down")
                               : QStringLiteral("the server has too many connections"));
            QByteArray out
                = "HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 1\r\n";
            for (const auto& [name, value] : busy.headers.fields())
                out += name + ": " + value + "\r\n";
            out += "Content-Length: " + QByteArray::number(busy.body.size()) + "\r\n\r\n"
                + busy.body;
            socket->write(out);
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            continue;
        }
        auto* connection = new HttpConnection(
            socket, m_handler, m_limits, [this] { return ++m_lastRequestId; }, this);
        m_connections.insert(connection);
        connect(connection, &HttpConnection::requestFinished, this, &HttpServer::requestFinished);
        connect(connection, &HttpConnection::requestFinished, this, &HttpServer::checkDrained,
            Qt::QueuedConnection);
        connect(connection, &HttpConnection::closed, this, &HttpServer::checkDrained,
            Qt::QueuedConnection);
        connect(connection, &HttpConnection::closed, this, [this, connection] {
            m_connections.remove(connection);
            checkDrained();
        });
    }
}

void HttpServer::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    m_tcp.close();
    for (HttpConnection* connection : std::as_const(m_connections))
        connection->drain();
    m_drainDeadline.start(m_limits.drainTimeoutMs);
    m_drainCheck.start();
}

void HttpServer::checkDrained()
{
    if (!m_shuttingDown || m_drained)
        return;
    if (requestsInFlight() > 0)
        return;
    m_drained = true;
    m_drainDeadline.stop();
    Q_EMIT drained();
}

} // namespace vt::server
