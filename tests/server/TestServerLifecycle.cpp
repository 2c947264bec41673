// voicetraining-server as an operator runs it: health and readiness, the access log (and
// that no secret reaches it), a restart on the same data, a graceful stop that finishes a
// request still arriving, and clear errors when it cannot start.
#include "ApiFixtures.h"
#include "DemoPlatform.h"
#include "ProcessRun.h"
#include "VtTestConfig.h"

#include <QFile>
#include <QJsonArray>
#include <QTcpSocket>
#include <QTest>

using vt::test::ApiClient;

class TestServerLifecycle final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void healthAndReadiness();
    void accessLogHasNoSecrets();
    void restartKeepsTheData();
    void stopFinishesARequestStillArriving();
    void startupErrorsAreClear_data();
    void startupErrorsAreClear();
};

void TestServerLifecycle::healthAndReadiness()
{
    vt::test::DemoPlatform demo;
    QString error;
    QVERIFY2(demo.start(&error), qPrintable(error));
    const ApiClient::Reply health = demo.api().get(QStringLiteral("/healthz"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    const ApiClient::Reply ready = demo.api().get(QStringLiteral("/readyz"));
    QCOMPARE(ready.status, 200);
    QCOMPARE(ready.json().value(QStringLiteral("schema_version")).toInt(), 2);
    QVERIFY(!ready.header("x-request-id").isEmpty());
}

void TestServerLifecycle::accessLogHasNoSecrets()
{
    vt::test::DemoPlatform demo;
    QString error;
    QVERIFY2(demo.start(&error), qPrintable(error));
    const QString email = demo.email(QStringLiteral("jordan.lee"));
    const QString password = demo.server().password(email);
    QString refresh;
    const QString token = demo.api().signIn(email, password, &refresh);
    QCOMPARE(demo.api().get(QStringLiteral("/api/v1/me?debug=1"), token).status, 200);
    QCOMPARE(demo.api().get(QStringLiteral("/api/v1/nothing")).status, 404);
    QCOMPARE(demo.server().stop(), 0);
    QFile log(demo.server().dataDir() + QStringLiteral("/access.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    QVERIFY(!text.contains(password.toUtf8()));
    QVERIFY(!text.contains(token.toUtf8().left(40)));
    QVERIFY(!text.contains(refresh.toUtf8()));
    QVERIFY(!text.contains("debug=1")); // paths without queries
    const QList<QByteArray> lines = text.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QJsonObject me = QJsonDocument::fromJson(lines.at(1)).object();
    QCOMPARE(me.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(me.value(QStringLiteral("path")).toString(), QStringLiteral("/api/v1/me"));
    QCOMPARE(me.value(QStringLiteral("status")).toInt(), 200);
    QVERIFY(!me.value(QStringLiteral("user")).toString().isEmpty());
    QVERIFY(me.value(QStringLiteral("ms")).toDouble() >= 0);
    QCOMPARE(
        QJsonDocument::fromJson(lines.at(2)).object().value(QStringLiteral("status")).toInt(), 404);
}

void TestServerLifecycle::restartKeepsTheData()
{
    vt::test::DemoPlatform demo;
    QString error;
    QVERIFY2(demo.start(&error), qPrintable(error));
    const QString email = demo.email(QStringLiteral("riley.chen"));
    const QString password = demo.server().password(email);
    QCOMPARE(demo.server().stop(true), 0);
    // The same data folder and database again, asked to seed again: nothing changes.
    QProcess second;
    second.start(QStringLiteral(VT_SERVER_PATH),
        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"),
            demo.server().dataDir(), QStringLiteral("--db"), demo.server().databaseUrl(),
            QStringLiteral("--seed"), QStringLiteral("demo"), QStringLiteral("--access-log"),
            QStringLiteral("off")});
    QVERIFY(second.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += second.readAllStandardOutput()).contains("listening on"), 30000);
    QVERIFY2(
        out.contains("demo data: the database already has data; nothing seeded"), out.constData());
    QVERIFY(!out.contains("schema migrated"));
    const QString url = QString::fromUtf8(out.mid(out.indexOf("http://")).trimmed());
    vt::test::ApiClient api(url);
    QVERIFY(!api.signIn(email, password).isEmpty());
    second.terminate();
    QVERIFY(second.waitForFinished(30000));
    QCOMPARE(second.exitCode(), 0);
}

void TestServerLifecycle::stopFinishesARequestStillArriving()
{
    vt::test::DemoPlatform demo;
    QString error;
    QVERIFY2(demo.start(&error), qPrintable(error));
    const QString token = demo.token(QStringLiteral("sam.patel"));
    const ApiClient::Reply call = demo.api().sendJson("POST", QStringLiteral("/api/v1/calls"),
        QJsonObject{{QStringLiteral("scenario_id"),
            demo.scenarioId(QStringLiteral("sam.patel"), QStringLiteral("First"))}},
        token);
    const QString attempt = call.json().value(QStringLiteral("attempt_id")).toString();
    const QByteArray body = QJsonDocument(
        vt::test::completionBody(vt::test::seedTranscript(QStringLiteral("first-time-buyer")), 97))
                                .toJson();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, demo.server().port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("PUT /api/v1/attempts/" + attempt.toLatin1()
        + " HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer " + token.toLatin1()
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n\r\n" + body.left(body.size() / 2));
    QVERIFY(socket.waitForBytesWritten(5000));
    QTest::qWait(200);
    demo.server().process().terminate(); // SIGTERM, while the body is half there
    QTRY_VERIFY(demo.server().output().contains("stopping; finishing requests in flight"));
    socket.write(body.mid(body.size() / 2));
    QByteArray response;
    QTRY_VERIFY_WITH_TIMEOUT((response += socket.readAll()).contains("\r\n\r\n{"), 10000);
    QVERIFY2(response.startsWith("HTTP/1.1 200 OK"), response.left(200).constData());
    QVERIFY2(response.contains("Connection: close"), response.left(400).constData());
    QTRY_COMPARE_WITH_TIMEOUT(demo.server().process().state(), QProcess::NotRunning, 10000);
    QCOMPARE(demo.server().process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(demo.server().process().exitCode(), 0);
}

void TestServerLifecycle::startupErrorsAreClear_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad option") << QStringList{QStringLiteral("--frobnicate")} << 2
                                << QStringLiteral("Unknown option 'frobnicate'.");
    QTest::newRow("bad listen") << QStringList{QStringLiteral("--listen"),
        QStringLiteral("localhost")}
                                << 2 << QStringLiteral("--listen needs an address and port");
    QTest::newRow("bad size") << QStringList{QStringLiteral("--max-body"), QStringLiteral("lots")}
                              << 2 << QStringLiteral("--max-body needs a size");
    QTest::newRow("no database server")
        << QStringList{QStringLiteral("--db"),
               QStringLiteral("postgres://vt@/nope?host=/nonexistent")}
        << 1 << QStringLiteral("cannot open postgres://vt@/nonexistent/nope");
    QTest::newRow("unwritable data")
        << QStringList{QStringLiteral("--data-dir"), QStringLiteral("/proc/vt-nope")} << 1
        << QStringLiteral("cannot create the data folder /proc/vt-nope");
}

void TestServerLifecycle::startupErrorsAreClear()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QStringList all{QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--listen"),
        QStringLiteral("127.0.0.1:0")};
    all += arguments;
    const vt::test::ProcessResult r = vt::test::runProcess(
        QStringLiteral(VT_SERVER_PATH), all, QProcessEnvironment::systemEnvironment(), 30000);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestServerLifecycle)
#include "TestServerLifecycle.moc"
