#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

class QTcpServer;
class QTcpSocket;

namespace vt::test {

// DESIGN.md's fault-injection seam for the REST API: an HTTP/1.1 proxy in front of the real
// voicetraining-server. The client under test talks to url(); each request is either relayed
// (one connection per request, "Connection: close") or meets the next fault queued for it.
class HttpFaultProxy final : public QObject {
    Q_OBJECT

public:
    enum class Fault {
        None,         // relayed as it is
        Status500,    // answered by the proxy: 500 problem+json
        Status503,    // answered by the proxy: 503 problem+json with Retry-After
        RateLimited,  // answered by the proxy: 429 problem+json with Retry-After
        Hang,         // read and never answered (the client's timeout must end it)
        ResetMidBody, // relayed; the server's answer is cut off halfway and the socket reset
        Trickle,      // relayed; the answer dribbles back 64 bytes every 10 ms
        Refuse,       // the connection is closed at once, nothing answered
        Stall,        // relayed up to half the body, then held (for killing the server mid-upload)
    };
    struct Seen {
        QByteArray method;
        QString path;
        Fault fault = Fault::None;
        qint64 atMs = 0;      // Unix ms it arrived
        QByteArray head;      // the request line and headers, as sent
        int answerStatus = 0; // the status the client got (0: none, or not yet)
    };

    explicit HttpFaultProxy(QObject* parent = nullptr);
    ~HttpFaultProxy() override;

    bool listen(QString* error);
    QString url() const; // http://127.0.0.1:port
    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }

    // The next request whose method is `method` (any when empty) and whose path contains
    // `pathPart` meets `fault`; queued faults are used in order. `retryAfter` is the header's
    // value for Status503 and RateLimited.
    void addFault(Fault fault, const QByteArray& method = {}, const QString& pathPart = {},
        const QByteArray& retryAfter = "1");
    int faultsLeft() const { return int(m_faults.size()); }
    void clearFaults() { m_faults.clear(); }
    // Every request seen, in order.
    const QList<Seen>& requests() const { return m_seen; }
    int count(const QByteArray& method, const QString& pathPart) const;
    // Every relay and hanging request is cut off now.
    void dropAll();

private:
    struct Rule {
        Fault fault;
        QByteArray method;
        QString pathPart;
        QByteArray retryAfter;
    };
    void onConnection();
    void onClientData(QTcpSocket* client);
    void handle(QTcpSocket* client, const QByteArray& head, const QByteArray& body);
    void relay(QTcpSocket* client, const QByteArray& head, const QByteArray& body, Fault fault);
    void answer(
        QTcpSocket* client, int status, const QByteArray& reason, const QByteArray& retryAfter);
    void trickle(QTcpSocket* client, QByteArray bytes);

    QTcpServer* m_server;
    quint16 m_upstreamPort = 0;
    QList<Rule> m_faults;
    QList<Seen> m_seen;
    QList<QTcpSocket*> m_open;
};

} // namespace vt::test
