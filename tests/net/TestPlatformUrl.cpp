#include "PlatformUrl.h"

#include <QTest>

using vt::net::PlatformUrl;

class TestPlatformUrl final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
    void loopbackHosts();
};

void TestPlatformUrl::accepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("https") << "https://training.example.com"
                           << "https://training.example.com" << false;
    QTest::newRow("trailing slash") << "https://training.example.com/"
                                    << "https://training.example.com" << false;
    QTest::newRow("path prefix") << "https://example.com/voice/api/"
                                 << "https://example.com/voice/api" << false;
    QTest::newRow("port") << "https://example.com:8443"
                          << "https://example.com:8443" << false;
    QTest::newRow("whitespace") << "  https://example.com  "
                                << "https://example.com" << false;
    QTest::newRow("upper-case scheme") << "HTTPS://Example.com"
                                       << "https://example.com" << false;
    QTest::newRow("http localhost") << "http://localhost:8787"
                                    << "http://localhost:8787" << true;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8787"
                                    << "http://127.0.0.1:8787" << true;
    QTest::newRow("http 127.1.2.3") << "http://127.1.2.3"
                                    << "http://127.1.2.3" << true;
    QTest::newRow("http [::1]") << "http://[::1]:8787"
                                << "http://[::1]:8787" << true;
    QTest::newRow("https loopback") << "https://127.0.0.1"
                                    << "https://127.0.0.1" << true;
}

void TestPlatformUrl::accepts()
{
    QFETCH(QString, input);
    QFETCH(QString, normalised);
    QFETCH(bool, loopback);
    const PlatformUrl url = PlatformUrl::parse(input);
    QVERIFY2(url.isValid(), qPrintable(url.error()));
    QCOMPARE(url.error(), QString());
    QCOMPARE(url.toString(), normalised);
    QCOMPARE(url.isLoopback(), loopback);
}

void TestPlatformUrl::refuses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason"); // a phrase the message must contain
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("blank") << "   "
                           << "empty";
    QTest::newRow("no scheme") << "training.example.com"
                               << "not a web address";
    QTest::newRow("plain http") << "http://training.example.com"
                                << "must use https://";
    QTest::newRow("http lookalike") << "http://localhost.evil.com"
                                    << "must use https://";
    QTest::newRow("http private address") << "http://10.0.0.5"
                                          << "must use https://";
    QTest::newRow("ftp") << "ftp://example.com"
                         << "must start with https://";
    QTest::newRow("file") << "file:///etc/passwd"
                          << "must start with https://";
    QTest::newRow("credentials") << "https://user:secret@example.com"
                                 << "user name or password";
    QTest::newRow("user only") << "https://user@example.com"
                               << "user name or password";
    QTest::newRow("query") << "https://example.com/?token=abc"
                           << "“?” or “#”";
    QTest::newRow("fragment") << "https://example.com/#x"
                              << "“?” or “#”";
    QTest::newRow("no host") << "https://"
                             << "no host name";
    QTest::newRow("spaces inside") << "https://exa mple.com"
                                   << "not a web address";
}

void TestPlatformUrl::refuses()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);
    const PlatformUrl url = PlatformUrl::parse(input);
    QVERIFY(!url.isValid());
    QVERIFY2(url.error().contains(reason), qPrintable(url.error()));
    QCOMPARE(url.toString(), QString());
    QVERIFY(!url.isLoopback());
}

void TestPlatformUrl::loopbackHosts()
{
    QVERIFY(PlatformUrl::isLoopbackHost(QStringLiteral("LOCALHOST")));
    QVERIFY(PlatformUrl::isLoopbackHost(QStringLiteral("::1")));
    QVERIFY(!PlatformUrl::isLoopbackHost(QStringLiteral("localhost.localdomain.example")));
    QVERIFY(!PlatformUrl::isLoopbackHost(QStringLiteral("192.168.1.1")));
    QVERIFY(!PlatformUrl::isLoopbackHost(QString()));
}

QTEST_GUILESS_MAIN(TestPlatformUrl)
#include "TestPlatformUrl.moc"
