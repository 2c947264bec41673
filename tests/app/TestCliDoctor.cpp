// voicetraining-cli doctor as IT would run it: against a real server with a real keyring and
// the private PulseAudio, every check passes; a platform that does not answer, a name that
// does not resolve and a missing keychain each fail with what to do about it.
#include "DemoPlatform.h"
#include "IsolatedHome.h"
#include "ProcessRun.h"
#include "VtTestConfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

class TestCliDoctor final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyCheckPassesOnAWorkingSetup();
    void failuresSayWhatToDo();
    void theExtraAuthoritiesAreCountedOrRefused();
};

namespace {

const QString who = QStringLiteral("sam.patel");

vt::test::ProcessResult cli(
    const vt::test::IsolatedHome& home, const QStringList& args, const QString& bus = {})
{
    QProcessEnvironment env = home.environment();
    if (!bus.isEmpty())
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), bus);
    return vt::test::runProcess(QStringLiteral(VT_CLI_PATH), args, env);
}

QJsonObject check(const QJsonArray& checks, const QString& id)
{
    for (const QJsonValue& v : checks) {
        if (v.toObject().value(QStringLiteral("check")).toString() == id)
            return v.toObject();
    }
    return {};
}

} // namespace

void TestCliDoctor::everyCheckPassesOnAWorkingSetup()
{
    vt::test::IsolatedHome home;
    vt::test::DemoPlatform demo;
    QString error;
    // The platform offers a newer version (0.10.1 for Linux on the stable channel).
    QVERIFY2(demo.start(&error,
                 {QStringLiteral("--releases"), QStringLiteral(VT_TEST_DATA_DIR "/releases.json")}),
        qPrintable(error));
    const QString url = demo.server().baseUrl();
    const QString passwordFile = home.writeFile(
        QStringLiteral("password.txt"), demo.server().password(demo.email(who)).toUtf8());
    vt::test::ProcessResult r = cli(home,
        {QStringLiteral("login"), QStringLiteral("--server"), url, QStringLiteral("--user"),
            demo.email(who), QStringLiteral("--password-file"), passwordFile});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

    r = cli(home, {QStringLiteral("doctor"), QStringLiteral("--server"), url});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(!r.out.contains(QStringLiteral("[FAIL]")), qPrintable(r.out));
    QVERIFY2(
        r.out.contains(QStringLiteral("Everything needed to practise works.")), qPrintable(r.out));

    r = cli(home,
        {QStringLiteral("doctor"), QStringLiteral("--server"), url, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(report.value(QStringLiteral("ok")).toBool());
    const QJsonArray checks = report.value(QStringLiteral("checks")).toArray();
    for (const char* id : {"platform", "dns", "proxy", "reach", "ready", "voice", "signin",
             "updates", "audio", "keychain"}) {
        const QJsonObject c = check(checks, QString::fromLatin1(id));
        QVERIFY2(!c.isEmpty(), id);
        QVERIFY2(c.value(QStringLiteral("ok")).toBool(), qPrintable(QJsonDocument(c).toJson()));
    }
    QVERIFY(check(checks, QStringLiteral("voice"))
                .value(QStringLiteral("detail"))
                .toString()
                .contains(QStringLiteral("vt-voice.1")));
    QVERIFY(check(checks, QStringLiteral("signin"))
                .value(QStringLiteral("detail"))
                .toString()
                .contains(QStringLiteral("Sam Patel")));
    QVERIFY2(
        check(checks, QStringLiteral("updates"))
            .value(QStringLiteral("detail"))
            .toString()
            .startsWith(QStringLiteral("0.10.1 is available on the stable channel (you have ")),
        qPrintable(QJsonDocument(check(checks, QStringLiteral("updates"))).toJson()));
    // update.channel off: the platform is not asked.
    QCOMPARE(cli(home,
                 {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("update.channel"),
                     QStringLiteral("off")})
                 .exitCode,
        0);
    r = cli(home, {QStringLiteral("doctor"), QStringLiteral("--server"), url});
    QVERIFY2(r.out.contains(QStringLiteral("[pass] Updates: not asked (update.channel is off")),
        qPrintable(r.out));
    const QString audio
        = check(checks, QStringLiteral("audio")).value(QStringLiteral("detail")).toString();
    QVERIFY2(
        audio.contains(QStringLiteral("default microphone")) && !audio.startsWith(QLatin1Char('0')),
        qPrintable(audio));
}

void TestCliDoctor::failuresSayWhatToDo()
{
    vt::test::IsolatedHome home;
    // A port nothing answers on.
    QTcpServer reserve;
    QVERIFY(reserve.listen(QHostAddress::LocalHost));
    const QString dead = QStringLiteral("http://127.0.0.1:%1").arg(reserve.serverPort());
    reserve.close();
    vt::test::ProcessResult r = cli(home,
        {QStringLiteral("doctor"), QStringLiteral("--server"), dead, QStringLiteral("--json")},
        QStringLiteral("unix:path=") + home.path() + QStringLiteral("/no-bus"));
    QCOMPARE(r.exitCode, 1);
    const QJsonArray checks = QJsonDocument::fromJson(r.out.toUtf8())
                                  .object()
                                  .value(QStringLiteral("checks"))
                                  .toArray();
    const QJsonObject reach = check(checks, QStringLiteral("reach"));
    QCOMPARE(reach.value(QStringLiteral("ok")).toBool(true), false);
    QVERIFY(
        reach.value(QStringLiteral("detail")).toString().contains(QStringLiteral("unreachable")));
    QVERIFY(!reach.value(QStringLiteral("fix")).toString().isEmpty());
    const QJsonObject keychain = check(checks, QStringLiteral("keychain"));
    QCOMPARE(keychain.value(QStringLiteral("ok")).toBool(true), false);
    QVERIFY(keychain.value(QStringLiteral("fix"))
                .toString()
                .contains(QStringLiteral("Secret Service")));
    QCOMPARE(
        check(checks, QStringLiteral("signin")).value(QStringLiteral("ok")).toBool(true), false);

    r = cli(home,
        {QStringLiteral("doctor"), QStringLiteral("--server"),
            QStringLiteral("https://no-such-host.invalid")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(QStringLiteral("[FAIL] DNS: no-such-host.invalid does not resolve")),
        qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Fix: check the address")), qPrintable(r.out));
}

void TestCliDoctor::theExtraAuthoritiesAreCountedOrRefused()
{
    vt::test::IsolatedHome home;
    const QStringList doctor{QStringLiteral("doctor"), QStringLiteral("--server"),
        QStringLiteral("https://127.0.0.1:9"), QStringLiteral("--json")};
    const auto trust = [&] {
        const vt::test::ProcessResult r = cli(home, doctor);
        return check(QJsonDocument::fromJson(r.out.toUtf8())
                         .object()
                         .value(QStringLiteral("checks"))
                         .toArray(),
            QStringLiteral("tls_trust"));
    };
    const QString ca = QStringLiteral(VT_TEST_DATA_DIR "/tls/ca.pem");
    QCOMPARE(cli(home,
                 {QStringLiteral("config"), QStringLiteral("set"),
                     QStringLiteral("network.ca_bundle"), ca})
                 .exitCode,
        0);
    QJsonObject t = trust();
    QCOMPARE(t.value(QStringLiteral("ok")).toBool(), true);
    QCOMPARE(
        t.value(QStringLiteral("detail")).toString(), QStringLiteral("1 certificate from ") + ca);

    const QString junk = home.path() + QStringLiteral("/junk.pem");
    QFile file(junk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a certificate\n");
    file.close();
    QCOMPARE(cli(home,
                 {QStringLiteral("config"), QStringLiteral("set"),
                     QStringLiteral("network.ca_bundle"), junk})
                 .exitCode,
        0);
    t = trust();
    QCOMPARE(t.value(QStringLiteral("ok")).toBool(true), false);
    QVERIFY2(t.value(QStringLiteral("detail")).toString().contains(junk),
        qPrintable(t.value(QStringLiteral("detail")).toString()));
    QVERIFY(
        t.value(QStringLiteral("fix")).toString().contains(QStringLiteral("network.ca_bundle")));
}

QTEST_GUILESS_MAIN(TestCliDoctor)
#include "TestCliDoctor.moc"
