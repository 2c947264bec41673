// The trainee screens' rules, without a window: the order and words of the assignment cards,
// the library's search and filter, the transcript model (partials replaced by finals, kept
// in call order), the nudges' timing, the rubric in plain words and the tips from a real
// report, the results' evidence, the command palette's matching and the tray's reminder.
#include "AttemptComparison.h"
#include "AttemptResult.h"
#include "CommandIndex.h"
#include "CsvExport.h"
#include "CsvReader.h"
#include "DueReminder.h"
#include "HistoryModel.h"
#include "MicrophoneWatch.h"
#include "NudgeAdvisor.h"
#include "PracticeListModels.h"
#include "ReviewMarkers.h"
#include "RubricText.h"
#include "TranscriptModel.h"
#include "TranscriptSearch.h"
#include "VtTestConfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace vt::app;

namespace {

QJsonObject rateShopper()
{
    QFile f(QStringLiteral(VT_SOURCE_DIR "/server/seed/rate-shopper.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no seed scenario");
    return QJsonDocument::fromJson(f.readAll()).object();
}

// A report as scoring::reportJson gives it, for the rate shopper: talk fine, no open
// question, one phrase missed, one objection raised and not handled, goal missed.
QJsonObject report()
{
    const QByteArray json = R"({"scoring_version":"1.1.0",
 "kpis":{"talk_ratio":0.5,"pace_wpm":150,"filler_words":2,"fillers_per_min":1.2,
  "open_questions":0,"longest_monologue_ms":8000,
  "required_phrases":{"hit":["nmls"],"missed":["equal_housing"]},
  "objections":{"raised":["cheaper_online"],"addressed":[]},"goal_hit":false},
 "score":31,"passed":false,
 "breakdown":[
  {"criterion":"talk","label":"Balance of talking","kpi":"talk_ratio","fraction":1,"points":7.7,"max_points":7.7,
   "evidence":[{"utterance_id":"r1","start_ms":4000,"end_ms":9000,"quote":"Hello, this is Dana."}]},
  {"criterion":"questions","label":"Ask what matters to Jamie","kpi":"open_questions","fraction":0,"points":0,"max_points":15.4,"evidence":[]},
  {"criterion":"pace","label":"Calm pace","kpi":"pace_wpm","fraction":1,"points":7.7,"max_points":7.7,"evidence":[]},
  {"criterion":"compliance","label":"Disclosures said","kpi":"required_phrases","fraction":0.5,"points":11.5,"max_points":23.1,
   "evidence":[{"item":"nmls","utterance_id":"r1","start_ms":4000,"end_ms":9000,"quote":"my NMLS number is 1"},
               {"item":"equal_housing","missing":"Equal housing lender"}]},
  {"criterion":"objections","label":"Objections answered","kpi":"objections","fraction":0,"points":0,"max_points":23.1,
   "evidence":[{"item":"cheaper_online","kind":"raised","utterance_id":"a2","start_ms":12000,"end_ms":15000,"quote":"I have a lower quote"}]},
  {"criterion":"goal","label":"Application won","kpi":"goal_hit","fraction":0,"points":0,"max_points":23.1,
   "evidence":[{"item":"application","missing":"Application submitted"}]}]})";
    return QJsonDocument::fromJson(json).object();
}

AssignmentCard assignment(const QString& id, std::optional<QDateTime> due, bool overdue,
    const QString& status = QStringLiteral("not_started"))
{
    AssignmentCard a;
    a.id = id;
    a.title = id;
    a.scenarioId = QStringLiteral("s-") + id;
    a.scenarioTitle = QStringLiteral("Scenario ") + id;
    a.dueAt = due;
    a.overdue = overdue;
    a.status = status;
    a.passThreshold = 70;
    return a;
}

} // namespace

class TestPracticeModels final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void assignmentsMostUrgentFirst();
    void libraryFilters();
    void transcriptReplacesPartialsInOrder();
    void nudgesAreGentle();
    void rubricInPlainWords();
    void resultsPointAtTheirEvidence();
    void commandPaletteMatches();
    void reminderOncePerDay();
    void historyMergesThisComputersAttempts();
    void csvIsStrictAndFormulaSafe();
    void reviewMarksWhatWasScored();
    void comparisonSaysWhatGotBetter();
    void microphoneWatchWarnsOnTheRepsTurn();
    void aCallTooShortHasNoScore();
};

void TestPracticeModels::assignmentsMostUrgentFirst()
{
    const QDateTime now(QDate(2026, 11, 21), QTime(9, 0));
    AssignmentListModel model;
    model.setItems(
        {assignment(QStringLiteral("later"), now.addDays(5), false),
            assignment(QStringLiteral("done"), now.addDays(1), false, QStringLiteral("completed")),
            assignment(QStringLiteral("undated"), std::nullopt, false),
            assignment(QStringLiteral("late"), now.addDays(-2), true),
            assignment(QStringLiteral("today"), now.addSecs(3600), false)},
        now);
    QStringList order;
    for (int row = 0; row < model.rowCount(); ++row)
        order.append(model.index(row, 0).data().toString());
    QCOMPARE(order, QStringList({"late", "today", "later", "undated", "done"}));
    QCOMPARE(model.index(0, 0).data(cardrole::Badge).toString(), QStringLiteral("Overdue"));
    QCOMPARE(model.index(0, 0).data(cardrole::Tone).toString(), QStringLiteral("bad"));
    QCOMPARE(model.index(1, 0).data(cardrole::Badge).toString(), QStringLiteral("Due today"));
    QCOMPARE(model.index(4, 0).data(cardrole::Badge).toString(), QStringLiteral("Passed"));
    QVERIFY(model.index(0, 0)
                .data(cardrole::Meta)
                .toString()
                .startsWith(QLatin1String("Overdue by 2 day")));
    QVERIFY(
        model.index(2, 0).data(cardrole::Meta).toString().contains(QLatin1String("pass mark 70")));
    QCOMPARE(model.index(0, 0).data(cardrole::ScenarioId).toString(), QStringLiteral("s-late"));
    QVERIFY(model.index(0, 0)
                .data(Qt::AccessibleTextRole)
                .toString()
                .contains(QLatin1String("Overdue")));
    QVERIFY(model.find(QStringLiteral("today")));
    QVERIFY(!model.find(QStringLiteral("nope")));
}

void TestPracticeModels::libraryFilters()
{
    ScenarioListModel source;
    source.setItems({{QStringLiteral("1"), QStringLiteral("Rate shopper"),
                         QStringLiteral("Compare APR"), QStringLiteral("medium"), 6,
                         QStringLiteral("Jamie Ortiz"), QStringLiteral("Buyer")},
        {QStringLiteral("2"), QStringLiteral("Cold call"), QStringLiteral("Book a review"),
            QStringLiteral("hard"), 8, QStringLiteral("Pat Morgan"), QStringLiteral("Homeowner")},
        {QStringLiteral("3"), QStringLiteral("Première visite"), QStringLiteral("First-time buyer"),
            QStringLiteral("easy"), 10, QStringLiteral("Taylor"), QStringLiteral("Renter")}});
    ScenarioFilterModel filter;
    filter.setSourceModel(&source);
    QCOMPARE(filter.rowCount(), 3);
    filter.setSearch(QStringLiteral("  buyer "));
    QCOMPARE(filter.rowCount(), 2); // the persona's role and the summary both count
    filter.setSearch(QStringLiteral("PREMIERE"));
    QCOMPARE(filter.rowCount(), 1); // accents and case do not matter
    filter.setSearch(QStringLiteral("jamie apr"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Rate shopper"));
    filter.setSearch(QString());
    filter.setDifficulty(QStringLiteral("hard"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(cardrole::Badge).toString(), QStringLiteral("Hard"));
    filter.setSearch(QStringLiteral("jamie"));
    QCOMPARE(filter.rowCount(), 0);
}

void TestPracticeModels::transcriptReplacesPartialsInOrder()
{
    TranscriptModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(!model.upsert({QStringLiteral("a1"), vt::app::Speaker::Prospect, QStringLiteral("Hi"),
        0, 900, false, false}));
    QVERIFY(model.upsert({QStringLiteral("a1"), vt::app::Speaker::Prospect,
        QStringLiteral("Hi there."), 0, 1200, true, false}));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Hi there."));
    // A later line, then one that started before it: kept in call order.
    QVERIFY(model.upsert({QStringLiteral("r2"), vt::app::Speaker::Rep, QStringLiteral("Great."),
        5000, 6000, true, false}));
    QVERIFY(!model.upsert({QStringLiteral("r1"), vt::app::Speaker::Rep, QStringLiteral("So"), 3000,
        3500, false, false}));
    QCOMPARE(model.index(1, 0).data(TranscriptModel::UtteranceId).toString(), QStringLiteral("r1"));
    QCOMPARE(model.index(1, 0).data(TranscriptModel::Final).toBool(), false);
    // Its final timing moves it after r2.
    QVERIFY(model.upsert({QStringLiteral("r1"), vt::app::Speaker::Rep, QStringLiteral("So, great."),
        6100, 7000, true, true}));
    QCOMPARE(model.rowOf(QStringLiteral("r1")), 2);
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("So, great. —")); // cut off
    QCOMPARE(model.index(2, 0).data(TranscriptModel::Speaker).value<vt::app::Speaker>(),
        vt::app::Speaker::Rep);
    QCOMPARE(model.rowAt(5500), 1);
    QCOMPARE(model.rowAt(100), 0);
    QCOMPARE(model.rowAt(-1), -1);
    QCOMPARE(inserted.size(), 4);
}

void TestPracticeModels::nudgesAreGentle()
{
    NudgeAdvisor advisor;
    // 40 s of the rep talking without a break.
    QList<NudgeAdvisor::Line> lines{
        {false, 0, 3000, 8}, {true, 4000, 22000, 50}, {true, 22500, 44000, 55}};
    QVERIFY(!advisor.advise(lines, 1, 15000)); // not in the first 20 s
    const auto first = advisor.advise(lines, 1, 45000);
    QVERIFY(first);
    QCOMPARE(*first, NudgeAdvisor::Nudge::LetThemTalk);
    QVERIFY(!advisor.advise(lines, 1, 60000)); // 30 s between nudges
    // Balanced talk at a fast pace.
    NudgeAdvisor pace;
    QList<NudgeAdvisor::Line> fast{{false, 0, 20000, 40}, {true, 21000, 36000, 60}};
    QCOMPARE(pace.advise(fast, 1, 40000).value_or(NudgeAdvisor::Nudge::LetThemTalk),
        NudgeAdvisor::Nudge::SlowDown);
    // Calm, balanced, but no open question after 90 s.
    NudgeAdvisor questions;
    QList<NudgeAdvisor::Line> calm{{false, 40000, 60000, 50}, {true, 61000, 80000, 45}};
    QVERIFY(!questions.advise(calm, 0, 85000));
    QCOMPARE(questions.advise(calm, 0, 95000).value_or(NudgeAdvisor::Nudge::SlowDown),
        NudgeAdvisor::Nudge::AskOpenQuestion);
    QVERIFY(!NudgeAdvisor().advise(calm, 2, 95000));
    QVERIFY(!NudgeAdvisor::text(NudgeAdvisor::Nudge::SlowDown).isEmpty());
}

void TestPracticeModels::rubricInPlainWords()
{
    const QJsonObject scoring = rateShopper().value(QStringLiteral("scoring")).toObject();
    const QList<CriterionInfo> criteria = RubricText::criteria(scoring);
    QCOMPARE(criteria.size(), 6);
    QCOMPARE(criteria.at(0).target, QStringLiteral("between 40 % and 60 %"));
    QCOMPARE(criteria.at(1).target, QStringLiteral("at least 2"));
    QCOMPARE(
        criteria.at(2).target, QStringLiteral("between 120 words a minute and 170 words a minute"));
    int total = 0;
    for (const CriterionInfo& c : criteria)
        total += c.weightPercent;
    QVERIFY(total >= 99 && total <= 101); // whole percents of weights 1, 2, 1, 3, 3, 3
    QCOMPARE(criteria.at(3).weightPercent, 23);
    QCOMPARE(
        RubricText::value(QStringLiteral("longest_monologue_ms"), 45500.0), QStringLiteral("46 s"));
    QCOMPARE(RubricText::value(QStringLiteral("sentiment"), 0.25), QStringLiteral("+0.25"));
    QCOMPARE(RubricText::itemLabel(scoring, QStringLiteral("objections"), QStringLiteral("points")),
        QStringLiteral("What are points?"));

    // Tips: the most points lost first, at most three, naming what to do.
    const QStringList tips = RubricText::tips(report(), scoring);
    QCOMPARE(tips.size(), 3);
    QVERIFY2(tips.at(0).contains(QStringLiteral("“The online lender is cheaper”"))
            && tips.at(0).contains(QStringLiteral("“apr”")),
        qPrintable(tips.at(0)));
    QVERIFY2(tips.at(1).contains(QLatin1String("Application submitted")), qPrintable(tips.at(1)));
    QVERIFY2(tips.at(2).contains(QLatin1String("open questions")), qPrintable(tips.at(2)));
    const QStringList all = RubricText::tips(report(), scoring, 10);
    QCOMPARE(all.size(), 4);
    QVERIFY2(all.at(3).contains(QStringLiteral("“Equal housing lender”")), qPrintable(all.at(3)));
    QVERIFY(RubricText::tips(QJsonObject{{QStringLiteral("breakdown"), QJsonArray()}}, scoring)
                .isEmpty());
}

void TestPracticeModels::resultsPointAtTheirEvidence()
{
    const QJsonObject scoring = rateShopper().value(QStringLiteral("scoring")).toObject();
    const AttemptResult r = AttemptResult::fromReport(report(), scoring, 30);
    QVERIFY(r.hasScore);
    QCOMPARE(r.score, 31);
    QVERIFY(r.passed); // against the assignment's threshold, not the rubric's 70
    QCOMPARE(AttemptResult::fromReport(report(), scoring, 70).passed, false);
    QCOMPARE(r.criteria.size(), 6);
    // KPIs: the scored ones against their targets, then the others every call shows.
    QCOMPARE(r.kpis.at(0).name, QStringLiteral("Your share of the talking"));
    QVERIFY(r.kpis.at(0).onTarget);
    QVERIFY(!r.kpis.at(1).onTarget);
    QCOMPARE(r.kpis.last().kpi, QStringLiteral("longest_monologue_ms"));
    QVERIFY(r.kpis.last().target.isEmpty());

    BreakdownModel model;
    model.setCriteria(r.criteria);
    QCOMPARE(model.rowCount(), 6);
    const QModelIndex compliance = model.index(3, 0);
    QCOMPARE(model.rowCount(compliance), 2);
    const QModelIndex said = model.index(0, 0, compliance);
    QCOMPARE(said.parent(), compliance);
    QCOMPARE(said.data(BreakdownModel::StartMs).toLongLong(), 4000);
    QCOMPARE(said.data(BreakdownModel::UtteranceId).toString(), QStringLiteral("r1"));
    QCOMPARE(said.data().toString(), QStringLiteral("“my NMLS number is 1”"));
    const QModelIndex missed = model.index(1, 0, compliance);
    QVERIFY(missed.data(BreakdownModel::Missing).toBool());
    QCOMPARE(missed.data().toString(), QStringLiteral("Missing: Equal housing lender"));
    const QModelIndex raised = model.index(0, 0, model.index(4, 0));
    QCOMPARE(raised.data(BreakdownModel::Note).toString(),
        QStringLiteral("Raised: The online lender is cheaper"));
    QCOMPARE(model.index(3, 0).data(BreakdownModel::Fraction).toDouble(), 0.5);
    QCOMPARE(model.rowCount(model.index(1, 0)), 0);

    const AttemptResult failed = AttemptResult::fromReport({}, scoring, 70);
    QVERIFY(!failed.hasScore);
    QVERIFY(failed.criteria.isEmpty());
}

void TestPracticeModels::commandPaletteMatches()
{
    const QDateTime now = QDateTime::currentDateTime();
    AssignmentListModel assignments;
    assignments.setItems(
        {assignment(QStringLiteral("Refinance readiness"), now.addDays(3), false)}, now);
    ScenarioListModel scenarios;
    scenarios.setItems({{QStringLiteral("s1"), QStringLiteral("Rate shopper"), QString(),
                            QStringLiteral("medium"), 6, QStringLiteral("Jamie"), QString()},
        {QStringLiteral("s2"), QStringLiteral("First-time buyer"), QString(),
            QStringLiteral("easy"), 10, QStringLiteral("Taylor"), QString()}});
    CommandIndex index;
    index.rebuild({{QStringLiteral("practice"), QStringLiteral("Practice home")},
                      {QStringLiteral("settings"), QStringLiteral("Settings")}},
        assignments, scenarios);
    QCOMPARE(index.rowCount(), 5);
    index.setQuery(QStringLiteral("sett"));
    QCOMPARE(index.rowCount(), 1);
    QCOMPARE(index.entry(0).kind, CommandIndex::Kind::Page);
    QCOMPARE(index.entry(0).id, QStringLiteral("settings"));
    index.setQuery(QStringLiteral("refin"));
    QCOMPARE(index.rowCount(), 1);
    QCOMPARE(index.entry(0).kind, CommandIndex::Kind::Assignment);
    QCOMPARE(index.entry(0).scenarioId, QStringLiteral("s-Refinance readiness"));
    index.setQuery(QStringLiteral("jamie"));
    QCOMPARE(index.rowCount(), 1);
    QCOMPARE(index.entry(0).id, QStringLiteral("s1"));
    // Titles starting with the first word come first.
    index.setQuery(QStringLiteral("r"));
    QCOMPARE(index.entry(0).title, QStringLiteral("Refinance readiness"));
    QCOMPARE(index.entry(1).title, QStringLiteral("Rate shopper"));
    index.setQuery(QStringLiteral("zzz"));
    QCOMPARE(index.rowCount(), 0);
}

void TestPracticeModels::reminderOncePerDay()
{
    const QDateTime now(QDate(2026, 11, 21), QTime(9, 0));
    const QList<AssignmentCard> list{assignment(QStringLiteral("Late one"), now.addDays(-1), true),
        assignment(QStringLiteral("Today one"), now.addSecs(7200), false),
        assignment(QStringLiteral("Done"), now.addSecs(3600), false, QStringLiteral("completed")),
        assignment(QStringLiteral("Next week"), now.addDays(7), false)};
    const auto m = DueReminder::due(list, now, QDate());
    QVERIFY(m);
    QCOMPARE(m->title, QStringLiteral("1 assignment(s) overdue"));
    QCOMPARE(m->body, QStringLiteral("Overdue: Late one\nDue today: Today one"));
    QVERIFY(!DueReminder::due(list, now, now.date())); // already reminded today
    QVERIFY(DueReminder::due(list, now, now.date().addDays(-1)));
    QVERIFY(!DueReminder::due({list.at(2), list.at(3)}, now, QDate()));
}

void TestPracticeModels::historyMergesThisComputersAttempts()
{
    const QDateTime t0(QDate(2026, 11, 20), QTime(9, 0));
    const auto entry = [&](const QString& id, int minutes, HistoryEntry::Sync sync) {
        HistoryEntry e;
        e.attemptId = id;
        e.scenarioId = QStringLiteral("s1");
        e.scenarioTitle = QStringLiteral("Rate shopper");
        e.startedAt = t0.addSecs(minutes * 60);
        e.score = 50 + minutes;
        e.sync = sync;
        return e;
    };
    // The platform has a1 and a2; this computer knows a2 was refused on a re-send, and a3
    // (newest) has not reached the platform yet.
    const QList<HistoryEntry> merged
        = HistoryModel::merge({entry(QStringLiteral("a1"), 0, HistoryEntry::Sync::Synced),
                                  entry(QStringLiteral("a2"), 10, HistoryEntry::Sync::Synced)},
            {entry(QStringLiteral("a2"), 10, HistoryEntry::Sync::Refused),
                entry(QStringLiteral("a3"), 20, HistoryEntry::Sync::Waiting),
                entry(QStringLiteral("a1"), 0, HistoryEntry::Sync::Synced)});
    QCOMPARE(merged.size(), 3);
    QCOMPARE(merged.at(0).attemptId, QStringLiteral("a3"));
    QCOMPARE(merged.at(0).sync, HistoryEntry::Sync::Waiting);
    QCOMPARE(merged.at(1).sync, HistoryEntry::Sync::Refused);
    QCOMPARE(merged.at(2).sync, HistoryEntry::Sync::Synced);
    HistoryModel model;
    model.setEntries(merged);
    QCOMPARE(model.index(0, HistoryModel::SyncColumn).data().toString(),
        QStringLiteral("Waiting to upload"));
    QCOMPARE(model.index(0, HistoryModel::ScoreColumn).data().toString(), QStringLiteral("70"));
    const QList<HistoryEntry> trend = model.trend(QStringLiteral("s1"));
    QCOMPARE(trend.size(), 3);
    QCOMPARE(trend.first().attemptId, QStringLiteral("a1")); // oldest first
    QCOMPARE(model.scenarios().size(), 1);
}

void TestPracticeModels::csvIsStrictAndFormulaSafe()
{
    QCOMPARE(csv::cell(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(csv::cell(QStringLiteral("=HYPERLINK(\"x\")")),
        QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
    for (const char* risky : {"=1+1", "+1", "-1", "@SUM(A1)", "\tx"})
        QVERIFY(csv::cell(QLatin1String(risky)).startsWith(QLatin1Char('\'')));
    QCOMPARE(csv::cell(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(csv::cell(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));

    const QStringList header{QStringLiteral("Scenario"), QStringLiteral("Note")};
    const QList<QStringList> rows{
        {QStringLiteral("Première visite, “quoted”"), QStringLiteral("say \"hi\"\r\nthen go")},
        {QStringLiteral("=cmd|' /C calc'!A0"), QString()}};
    const QByteArray doc = csv::document(header, rows);
    QVERIFY(doc.startsWith("\xEF\xBB\xBF"));
    QVERIFY(doc.endsWith("\r\n"));
    QString error;
    const auto back = vt::test::readCsv(doc, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->size(), 3);
    QCOMPARE(back->at(0), header);
    QCOMPARE(back->at(1), rows.at(0)); // round trip, text as written
    QCOMPARE(back->at(2).at(0), QStringLiteral("'=cmd|' /C calc'!A0")); // defused
    QCOMPARE(back->at(2).at(1), QString());
    // The reader is strict: it refuses what RFC 4180 does not allow.
    QVERIFY(!vt::test::readCsv("a,b\r\n1\r\n", &error));
    QVERIFY(!vt::test::readCsv("a\n", &error));
    QVERIFY(!vt::test::readCsv("a,\"b\r\n", &error));
    QVERIFY(!vt::test::readCsv("a,b\"c\r\n", &error));
}

void TestPracticeModels::reviewMarksWhatWasScored()
{
    const QJsonObject scoring = rateShopper().value(QStringLiteral("scoring")).toObject();
    const QJsonObject transcript = QJsonDocument::fromJson(R"({"duration_ms": 30000, "utterances": [
        {"id": "r1", "speaker": "rep", "text": "Hi, um, my NMLS number is 4411. What brings you to refinance?", "start_ms": 0, "end_ms": 5000},
        {"id": "p1", "speaker": "prospect", "text": "An online lender gave me a lower quote.", "start_ms": 5200, "end_ms": 9000},
        {"id": "r2", "speaker": "rep", "text": "Let's compare the APR and the total cost side by side.", "start_ms": 8000, "end_ms": 13000},
        {"id": "r3", "speaker": "rep", "text": "Is a thirty year term fine?", "start_ms": 14000, "end_ms": 16000},
        {"id": "p2", "speaker": "prospect", "text": "Okay, send me the application.", "start_ms": 17000, "end_ms": 19000}]})")
                                       .object();
    const vt::Result<QList<ReviewMarker>> read = ReviewMarkers::of(transcript, scoring);
    QVERIFY2(read, qPrintable(read.error()));
    const QList<ReviewMarker>& markers = *read;
    using K = ReviewMarker::Kind;
    const auto find = [&](K kind) {
        for (const ReviewMarker& m : markers) {
            if (m.kind == kind)
                return m;
        }
        return ReviewMarker{K::Comment, -1, {}, {}};
    };
    QCOMPARE(find(K::OpenQuestion).utteranceId, QStringLiteral("r1"));
    QCOMPARE(find(K::ClosedQuestion).utteranceId, QStringLiteral("r3"));
    QCOMPARE(find(K::Filler).detail, QStringLiteral("“um”"));
    QCOMPARE(find(K::RequiredPhrase).detail, QStringLiteral("Give your NMLS number"));
    QCOMPARE(find(K::ObjectionRaised).utteranceId, QStringLiteral("p1"));
    QCOMPARE(find(K::ObjectionRaised).detail, QStringLiteral("The online lender is cheaper"));
    QCOMPARE(find(K::ObjectionHandled).utteranceId, QStringLiteral("r2"));
    QCOMPARE(find(K::Interruption).ms, 8000); // r2 began before p1 ended
    QCOMPARE(find(K::Goal).utteranceId, QStringLiteral("p2"));
    for (qsizetype i = 1; i < markers.size(); ++i)
        QVERIFY(markers[i - 1].ms <= markers[i].ms);
    QCOMPARE(ReviewMarkers::describe(find(K::Goal)),
        QStringLiteral("Goal reached: Application submitted"));
    QVERIFY(ReviewMarkers::isGood(K::ObjectionHandled));
    QVERIFY(!ReviewMarkers::isGood(K::Filler));

    // Input that breaks the contract is named, not marked.
    const vt::Result<QList<ReviewMarker>> broken
        = ReviewMarkers::of(QJsonObject{{QStringLiteral("utterances"), 3}}, scoring);
    QVERIFY(!broken);
    QVERIFY2(broken.error().contains(QLatin1String("utterances")), qPrintable(broken.error()));
    QCOMPARE(TranscriptSearch::snippetHtml(QStringLiteral("a <b> \x02NMLS\x03 x")),
        QStringLiteral("a &lt;b&gt; <b>NMLS</b> x"));
}

void TestPracticeModels::comparisonSaysWhatGotBetter()
{
    AttemptResult a;
    a.hasScore = true;
    a.score = 60;
    a.criteria = {{QStringLiteral("talk"), QStringLiteral("Let them talk"),
                      QStringLiteral("talk_ratio"), {}, {}, 50, 0.5, 10, 20, {}},
        {QStringLiteral("questions"), QStringLiteral("Open questions"),
            QStringLiteral("open_questions"), {}, {}, 50, 1.0, 20, 20, {}}};
    a.kpis = {{QStringLiteral("talk_ratio"), QStringLiteral("Talk"), {}, {}, false},
        {QStringLiteral("filler_words"), QStringLiteral("Fillers"), {}, {}, true},
        {QStringLiteral("pace_wpm"), QStringLiteral("Pace"), {}, {}, true},
        {QStringLiteral("goal_hit"), QStringLiteral("Goal"), {}, {}, true}};
    AttemptResult b = a;
    b.score = 72;
    b.criteria[0].points = 20;
    b.criteria[0].fraction = 1.0;
    b.criteria[1].points = 12.5;
    b.criteria[1].fraction = 0.625;
    const QJsonObject ka{{QStringLiteral("talk_ratio"), 0.7}, {QStringLiteral("filler_words"), 6},
        {QStringLiteral("pace_wpm"), 150}, {QStringLiteral("goal_hit"), false}};
    const QJsonObject kb{{QStringLiteral("talk_ratio"), 0.5}, {QStringLiteral("filler_words"), 2},
        {QStringLiteral("pace_wpm"), 170}, {QStringLiteral("goal_hit"), true}};
    const QList<ComparisonRow> rows = AttemptComparison::rows({&a, ka}, {&b, kb});
    const auto row = [&rows](const QString& label) {
        for (const ComparisonRow& r : rows) {
            if (r.label == label)
                return r;
        }
        return ComparisonRow{};
    };
    QCOMPARE(rows.first().kind, ComparisonRow::Kind::Score);
    QCOMPARE(rows.first().change, QStringLiteral("+12"));
    QCOMPARE(rows.first().better, 1);
    QCOMPARE(row(QStringLiteral("Let them talk")).change, QStringLiteral("+10"));
    QCOMPARE(row(QStringLiteral("Open questions")).change, QStringLiteral("−7.5"));
    QCOMPARE(row(QStringLiteral("Open questions")).better, -1);
    // A scored KPI follows its criterion (talk share fell, and that earned points).
    const QString talk = RubricText::kpiName(QStringLiteral("talk_ratio"));
    QCOMPARE(row(talk).better, 1);
    QCOMPARE(row(talk).change, QStringLiteral("−20"));
    // Unscored: fewer fillers is better; pace has no better direction; the goal now reached.
    QCOMPARE(row(RubricText::kpiName(QStringLiteral("filler_words"))).better, 1);
    QCOMPARE(row(RubricText::kpiName(QStringLiteral("pace_wpm"))).better, 0);
    QCOMPARE(row(RubricText::kpiName(QStringLiteral("pace_wpm"))).change, QStringLiteral("+20"));
    QCOMPARE(
        row(RubricText::kpiName(QStringLiteral("goal_hit"))).change, QStringLiteral("now reached"));
    QCOMPARE(AttemptComparison::change(0.02), QStringLiteral("="));
}

void TestPracticeModels::microphoneWatchWarnsOnTheRepsTurn()
{
    // Readings every 40 ms, as the engine publishes them.
    const auto feed = [](MicrophoneWatch& w, qint64 from, qint64 to, float db, bool repsTurn) {
        int changes = 0;
        for (qint64 t = from; t < to; t += 40)
            changes += w.update(t, db, repsTurn) ? 1 : 0;
        return changes;
    };
    MicrophoneWatch watch;
    // The prospect talks for 5 s: silence then is not the rep's.
    QCOMPARE(feed(watch, 0, 5000, -90.0f, false), 0);
    // The rep's turn, and nothing comes: the warning after 8 s, not before.
    QCOMPARE(feed(watch, 5000, 12960, -90.0f, true), 0);
    QVERIFY(!watch.silent());
    QVERIFY(watch.update(13000, -90.0f, true));
    QVERIFY(watch.silent());
    // It stays while the prospect prompts ("Hello?"), and goes when the rep is heard.
    QCOMPARE(feed(watch, 13040, 15000, -90.0f, false), 0);
    QVERIFY(watch.silent());
    QVERIFY(watch.update(15000, -25.0f, true));
    QVERIFY(!watch.silent());
    // A quiet room is louder than a dead microphone: no warning.
    QCOMPARE(feed(watch, 15040, 30000, -45.0f, true), 0);
    // Speech between silences starts the count again.
    MicrophoneWatch w2;
    QCOMPARE(feed(w2, 0, 6000, -90.0f, true), 0);
    QCOMPARE(feed(w2, 6000, 6200, -20.0f, true), 0);
    QCOMPARE(feed(w2, 6200, 14000, -90.0f, true), 0);
    QVERIFY(!w2.silent());
    QCOMPARE(feed(w2, 14000, 14400, -90.0f, true), 1);
}

void TestPracticeModels::aCallTooShortHasNoScore()
{
    // Scoring 2.0.0 (docs/scoring.md §4.1): the report says not scored.
    const QJsonObject report = QJsonDocument::fromJson(R"({"scoring_version": "2.0.0",
        "kpis": {"rep_words": 4, "rep_talk_ms": 2100, "talk_ratio": 0.3, "pace_wpm": 114,
                 "filler_words": 1, "open_questions": 0, "longest_monologue_ms": 2100},
        "scored": false, "score": null, "passed": false,
        "not_scored": {"min_rep_words": 20, "min_rep_talk_ms": 10000},
        "breakdown": [{"criterion": "talk", "label": "Balance of talking", "kpi": "talk_ratio",
                       "value": 0.3, "weight": 1, "fraction": 0, "points": 0, "max_points": 50,
                       "evidence": []}]})")
                                   .object();
    const AttemptResult r = AttemptResult::fromReport(
        report, rateShopper().value(QStringLiteral("scoring")).toObject(), 70);
    QVERIFY(!r.hasScore);
    QVERIFY(r.tooLittleSpeech);
    QVERIFY(!r.passed);
    QVERIFY(r.criteria.isEmpty()); // no breakdown of zeros
    QVERIFY(r.tips.isEmpty());
    QVERIFY(!r.kpis.isEmpty()); // the numbers of the call are still there
    QCOMPARE(r.notScoredText(),
        QStringLiteral("You did not say enough to score this call. A call is scored once you "
                       "have said at least 20 words over 10 seconds."));
    // A scored report is not.
    QJsonObject scored = report;
    scored.insert(QStringLiteral("scored"), true);
    scored.insert(QStringLiteral("score"), 64);
    const AttemptResult s = AttemptResult::fromReport(
        scored, rateShopper().value(QStringLiteral("scoring")).toObject(), 70);
    QVERIFY(s.hasScore);
    QCOMPARE(s.score, 64);
    QVERIFY(s.notScoredText().isEmpty());
}

QTEST_GUILESS_MAIN(TestPracticeModels)
#include "TestPracticeModels.moc"
