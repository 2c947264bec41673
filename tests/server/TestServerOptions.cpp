// voicetraining-server's command line and database addresses.
#include "ServerOptions.h"
#include "db/DatabaseUrl.h"

#include <QTest>

using namespace vt::server;

class TestServerOptions final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaultsAndValues();
    void errors_data();
    void errors();
    void databaseUrls();
};

void TestServerOptions::defaultsAndValues()
{
    vt::Result<ServerOptions> o
        = ServerOptions::parse({QStringLiteral("--data-dir"), QStringLiteral("/srv/vt")});
    QVERIFY2(o, qPrintable(o.error()));
    QCOMPARE(o->address, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(o->port, quint16(8787));
    QCOMPARE(o->database, QStringLiteral("sqlite:/srv/vt/platform.sqlite"));
    QCOMPARE(o->jwtSecretFile, QStringLiteral("/srv/vt/jwt-secret"));
    o = ServerOptions::parse({QStringLiteral("--listen"), QStringLiteral("[::1]:0"),
        QStringLiteral("--max-body"), QStringLiteral("2M"), QStringLiteral("--max-recording"),
        QStringLiteral("100k"), QStringLiteral("--seed"), QStringLiteral("demo"),
        QStringLiteral("--seed-attempts"), QStringLiteral("10000"), QStringLiteral("--public-url"),
        QStringLiteral("https://p.example.com/"), QStringLiteral("--voice-public-url"),
        QStringLiteral("wss://voice.example.com:8443/")});
    QVERIFY2(o, qPrintable(o.error()));
    QCOMPARE(o->address, QHostAddress(QStringLiteral("::1")));
    QCOMPARE(o->port, quint16(0));
    QCOMPARE(o->maxBodyBytes, qint64(2 * 1024 * 1024));
    QCOMPARE(o->maxRecordingBytes, qint64(100 * 1024));
    QCOMPARE(o->seedAttempts, 10000);
    QCOMPARE(o->publicUrl, QStringLiteral("https://p.example.com"));
    QCOMPARE(o->voicePublicUrl, QStringLiteral("wss://voice.example.com:8443"));
}

void TestServerOptions::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("no value") << QStringList{QStringLiteral("--db")}
                              << QStringLiteral("Missing value after '--db'.");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--dbx")} << QStringLiteral("Unknown option 'dbx'.");
    QTest::newRow("port too big")
        << QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:70000")}
        << QStringLiteral("--listen needs an address and port such as 127.0.0.1:8787");
    QTest::newRow("host name") << QStringList{QStringLiteral("--listen"),
        QStringLiteral("example.com:80")}
                               << QStringLiteral(
                                      "--listen needs an address and port such as 127.0.0.1:8787");
    QTest::newRow("zero size") << QStringList{QStringLiteral("--max-body"), QStringLiteral("0")}
                               << QStringLiteral("--max-body needs a size such as 8M");
    QTest::newRow("other seed") << QStringList{QStringLiteral("--seed"), QStringLiteral("prod")}
                                << QStringLiteral("--seed knows only \"demo\"");
    QTest::newRow("attempts without seed") << QStringList{QStringLiteral("--seed-attempts"),
        QStringLiteral("5")} << QStringLiteral("--seed-attempts goes with --seed demo");
    QTest::newRow("ftp url")
        << QStringList{QStringLiteral("--public-url"), QStringLiteral("ftp://x")}
        << QStringLiteral(
               "--public-url needs an http(s) address such as https://platform.example.com");
    const QString voiceError = QStringLiteral(
        "--voice-public-url needs a ws(s) address without a path, such as wss://voice.example.com");
    QTest::newRow("voice url over http") << QStringList{QStringLiteral("--voice-public-url"),
        QStringLiteral("https://v.example.com")}
                                         << voiceError;
    QTest::newRow("voice url with a path") << QStringList{QStringLiteral("--voice-public-url"),
        QStringLiteral("wss://v.example.com/voice/v1")}
                                           << voiceError;
}

void TestServerOptions::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const vt::Result<ServerOptions> got = ServerOptions::parse(arguments);
    QVERIFY(!got);
    QCOMPARE(got.error(), error);
}

void TestServerOptions::databaseUrls()
{
    vt::Result<DatabaseUrl> u = DatabaseUrl::parse(
        QStringLiteral("postgres://app:s%40cret@db.example.com:6543/platform?sslmode=require"));
    QVERIFY2(u, qPrintable(u.error()));
    QCOMPARE(u->kind, DatabaseUrl::Kind::Postgres);
    QCOMPARE(u->host, QStringLiteral("db.example.com"));
    QCOMPARE(u->port, 6543);
    QCOMPARE(u->password, QStringLiteral("s@cret"));
    QCOMPARE(u->database, QStringLiteral("platform"));
    QCOMPARE(u->options, QStringLiteral("sslmode=require;connect_timeout=5"));
    QCOMPARE(u->redacted(),
        QStringLiteral("postgres://app:***@db.example.com/platform")); // never the password
    u = DatabaseUrl::parse(QStringLiteral("postgres://vt@/t?host=/run/pg"));
    QCOMPARE(u->host, QStringLiteral("/run/pg"));
    u = DatabaseUrl::parse(QStringLiteral("/var/lib/vt/p.sqlite"));
    QCOMPARE(u->kind, DatabaseUrl::Kind::Sqlite);
    QCOMPARE(u->path, QStringLiteral("/var/lib/vt/p.sqlite"));
    QVERIFY(!DatabaseUrl::parse(QStringLiteral("postgres://host/")));
    QCOMPARE(DatabaseUrl::parse(QStringLiteral("postgres://host/db?evil=1")).error(),
        QStringLiteral("unknown PostgreSQL option \"evil\""));
}

QTEST_GUILESS_MAIN(TestServerOptions)
#include "TestServerOptions.moc"
