// voicetraining-cli login | sync | logout, run as a rep or IT would, against a real server with
// a real keychain (gnome-keyring on the keyring fixture's private D-Bus session): the sign-in
// is kept in the keychain and used by later commands, sign-out revokes it, and no token or
// password is ever written to a file of the app's (the secrets grep). Without a keychain,
// login fails saying why and leaves nothing behind.
#include "ApiFixtures.h"
#include "BrowserAgent.h"
#include "DemoPlatform.h"
#include "IsolatedHome.h"
#include "ProcessRun.h"
#include "SavedAttempts.h"
#include "VtTestConfig.h"

#include "AttemptJournal.h"
#include "Keychain.h"
#include "LocalStore.h"
#include "PlatformClient.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <optional>

class TestCliLogin final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loginSyncLogoutAndNoSecretInAnyFile();
    void withoutAKeychainLoginFailsAndLeavesNothing();
    void wrongPasswordAndUsage();
    void offlineStartShowsCachedAssignmentsWithTheirTime();
    void loginInTheBrowser();
    void aManagedSignInServiceAllowsOnlyTheBrowser();
};

namespace {

const QString who = QStringLiteral("sam.patel");

vt::test::ProcessResult cli(const vt::test::IsolatedHome& home, const QStringList& args,
    std::optional<QString> bus = std::nullopt)
{
    QProcessEnvironment env = home.environment();
    if (bus)
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), *bus);
    return vt::test::runProcess(QStringLiteral(VT_CLI_PATH), args, env);
}

QString keychainSecret(const QString& platform)
{
    vt::net::Keychain keychain(QStringLiteral("Voice AI Training"));
    std::optional<vt::net::Keychain::Result> result;
    QEventLoop loop;
    keychain.read(QStringLiteral("refresh-token@") + platform, [&](const auto& r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return result->secret;
}

// Every file under `dir` (but `except`) whose bytes contain one of `secrets` or anything shaped
// like a JWT (base64url of '{"' then two more dot-separated parts).
QStringList filesHoldingSecrets(
    const QString& dir, const QStringList& secrets, const QString& except)
{
    static const QRegularExpression jwt(
        QStringLiteral("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\."));
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == except)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QString& secret : secrets) {
            if (!secret.isEmpty() && bytes.contains(secret.toUtf8()))
                found.append(path);
        }
        if (jwt.match(QString::fromLatin1(bytes)).hasMatch())
            found.append(path + QStringLiteral(" (a JWT)"));
    }
    return found;
}

} // namespace

void TestCliLogin::loginSyncLogoutAndNoSecretInAnyFile()
{
    vt::test::IsolatedHome home;
    vt::test::DemoPlatform demo;
    QString error;
    QVERIFY2(demo.start(&error), qPrintable(error));
    const QString url = demo.server().baseUrl();
    const QString platform = vt::net::PlatformClient(QUrl(url)).key();
    const QString password = demo.server().password(demo.email(who));
    const QString passwordFile = home.writeFile(QStringLiteral("password.txt"), password.toUtf8());

    vt::test::ProcessResult r = cli(home,
        {QStringLiteral("--verbose"), QStringLiteral("login"), QStringLiteral("--server"), url,
            QStringLiteral("--user"), demo.email(who), QStringLiteral("--password-file"),
            passwordFile});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("as Sam Patel")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("trainee")), qPrintable(r.out));
    const QString refreshToken = keychainSecret(platform);
    QVERIFY(refreshToken.size() > 20);

    r = cli(home, {QStringLiteral("status")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(
        r.out.contains(QStringLiteral("Account: Sam Patel <%1>, trainee").arg(demo.email(who))),
        qPrintable(r.out));

    // An attempt saved while offline goes with the stored sign-in: no password needed now.
    const QString id
        = vt::test::saveCallLikeTheApp(demo, who, vt::test::cliStorePath(home), platform, &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));
    r = cli(home,
        {QStringLiteral("--verbose"), QStringLiteral("sync"), QStringLiteral("--server"), url});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(
        r.out.contains(QStringLiteral("Sent: the completed attempt ") + id), qPrintable(r.out));
    QVERIFY2(
        r.out.contains(QStringLiteral("Ready for offline use: 3 scenarios; your assignments: 2.")),
        qPrintable(r.out));
    QCOMPARE(demo.api()
                 .get(QStringLiteral("/api/v1/attempts/") + id, demo.token(who))
                 .json()
                 .value(QStringLiteral("status"))
                 .toString(),
        QStringLiteral("completed"));
    // The sign-in renewed (refresh tokens rotate): the keychain holds the successor.
    const QString renewed = keychainSecret(platform);
    QVERIFY(!renewed.isEmpty() && renewed != refreshToken);

    // The platform.url setting makes --server unnecessary.
    QCOMPARE(
        cli(home,
            {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("platform.url"), url})
            .exitCode,
        0);
    r = cli(home, {QStringLiteral("sync")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));

    const QString beforeLogout = keychainSecret(platform);
    r = cli(home, {QStringLiteral("--verbose"), QStringLiteral("logout")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Signed out of ") + platform), qPrintable(r.out));
    QVERIFY(keychainSecret(platform).isEmpty());
    // Revoked on the platform: the last token no longer renews anything.
    QCOMPARE(demo.api()
                 .sendJson("POST", QStringLiteral("/api/v1/auth/token"),
                     QJsonObject{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                         {QStringLiteral("refresh_token"), beforeLogout}},
                     {})
                 .status,
        400);
    r = cli(home, {QStringLiteral("sync")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("voicetraining-cli login")), qPrintable(r.err));
    r = cli(home, {QStringLiteral("status")});
    QVERIFY2(r.out.contains(QStringLiteral("Account: not signed in")), qPrintable(r.out));

    // The secrets grep: config, data, cache and logs under the home hold none of them.
    const QStringList leaks = filesHoldingSecrets(
        home.path(), {password, refreshToken, renewed, beforeLogout}, passwordFile);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
}

void TestCliLogin::withoutAKeychainLoginFailsAndLeavesNothing()
{
    vt::test::IsolatedHome home;
    vt::test::DemoPlatform demo;
    QString error;
    QVERIFY2(demo.start(&error), qPrintable(error));
    const QString passwordFile = home.writeFile(
        QStringLiteral("password.txt"), demo.server().password(demo.email(who)).toUtf8());
    const QString nowhere = QStringLiteral("unix:path=") + home.path() + QStringLiteral("/no-bus");
    vt::test::ProcessResult r = cli(home,
        {QStringLiteral("login"), QStringLiteral("--server"), demo.server().baseUrl(),
            QStringLiteral("--user"), demo.email(who), QStringLiteral("--password-file"),
            passwordFile},
        nowhere);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("could not be kept in the system keychain")),
        qPrintable(r.err));
    QVERIFY2(!r.out.contains(QStringLiteral("Signed in")), qPrintable(r.out));
    r = cli(home, {QStringLiteral("status")}, nowhere);
    QVERIFY2(!r.out.contains(QStringLiteral("Sam Patel")), qPrintable(r.out));
}

void TestCliLogin::wrongPasswordAndUsage()
{
    vt::test::IsolatedHome home;
    vt::test::DemoPlatform demo;
    QString error;
    QVERIFY2(demo.start(&error), qPrintable(error));
    const QString passwordFile = home.writeFile(QStringLiteral("password.txt"), "wrong\n");
    vt::test::ProcessResult r = cli(home,
        {QStringLiteral("login"), QStringLiteral("--server"), demo.server().baseUrl(),
            QStringLiteral("--user"), demo.email(who), QStringLiteral("--password-file"),
            passwordFile});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(
                 QStringLiteral("signing in as ") + demo.email(who) + QStringLiteral(" failed")),
        qPrintable(r.err));
    // No platform: login has nothing to sign in to.
    r = cli(home, {QStringLiteral("login"), QStringLiteral("--user"), demo.email(who)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("login needs a platform")), qPrintable(r.err));
    // --user without a password.
    r = cli(home,
        {QStringLiteral("login"), QStringLiteral("--server"), demo.server().baseUrl(),
            QStringLiteral("--user"), demo.email(who)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("--password-file")), qPrintable(r.err));
    // Logging out of a platform never signed in to is fine.
    r = cli(home, {QStringLiteral("logout"), QStringLiteral("--server"), demo.server().baseUrl()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("You were not signed in")), qPrintable(r.out));
}

// The platform goes down after a sign-in: the CLI still starts signed in (from the store),
// shows the assignments it cached, marked with their sync time, and keeps what is waiting.
void TestCliLogin::offlineStartShowsCachedAssignmentsWithTheirTime()
{
    vt::test::IsolatedHome home;
    vt::test::DemoPlatform demo;
    QString error;
    QVERIFY2(demo.start(&error), qPrintable(error));
    const QString url = demo.server().baseUrl();
    const QString passwordFile = home.writeFile(
        QStringLiteral("password.txt"), demo.server().password(demo.email(who)).toUtf8());
    vt::test::ProcessResult r = cli(home,
        {QStringLiteral("login"), QStringLiteral("--server"), url, QStringLiteral("--user"),
            demo.email(who), QStringLiteral("--password-file"), passwordFile});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY(
        cli(home,
            {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("platform.url"), url})
            .exitCode
        == 0);
    r = cli(home, {QStringLiteral("assignments")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Rate shopper"))
            && r.out.contains(QStringLiteral("Refinance readiness")),
        qPrintable(r.out));
    QVERIFY2(!r.out.contains(QStringLiteral("Offline")), qPrintable(r.out));
    const QString online = r.out;

    // A call made just before the platform went down, saved on this computer.
    const QString id = vt::test::saveCallLikeTheApp(
        demo, who, vt::test::cliStorePath(home), vt::net::PlatformClient(QUrl(url)).key(), &error);
    QVERIFY2(!id.isEmpty(), qPrintable(error));

    demo.server().stop(true);
    r = cli(home, {QStringLiteral("assignments")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.err.contains(QStringLiteral("Working offline")), qPrintable(r.err));
    const QString today = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd"));
    QVERIFY2(r.out.startsWith(QStringLiteral("Offline: as of ") + today), qPrintable(r.out));
    QCOMPARE(r.out.section(QLatin1Char('\n'), 1), online);
    r = cli(home, {QStringLiteral("status")});
    QVERIFY2(r.out.contains(QStringLiteral("Account: Sam Patel")), qPrintable(r.out));
    // The attempt cannot be sent now: it stays, saying why.
    r = cli(home, {QStringLiteral("sync")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(
        r.out.contains(QStringLiteral("Still on this computer: 1 attempt")), qPrintable(r.out));
    QVERIFY2(
        r.out.contains(id) && r.out.contains(QStringLiteral("unreachable")), qPrintable(r.out));
}

// login without a password: the CLI prints the platform's sign-in page; the rep signs in there
// (the browser agent) and the CLI, waiting on its loopback address, finishes the sign-in.
void TestCliLogin::loginInTheBrowser()
{
    vt::test::IsolatedHome home;
    vt::test::DemoPlatform demo;
    QString error;
    QVERIFY2(demo.start(&error), qPrintable(error));
    const QString url = demo.server().baseUrl();
    QProcess cliProcess;
    cliProcess.setProcessEnvironment(home.environment());
    cliProcess.start(
        QStringLiteral(VT_CLI_PATH), {QStringLiteral("login"), QStringLiteral("--server"), url});
    QVERIFY(cliProcess.waitForStarted());
    QUrl page;
    QByteArray printed;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            printed += cliProcess.readAllStandardOutput();
            for (const QByteArray& line : printed.split('\n')) {
                if (line.trimmed().startsWith("http"))
                    page = QUrl::fromEncoded(line.trimmed());
            }
            return page.isValid();
        }(),
        20000);
    QVERIFY2(printed.contains("Sign in in your browser"), printed.constData());
    QCOMPARE(page.path(), QStringLiteral("/oauth/authorize"));
    vt::test::BrowserAgent browser;
    const vt::test::BrowserAgent::Visit visit
        = browser.signIn(page, demo.email(who), demo.server().password(demo.email(who)));
    QCOMPARE(visit.submitStatus, 302);
    QCOMPARE(visit.returnStatus, 200);
    QVERIFY(cliProcess.waitForFinished(30000));
    printed += cliProcess.readAllStandardOutput();
    QVERIFY2(cliProcess.exitCode() == 0, (printed + cliProcess.readAllStandardError()).constData());
    QVERIFY2(printed.contains("as Sam Patel"), printed.constData());
    QVERIFY(!keychainSecret(vt::net::PlatformClient(QUrl(url)).key()).isEmpty());
    // The stored sign-in works for the next command.
    const vt::test::ProcessResult r
        = cli(home, {QStringLiteral("assignments"), QStringLiteral("--server"), url});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Rate shopper")), qPrintable(r.out));
}

// IT names the organisation's sign-in service (auth.sso_issuer): a password login is refused,
// doctor checks the service, and a service that does not describe itself is reported.
void TestCliLogin::aManagedSignInServiceAllowsOnlyTheBrowser()
{
    vt::test::IsolatedHome home;
    vt::test::DemoPlatform demo;
    QString error;
    QVERIFY2(demo.start(&error), qPrintable(error));
    const QString url = demo.server().baseUrl();
    const auto withIssuer = [&](const QString& issuer) {
        QProcessEnvironment env = home.environment();
        env.insert(QStringLiteral("VT_POLICY_FILE"),
            home.writeFile(
                QStringLiteral("policy.conf"), "[auth]\nsso_issuer=" + issuer.toUtf8() + "\n"));
        return env;
    };
    QProcessEnvironment env = withIssuer(url);
    const QString passwordFile = home.writeFile(
        QStringLiteral("password.txt"), demo.server().password(demo.email(who)).toUtf8() + "\n");
    vt::test::ProcessResult r = vt::test::runProcess(QStringLiteral(VT_CLI_PATH),
        {QStringLiteral("login"), QStringLiteral("--server"), url, QStringLiteral("--user"),
            demo.email(who), QStringLiteral("--password-file"), passwordFile},
        env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("sign-in service (%1)").arg(url))
            && r.err.contains(QStringLiteral("browser")),
        qPrintable(r.err));
    QVERIFY(keychainSecret(vt::net::PlatformClient(QUrl(url)).key()).isEmpty());

    r = vt::test::runProcess(QStringLiteral(VT_CLI_PATH),
        {QStringLiteral("doctor"), QStringLiteral("--server"), url}, env);
    QVERIFY2(
        r.out.contains(
            QStringLiteral("[pass] Sign-in service: %1, sign-in at %1/oauth/authorize").arg(url)),
        qPrintable(r.out));

    // A service whose metadata is not where the issuer says: doctor names it and what to do.
    env = withIssuer(url + QStringLiteral("/tenants/summit"));
    r = vt::test::runProcess(QStringLiteral(VT_CLI_PATH),
        {QStringLiteral("doctor"), QStringLiteral("--server"), url}, env);
    QVERIFY2(r.out.contains(QStringLiteral("[FAIL] Sign-in service: Your organisation's sign-in "
                                           "service %1/tenants/summit did not describe itself")
                                .arg(url)),
        qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("firewall")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCliLogin)
#include "TestCliLogin.moc"
