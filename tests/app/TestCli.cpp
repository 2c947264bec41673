// voicetraining-cli (and voicetraining's console options) as a user runs them: real processes
// with a private home, a policy file where IT would put one, and the private PulseAudio.
#include "AudioLibraries.h"
#include "IsolatedHome.h"
#include "ProcessRun.h"
#include "SqliteRuntime.h"
#include "VtTestConfig.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using vt::test::IsolatedHome;
using vt::test::ProcessResult;
using vt::test::runProcess;

class TestCli final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void versionReportsLinkedLibraries_data();
    void versionReportsLinkedLibraries();
    void helpListsOnlyRealCommands();
    void unknownCommandAndOptionAreUsageErrors();
    void configGetShowsValueAndSource();
    void configSetPersistsAndUnsetForgets();
    void configRefusesInvalidValues();
    void policyLocksPlatformUrl();
    void policyProblemsAreReported();
    void policyCanForbidPracticeOnThisComputer();
    void proxySettingIsChecked();
    void audioDevicesListsRealDevices();
    void spanishInterface();
    void commandsWriteTheLog();

private:
    ProcessResult cli(const QStringList& args) const
    {
        return runProcess(QStringLiteral(VT_CLI_PATH), args, m_env);
    }

    std::unique_ptr<IsolatedHome> m_home;
    QProcessEnvironment m_env;
};

void TestCli::init()
{
    m_home = std::make_unique<IsolatedHome>();
    QVERIFY(m_home->isValid());
    m_env = m_home->environment();
}

void TestCli::versionReportsLinkedLibraries_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("voicetraining-cli") << QStringLiteral(VT_CLI_PATH);
    QTest::newRow("voicetraining") << QStringLiteral(VT_GUI_PATH);
}

void TestCli::versionReportsLinkedLibraries()
{
    QFETCH(QString, program);
    // The GUI must answer --version without a display.
    m_env.remove(QStringLiteral("DISPLAY"));
    m_env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    m_env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const ProcessResult run = runProcess(program, {QStringLiteral("--version")}, m_env);
    QVERIFY2(run.finished, qPrintable(run.err));
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 5);
    QVERIFY2(QRegularExpression(
                 QStringLiteral(R"(^Voice AI Training \d+\.\d+\.\d+ \(commit [0-9a-z.-]+\)$)"))
                 .match(lines.at(0))
                 .hasMatch(),
        qPrintable(lines.at(0)));
    // The same versions this test process loads: the libraries actually linked.
    QCOMPARE(lines.at(1),
        QStringLiteral("Qt %1 (built with %2)")
            .arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR)));
    QCOMPARE(lines.at(2),
        QStringLiteral("PortAudio ") + QString::fromStdString(vt::audio::portAudioVersion()));
    QCOMPARE(
        lines.at(3), QStringLiteral("Opus ") + QString::fromStdString(vt::audio::opusVersion()));
    QCOMPARE(lines.at(4), QStringLiteral("SQLite ") + vt::net::sqliteRuntimeVersion());
    QVERIFY(lines.at(4).contains(QRegularExpression(QStringLiteral(R"(^SQLite 3\.\d+\.\d+$)"))));
}

void TestCli::helpListsOnlyRealCommands()
{
    const ProcessResult run = cli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    const qsizetype start = run.out.indexOf(QLatin1String("Commands:\n"));
    const qsizetype end = run.out.indexOf(QLatin1String("\n\n"), start);
    QVERIFY(start >= 0 && end > start);
    QStringList commands;
    for (const QString& line : run.out.mid(start, end - start).split(QLatin1Char('\n')).mid(1))
        commands << line.simplified().section(QLatin1Char(' '), 0, 0);
    QCOMPARE(commands,
        QStringList({"practice", "scenarios", "assignments", "status", "sync", "login", "logout",
            "doctor", "config", "audio", "score"}));
    for (const QString& command : commands) {
        const ProcessResult sub = cli({command, QStringLiteral("--help")});
        QCOMPARE(sub.exitCode, 0);
        QVERIFY2(sub.out.startsWith(QLatin1String("Usage: voicetraining-cli ") + command),
            qPrintable(sub.out));
    }
}

void TestCli::unknownCommandAndOptionAreUsageErrors()
{
    ProcessResult run = cli({QStringLiteral("practise")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.trimmed(),
        QStringLiteral("voicetraining-cli: unknown command “practise”. Try --help."));
    run = cli({QStringLiteral("--frobnicate")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("unknown option “--frobnicate”")));
    run = cli({});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QLatin1String("Usage:")));
    run = cli({QStringLiteral("config"), QStringLiteral("get")});
    QCOMPARE(run.exitCode, 2);
}

void TestCli::configGetShowsValueAndSource()
{
    const ProcessResult run
        = cli({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("ui.theme")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("ui.theme = system\nsource: default\n"));
    const ProcessResult unknown
        = cli({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("ui.colour")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("there is no setting “ui.colour”")));
}

void TestCli::configSetPersistsAndUnsetForgets()
{
    ProcessResult run = cli({QStringLiteral("config"), QStringLiteral("set"),
        QStringLiteral("platform.url"), QStringLiteral("https://training.example.com/")});
    QCOMPARE(run.exitCode, 0);
    const QString file = m_home->configDir() + QStringLiteral("/VoiceTraining/VoiceTraining.ini");
    QCOMPARE(run.out,
        QStringLiteral("platform.url = https://training.example.com\nsource: user settings %1\n")
            .arg(file));
    QVERIFY(QFile::exists(file));

    run = cli({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("platform.url"),
        QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("value")).toString(),
        QStringLiteral("https://training.example.com"));
    QCOMPARE(json.value(QStringLiteral("source")).toString(), QStringLiteral("user"));
    QCOMPARE(json.value(QStringLiteral("locked")).toBool(true), false);

    run = cli({QStringLiteral("config"), QStringLiteral("unset"), QStringLiteral("platform.url")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("platform.url = \nsource: default\n"));
}

void TestCli::configRefusesInvalidValues()
{
    ProcessResult run = cli({QStringLiteral("config"), QStringLiteral("set"),
        QStringLiteral("platform.url"), QStringLiteral("http://training.example.com")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("must use https://")), qPrintable(run.err));
    run = cli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("ui.theme"),
        QStringLiteral("pink")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.trimmed(),
        QStringLiteral("voicetraining-cli: ui.theme must be one of: system, light, dark."));
    run = cli({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("platform.url")});
    QCOMPARE(run.out, QStringLiteral("platform.url = \nsource: default\n"));
}

void TestCli::policyLocksPlatformUrl()
{
    const QString policy = m_home->writeFile(
        QStringLiteral("etc/policy.conf"), "[platform]\nurl=https://lms.summitlending.example\n");
    m_env.insert(QStringLiteral("VT_POLICY_FILE"), policy);
    ProcessResult run
        = cli({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("platform.url")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
        QStringLiteral(
            "platform.url = https://lms.summitlending.example\nsource: policy %1 (locked)\n")
            .arg(policy));

    run = cli({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("platform.url"),
        QStringLiteral("--json")});
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QStringLiteral("source")).toString(), QStringLiteral("policy"));
    QCOMPARE(json.value(QStringLiteral("locked")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("policy_origin")).toString(), policy);

    run = cli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("platform.url"),
        QStringLiteral("https://mine.example")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(
        run.err.contains(QLatin1String("set by your organisation's policy")), qPrintable(run.err));
    run = cli({QStringLiteral("config"), QStringLiteral("unset"), QStringLiteral("platform.url")});
    QCOMPARE(run.exitCode, 3);
    // Other settings stay the user's to change.
    run = cli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("ui.theme"),
        QStringLiteral("dark")});
    QCOMPARE(run.exitCode, 0);
}

void TestCli::policyProblemsAreReported()
{
    m_env.insert(QStringLiteral("VT_POLICY_FILE"),
        QStringLiteral(VT_TEST_DATA_DIR "/policy/mixed-problems.conf"));
    const ProcessResult run = cli({QStringLiteral("config"), QStringLiteral("list")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QLatin1String("ui.theme = dark\n")));
    QVERIFY(run.out.contains(QLatin1String("platform.url = \n")));
    QVERIFY2(run.err.contains(QLatin1String("warning: Policy "))
            && run.err.contains(QStringLiteral("unknown setting “platfrom.url”")),
        qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("sets platform.url to a value that is not allowed")));
}

void TestCli::policyCanForbidPracticeOnThisComputer()
{
    m_env.insert(QStringLiteral("VT_POLICY_FILE"),
        QStringLiteral(VT_TEST_DATA_DIR "/policy/platform-only.conf"));
    // Neither --local nor an empty platform.url starts the embedded platform.
    for (const QStringList& args :
        {QStringList{QStringLiteral("scenarios"), QStringLiteral("--local")},
            QStringList{QStringLiteral("scenarios")}}) {
        const ProcessResult run = cli(args);
        QVERIFY2(run.finished, qPrintable(run.err));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("practice.local_allowed is off"))
                && run.err.contains(QLatin1String("--server")),
            qPrintable(run.err));
        QCOMPARE(run.out, QString());
    }
    QVERIFY(!QDir(m_home->dataDir() + QStringLiteral("/VoiceTraining/VoiceTraining"))
                 .exists(QStringLiteral("local-platform")));
    const ProcessResult get = cli({QStringLiteral("config"), QStringLiteral("get"),
        QStringLiteral("practice.local_allowed")});
    QVERIFY2(get.out.startsWith(QLatin1String("practice.local_allowed = off\nsource: policy")),
        qPrintable(get.out));
}

void TestCli::proxySettingIsChecked()
{
    ProcessResult run = cli({QStringLiteral("config"), QStringLiteral("set"),
        QStringLiteral("network.proxy"), QStringLiteral("http://rep:hunter2@proxy.example:3128")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.trimmed(),
        QStringLiteral("voicetraining-cli: network.proxy: The proxy address must not contain a "
                       "user name or password."));
    run = cli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("network.proxy"),
        QStringLiteral("HTTP://Proxy.Example:3128")});
    QCOMPARE(run.exitCode, 0);
    run = cli({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("network.proxy")});
    QVERIFY2(run.out.startsWith(
                 QLatin1String("network.proxy = http://proxy.example:3128\nsource: user settings")),
        qPrintable(run.out));
    // Nothing the user typed that was refused reached the settings file or the log.
    QDirIterator files(m_home->path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile f(files.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("hunter2"), qPrintable(f.fileName()));
    }
}

void TestCli::audioDevicesListsRealDevices()
{
    ProcessResult run = cli({QStringLiteral("audio"), QStringLiteral("devices")});
    QVERIFY2(run.finished, qPrintable(run.err));
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QLatin1String("Microphones:\n")), qPrintable(run.out));
    QVERIFY(run.out.contains(QLatin1String("pulse [ALSA] 32 channels, 44100 Hz")));
    QVERIFY(run.out.contains(QLatin1String("Chosen microphone: system default")));
    // PortAudio's back ends print nothing of their probing.
    QCOMPARE(run.err, QString());

    run = cli({QStringLiteral("audio"), QStringLiteral("devices"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray devices = QJsonDocument::fromJson(run.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("devices"))
                                   .toArray();
    QVERIFY(std::any_of(devices.begin(), devices.end(), [](const QJsonValue& d) {
        return d[QLatin1String("name")].toString() == QLatin1String("pulse")
            && d[QLatin1String("input_channels")].toInt() > 0;
    }));
}

void TestCli::spanishInterface()
{
    QCOMPARE(cli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("ui.language"),
                     QStringLiteral("es")})
                 .exitCode,
        0);
    const ProcessResult help = cli({QStringLiteral("--help")});
    QVERIFY2(help.out.startsWith(QLatin1String("Uso: voicetraining-cli")), qPrintable(help.out));
    const ProcessResult get
        = cli({QStringLiteral("config"), QStringLiteral("get"), QStringLiteral("ui.theme")});
    QCOMPARE(get.out, QStringLiteral("ui.theme = system\norigen: predeterminado\n"));
}

void TestCli::commandsWriteTheLog()
{
    QCOMPARE(cli({QStringLiteral("--verbose"), QStringLiteral("config"), QStringLiteral("list")})
                 .exitCode,
        0);
    QFile log(
        m_home->dataDir() + QStringLiteral("/VoiceTraining/VoiceTraining/logs/voicetraining.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(log.readAll());
    QVERIFY2(text.contains(QLatin1String(" I vt.app: Voice AI Training")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
