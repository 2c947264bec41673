#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTcpServer>

namespace vt::test {

// A company's forward proxy on loopback, as the network.proxy setting points the app at one:
// plain HTTP requests arrive in absolute form ("GET http://host:port/path") and are relayed one
// per connection; anything else (TLS, WebSockets) arrives as CONNECT host:port and is tunnelled.
// Every target host is reached at 127.0.0.1 on its port, so a test can name a platform with a
// host name only the proxy "resolves" (platform.test): a request that bypassed the proxy could
// not reach it.
class ForwardProxy final : public QObject {
    Q_OBJECT

public:
    explicit ForwardProxy(QObject* parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    // Each request's first line as received ("GET http://platform.test:1234/x HTTP/1.1",
    // "CONNECT platform.test:1234 HTTP/1.1").
    const QList<QByteArray>& seen() const { return m_seen; }

private:
    void accept();

    QTcpServer m_server;
    QList<QByteArray> m_seen;
};

} // namespace vt::test
