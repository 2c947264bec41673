// The HTTP/1.1 layer over real loopback sockets: framing (Content-Length, chunked, pipelining,
// keep-alive), every limit and malformed input answered with the right status, timeouts, and
// a graceful shutdown that lets a request in flight finish.
#include "http/HttpServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace vt::server;

namespace {

// Echoes what it got; /slow answers after 300 ms; /upload takes bodies up to 64 bytes.
class EchoHandler final : public HttpHandler {
public:
    qint64 maxBodyBytes(const HttpRequest& head) const override
    {
        return head.path == QLatin1String("/upload") ? 64 : 16;
    }
    void handle(HttpRequest request, HttpResponder respond) override
    {
        ++handled;
        HttpResponse response;
        response.headers.add("Content-Type", "text/plain");
        response.body = request.method + ' ' + request.path.toUtf8() + " body=" + request.body
            + " q=" + request.query.queryItemValue(QStringLiteral("q")).toUtf8();
        if (request.path == QLatin1String("/slow")) {
            QTimer::singleShot(300, [respond, response] { respond(response); });
            return;
        }
        respond(response);
    }
    HttpResponse protocolError(int status, const QString& detail) const override
    {
        HttpResponse response;
        response.status = status;
        response.headers.add("Content-Type", "text/plain");
        response.body = detail.toUtf8();
        return response;
    }
    int handled = 0;
};

struct Response {
    int status = 0;
    HttpHeaders headers;
    QByteArray body;
};

// Parses as many complete responses as `bytes` holds.
QList<Response> parseResponses(QByteArray bytes)
{
    QList<Response> out;
    for (;;) {
        const qsizetype end = bytes.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        QList<QByteArray> lines = bytes.left(end).split('\n');
        Response r;
        r.status = lines.first().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            r.headers.add(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        if (bytes.size() < end + 4 + length)
            break;
        r.body = bytes.mid(end + 4, length);
        bytes.remove(0, end + 4 + length);
        out.append(r);
    }
    return out;
}

} // namespace

class TestHttpConnection final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void keepAliveServesSeveralRequests();
    void pipelinedRequestsAnswerInOrder();
    void contentLengthAndChunkedBodies();
    void headHasNoBody();
    void malformedInput_data();
    void malformedInput();
    void oversizedBodyIsRefusedBeforeReading();
    void chunkedBodyOverTheLimit();
    void http10ClosesUnlessKeptAlive();
    void expectContinue();
    void slowHeadersTimeOut();
    void idleConnectionsClose();
    void tooManyConnections();
    void shutdownFinishesRequestsInFlight();

private:
    QTcpSocket* connectClient();
    // Sends `raw`, waits for `count` responses (or the connection closing).
    QList<Response> exchange(
        QTcpSocket* socket, const QByteArray& raw, int count, bool* closed = nullptr);

    std::unique_ptr<EchoHandler> m_handler;
    std::unique_ptr<HttpServer> m_server;
    HttpLimits m_limits;
    QList<QTcpSocket*> m_clients;
};

void TestHttpConnection::init()
{
    m_limits = HttpLimits{};
    m_limits.maxHeaderBytes = 1024;
    m_limits.maxHeaderFields = 10;
    m_limits.headerTimeoutMs = 300;
    m_limits.bodyTimeoutMs = 300;
    m_limits.idleTimeoutMs = 500;
    m_limits.maxConnections = 4;
    m_limits.drainTimeoutMs = 5000;
    m_handler = std::make_unique<EchoHandler>();
    m_server = std::make_unique<HttpServer>(*m_handler, m_limits);
    const vt::Result<void> listening = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY2(listening, qPrintable(listening.error()));
}

void TestHttpConnection::cleanup()
{
    qDeleteAll(m_clients);
    m_clients.clear();
    m_server.reset();
    m_handler.reset();
}

QTcpSocket* TestHttpConnection::connectClient()
{
    auto* socket = new QTcpSocket;
    m_clients.append(socket);
    socket->connectToHost(QHostAddress::LocalHost, m_server->port());
    if (!socket->waitForConnected(5000))
        return nullptr;
    return socket;
}

QList<Response> TestHttpConnection::exchange(
    QTcpSocket* socket, const QByteArray& raw, int count, bool* closed)
{
    QByteArray received;
    bool gone = false;
    connect(socket, &QTcpSocket::readyRead, this, [&] { received += socket->readAll(); });
    connect(socket, &QTcpSocket::disconnected, this, [&] { gone = true; });
    socket->write(raw);
    QElapsedTimer timer;
    timer.start();
    while (!gone && parseResponses(received).size() < count && timer.elapsed() < 5000)
        QTest::qWait(5);
    received += socket->readAll();
    disconnect(socket, nullptr, this, nullptr);
    if (closed)
        *closed = gone || socket->state() != QAbstractSocket::ConnectedState;
    return parseResponses(received);
}

void TestHttpConnection::keepAliveServesSeveralRequests()
{
    QTcpSocket* socket = connectClient();
    QVERIFY(socket);
    for (int i = 0; i < 3; ++i) {
        bool closed = false;
        const QList<Response> r
            = exchange(socket, "GET /a%20b?q=x%26y HTTP/1.1\r\nHost: test\r\n\r\n", 1, &closed);
        QCOMPARE(r.size(), 1);
        QCOMPARE(r[0].status, 200);
        QCOMPARE(r[0].body, QByteArray("GET /a b body= q=x&y"));
        QVERIFY(!closed);
        QVERIFY(!r[0].headers.value("date").isEmpty());
    }
    QCOMPARE(m_handler->handled, 3);
}

void TestHttpConnection::pipelinedRequestsAnswerInOrder()
{
    QTcpSocket* socket = connectClient();
    QVERIFY(socket);
    const QList<Response> r = exchange(socket,
        "GET /slow HTTP/1.1\r\nHost: t\r\n\r\n"
        "POST /upload HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\nhello"
        "GET /third HTTP/1.1\r\nHost: t\r\n\r\n",
        3);
    QCOMPARE(r.size(), 3);
    QCOMPARE(r[0].body, QByteArray("GET /slow body= q="));
    QCOMPARE(r[1].body, QByteArray("POST /upload body=hello q="));
    QCOMPARE(r[2].body, QByteArray("GET /third body= q="));
}

void TestHttpConnection::contentLengthAndChunkedBodies()
{
    QTcpSocket* socket = connectClient();
    QVERIFY(socket);
    QList<Response> r = exchange(socket,
        "PUT /upload HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n"
        "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nTrailer: x\r\n\r\n",
        1);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].body, QByteArray("PUT /upload body=hello world q="));
    // A body delivered in pieces, slower than one read.
    socket->write("POST /upload HTTP/1.1\r\nHost: t\r\nContent-Length: 10\r\n\r\n01234");
    QTest::qWait(50);
    r = exchange(socket, "56789", 1);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].body, QByteArray("POST /upload body=0123456789 q="));
}

void TestHttpConnection::headHasNoBody()
{
    QTcpSocket* socket = connectClient();
    QVERIFY(socket);
    const QList<Response> r = exchange(
        socket, "HEAD /x HTTP/1.1\r\nHost: t\r\n\r\nGET /y HTTP/1.1\r\nHost: t\r\n\r\n", 2);
    QCOMPARE(r.size(), 2);
    // HEAD's Content-Length tells the size of what GET would send; no bytes follow.
    QCOMPARE(r[0].headers.value("content-length"),
        QByteArray::number(QByteArray("HEAD /x body= q=").size()));
}

void TestHttpConnection::malformedInput_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<int>("status");
    QTest::newRow("tls handshake") << QByteArray("\x16\x03\x01\x02\x00\x01", 6) << 400;
    QTest::newRow("binary line") << QByteArray("GET /\x00 HTTP/1.1\r\nHost: t\r\n\r\n", 28) << 400;
    QTest::newRow("no version") << QByteArray("GET /\r\n\r\n") << 400;
    QTest::newRow("http 2") << QByteArray("GET / HTTP/2.0\r\nHost: t\r\n\r\n") << 505;
    QTest::newRow("no host") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
    QTest::newRow("two hosts") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n") << 400;
    QTest::newRow("not a path") << QByteArray("GET index.html HTTP/1.1\r\nHost: t\r\n\r\n") << 400;
    QTest::newRow("space in header name")
        << QByteArray("GET / HTTP/1.1\r\nHost: t\r\nBad Name: x\r\n\r\n") << 400;
    QTest::newRow("folded header")
        << QByteArray("GET / HTTP/1.1\r\nHost: t\r\nX: a\r\n b\r\n\r\n") << 400;
    QTest::newRow("control in value") << QByteArray("GET / HTTP/1.1\r\nHost: t\r\nX: a\x01"
                                                    "b\r\n\r\n")
                                      << 400;
    QTest::newRow("bad length") << QByteArray(
        "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 1x\r\n\r\n")
                                << 400;
    QTest::newRow("two lengths") << QByteArray(
        "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab")
                                 << 400;
    QTest::newRow("length and chunked") << QByteArray(
        "POST / HTTP/1.1\r\nHost: t\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                        << 400;
    QTest::newRow("gzip coding") << QByteArray(
        "POST / HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: gzip, chunked\r\n\r\n")
                                 << 501;
    QTest::newRow("bad chunk size") << QByteArray(
        "POST /upload HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                    << 400;
    QTest::newRow("long target") << (QByteArray("GET /") + QByteArray(9000, 'a')
        + " HTTP/1.1\r\nHost: t\r\n\r\n")
                                 << 414;
    QTest::newRow("huge headers") << (QByteArray("GET / HTTP/1.1\r\nHost: t\r\nX: ")
        + QByteArray(2000, 'a')) << 431;
    QTest::newRow("many headers") << (QByteArray("GET / HTTP/1.1\r\nHost: t\r\n")
        + QByteArray("X: 1\r\n").repeated(11) + "\r\n")
                                  << 431;
    QTest::newRow("bad utf-8 path") << QByteArray("GET /%FF%FE HTTP/1.1\r\nHost: t\r\n\r\n") << 400;
    QTest::newRow("strange expectation") << QByteArray(
        "POST /upload HTTP/1.1\r\nHost: t\r\nExpect: magic\r\nContent-Length: 1\r\n\r\nx")
                                         << 417;
}

void TestHttpConnection::malformedInput()
{
    QFETCH(QByteArray, raw);
    QFETCH(int, status);
    QTcpSocket* socket = connectClient();
    QVERIFY(socket);
    bool closed = false;
    const QList<Response> r = exchange(socket, raw, 1, &closed);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, status);
    QVERIFY(!r[0].body.isEmpty()); // says what was wrong
    QCOMPARE(r[0].headers.value("connection"), QByteArray("close"));
    QCOMPARE(m_handler->handled, 0);
}

void TestHttpConnection::oversizedBodyIsRefusedBeforeReading()
{
    QTcpSocket* socket = connectClient();
    QVERIFY(socket);
    bool closed = false;
    // Declares a gigabyte; sends none of it.
    const QList<Response> r = exchange(socket,
        "POST /upload HTTP/1.1\r\nHost: t\r\nContent-Length: 1000000000\r\n\r\n", 1, &closed);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 413);
    QVERIFY(r[0].body.contains("at most 64"));
    QTRY_VERIFY(socket->state() != QAbstractSocket::ConnectedState);
}

void TestHttpConnection::chunkedBodyOverTheLimit()
{
    QTcpSocket* socket = connectClient();
    QVERIFY(socket);
    const QList<Response> r = exchange(socket,
        "POST /other HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: "
        "chunked\r\n\r\n10\r\n0123456789abcdef\r\n1\r\nx\r\n",
        1);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 413);
}

void TestHttpConnection::http10ClosesUnlessKeptAlive()
{
    QTcpSocket* socket = connectClient();
    QVERIFY(socket);
    bool closed = false;
    QList<Response> r
        = exchange(socket, "GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", 1, &closed);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].headers.value("connection"), QByteArray("keep-alive"));
    QVERIFY(!closed);
    r = exchange(socket, "GET /b HTTP/1.0\r\n\r\n", 1, &closed);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].headers.value("connection"), QByteArray("close"));
    QTRY_VERIFY(socket->state() != QAbstractSocket::ConnectedState);
}

void TestHttpConnection::expectContinue()
{
    QTcpSocket* socket = connectClient();
    QVERIFY(socket);
    QByteArray received;
    connect(socket, &QTcpSocket::readyRead, this, [&] { received += socket->readAll(); });
    socket->write(
        "PUT /upload HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
    QTRY_VERIFY(received.startsWith("HTTP/1.1 100 Continue\r\n\r\n"));
    received.clear();
    socket->write("abc");
    QTRY_VERIFY(received.contains("PUT /upload body=abc"));
}

void TestHttpConnection::slowHeadersTimeOut()
{
    QTcpSocket* socket = connectClient();
    QVERIFY(socket);
    bool closed = false;
    const QList<Response> r = exchange(socket, "GET / HTTP/1.1\r\nHost: t\r\n", 1, &closed);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 408);
}

void TestHttpConnection::idleConnectionsClose()
{
    QTcpSocket* socket = connectClient();
    QVERIFY(socket);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 1, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, 3000);
    QTRY_COMPARE(m_server->connectionCount(), 0);
}

void TestHttpConnection::tooManyConnections()
{
    for (int i = 0; i < m_limits.maxConnections; ++i)
        QVERIFY(connectClient());
    QTRY_COMPARE(m_server->connectionCount(), m_limits.maxConnections);
    QTcpSocket* extra = connectClient();
    QVERIFY(extra);
    bool closed = false;
    const QList<Response> r = exchange(extra, {}, 1, &closed);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 503);
    QCOMPARE(r[0].headers.value("retry-after"), QByteArray("1"));
}

void TestHttpConnection::shutdownFinishesRequestsInFlight()
{
    QTcpSocket* busy = connectClient();
    QTcpSocket* idle = connectClient();
    QVERIFY(busy && idle);
    QTRY_COMPARE(m_server->connectionCount(), 2);
    QByteArray received;
    connect(busy, &QTcpSocket::readyRead, this, [&] { received += busy->readAll(); });
    busy->write("GET /slow HTTP/1.1\r\nHost: t\r\n\r\n");
    QTRY_COMPARE(m_server->requestsInFlight(), 1);
    QSignalSpy drained(m_server.get(), &HttpServer::drained);
    m_server->shutdown();
    // The idle connection goes at once; nobody new gets in.
    QTRY_COMPARE(idle->state(), QAbstractSocket::UnconnectedState);
    QTcpSocket late;
    late.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(!late.waitForConnected(500) || !late.waitForReadyRead(500)
        || late.readAll().contains("503"));
    // The request in flight is answered, with Connection: close, then the server has drained.
    QTRY_VERIFY(drained.count() == 1);
    const QList<Response> r = parseResponses(received);
    QCOMPARE(r.size(), 1);
    QCOMPARE(r[0].status, 200);
    QCOMPARE(r[0].headers.value("connection"), QByteArray("close"));
}

QTEST_GUILESS_MAIN(TestHttpConnection)
#include "TestHttpConnection.moc"
