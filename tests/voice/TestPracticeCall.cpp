// A whole practice call as a user runs it: voicetraining-cli practice --local against the
// embedded platform, whose voice gateway recognises the rep with pocketsphinx and answers with
// the persona in another voice. The rep is the bundled sample recording (flite's rms voice):
// once as the file microphone of the headless call (scripts/run), once played into a virtual
// microphone on the private PulseAudio while the app captures and plays through real devices
// (the microphone stalls for a while first: the call goes on).
// Checks that what the rep said was heard, the prospect raised its scripted objection, and
// the attempt is stored completed, its platform score equal to the client's.
#include "DemoPlatform.h"
#include "IsolatedHome.h"
#include "ProcessRun.h"
#include "VirtualMicrophone.h"
#include "VtTestConfig.h"
#include "WordErrorRate.h"

#include "AudioFile.h"
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace vt::test;

namespace {

const QString sample = QStringLiteral(VT_SOURCE_DIR "/resources/sample-rep/rate-shopper.opus");

// A fresh home whose local platform (--local --data-dir) has the rate shopper scenario.
struct LocalPractice {
    LocalPractice()
    {
        const ProcessResult list = runProcess(QStringLiteral(VT_CLI_PATH),
            QStringList{QStringLiteral("scenarios")} + connection, home.environment());
        if (!list.finished || list.exitCode != 0)
            qWarning("scenarios: %s", qPrintable(list.err));
        for (const QString& line : list.out.split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1String("Rate shopper")))
                scenarioId = line.section(QLatin1Char(' '), 0, 0);
        }
    }
    // The practice command's arguments before the audio options.
    QStringList practice() const
    {
        return QStringList{QStringLiteral("practice"), QStringLiteral("--scenario"), scenarioId,
                   QStringLiteral("--json"), json}
        + connection;
    }

    IsolatedHome home;
    QString platformDir = home.path() + QStringLiteral("/platform");
    QStringList connection{QStringLiteral("--local"), QStringLiteral("--data-dir"), platformDir};
    QString json = home.path() + QStringLiteral("/attempt.json");
    QString scenarioId; // empty when the platform did not list it
};

} // namespace

class TestPracticeCall : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void headlessCallIsHeardAnsweredScoredAndStored();
    void callThroughTheSoundServer();
    void aKilledCallIsRecoveredScoredAndSynced();
    void offlinePracticeForAHostedPlatformUploadsLater();
    void aSilentCallIsNotScored();

private:
    void checkAttempt(const QString& out, const QString& json, const QString& platformDir);
};

void TestPracticeCall::headlessCallIsHeardAnsweredScoredAndStored()
{
    const LocalPractice local;
    QVERIFY(local.home.isValid());
    QVERIFY(!local.scenarioId.isEmpty());
    const QString speaker = local.home.path() + QStringLiteral("/prospect.wav");
    const ProcessResult call = runProcess(QStringLiteral(VT_CLI_PATH),
        local.practice()
            + QStringList{QStringLiteral("--mic-file"), sample, QStringLiteral("--speaker-file"),
                speaker},
        local.home.environment(), 240000);
    QVERIFY2(call.finished, qPrintable(call.err));
    QVERIFY2(call.exitCode == 0, qPrintable(call.out + call.err));
    checkAttempt(call.out, local.json, local.platformDir);
}

void TestPracticeCall::callThroughTheSoundServer()
{
    const LocalPractice local;
    QVERIFY(local.home.isValid());
    QVERIFY(!local.scenarioId.isEmpty());
    // ALSA's "pulse" device both ways: the private PulseAudio's null-sink speaker, and as the
    // microphone one of this test's own (the sound server's default source for the CLI).
    VirtualMicrophone microphone(QStringLiteral("vt_mic_practice_call"));
    QCOMPARE(microphone.create(), QString());
    QProcessEnvironment environment = local.home.environment();
    environment.insert(QStringLiteral("PULSE_SOURCE"), microphone.source());
    QProcess cli;
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(VT_CLI_PATH),
        local.practice()
            + QStringList{QStringLiteral("--mic"), QStringLiteral("pulse"),
                QStringLiteral("--speaker"), QStringLiteral("pulse")});
    QVERIFY(cli.waitForStarted());
    QByteArray out;
    QByteArray err;
    const auto waitFor = [&](const QByteArray& text, int ms) {
        return QTest::qWaitFor(
            [&] {
                out += cli.readAllStandardOutput();
                err += cli.readAllStandardError();
                return out.contains(text) || err.contains(text)
                    || cli.state() == QProcess::NotRunning;
            },
            ms);
    };
    // The prospect picks up.
    QVERIFY2(waitFor("] Prospect: ", 60000), out.constData());
    QVERIFY2(cli.state() == QProcess::Running, qPrintable(out + err));
    // The microphone stops delivering for a while (a hung device, a starved sound server): the
    // call goes on, and the audio continues once it delivers again. ALSA's "pulse" is the
    // sound server's default device, and is named so.
    QCOMPARE(microphone.stall(), QString());
    QVERIFY2(waitFor("[audio] system default stopped; reconnecting", 30000), qPrintable(out + err));
    QVERIFY2(!err.contains("[audio] back on"), err.constData());
    QCOMPARE(microphone.resume(), QString());
    QVERIFY2(waitFor("[audio] back on system default", 30000), err.constData());
    QVERIFY2(cli.state() == QProcess::Running, qPrintable(out + err));
    // The rep (the recording, its lead-in included) talks into the microphone. The call ends when
    // the prospect agrees or hangs up.
    QProcess rep;
    rep.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    rep.start(QStringLiteral("paplay"), {QStringLiteral("--device=") + microphone.sink(), sample});
    QVERIFY(rep.waitForStarted());
    QVERIFY2(cli.waitForFinished(240000), out.constData());
    rep.waitForFinished(10000);
    out += cli.readAllStandardOutput();
    err += cli.readAllStandardError();
    QVERIFY2(rep.exitCode() == 0, rep.readAllStandardError().constData());
    QVERIFY2(
        cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0, qPrintable(out + err));
    checkAttempt(QString::fromUtf8(out), local.json, local.platformDir);
}

// The CLI is SIGKILLed in the middle of a real call (the rep has spoken, the prospect has
// answered). The next start finds the call in the journal, scores what was captured, saves it
// as interrupted and queues it with the recording written so far; sync delivers both.
void TestPracticeCall::aKilledCallIsRecoveredScoredAndSynced()
{
    const LocalPractice local;
    QVERIFY(local.home.isValid());
    QVERIFY(!local.scenarioId.isEmpty());
    QProcess cli;
    cli.setProcessEnvironment(local.home.environment());
    cli.start(QStringLiteral(VT_CLI_PATH),
        local.practice() + QStringList{QStringLiteral("--mic-file"), sample});
    QVERIFY(cli.waitForStarted());
    QByteArray out;
    // Two rep lines and the prospect's answers: well into the call.
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     out += cli.readAllStandardOutput();
                     return out.count("] Rep: ") >= 2 || cli.state() == QProcess::NotRunning;
                 },
                 120000),
        out.constData());
    QVERIFY2(cli.state() == QProcess::Running, qPrintable(out + cli.readAllStandardError()));
    cli.kill(); // SIGKILL: no cleanup of any kind
    QVERIFY(cli.waitForFinished(10000));
    QVERIFY(!out.contains("Score: "));

    // The next start recovers it.
    ProcessResult r = runProcess(
        QStringLiteral(VT_CLI_PATH), {QStringLiteral("status")}, local.home.environment());
    QCOMPARE(r.exitCode, 0);
    static const QRegularExpression recovered(
        QStringLiteral("Recovered the call ([0-9a-f-]{36}), cut off when the app stopped: (\\d+) "
                       "lines? scored"));
    const QRegularExpressionMatch m = recovered.match(r.err);
    QVERIFY2(m.hasMatch(), qPrintable(r.err));
    const QString attemptId = m.captured(1);
    QVERIFY2(m.captured(2).toInt() >= 3, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Waiting to upload: 1")), qPrintable(r.out));

    r = runProcess(QStringLiteral(VT_CLI_PATH),
        QStringList{QStringLiteral("sync")} + local.connection, local.home.environment());
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Sent: the recording ") + attemptId), qPrintable(r.out));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("killed"));
        db.setDatabaseName(local.platformDir + QStringLiteral("/platform.sqlite"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT status, interrupted, ended_by, client_score, "
                                      "recording_bytes FROM scenario_attempts WHERE id = '%1'")
                           .arg(attemptId)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("completed"));
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(2).toString(), QStringLiteral("error"));
        QVERIFY(!q.value(3).isNull());
        QVERIFY2(q.value(4).toLongLong() > 1000, qPrintable(q.value(4).toString()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("killed"));
    // Nothing left, and a second start recovers nothing more.
    r = runProcess(
        QStringLiteral(VT_CLI_PATH), {QStringLiteral("status")}, local.home.environment());
    QVERIFY2(!r.err.contains(QStringLiteral("Recovered")), qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Synced: 1")), qPrintable(r.out));
}

// A rep signed in to a hosted platform (a voicetraining-server process) practises while it is
// down: the app's own practice agent plays the scenario from the last sync, the attempt is
// saved for the platform, and once the platform is back, sync creates it there, completed.
void TestPracticeCall::offlinePracticeForAHostedPlatformUploadsLater()
{
    IsolatedHome home;
    DemoPlatform demo;
    QString error;
    QVERIFY2(demo.start(&error), qPrintable(error));
    const QString who = QStringLiteral("sam.patel");
    const QString url = demo.server().baseUrl();
    const quint16 port = demo.server().port();
    const QString scenario = demo.scenarioId(who, QStringLiteral("Rate"));
    const auto cli = [&](const QStringList& args, int timeoutMs = 120000) {
        return runProcess(QStringLiteral(VT_CLI_PATH), args, home.environment(), timeoutMs);
    };
    const QString passwordFile = home.writeFile(
        QStringLiteral("password.txt"), demo.server().password(demo.email(who)).toUtf8());
    ProcessResult r
        = cli({QStringLiteral("login"), QStringLiteral("--server"), url, QStringLiteral("--user"),
            demo.email(who), QStringLiteral("--password-file"), passwordFile});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(
        cli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("platform.url"), url})
            .exitCode,
        0);
    r = cli({QStringLiteral("sync")});
    QVERIFY2(r.exitCode == 0 && r.out.contains(QStringLiteral("Ready for offline use")),
        qPrintable(r.out + r.err));

    demo.server().stop(true); // down, its data kept
    const QString json = home.path() + QStringLiteral("/attempt.json");
    r = cli({QStringLiteral("practice"), QStringLiteral("--scenario"), scenario,
                QStringLiteral("--mic-file"), sample, QStringLiteral("--json"), json,
                QStringLiteral("--data-dir"), home.path() + QStringLiteral("/local-platform")},
        240000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(
        r.out.contains(QStringLiteral("cannot be reached: practising with the practice agent")),
        qPrintable(r.out));
    QVERIFY2(
        r.out.contains(QStringLiteral("] Prospect: ")) && r.out.contains(QStringLiteral("] Rep: ")),
        qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Saved on this computer; it will upload")),
        qPrintable(r.out));
    const QJsonObject attempt = QJsonDocument::fromJson(readTestFile(json)).object();
    const QString id = attempt.value(QStringLiteral("attempt_id")).toString();
    QVERIFY(!id.isEmpty());
    r = cli({QStringLiteral("status")});
    QVERIFY2(r.out.contains(QStringLiteral("Waiting to upload: 1")), qPrintable(r.out));

    // Back, at the same address: the attempt is created there, completed, Sam's.
    QVERIFY2(demo.server().restart(
                 &error, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)}),
        qPrintable(error));
    r = cli({QStringLiteral("sync")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(
        r.out.contains(QStringLiteral("Sent: the completed attempt ") + id), qPrintable(r.out));
    const QJsonObject stored
        = demo.api().get(QStringLiteral("/api/v1/attempts/") + id, demo.token(who)).json();
    QCOMPARE(stored.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(
        stored.value(QStringLiteral("scenario")).toObject().value(QStringLiteral("id")).toString(),
        scenario);
    QCOMPARE(stored.value(QStringLiteral("score")).toDouble(),
        attempt.value(QStringLiteral("report"))
            .toObject()
            .value(QStringLiteral("score"))
            .toDouble());
    QVERIFY(stored.value(QStringLiteral("transcript"))
                .toObject()
                .value(QStringLiteral("utterances"))
                .toArray()
                .size()
        >= 6);
    QVERIFY(stored.value(QStringLiteral("recording"))
                .toObject()
                .value(QStringLiteral("available"))
                .toBool());
}

// A rep who says nothing (a microphone that picks up nothing): the CLI says it cannot hear
// them, and the call, too short to judge, has no score on either side (docs/scoring.md §4.1).
void TestPracticeCall::aSilentCallIsNotScored()
{
    const LocalPractice local;
    QVERIFY(!local.scenarioId.isEmpty());
    const QString silence = local.home.path() + QStringLiteral("/silence.wav");
    vt::audio::AudioClip clip;
    clip.sampleRate = 48000;
    clip.channels = 1;
    clip.samples.assign(std::size_t(48000) * 14, 0.0f);
    QCOMPARE(QString::fromStdString(vt::audio::writeWav(silence.toStdString(), clip)), QString());
    const ProcessResult call = runProcess(QStringLiteral(VT_CLI_PATH),
        local.practice() + QStringList{QStringLiteral("--mic-file"), silence},
        local.home.environment(), 240000);
    QVERIFY2(call.finished, qPrintable(call.err));
    QVERIFY2(call.exitCode == 0, qPrintable(call.out + call.err));
    QVERIFY2(call.err.contains(QLatin1String("[audio] We can't hear you. Your microphone (file) "
                                             "has picked up nothing for 8 seconds.")),
        qPrintable(call.err));
    QVERIFY2(call.out.contains(QLatin1String("Not scored: You did not say enough to score this "
                                             "call. A call is scored once you have said at least "
                                             "20 words over 10 seconds.")),
        qPrintable(call.out));
    QVERIFY2(!call.out.contains(QLatin1String("Score: ")), qPrintable(call.out));
    const QJsonObject attempt = QJsonDocument::fromJson(readTestFile(local.json)).object();
    const QJsonObject report = attempt.value(QStringLiteral("report")).toObject();
    QCOMPARE(report.value(QStringLiteral("scored")).toBool(true), false);
    QVERIFY(report.value(QStringLiteral("score")).isNull());
    QVERIFY(attempt.value(QStringLiteral("completed")).toBool());
    QVERIFY(attempt.value(QStringLiteral("platform_score")).isNull());
    // The platform stored it completed, with no score.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            QStringLiteral("QSQLITE"), QStringLiteral("silent-platform"));
        db.setDatabaseName(local.platformDir + QStringLiteral("/platform.sqlite"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT status, score, client_score, score_mismatch FROM "
                                      "scenario_attempts WHERE id = '%1'")
                           .arg(attempt.value(QStringLiteral("attempt_id")).toString())));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("completed"));
        QVERIFY(q.value(1).isNull());
        QVERIFY(q.value(2).isNull());
        QCOMPARE(q.value(3).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("silent-platform"));
}

void TestPracticeCall::checkAttempt(
    const QString& out, const QString& json, const QString& platformDir)
{
    // The live transcript and the results were printed.
    QVERIFY2(out.contains(QLatin1String("] Prospect: ")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("] Rep: ")), qPrintable(out));
    // The platform said what plays the prospect: here the practice script.
    QVERIFY2(
        out.contains(QLatin1String("follows the scenario's practice script.")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Score: ")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Turn latency: p50 ")), qPrintable(out));

    const QJsonObject attempt = QJsonDocument::fromJson(readTestFile(json)).object();
    const QJsonArray transcript = attempt.value(QStringLiteral("transcript")).toArray();
    QStringList repTexts;
    int prospectLines = 0;
    for (const QJsonValue& v : transcript) {
        const QJsonObject u = v.toObject();
        if (u.value(QStringLiteral("speaker")).toString() == QLatin1String("rep"))
            repTexts.append(u.value(QStringLiteral("text")).toString());
        else
            ++prospectLines;
    }
    QVERIFY2(repTexts.size() >= 3, qPrintable(repTexts.join(QLatin1Char('\n'))));
    QVERIFY(prospectLines >= 3);

    // Each line was printed once as it ended; a line the rep cut short once more, marked so,
    // and no other line is marked.
    int truncatedLines = 0;
    for (const QJsonValue& v : transcript) {
        const QJsonObject u = v.toObject();
        const QString who = u.value(QStringLiteral("speaker")).toString() == QLatin1String("rep")
            ? QStringLiteral("Rep")
            : QStringLiteral("Prospect");
        const QString text = u.value(QStringLiteral("text")).toString();
        const bool truncated = u.value(QStringLiteral("truncated")).toBool();
        truncatedLines += truncated ? 1 : 0;
        const QString printed
            = QStringLiteral("] %1: %2%3\n")
                  .arg(who, text, truncated ? QStringLiteral(" —  (cut off)") : QString());
        QVERIFY2(out.count(printed) == 1, qPrintable(printed + QStringLiteral("\n---\n") + out));
    }
    QCOMPARE(out.count(QStringLiteral("(cut off)")), truncatedLines);
    QCOMPARE(
        out.count(QRegularExpression(QStringLiteral("^\\[\\d\\d:\\d\\d\\.\\d\\] (Rep|Prospect): "),
            QRegularExpression::MultilineOption)),
        transcript.size() + truncatedLines);

    // Word error rate of everything the rep said against the script.
    QStringList script;
    for (const ScriptLine& line :
        readRepScript(QStringLiteral(VT_SOURCE_DIR "/resources/sample-rep/rate-shopper.txt")))
        script += wordsOf(line.text);
    const QStringList heard = wordsOf(repTexts.join(QLatin1Char(' ')));
    const double wer = wordErrorRate(script, heard);
    qInfo("rep word error rate %.1f %% over %lld words", wer * 100, qlonglong(script.size()));
    QVERIFY2(wer <= 0.35,
        qPrintable(QStringLiteral("WER %1: heard %2").arg(wer).arg(heard.join(QLatin1Char(' ')))));

    const QJsonObject report = attempt.value(QStringLiteral("report")).toObject();
    const QJsonArray raised = report.value(QStringLiteral("kpis"))
                                  .toObject()
                                  .value(QStringLiteral("objections"))
                                  .toObject()
                                  .value(QStringLiteral("raised"))
                                  .toArray();
    QVERIFY2(raised.contains(QStringLiteral("cheaper_online")),
        qPrintable(QJsonDocument(report).toJson()));
    QVERIFY(attempt.value(QStringLiteral("completed")).toBool());
    const double clientScore = report.value(QStringLiteral("score")).toDouble();
    QCOMPARE(attempt.value(QStringLiteral("platform_score")).toDouble(), clientScore);
    QVERIFY(!attempt.value(QStringLiteral("turn_latencies_ms")).toArray().isEmpty());

    // The platform's own database: completed, same score, the gateway's transcript beside it.
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("platform"));
        db.setDatabaseName(platformDir + QStringLiteral("/platform.sqlite"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT status, score, client_score, gateway_transcript, recording_bytes FROM "
            "scenario_attempts WHERE id = '%1'")
                           .arg(attempt.value(QStringLiteral("attempt_id")).toString())));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("completed"));
        QCOMPARE(q.value(1).toDouble(), clientScore);
        QCOMPARE(q.value(2).toDouble(), clientScore);
        const QJsonObject gateway
            = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        QVERIFY(gateway.value(QStringLiteral("utterances")).toArray().size() >= 6);
        QVERIFY(gateway.value(QStringLiteral("objections_raised"))
                    .toArray()
                    .contains(QStringLiteral("cheaper_online")));
        QVERIFY(q.value(4).toLongLong() > 1000); // the recording was uploaded
    }
    QSqlDatabase::removeDatabase(QStringLiteral("platform"));
}

QTEST_GUILESS_MAIN(TestPracticeCall)
#include "TestPracticeCall.moc"
