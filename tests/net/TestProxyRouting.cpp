// The network.proxy setting end to end over loopback: a real forward proxy (ForwardProxy), a
// real HTTP server and a real WebSocket server, and the app's own REST client and a WebSocket
// (the voice transport's kind) under the installed ProxyRouting. The platform is named
// platform.test, a name only the proxy resolves, so an answer proves the proxy carried it.
#include "ForwardProxy.h"
#include "OkServer.h"
#include "PlatformClient.h"
#include "ProxyRouting.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <optional>

using vt::net::ProxyRouting;
using vt::net::ProxySetting;

namespace {

vt::net::ApiResult get(const QUrl& base)
{
    vt::net::PlatformClient client(base);
    client.setTimeout(10000);
    std::optional<vt::net::ApiResult> result;
    QEventLoop loop;
    client.get(QStringLiteral("/healthz"), [&](const vt::net::ApiResult& r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

ProxySetting parsed(const QString& value)
{
    const vt::Result<ProxySetting> setting = ProxySetting::parse(value);
    if (!setting)
        qFatal("%s: %s", qPrintable(value), qPrintable(setting.error()));
    return *setting;
}

} // namespace

class TestProxyRouting final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theSettingIsParsed_data();
    void theSettingIsParsed();
    void aFixedProxyCarriesRequestsAndWebSockets();
    void thisComputerIsNeverProxied();
    void noneGoesDirect();
    void theSystemsProxyComesFromTheEnvironment();
    void aDeadProxyIsNamedInTheError();

private:
    QUrl platform() const
    {
        return QUrl(QStringLiteral("http://platform.test:%1").arg(m_http.port()));
    }
    qsizetype seen(const QByteArray& start) const
    {
        return std::count_if(m_proxy.seen().cbegin(), m_proxy.seen().cend(),
            [&](const QByteArray& line) { return line.startsWith(start); });
    }

    vt::test::ForwardProxy m_proxy;
    vt::test::OkServer m_http;
    std::optional<ProxyRouting> m_routing;
};

void TestProxyRouting::initTestCase()
{
    // Only what the test sets: no proxy from the machine's environment.
    for (const char* name : {"http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY",
             "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"})
        qunsetenv(name);
    QVERIFY(m_proxy.listen());
    QVERIFY(m_http.listen());
    m_routing.emplace();
}

void TestProxyRouting::theSettingIsParsed_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("normalised"); // empty: refused
    QTest::addColumn<QString>("error");      // part of the refusal
    QTest::newRow("system") << "System"
                            << "system"
                            << "";
    QTest::newRow("empty is system") << ""
                                     << "system"
                                     << "";
    QTest::newRow("none") << " none "
                          << "none"
                          << "";
    QTest::newRow("http") << "http://Proxy.Example.com:3128"
                          << "http://proxy.example.com:3128"
                          << "";
    QTest::newRow("http slash") << "http://proxy:8080/"
                                << "http://proxy:8080"
                                << "";
    QTest::newRow("socks5") << "socks5://10.0.0.1:1080"
                            << "socks5://10.0.0.1:1080"
                            << "";
    QTest::newRow("no port") << "http://proxy.example.com"
                             << ""
                             << "needs a port, as in http://proxy.example.com:3128";
    QTest::newRow("https") << "https://proxy:443"
                           << ""
                           << "not https://";
    QTest::newRow("password") << "http://bob:secret@proxy:3128"
                              << ""
                              << "must not contain a user name or password";
    QTest::newRow("path") << "http://proxy:3128/pac"
                          << ""
                          << "must not have a path (/pac)";
    QTest::newRow("words") << "the office proxy"
                           << ""
                           << "is not a proxy address";
}

void TestProxyRouting::theSettingIsParsed()
{
    QFETCH(QString, value);
    QFETCH(QString, normalised);
    QFETCH(QString, error);
    const vt::Result<ProxySetting> setting = ProxySetting::parse(value);
    const QString why = setting.error();
    if (normalised.isEmpty()) {
        QVERIFY(!setting);
        QVERIFY2(why.contains(error), qPrintable(why));
        QVERIFY2(!why.contains(QLatin1String("secret")), qPrintable(why));
    } else {
        QVERIFY2(setting, qPrintable(why));
        QCOMPARE(setting->toString(), normalised);
    }
}

void TestProxyRouting::aFixedProxyCarriesRequestsAndWebSockets()
{
    m_routing->apply(parsed(QStringLiteral("http://127.0.0.1:%1").arg(m_proxy.port())));
    const vt::net::ApiResult r = get(platform());
    QVERIFY2(r.status == 200, qPrintable(r.error.message));
    QCOMPARE(r.json.object().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(seen("GET " + platform().toString().toUtf8() + "/healthz"), 1);

    // The voice gateway's kind of connection: a WebSocket, tunnelled with CONNECT.
    QWebSocketServer gateway(QStringLiteral("gateway"), QWebSocketServer::NonSecureMode);
    QVERIFY(gateway.listen(QHostAddress::LocalHost, 0));
    QWebSocket socket;
    QSignalSpy connected(&socket, &QWebSocket::connected);
    socket.open(QUrl(QStringLiteral("ws://gateway.test:%1/voice/v1/x").arg(gateway.serverPort())));
    QVERIFY2(connected.wait(10000), qPrintable(socket.errorString()));
    QCOMPARE(seen("CONNECT gateway.test:" + QByteArray::number(gateway.serverPort())), 1);
}

void TestProxyRouting::thisComputerIsNeverProxied()
{
    m_routing->apply(parsed(QStringLiteral("http://127.0.0.1:%1").arg(m_proxy.port())));
    const qsizetype before = m_proxy.seen().size();
    for (const QString& host : {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")}) {
        const vt::net::ApiResult r
            = get(QUrl(QStringLiteral("http://%1:%2").arg(host).arg(m_http.port())));
        QVERIFY2(r.status == 200, qPrintable(host + QStringLiteral(": ") + r.error.message));
    }
    QCOMPARE(m_proxy.seen().size(), before);
    // Listening (the embedded platform, the sign-in's redirect) works under any proxy.
    QTcpServer listener;
    QVERIFY2(listener.listen(QHostAddress::LocalHost, 0), qPrintable(listener.errorString()));
}

void TestProxyRouting::noneGoesDirect()
{
    m_routing->apply(parsed(QStringLiteral("none")));
    const qsizetype before = m_proxy.seen().size();
    const vt::net::ApiResult r = get(platform());
    QCOMPARE(r.status, 0); // platform.test does not resolve without the proxy
    QCOMPARE(m_proxy.seen().size(), before);
}

void TestProxyRouting::theSystemsProxyComesFromTheEnvironment()
{
    m_routing->apply(parsed(QStringLiteral("system")));
    qputenv("http_proxy", QStringLiteral("http://127.0.0.1:%1").arg(m_proxy.port()).toUtf8());
    const vt::net::ApiResult r = get(platform());
    qunsetenv("http_proxy");
    QVERIFY2(r.status == 200, qPrintable(r.error.message));
    QCOMPARE(seen("GET " + platform().toString().toUtf8() + "/healthz"), 2);
}

void TestProxyRouting::aDeadProxyIsNamedInTheError()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    m_routing->apply(parsed(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    // Plain HTTP (the request itself goes to the proxy) and TLS (a CONNECT first).
    for (const QUrl& url : {platform(), QUrl(QStringLiteral("https://platform.test"))}) {
        const vt::net::ApiResult r = get(url);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.error.message.contains(QStringLiteral("network proxy 127.0.0.1:%1").arg(port))
                && r.error.message.contains(QLatin1String("network.proxy")),
            qPrintable(url.toString() + QStringLiteral(": ") + r.error.message));
    }
}

QTEST_MAIN(TestProxyRouting)
#include "TestProxyRouting.moc"
