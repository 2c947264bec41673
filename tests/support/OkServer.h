#pragma once

#include <QByteArray>
#include <QObject>
#include <QSslConfiguration>

#include <memory>
#include <optional>

class QTcpServer;

namespace vt::test {

// A platform stand-in on 127.0.0.1 for network tests (trust, proxies, a sign-in service's
// metadata): every request is answered 200 with one JSON body ({"status":"ok"} unless set)
// and the connection closed. Plain HTTP, or TLS with the given configuration (its
// certificate and key).
class OkServer final : public QObject {
    Q_OBJECT

public:
    explicit OkServer(std::optional<QSslConfiguration> tls = std::nullopt);
    ~OkServer() override;

    bool listen();
    quint16 port() const;
    void setBody(const QByteArray& json) { m_body = json; }

private:
    std::unique_ptr<QTcpServer> m_server;
    QByteArray m_body = R"({"status":"ok"})";
};

} // namespace vt::test
