#pragma once

#include "Result.h"

#include "HttpConnection.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>
#include <QTcpServer>
#include <QTimer>

namespace vt::server {

// The listening side: accepts connections (up to maxConnections; beyond, a 503 and close),
// gives each an HttpConnection, numbers requests, and shuts down gracefully: stop accepting,
// close idle connections, let requests in flight (arriving or being answered) finish (up to
// drainTimeoutMs), then drained().
class HttpServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    HttpServer(HttpHandler& handler, HttpLimits limits, QObject* parent = nullptr);
    ~HttpServer() override;

    Result<void> listen(const QHostAddress& address, quint16 port);
    quint16 port() const { return m_tcp.serverPort(); }
    QHostAddress address() const { return m_tcp.serverAddress(); }
    int connectionCount() const { return int(m_connections.size()); }
    int requestsInFlight() const;

    void shutdown();

Q_SIGNALS:
    void requestFinished(const vt::server::HttpRequest& request,
        const vt::server::HttpResponse& response, qint64 durationUs);
    void drained();

private:
    void onNewConnection();
    void checkDrained();

    HttpHandler& m_handler;
    HttpLimits m_limits;
    QTcpServer m_tcp;
    QSet<HttpConnection*> m_connections;
    quint64 m_lastRequestId = 0;
    bool m_shuttingDown = false;
    bool m_drained = false;
    QTimer m_drainDeadline;
    QTimer m_drainCheck; // zero-time: checks after the current event
};

} // namespace vt::server
