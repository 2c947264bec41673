// The golden vectors (tests/data/scoring/vectors): hand-written transcripts with expected
// values worked out by hand from docs/scoring.md before the code ran. Each is scored in batch,
// compared with its expectations, and replayed through LiveScorer, which must give the same
// bytes fed in input order and fed in shuffled orders.
#include "LiveScorer.h"
#include "ProcessRun.h"
#include "Report.h"
#include "Scenario.h"
#include "Transcript.h"
#include "VectorCompare.h"
#include "VtTestConfig.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <random>

using namespace vt::scoring;

namespace {

const QString dataDir = QStringLiteral(VT_TEST_DATA_DIR "/scoring");

nlohmann::json readJson(const QString& path)
{
    return nlohmann::json::parse(vt::test::readTestFile(path).toStdString());
}

struct Vector {
    Transcript transcript;
    Scenario scenario;
    nlohmann::json expected;
};

Vector loadVector(const QString& name)
{
    const nlohmann::json vector = readJson(dataDir + QStringLiteral("/vectors/") + name);
    const nlohmann::json scenarioJson = readJson(dataDir + QStringLiteral("/scenarios/")
        + QString::fromStdString(vector.at("scenario").get<std::string>()));
    Parsed<Transcript> transcript = transcriptFromJson(vector.at("transcript"));
    Parsed<Scenario> scenario = scenarioFromJson(scenarioJson);
    if (!transcript)
        qFatal("%s: transcript: %s", qPrintable(name), transcript.error().line().c_str());
    if (!scenario)
        qFatal("%s: scenario: %s", qPrintable(name), scenario.error().line().c_str());
    return {std::move(transcript).value(), std::move(scenario).value(), vector.at("expected")};
}

std::string liveReport(const Transcript& transcript, const Scenario& scenario)
{
    LiveScorer live(scenario);
    for (const Utterance& u : transcript.utterances) {
        if (!live.add(u))
            qFatal("LiveScorer refused %s", u.id.c_str());
    }
    return live.report(true);
}

} // namespace

class TestScoringVectors final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesHandWrittenExpectations_data() { addVectorRows(); }
    void matchesHandWrittenExpectations();
    void liveScorerMatchesBatch_data() { addVectorRows(); }
    void liveScorerMatchesBatch();
    void liveScorerMatchesBatchInAnyOrder_data() { addVectorRows(); }
    void liveScorerMatchesBatchInAnyOrder();
    void outputIsStableBytes_data() { addVectorRows(); }
    void outputIsStableBytes();
    void enoughVectors();
    void exactBytes();

private:
    static void addVectorRows();
};

void TestScoringVectors::addVectorRows()
{
    QTest::addColumn<QString>("name");
    const QStringList names = QDir(dataDir + QStringLiteral("/vectors"))
                                  .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestScoringVectors::matchesHandWrittenExpectations()
{
    QFETCH(QString, name);
    const Vector v = loadVector(name);
    const nlohmann::json report = nlohmann::json::parse(scoreReport(v.transcript, v.scenario));
    const std::vector<std::string> problems = vt::test::compareToExpected(report, v.expected);
    std::string text;
    for (const std::string& p : problems)
        text += "\n  " + p;
    QVERIFY2(problems.empty(), text.c_str());
}

void TestScoringVectors::liveScorerMatchesBatch()
{
    QFETCH(QString, name);
    const Vector v = loadVector(name);
    QCOMPARE(liveReport(v.transcript, v.scenario), scoreReport(v.transcript, v.scenario, true));
}

void TestScoringVectors::liveScorerMatchesBatchInAnyOrder()
{
    QFETCH(QString, name);
    Vector v = loadVector(name);
    std::mt19937 random(20261121);
    for (int round = 0; round < 8; ++round) {
        std::shuffle(v.transcript.utterances.begin(), v.transcript.utterances.end(), random);
        QCOMPARE(liveReport(v.transcript, v.scenario), scoreReport(v.transcript, v.scenario, true));
    }
}

void TestScoringVectors::outputIsStableBytes()
{
    QFETCH(QString, name);
    const Vector v = loadVector(name);
    const std::string first = scoreReport(v.transcript, v.scenario);
    QCOMPARE(scoreReport(v.transcript, v.scenario), first);
    // Compact and pretty forms carry the same document.
    // (QVERIFY, not QCOMPARE: json converts implicitly to anything, QCOMPARE's overloads too.)
    QVERIFY(nlohmann::json::parse(scoreReport(v.transcript, v.scenario, true))
        == nlohmann::json::parse(first));
}

void TestScoringVectors::enoughVectors()
{
    const QStringList names = QDir(dataDir + QStringLiteral("/vectors"))
                                  .entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY2(
        names.size() >= 25, qPrintable(QStringLiteral("only %1 golden vectors").arg(names.size())));
}

// Full reports written out by hand (tests/data/scoring/exact): the same bytes on every OS.
void TestScoringVectors::exactBytes()
{
    const QDir exact(dataDir + QStringLiteral("/exact"));
    const QStringList files = exact.entryList({QStringLiteral("*.pretty.json")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString& file : files) {
        const Vector v = loadVector(
            QString(file).replace(QStringLiteral(".pretty.json"), QStringLiteral(".json")));
        QFile expected(exact.filePath(file));
        QVERIFY(expected.open(QIODevice::ReadOnly));
        QCOMPARE(
            scoreReport(v.transcript, v.scenario, true) + "\n", expected.readAll().toStdString());
    }
}

QTEST_GUILESS_MAIN(TestScoringVectors)
#include "TestScoringVectors.moc"
