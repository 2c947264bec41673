// The golden vectors (tests/data/scoring/vectors): hand-written transcripts with expected
// values worked out by hand from docs/scoring.md before the code ran. Each is scored in batch
// with the rules of its "scoring_version" (1.1.0 when absent: the vectors written before 2.0.0),
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
    const Rules* rules = nullptr;
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
    const std::string version = vector.value("scoring_version", "1.1.0");
    const Rules* rules = rulesFor(version);
    if (!rules)
        qFatal("%s: unknown scoring_version %s", qPrintable(name), version.c_str());
    return {
        std::move(transcript).value(), std::move(scenario).value(), vector.at("expected"), rules};
}

std::string batchReport(const Vector& v, bool pretty = false)
{
    return scoreReport(v.transcript, v.scenario, pretty, *v.rules);
}

std::string liveReport(const Vector& v)
{
    LiveScorer live(v.scenario, *v.rules);
    const Transcript& transcript = v.transcript;
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
    void version2KeepsWhatDidNotChange_data() { addVectorRows(); }
    void version2KeepsWhatDidNotChange();
    void preemptedAnswersOnlyFrom2_1();

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
    const nlohmann::json report = nlohmann::json::parse(batchReport(v));
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
    QCOMPARE(liveReport(v), batchReport(v, true));
}

void TestScoringVectors::liveScorerMatchesBatchInAnyOrder()
{
    QFETCH(QString, name);
    Vector v = loadVector(name);
    std::mt19937 random(20261121);
    for (int round = 0; round < 8; ++round) {
        std::shuffle(v.transcript.utterances.begin(), v.transcript.utterances.end(), random);
        QCOMPARE(liveReport(v), batchReport(v, true));
    }
}

void TestScoringVectors::outputIsStableBytes()
{
    QFETCH(QString, name);
    const Vector v = loadVector(name);
    const std::string first = batchReport(v);
    QCOMPARE(batchReport(v), first);
    // Compact and pretty forms carry the same document.
    // (QVERIFY, not QCOMPARE: json converts implicitly to anything, QCOMPARE's overloads too.)
    QVERIFY(nlohmann::json::parse(batchReport(v, true)) == nlohmann::json::parse(first));
}

void TestScoringVectors::enoughVectors()
{
    const QStringList names = QDir(dataDir + QStringLiteral("/vectors"))
                                  .entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY2(
        names.size() >= 25, qPrintable(QStringLiteral("only %1 golden vectors").arg(names.size())));
    QVERIFY2(names.filter(QStringLiteral("-v2-")).size() >= 4, "too few 2.0.0 vectors");
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
        QCOMPARE(batchReport(v, true) + "\n", expected.readAll().toStdString());
    }
}

// 2.0.0 changed phrase matching, questions, the objection window and the speech bar; every
// other KPI of every 1.1.0 vector is the same under 2.0.0.
void TestScoringVectors::version2KeepsWhatDidNotChange()
{
    QFETCH(QString, name);
    const Vector v = loadVector(name);
    if (v.rules != &rules1_1)
        QSKIP("a 2.0.0 vector");
    const nlohmann::json before = nlohmann::json::parse(batchReport(v)).at("kpis");
    const nlohmann::json after
        = nlohmann::json::parse(scoreReport(v.transcript, v.scenario, false, rules2_0)).at("kpis");
    for (const char* kpi : {"rep_talk_ms", "prospect_talk_ms", "talk_ratio", "talk_listen",
             "rep_words", "filler_words", "fillers_per_min", "pace_wpm", "interruptions",
             "interrupted_by_prospect", "longest_monologue_ms", "sentiment"})
        QVERIFY2(before.at(kpi) == after.at(kpi), kpi);
}

// 2.1.0 only added pre-empted answers: the same call under 2.0.0 addresses none of them, and
// every other KPI is the same.
void TestScoringVectors::preemptedAnswersOnlyFrom2_1()
{
    const Vector v = loadVector(QStringLiteral("44-v2-objections-preempted.json"));
    QVERIFY(v.rules == &rules2_1);
    nlohmann::json now = nlohmann::json::parse(batchReport(v)).at("kpis");
    nlohmann::json before
        = nlohmann::json::parse(scoreReport(v.transcript, v.scenario, false, rules2_0)).at("kpis");
    QVERIFY(before.at("objections").at("addressed").empty());
    QCOMPARE(now.at("objections").at("addressed").size(), std::size_t(2));
    now.erase("objections");
    before.erase("objections");
    QVERIFY(now == before);
}

QTEST_GUILESS_MAIN(TestScoringVectors)
#include "TestScoringVectors.moc"
