// voicetraining-cli score on files: the report on stdout (the library's exact bytes), and
// bad input as one line "<file>: <path>: <what>" with exit status 2.
#include "IsolatedHome.h"
#include "ProcessRun.h"
#include "Report.h"
#include "VtTestConfig.h"

#include <QFile>
#include <QTest>

using namespace vt::scoring;
using vt::test::IsolatedHome;
using vt::test::runProcess;

namespace {

const QString scenarios = QStringLiteral(VT_TEST_DATA_DIR "/scoring/scenarios/");

nlohmann::json readJson(const QString& path)
{
    return nlohmann::json::parse(vt::test::readTestFile(path).toStdString());
}

} // namespace

class TestScoreCommand final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void printsTheReport();
    void prettyPrints();
    void reportsBadInputOnOneLine_data();
    void reportsBadInputOnOneLine();
    void usageErrors();

private:
    vt::test::ProcessResult score(const QStringList& args) const
    {
        return runProcess(QStringLiteral(VT_CLI_PATH), QStringList{QStringLiteral("score")} + args,
            m_home->environment());
    }

    std::unique_ptr<IsolatedHome> m_home;
    QString m_transcript;
};

void TestScoreCommand::init()
{
    m_home = std::make_unique<IsolatedHome>();
    const nlohmann::json vector
        = readJson(QStringLiteral(VT_TEST_DATA_DIR "/scoring/vectors/01-issue-example.json"));
    m_transcript = m_home->writeFile(QStringLiteral("transcript.json"),
        QByteArray::fromStdString(vector.at("transcript").dump()));
}

void TestScoreCommand::printsTheReport()
{
    const Transcript transcript = parseTranscript(readJson(m_transcript).dump()).value();
    const Scenario scenario
        = scenarioFromJson(readJson(scenarios + QStringLiteral("refi.json"))).value();
    // The current rules: the example call has 22 rep words over 9.8 s, under the bar.
    auto run = score({QStringLiteral("--transcript"), m_transcript, QStringLiteral("--scenario"),
        scenarios + QStringLiteral("refi.json")});
    QVERIFY2(run.finished, qPrintable(run.err));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out.toStdString(), scoreReport(transcript, scenario) + "\n");
    nlohmann::json report = nlohmann::json::parse(run.out.toStdString());
    QCOMPARE(report["scoring_version"].get<std::string>(), std::string("2.1.0"));
    QCOMPARE(report["scored"].get<bool>(), false);
    QVERIFY(report["score"].is_null());

    // An earlier version's rules, as the platform re-scores an older client's attempt.
    run = score({QStringLiteral("--transcript"), m_transcript, QStringLiteral("--scenario"),
        scenarios + QStringLiteral("refi.json"), QStringLiteral("--scoring-version"),
        QStringLiteral("1.1.0")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.toStdString(), scoreReport(transcript, scenario, false, rules1_1) + "\n");
    report = nlohmann::json::parse(run.out.toStdString());
    QCOMPARE(report["score"].get<int>(), 73);
    QCOMPARE(report["scoring_version"].get<std::string>(), std::string("1.1.0"));

    run = score({QStringLiteral("--transcript"), m_transcript, QStringLiteral("--scenario"),
        scenarios + QStringLiteral("refi.json"), QStringLiteral("--scoring-version"),
        QStringLiteral("9.9.9")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.trimmed(),
        QStringLiteral("--scoring-version: 9.9.9 is not a scoring version this program knows"));
}

void TestScoreCommand::prettyPrints()
{
    const auto run = score({QStringLiteral("--pretty"), QStringLiteral("--scenario"),
        scenarios + QStringLiteral("refi.json"), QStringLiteral("--transcript"), m_transcript});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(
        run.out.startsWith(QLatin1String("{\n  \"scoring_version\": \"2.1.0\",\n  \"kpis\": {\n")));
}

void TestScoreCommand::reportsBadInputOnOneLine_data()
{
    QTest::addColumn<QString>("transcript");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("error");
    const QString bad = QStringLiteral(VT_TEST_DATA_DIR "/scoring/bad/");
    QTest::newRow("transcript path") << bad + QStringLiteral("transcript-end-before-start.json")
                                     << scenarios + QStringLiteral("refi.json")
                                     << bad
            + QStringLiteral(
                "transcript-end-before-start.json: utterances[3].end_ms: must be >= start_ms");
    QTest::newRow("scenario path") << QString() << bad + QStringLiteral("scenario-zero-weight.json")
                                   << bad
            + QStringLiteral("scenario-zero-weight.json: rubric.criteria[0].weight: must be > 0");
    QTest::newRow("missing file")
        << QStringLiteral("/nonexistent/t.json") << scenarios + QStringLiteral("refi.json")
        << QStringLiteral("/nonexistent/t.json: cannot be read: No such file or directory");
}

void TestScoreCommand::reportsBadInputOnOneLine()
{
    QFETCH(QString, transcript);
    QFETCH(QString, scenario);
    QFETCH(QString, error);
    const auto run = score({QStringLiteral("--transcript"),
        transcript.isEmpty() ? m_transcript : transcript, QStringLiteral("--scenario"), scenario});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err, error + QLatin1Char('\n'));
}

void TestScoreCommand::usageErrors()
{
    auto run = score({QStringLiteral("--transcript"), m_transcript});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith(QLatin1String("Usage: voicetraining-cli score")));
    run = score({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(QLatin1String("Usage: voicetraining-cli score")));
}

QTEST_GUILESS_MAIN(TestScoreCommand)
#include "TestScoreCommand.moc"
