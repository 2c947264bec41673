// A whole practice call as a user runs it: voicetraining-cli practice --local, the bundled
// sample rep recording (flite's rms voice) as the microphone in real time, the embedded
// platform's voice gateway recognising it with pocketsphinx and answering with the persona
// in another voice. Checks what the rep said was heard, the prospect raised its scripted
// objection, and the attempt is stored completed, its platform score equal to the client's.
#include "IsolatedHome.h"
#include "ProcessRun.h"
#include "VtTestConfig.h"
#include "WordErrorRate.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace vt::test;

class TestPracticeCall : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void headlessCallIsHeardAnsweredScoredAndStored();
};

void TestPracticeCall::headlessCallIsHeardAnsweredScoredAndStored()
{
    IsolatedHome home;
    QVERIFY(home.isValid());
    const QString platformDir = home.path() + QStringLiteral("/platform");
    const QStringList connection{
        QStringLiteral("--local"), QStringLiteral("--data-dir"), platformDir};

    const ProcessResult list = runProcess(QStringLiteral(VT_CLI_PATH),
        QStringList{QStringLiteral("scenarios")} + connection, home.environment());
    QVERIFY2(list.finished && list.exitCode == 0, qPrintable(list.err));
    QString scenarioId;
    for (const QString& line : list.out.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("Rate shopper")))
            scenarioId = line.section(QLatin1Char(' '), 0, 0);
    }
    QVERIFY2(!scenarioId.isEmpty(), qPrintable(list.out));

    const QString json = home.path() + QStringLiteral("/attempt.json");
    const QString speaker = home.path() + QStringLiteral("/prospect.wav");
    const ProcessResult call = runProcess(QStringLiteral(VT_CLI_PATH),
        QStringList{QStringLiteral("practice"), QStringLiteral("--scenario"), scenarioId,
            QStringLiteral("--mic-file"),
            QStringLiteral(VT_SOURCE_DIR "/resources/sample-rep/rate-shopper.opus"),
            QStringLiteral("--speaker-file"), speaker, QStringLiteral("--json"), json}
            + connection,
        home.environment(), 240000);
    QVERIFY2(call.finished, qPrintable(call.err));
    QVERIFY2(call.exitCode == 0, qPrintable(call.out + call.err));
    // The live transcript and the results were printed.
    QVERIFY2(call.out.contains(QLatin1String("] Prospect: ")), qPrintable(call.out));
    QVERIFY2(call.out.contains(QLatin1String("] Rep: ")), qPrintable(call.out));
    QVERIFY2(call.out.contains(QLatin1String("Score: ")), qPrintable(call.out));
    QVERIFY2(call.out.contains(QLatin1String("Turn latency: p50 ")), qPrintable(call.out));

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
