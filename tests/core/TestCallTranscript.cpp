// The call's transcript rules with exact values, without a call: rep times from the app's VAD,
// prospect times from the speaker, agent packets on the call clock, barge-in, turn latency,
// and the live score kept in step with the lines that count.
#include "CallTranscript.h"

#include "LiveScorer.h"
#include "Scenario.h"
#include "Transcript.h"

#include <QTest>

using vt::app::CallLine;
using vt::app::CallTranscript;

namespace {

// One required phrase, nothing else: enough to see what the live score counts.
vt::scoring::Scenario scenario()
{
    const auto parsed = vt::scoring::parseScenario(R"({"id": "s", "title": "S",
        "required_phrases": [{"id": "nmls", "label": "NMLS", "variants": ["my nmls number is"]}],
        "rubric": {"pass_score": 70, "criteria": [{"id": "compliance", "label": "Disclosures",
            "kpi": "required_phrases", "weight": 1, "rule": {"type": "fraction"}}]}})");
    if (!parsed)
        qFatal("the test scenario does not parse: %s", parsed.error().line().c_str());
    return parsed.value();
}

QStringList ids(const QList<CallLine>& lines)
{
    QStringList out;
    for (const CallLine& l : lines)
        out.append(l.id);
    return out;
}

constexpr vt::app::Speaker rep = vt::app::Speaker::Rep;
constexpr vt::app::Speaker prospect = vt::app::Speaker::Prospect;

} // namespace

class TestCallTranscript final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void repTimesComeFromTheVadSegmentOverlappingMost();
    void partialsAreReplacedAndLinesOrderedByStart();
    void aProspectLineCountsOnceHeardAtThePlayedTimes();
    void agentPacketsAreRebasedOntoTheCallClock();
    void theTurnLatencyIsMeasuredOncePerRepTurn();
    void aBargeInDropsTheCutLineAndEverythingQueued();
    void aCutBeforeAnyWordDropsTheWholeQueue();
    void aScoredLineThatChangesIsScoredAgain();
    void frozenTheLiveScoreStaysPut();
};

void TestCallTranscript::repTimesComeFromTheVadSegmentOverlappingMost()
{
    CallTranscript t(scenario());
    t.addRepSegment(1000, 2400);
    t.addRepSegment(2600, 2900);
    const auto change = t.addTranscript(
        QStringLiteral("r1"), rep, QStringLiteral("hello there"), true, false, 1100, 2800);
    const CallLine* l = t.line(QStringLiteral("r1"));
    QVERIFY(l);
    QCOMPARE(l->startMs, 1000); // overlap 1300 ms against 200 ms
    QCOMPARE(l->endMs, 2400);
    QVERIFY(change.has_value());
    QCOMPARE(change->id, QStringLiteral("r1"));
    QCOMPARE(change->line->startMs, 1000);
    QCOMPARE(change->line->endMs, 2400);
    QCOMPARE(change->line->text, QStringLiteral("hello there"));

    // With no segment overlapping, the recogniser's own span stays.
    t.addTranscript(QStringLiteral("r2"), rep, QStringLiteral("and"), true, false, 5000, 5200);
    QCOMPARE(t.line(QStringLiteral("r2"))->startMs, 5000);
    QCOMPARE(t.line(QStringLiteral("r2"))->endMs, 5200);
}

void TestCallTranscript::partialsAreReplacedAndLinesOrderedByStart()
{
    CallTranscript t(scenario());
    t.addTranscript(QStringLiteral("a1"), prospect, QStringLiteral("hi"), true, false, 3000, 3400);
    QVERIFY(
        !t.addTranscript(QStringLiteral("r1"), rep, QStringLiteral("hel"), false, false, 500, 700));
    QCOMPARE(ids(t.lines()), QStringList({QStringLiteral("r1"), QStringLiteral("a1")}));
    t.addTranscript(QStringLiteral("r1"), rep, QStringLiteral("hello"), true, false, 500, 900);
    QCOMPARE(t.lines().size(), 2);
    QCOMPARE(t.lines().at(0).text, QStringLiteral("hello"));
    QVERIFY(t.lines().at(0).final);
    QVERIFY(t.lines().at(0).heard);  // rep lines are heard by definition
    QVERIFY(!t.lines().at(1).heard); // a prospect line, until the speaker played it
    QVERIFY(!t.line(QStringLiteral("nope")));
}

void TestCallTranscript::aProspectLineCountsOnceHeardAtThePlayedTimes()
{
    CallTranscript t(scenario());
    QVERIFY(t.agentPacket(1, true, 0, 4000).has_value());
    QVERIFY(!t.addTranscript(
        QStringLiteral("a1"), prospect, QStringLiteral("go on"), true, false, 3900, 4700));
    QCOMPARE(t.live().size(), std::size_t(0));
    QList<CallLine> counted;
    QCOMPARE(t.scored(9000, &counted).utterances.size(), std::size_t(0));

    const CallTranscript::AgentHeard heard = t.agentHeard(4100, 5000, false);
    QCOMPARE(heard.lineId, QStringLiteral("a1"));
    QCOMPARE(heard.playedMs, 900);
    QVERIFY(heard.dropped.isEmpty());
    QVERIFY(heard.change && heard.change->line);
    QCOMPARE(heard.change->line->startMs, 4100);
    QCOMPARE(t.live().size(), std::size_t(1));

    // A later event for the line keeps the played times.
    t.addTranscript(QStringLiteral("a1"), prospect, QStringLiteral("go on"), true, false, 0, 1);
    QCOMPARE(t.line(QStringLiteral("a1"))->startMs, 4100);
    QCOMPARE(t.line(QStringLiteral("a1"))->endMs, 5000);
    const vt::scoring::Transcript scored = t.scored(9000, &counted);
    QCOMPARE(scored.durationMs, 9000);
    QCOMPARE(scored.utterances.size(), std::size_t(1));
    QCOMPARE(scored.utterances.at(0).startMs, 4100);
    QCOMPARE(ids(counted), QStringList({QStringLiteral("a1")}));

    // Nothing queued: nothing heard.
    QCOMPARE(t.agentHeard(6000, 6100, false).lineId, QString());
}

void TestCallTranscript::agentPacketsAreRebasedOntoTheCallClock()
{
    CallTranscript t(scenario());
    // Utterance 3's first packet arrives at 10 000 ms of the call clock.
    QCOMPARE(t.agentPacket(3, true, 0, 10000), 10000);
    // Its packets keep their own places, whenever they arrive.
    QCOMPARE(t.agentPacket(3, false, 20, 10090), 10020);
    QCOMPARE(t.agentPacket(3, false, 40, 10030), 10040);
    // A packet that is not first but opens an utterance sets the base from its offset.
    QCOMPARE(t.agentPacket(4, false, 60, 12000), 12000);
    QCOMPARE(t.agentPacket(4, false, 80, 12500), 12020);
}

void TestCallTranscript::theTurnLatencyIsMeasuredOncePerRepTurn()
{
    CallTranscript t(scenario());
    t.addRepSegment(1000, 2000);
    t.agentPacket(1, true, 0, 2300);
    const CallTranscript::AgentStart first = t.agentStarted(2450);
    QCOMPARE(first.latencyMs, 450);
    QCOMPARE(first.playoutWaitMs, 150);
    QCOMPARE(first.lineId, QStringLiteral("a1"));
    t.agentHeard(2450, 3000, false);
    t.agentPacket(2, true, 0, 3100);
    const CallTranscript::AgentStart second = t.agentStarted(3200); // no rep turn between
    QVERIFY(!second.latencyMs);
    QCOMPARE(second.playoutWaitMs, 100);
    QCOMPARE(t.latenciesMs(), QList<qint64>({450}));
    QCOMPARE(t.playoutWaitsMs(), QList<qint64>({150, 100}));
    // An agent that started before the rep's segment ended is no reply to it.
    t.addRepSegment(4000, 5000);
    QVERIFY(!t.agentStarted(4500).latencyMs);
}

void TestCallTranscript::aBargeInDropsTheCutLineAndEverythingQueued()
{
    CallTranscript t(scenario());
    t.agentPacket(1, true, 0, 1000);
    t.agentPacket(2, true, 0, 1100);
    t.agentPacket(3, true, 0, 1200);
    t.addTranscript(QStringLiteral("a1"), prospect, QStringLiteral("well"), true, false, 0, 0);
    t.agentStarted(1050);
    const CallTranscript::AgentHeard heard = t.agentHeard(1050, 1400, true);
    QCOMPARE(heard.lineId, QStringLiteral("a1"));
    QCOMPARE(heard.dropped, QStringList({QStringLiteral("a2"), QStringLiteral("a3")}));
    QVERIFY(t.line(QStringLiteral("a1"))->truncated);
    QVERIFY(t.line(QStringLiteral("a1"))->heard);
    // Late packets of any of them are dropped; a new utterance plays.
    QVERIFY(!t.agentPacket(1, false, 400, 1500));
    QVERIFY(!t.agentPacket(2, false, 20, 1500));
    QVERIFY(!t.agentPacket(3, true, 0, 1500));
    QCOMPARE(t.agentPacket(4, true, 0, 1600), 1600);
    QCOMPARE(t.agentStarted(1700).lineId, QStringLiteral("a4"));
}

void TestCallTranscript::aCutBeforeAnyWordDropsTheWholeQueue()
{
    CallTranscript t(scenario());
    t.agentPacket(1, true, 0, 1000);
    t.agentPacket(2, true, 0, 1100);
    QCOMPARE(t.dropQueued(), QStringList({QStringLiteral("a1"), QStringLiteral("a2")}));
    QVERIFY(!t.agentPacket(1, false, 20, 1200));
    QCOMPARE(t.agentHeard(1300, 1400, false).lineId, QString());
    QVERIFY(t.dropQueued().isEmpty());
}

void TestCallTranscript::aScoredLineThatChangesIsScoredAgain()
{
    CallTranscript t(scenario());
    const QString r1 = QStringLiteral("r1");
    QVERIFY(
        t.addTranscript(r1, rep, QStringLiteral("my nmls number is 1234"), true, false, 0, 900));
    QCOMPARE(t.live().kpis().phraseHit, std::vector<bool>({true}));
    // The same line again changes nothing.
    QVERIFY(
        !t.addTranscript(r1, rep, QStringLiteral("my nmls number is 1234"), true, false, 0, 900));
    // Corrected by the recogniser: scored again from the lines.
    const auto changed = t.addTranscript(r1, rep, QStringLiteral("my number"), true, false, 0, 900);
    QVERIFY(changed && changed->line);
    QCOMPARE(changed->line->text, QStringLiteral("my number"));
    QCOMPARE(t.live().kpis().phraseHit, std::vector<bool>({false}));
    QCOMPARE(t.live().size(), std::size_t(1));
    // Emptied: it no longer counts.
    const auto removed = t.addTranscript(r1, rep, QString(), true, false, 0, 900);
    QVERIFY(removed.has_value());
    QVERIFY(!removed->line.has_value());
    QCOMPARE(t.live().size(), std::size_t(0));
}

void TestCallTranscript::frozenTheLiveScoreStaysPut()
{
    CallTranscript t(scenario());
    t.addTranscript(QStringLiteral("r1"), rep, QStringLiteral("hello"), true, false, 0, 500);
    t.freeze();
    QVERIFY(!t.addTranscript(
        QStringLiteral("r2"), rep, QStringLiteral("my nmls number is 1"), true, false, 600, 900));
    QCOMPARE(t.live().size(), std::size_t(1));
    QCOMPARE(t.lines().size(), 2); // the transcript still has it
    QCOMPARE(t.scored(1000, nullptr).utterances.size(), std::size_t(2));
}

QTEST_GUILESS_MAIN(TestCallTranscript)
#include "TestCallTranscript.moc"
