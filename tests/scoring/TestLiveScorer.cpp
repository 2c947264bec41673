// LiveScorer against batch scoring on generated calls: after every single add (not only at
// the end), in arrival order and shuffled, with overlaps, ties and out-of-order turns.
#include "LiveScorer.h"
#include "ProcessRun.h"
#include "Report.h"
#include "VtTestConfig.h"

#include <QFile>
#include <QTest>

#include <random>

using namespace vt::scoring;

namespace {

Scenario refiScenario()
{
    Parsed<Scenario> scenario = parseScenario(
        vt::test::readTestFile(QStringLiteral(VT_TEST_DATA_DIR "/scoring/scenarios/phrases.json"))
            .toStdString());
    if (!scenario)
        qFatal("%s", scenario.error().line().c_str());
    return std::move(scenario).value();
}

// A random call: short turns from a vocabulary that hits every rule, times that overlap,
// tie and arrive out of order.
Transcript randomCall(std::mt19937& random, int utterances)
{
    static const std::vector<std::string> rep{"Um, my NMLS number is 40221.",
        "So, what brings you here?", "I mean, we can compare the APR.", "Okay sure.",
        "It's, like, you know, a great rate.", "This call may be recorded.", "Got it.",
        "Do you have two minutes?", "I'll send you the application tonight.",
        "Basically we are an equal housing lender.", "That is not good.",
        "Tell me about your house.", "It'll be quick, I promise.", "I'm licensed in your state.",
        ""};
    static const std::vector<std::string> prospect{"I already have a better rate.", "I'm too busy.",
        "Mm-hmm.", "I don't trust lenders.", "Who is this?", "Your rate is too high.", "Yes.",
        "Tuesday works.", ""};
    Transcript t;
    std::int64_t clock = 0;
    for (int i = 0; i < utterances; ++i) {
        Utterance u;
        u.id = "u" + std::to_string(i);
        u.speaker = random() % 2 ? Speaker::Rep : Speaker::Prospect;
        const auto& pool = u.speaker == Speaker::Rep ? rep : prospect;
        u.text = pool[random() % pool.size()];
        clock += static_cast<std::int64_t>(random() % 1500) - 300; // overlaps and gaps
        clock = std::max<std::int64_t>(clock, 0);
        u.startMs = random() % 10 == 0 ? static_cast<std::int64_t>(random() % 5000)
                                       : clock; // some out of order
        u.endMs = u.startMs + static_cast<std::int64_t>(random() % 4000);
        u.truncated = random() % 4 == 0; // cut off by barge-in
        t.utterances.push_back(std::move(u));
    }
    return t;
}

} // namespace

class TestLiveScorer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void refusesDuplicatesAndReversedTimes();
    void equalsBatchAfterEveryUtterance();
    void summaryAndScoreMatchTheReport();
    void inOrderCallsStayIncremental();
};

void TestLiveScorer::refusesDuplicatesAndReversedTimes()
{
    LiveScorer live(refiScenario());
    QVERIFY(live.add({"u1", Speaker::Rep, "Hi.", 0, 100, {}}));
    QVERIFY(!live.add({"u1", Speaker::Prospect, "Again?", 200, 300, {}}));
    QVERIFY(!live.add({"u2", Speaker::Prospect, "Backwards", 500, 400, {}}));
    QCOMPARE(live.size(), std::size_t{1});
    QVERIFY(live.add({"u2", Speaker::Prospect, "Hello.", 200, 300, {}}));
}

void TestLiveScorer::equalsBatchAfterEveryUtterance()
{
    const Scenario scenario = refiScenario();
    std::mt19937 random(4242);
    for (int call = 0; call < 60; ++call) {
        const Transcript t = randomCall(random, 1 + static_cast<int>(random() % 40));
        LiveScorer live(scenario);
        Transcript prefix;
        for (const Utterance& u : t.utterances) {
            QVERIFY(live.add(u));
            prefix.utterances.push_back(u);
            const std::string batch = scoreReport(prefix, scenario);
            if (live.report() != batch) {
                QFAIL(qPrintable(QStringLiteral("call %1 after %2 utterances:\nlive  %3\nbatch %4")
                                     .arg(call)
                                     .arg(prefix.utterances.size())
                                     .arg(QString::fromStdString(live.report()),
                                         QString::fromStdString(batch))));
            }
        }
    }
}

void TestLiveScorer::summaryAndScoreMatchTheReport()
{
    const Scenario scenario = refiScenario();
    std::mt19937 random(7);
    const Transcript t = randomCall(random, 50);
    LiveScorer live(scenario);
    for (const Utterance& u : t.utterances)
        live.add(u);
    const KpiResult batch = computeKpis(t, scenario);
    const KpiResult summary = live.summary();
    QCOMPARE(summary.repTalkMs, batch.repTalkMs);
    QCOMPARE(summary.longestMonologueMs, batch.longestMonologueMs);
    QCOMPARE(summary.interruptions, batch.interruptions);
    QCOMPARE(summary.objectionAddressed, batch.objectionAddressed);
    QVERIFY(summary.monologue.empty()); // no evidence in a summary
    QCOMPARE(live.score().score, score(batch, scenario).score);
}

void TestLiveScorer::inOrderCallsStayIncremental()
{
    // A long call fed in order keeps matching batch, including the monologue kept without
    // recomputation.
    const Scenario scenario = refiScenario();
    Transcript t;
    for (int i = 0; i < 300; ++i) {
        const bool rep = i % 3 != 2;
        t.utterances.push_back({"u" + std::to_string(i), rep ? Speaker::Rep : Speaker::Prospect,
            rep ? "So, what brings you here today?" : "Mm-hmm.", i * 2000, i * 2000 + (i % 7) * 400,
            {}});
    }
    LiveScorer live(scenario);
    for (const Utterance& u : t.utterances)
        live.add(u);
    QCOMPARE(live.report(true), scoreReport(t, scenario, true));
}

QTEST_GUILESS_MAIN(TestLiveScorer)
#include "TestLiveScorer.moc"
