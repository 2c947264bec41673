// voicetraining-cli audio meter|echo-test|encode|decode as a rep or IT runs them: real
// processes on the private PulseAudio, speech played into its virtual microphone, and for the
// echo test a real echo path (the speaker's monitor looped back into the microphone).
#include "IsolatedHome.h"
#include "ProcessRun.h"
#include "Speech.h"
#include "VtTestConfig.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using vt::test::IsolatedHome;
using vt::test::ProcessResult;
using vt::test::runProcess;

class TestAudioCommands final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void encodeAndDecodeFiles();
    void encodeNamesABadInput();
    void usageErrors_data();
    void usageErrors();
    void meterJudgesSpeech();
    void meterOnASilentMicrophone();
    void echoTestWithoutEchoPath();
    void echoTestWithAnEchoPath();

private:
    ProcessResult cli(const QStringList& args) const
    {
        return runProcess(QStringLiteral(VT_CLI_PATH), args, m_env);
    }
    ProcessResult pactl(const QStringList& args) const;
    static QJsonObject json(const ProcessResult& run)
    {
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    IsolatedHome m_files;
    QString m_speech;
    std::unique_ptr<IsolatedHome> m_home;
    QProcessEnvironment m_env;
};

ProcessResult TestAudioCommands::pactl(const QStringList& args) const
{
    QProcessEnvironment env = m_env;
    env.insert(
        QStringLiteral("PULSE_SERVER"), QStringLiteral("unix:" VT_PULSE_ALONE_DIR "/control"));
    return runProcess(QStringLiteral("pactl"), args, env);
}

void TestAudioCommands::initTestCase()
{
    m_speech = m_files.path() + QStringLiteral("/speech.wav");
    vt::test::synthesizeSpeech(
        QStringLiteral("Hi, this is Sam from Harbor Mortgage. Do you have a minute to talk about "
                       "your refinance? I can walk you through today's rates and fees."),
        m_speech);
}

void TestAudioCommands::init()
{
    m_home = std::make_unique<IsolatedHome>();
    m_env = m_home->environment();
}

void TestAudioCommands::encodeAndDecodeFiles()
{
    const QString opus = m_home->path() + QStringLiteral("/speech.opus");
    ProcessResult run = cli({QStringLiteral("audio"), QStringLiteral("encode"), m_speech, opus});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(
        QRegularExpression(
            QStringLiteral(
                R"(→ .*speech\.opus: \d+\.\d\d s of audio \(\d+ Hz, 1 channel\), \d+ packets, [\d.]+ kB, 2\d\.\d kbit/s)"))
            .match(run.out)
            .hasMatch(),
        qPrintable(run.out));

    const QString wav = m_home->path() + QStringLiteral("/decoded.wav");
    run = cli({QStringLiteral("audio"), QStringLiteral("decode"), opus, wav});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("1 channel at 48000 Hz")), qPrintable(run.out));
    const std::vector<float> source = vt::test::loadMono48k(m_speech);
    const std::vector<float> decoded = vt::test::loadMono48k(wav);
    QCOMPARE(decoded.size(), source.size());
    QVERIFY(vt::test::envelopeCorrelation(source, decoded, 0) >= 0.9);
}

void TestAudioCommands::encodeNamesABadInput()
{
    const QString bogus = m_home->writeFile(QStringLiteral("bogus.wav"), "RIFF\x04\0\0\0WAVE");
    const ProcessResult run = cli({QStringLiteral("audio"), QStringLiteral("encode"), bogus,
        m_home->path() + QStringLiteral("/out.opus")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(
        run.err.startsWith(QStringLiteral("voicetraining-cli: ") + bogus + QStringLiteral(": ")),
        qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
}

void TestAudioCommands::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("nothing") << QStringList{QStringLiteral("audio")};
    QTest::newRow("unknown") << QStringList{QStringLiteral("audio"), QStringLiteral("record")};
    QTest::newRow("encode one file")
        << QStringList{QStringLiteral("audio"), QStringLiteral("encode"), QStringLiteral("a.wav")};
    QTest::newRow("meter zero") << QStringList{QStringLiteral("audio"), QStringLiteral("meter"),
        QStringLiteral("--seconds"), QStringLiteral("0")};
    QTest::newRow("meter words") << QStringList{QStringLiteral("audio"), QStringLiteral("meter"),
        QStringLiteral("--seconds"), QStringLiteral("ten")};
    QTest::newRow("echo-test option") << QStringList{
        QStringLiteral("audio"), QStringLiteral("echo-test"), QStringLiteral("--loud")};
}

void TestAudioCommands::usageErrors()
{
    QFETCH(QStringList, args);
    const ProcessResult run = cli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(
        run.err.startsWith(QLatin1String("Usage: voicetraining-cli audio")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestAudioCommands::meterJudgesSpeech()
{
    // The speech starts once the meter listens: the meter announces itself first.
    QProcess meter;
    meter.setProcessEnvironment(m_env);
    meter.start(QStringLiteral(VT_CLI_PATH),
        {QStringLiteral("audio"), QStringLiteral("meter"), QStringLiteral("--seconds"),
            QStringLiteral("8")});
    QVERIFY(meter.waitForStarted());
    QVERIFY(meter.waitForReadyRead(10000));
    QVERIFY(meter.readLine().startsWith("Listening to “default” for 8 seconds."));
    QVERIFY(meter.waitForReadyRead(10000)); // the first level line: the microphone delivers
    const ProcessResult play = runProcess(
        QStringLiteral("paplay"), {QStringLiteral("--device=vt_mic_feed"), m_speech}, m_env);
    QVERIFY2(play.finished && play.exitCode == 0, qPrintable(play.err));
    QVERIFY(meter.waitForFinished(30000));
    QCOMPARE(meter.exitCode(), 0);
    const QString out = QString::fromUtf8(meter.readAllStandardOutput());
    const QStringList lines = out.trimmed().split(QLatin1Char('\n'));
    QVERIFY2(lines.size() >= 20, qPrintable(out)); // four level lines a second
    QVERIFY2(QRegularExpression(QStringLiteral(R"(^ *-?\d+\.\d dBFS \[[#-]{30}\] peak -?\d+\.\d$)"))
                 .match(lines.at(0))
                 .hasMatch(),
        qPrintable(lines.at(0)));
    QCOMPARE(lines.last(), QStringLiteral("The level is good."));
    QVERIFY(lines.at(lines.size() - 2).startsWith(QLatin1String("Loudest sample ")));
}

void TestAudioCommands::meterOnASilentMicrophone()
{
    const ProcessResult run = cli({QStringLiteral("audio"), QStringLiteral("meter"),
        QStringLiteral("--seconds"), QStringLiteral("2"), QStringLiteral("--json")});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
    const QJsonObject result = json(run);
    QCOMPARE(result.value(QLatin1String("verdict")).toString(), QStringLiteral("no_signal"));
    QCOMPARE(result.value(QLatin1String("device")).toString(), QStringLiteral("default"));
    QVERIFY(result.value(QLatin1String("seconds")).toDouble() >= 2.0);
    QCOMPARE(result.value(QLatin1String("peak_dbfs")).toDouble(), -100.0);
}

void TestAudioCommands::echoTestWithoutEchoPath()
{
    const ProcessResult run = cli({QStringLiteral("audio"), QStringLiteral("echo-test")});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
    QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    // The private sound server sometimes drops its devices for a moment: the test says so and
    // plays the sound again.
    lines.removeAll(QStringLiteral("The audio devices stopped delivering sound: trying again."));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0),
        QStringLiteral("Playing a test sound on “default” and listening with “default”. Keep quiet "
                       "until it ends."));
    QVERIFY2(lines.at(1).startsWith(
                 QLatin1String("The microphone heard -100.0 dBFS while the sound played")),
        qPrintable(lines.at(1)));
    QCOMPARE(lines.at(2),
        QStringLiteral("The microphone does not hear the speakers: speakers are fine."));
}

void TestAudioCommands::echoTestWithAnEchoPath()
{
    // The speaker's sound reaches the microphone 60 ms later, like laptop speakers. The
    // loopback's rate adjustment is off: it would make the echo path drift, which no room does.
    const ProcessResult load
        = pactl({QStringLiteral("load-module"), QStringLiteral("module-loopback"),
            QStringLiteral("source=vt_speaker.monitor"), QStringLiteral("sink=vt_mic_feed"),
            QStringLiteral("latency_msec=60"), QStringLiteral("adjust_time=0")});
    QVERIFY2(load.finished && load.exitCode == 0, qPrintable(load.err));
    const QString module = load.out.trimmed();
    const auto unload = qScopeGuard([&] { pactl({QStringLiteral("unload-module"), module}); });

    ProcessResult run
        = cli({QStringLiteral("audio"), QStringLiteral("echo-test"), QStringLiteral("--json")});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.err));
    const QJsonObject result = json(run);
    const double erle = result.value(QLatin1String("erle_db")).toDouble();
    QVERIFY2(result.value(QLatin1String("echo_dbfs")).toDouble() > -30.0, qPrintable(run.out));
    QVERIFY2(erle >= 15.0, qPrintable(run.out));
    QCOMPARE(result.value(QLatin1String("verdict")).toString(), QStringLiteral("speakers_fine"));
    // A stutter of the speaker that spoilt the measurement is measured again, not reported.
    const int attempts = result.value(QLatin1String("attempts")).toInt();
    QVERIFY2(attempts >= 1 && attempts <= 3, qPrintable(run.out));

    QVERIFY(std::fabs(result.value(QLatin1String("signal_dbfs")).toDouble() + 20.0) < 1.5);
    QVERIFY(result.value(QLatin1String("residual_dbfs")).toDouble()
        < result.value(QLatin1String("echo_dbfs")).toDouble() - 15.0);
}

QTEST_GUILESS_MAIN(TestAudioCommands)
#include "TestAudioCommands.moc"
