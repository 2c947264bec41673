#include "HttpFaultProxy.h"

#include <QDateTime>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace vt::test {
namespace {

// The value of a header in an HTTP head (case-insensitive name); empty when absent.
QByteArray headerOf(const QByteArray& head, const QByteArray& name)
{
    for (const QByteArray& line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

// The head with "Connection: close" in place of whatever it said.
QByteArray closing(const QByteArray& head)
{
    QByteArray out;
    for (const QByteArray& line : head.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.toLower().startsWith("connection:"))
            continue;
        out += trimmed + "\r\n";
    }
    return out + "Connection: close\r\n\r\n";
}

} // namespace

HttpFaultProxy::HttpFaultProxy(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpFaultProxy::onConnection);
}

HttpFaultProxy::~HttpFaultProxy() = default;

bool HttpFaultProxy::listen(QString* error)
{
    if (m_server->listen(QHostAddress::LocalHost, 0))
        return true;
    *error = m_server->errorString();
    return false;
}

QString HttpFaultProxy::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort());
}

void HttpFaultProxy::addFault(
    Fault fault, const QByteArray& method, const QString& pathPart, const QByteArray& retryAfter)
{
    m_faults.append({fault, method, pathPart, retryAfter});
}

int HttpFaultProxy::count(const QByteArray& method, const QString& pathPart) const
{
    int n = 0;
    for (const Seen& s : m_seen) {
        if ((method.isEmpty() || s.method == method) && s.path.contains(pathPart))
            ++n;
    }
    return n;
}

void HttpFaultProxy::dropAll()
{
    const QList<QTcpSocket*> open = m_open;
    m_open.clear();
    for (QTcpSocket* s : open)
        s->abort();
}

void HttpFaultProxy::onConnection()
{
    while (QTcpSocket* client = m_server->nextPendingConnection()) {
        client->setParent(this);
        m_open.append(client);
        connect(client, &QTcpSocket::disconnected, this, [this, client] {
            m_open.removeAll(client);
            client->deleteLater();
        });
        connect(client, &QTcpSocket::readyRead, this, [this, client] { onClientData(client); });
    }
}

void HttpFaultProxy::onClientData(QTcpSocket* client)
{
    // One request per connection: wait for the head and the body its Content-Length announces.
    QByteArray buffer = client->property("vt_buffer").toByteArray() + client->readAll();
    client->setProperty("vt_buffer", buffer);
    if (client->property("vt_handled").toBool())
        return;
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QByteArray head = buffer.left(end + 2);
    const qsizetype length = headerOf(head, "content-length").toLongLong();
    if (buffer.size() < end + 4 + length)
        return;
    client->setProperty("vt_handled", true);
    handle(client, head, buffer.mid(end + 4, length));
}

void HttpFaultProxy::handle(QTcpSocket* client, const QByteArray& head, const QByteArray& body)
{
    const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
    Seen seen;
    seen.head = head;
    seen.method = requestLine.value(0);
    seen.path = QString::fromLatin1(requestLine.value(1));
    Rule rule{Fault::None, {}, {}, {}};
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        const Rule& r = m_faults.at(i);
        if ((r.method.isEmpty() || r.method == seen.method) && seen.path.contains(r.pathPart)) {
            rule = m_faults.takeAt(i);
            break;
        }
    }
    seen.fault = rule.fault;
    seen.atMs = QDateTime::currentMSecsSinceEpoch();
    m_seen.append(seen);
    switch (rule.fault) {
    case Fault::Status500:
        answer(client, 500, "Internal Server Error", {});
        break;
    case Fault::Status503:
        answer(client, 503, "Service Unavailable", rule.retryAfter);
        break;
    case Fault::RateLimited:
        answer(client, 429, "Too Many Requests", rule.retryAfter);
        break;
    case Fault::Hang:
        break;
    case Fault::Refuse:
        client->abort();
        break;
    case Fault::None:
    case Fault::ResetMidBody:
    case Fault::Trickle:
    case Fault::Stall:
        relay(client, head, body, rule.fault);
        break;
    }
}

void HttpFaultProxy::answer(
    QTcpSocket* client, int status, const QByteArray& reason, const QByteArray& retryAfter)
{
    const QByteArray body = "{\"type\":\"https://voicetraining.example/problems/proxy-fault\","
                            "\"title\":\"Injected by the test proxy\",\"status\":"
        + QByteArray::number(status) + "}";
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/problem+json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n";
    if (!retryAfter.isEmpty())
        out += "Retry-After: " + retryAfter + "\r\n";
    client->write(out + "\r\n" + body);
    client->disconnectFromHost();
}

void HttpFaultProxy::relay(
    QTcpSocket* client, const QByteArray& head, const QByteArray& body, Fault fault)
{
    const QByteArray request
        = closing(head) + (fault == Fault::Stall ? body.left(body.size() / 2) : body);
    auto* upstream = new QTcpSocket(client);
    QPointer<QTcpSocket> guard(client);
    auto response = std::make_shared<QByteArray>();
    auto done = std::make_shared<bool>(false);
    const qsizetype seenIndex = m_seen.size() - 1; // handle() recorded this request last
    auto finish = [this, guard, upstream, response, fault, done, seenIndex] {
        if (!guard || *done)
            return;
        *done = true;
        QTcpSocket* c = guard.data();
        upstream->disconnect(this);
        if (response->isEmpty()) {
            c->abort();
            return;
        }
        if (fault == Fault::None && seenIndex >= 0 && seenIndex < m_seen.size())
            m_seen[seenIndex].answerStatus = response->mid(9, 3).toInt(); // "HTTP/1.1 200"
        if (fault == Fault::ResetMidBody) {
            c->write(response->left(response->size() / 2));
            c->flush();
            c->abort();
        } else if (fault == Fault::Trickle) {
            trickle(c, *response);
        } else {
            c->write(*response);
            c->disconnectFromHost();
        }
    };
    connect(
        upstream, &QTcpSocket::connected, this, [upstream, request] { upstream->write(request); });
    connect(upstream, &QTcpSocket::readyRead, this, [upstream, response, finish] {
        *response += upstream->readAll();
        // Complete once the head and the body its Content-Length announces are in.
        const qsizetype end = response->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const qsizetype length = headerOf(response->left(end + 2), "content-length").toLongLong();
        if (response->size() >= end + 4 + length)
            finish();
    });
    connect(upstream, &QTcpSocket::disconnected, this, finish);
    connect(upstream, &QTcpSocket::errorOccurred, this, [upstream, finish] {
        if (upstream->error() != QAbstractSocket::RemoteHostClosedError)
            finish();
    });
    upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
}

void HttpFaultProxy::trickle(QTcpSocket* client, QByteArray bytes)
{
    auto* timer = new QTimer(client);
    auto rest = std::make_shared<QByteArray>(std::move(bytes));
    connect(timer, &QTimer::timeout, client, [client, timer, rest] {
        client->write(rest->left(64));
        rest->remove(0, 64);
        if (rest->isEmpty()) {
            timer->stop();
            client->disconnectFromHost();
        }
    });
    timer->start(10);
}

} // namespace vt::test
