// The 2.0.0 rules of docs/scoring.md on their own, from golden vectors worked out by hand
// (tests/data/scoring/rules): match tokens and phrase matching (§2.3, §2.4), questions
// anywhere (§3.4) under both versions, and the speech bar (§4.1).
#include "Kpis.h"
#include "MatchText.h"
#include "Numbers.h"
#include "ProcessRun.h"
#include "Questions.h"
#include "Report.h"
#include "Rubric.h"
#include "Scenario.h"
#include "Transcript.h"
#include "UtteranceFacts.h"
#include "VtTestConfig.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace vt::scoring;

namespace {

nlohmann::json readRules(const char* name)
{
    return nlohmann::json::parse(vt::test::readTestFile(
        QStringLiteral(VT_TEST_DATA_DIR "/scoring/rules/") + QLatin1String(name))
                                     .toStdString());
}

QString joined(const std::vector<std::string>& tokens)
{
    QStringList out;
    for (const std::string& t : tokens)
        out << QString::fromStdString(t);
    return out.join(QLatin1Char(' '));
}

struct Counts {
    int questions = 0;
    int open = 0;
};

Counts questionsOf(const std::string& text, const Rules& rules)
{
    Utterance u;
    u.id = "r";
    u.text = text;
    const Scenario scenario = parseScenario(R"({"id": "q", "rubric": {"pass_score": 1,
        "criteria": [{"id": "q", "kpi": "questions", "weight": 1, "rule": {"type": "at_least",
        "target": 1}}]}})")
                                  .value();
    const UtteranceFacts facts = analyseUtterance(u, scenario, rules);
    return {facts.questions, facts.openQuestions};
}

// A scenario with one required phrase and a rubric that would give full points for nothing.
const char* const fractionScenario = R"({"id": "bar",
 "required_phrases": [{"id": "nmls", "label": "NMLS", "variants": ["nmls"]}],
 "objections": [{"tag": "rate", "label": "Rate", "triggers": ["better rate"], "handling": ["compare"]}],
 "rubric": {"pass_score": 10, "criteria": [
  {"id": "o", "kpi": "objections", "weight": 1, "rule": {"type": "fraction"}},
  {"id": "f", "kpi": "fillers_per_min", "weight": 1, "rule": {"type": "at_most", "target": 2, "zero_at": 8}}]}})";

Transcript repSaying(int words, std::int64_t talkMs)
{
    std::string text;
    for (int i = 0; i < words; ++i)
        text += i == 0 ? "word" : " word";
    Transcript t;
    t.utterances.push_back({"r1", Speaker::Rep, text, 0, talkMs, {}, false});
    return t;
}

} // namespace

class TestScoringRules final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchTokens_data();
    void matchTokens();
    void phraseMatching_data();
    void phraseMatching();
    void questions_data();
    void questions();
    void enoughVectors();
    void numbersStopAtTheirLimits();
    void aCallUnderTheBarIsNotScored_data();
    void aCallUnderTheBarIsNotScored();
    void version1HasNoBar();
    void unknownVersionsAreRefused();
};

void TestScoringRules::matchTokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const nlohmann::json rows = readRules("matching.json").at("tokens");
    int n = 0;
    for (const nlohmann::json& row : rows) {
        std::string tokens;
        for (const nlohmann::json& t : row.at("tokens"))
            tokens += (tokens.empty() ? "" : " ") + t.get<std::string>();
        QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(++n).arg(
            QString::fromStdString(row.at("rule").get<std::string>()))))
            << QString::fromStdString(row.at("text").get<std::string>())
            << QString::fromStdString(tokens);
    }
}

void TestScoringRules::matchTokens()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(joined(vt::scoring::matchTokens(text.toStdString()).tokens), expected);
}

void TestScoringRules::phraseMatching_data()
{
    QTest::addColumn<QString>("phrase");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("said");
    int n = 0;
    const nlohmann::json rows = readRules("matching.json").at("said");
    for (const nlohmann::json& row : rows) {
        QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(++n).arg(
            QString::fromStdString(row.at("rule").get<std::string>()))))
            << QString::fromStdString(row.at("phrase").get<std::string>())
            << QString::fromStdString(row.at("text").get<std::string>())
            << row.at("said").get<bool>();
    }
}

void TestScoringRules::phraseMatching()
{
    QFETCH(QString, phrase);
    QFETCH(QString, text);
    QFETCH(bool, said);
    const MatchTokens p = vt::scoring::matchTokens(phrase.toStdString());
    const MatchTokens t = vt::scoring::matchTokens(text.toStdString());
    QVERIFY2(isSaid(p, t) == said,
        qPrintable(QStringLiteral("phrase [%1] in [%2]").arg(joined(p.tokens), joined(t.tokens))));

    // The scorer itself agrees: a required phrase with this variant is hit exactly when said.
    const std::string scenarioJson = nlohmann::json{{"id", "m"},
        {"required_phrases", {{{"id", "p"}, {"label", "P"}, {"variants", {phrase.toStdString()}}}}},
        {"rubric",
            {{"pass_score", 1},
                {"criteria",
                    {{{"id", "p"}, {"kpi", "required_phrases"}, {"weight", 1},
                        {"rule", {{"type", "fraction"}}}}}}}}}
                                         .dump();
    Transcript transcript;
    transcript.utterances.push_back({"r1", Speaker::Rep, text.toStdString(), 0, 1000, {}, false});
    const KpiResult kpis = computeKpis(transcript, parseScenario(scenarioJson).value());
    QCOMPARE(bool(kpis.phraseHit.at(0)), said);
}

void TestScoringRules::questions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("questions");
    QTest::addColumn<int>("open");
    QTest::addColumn<int>("questions1");
    QTest::addColumn<int>("open1");
    int n = 0;
    const nlohmann::json rows = readRules("questions.json").at("rows");
    for (const nlohmann::json& row : rows) {
        const int q = row.at("questions").get<int>();
        const int o = row.at("open").get<int>();
        const nlohmann::json v1 = row.value("v1", nlohmann::json::array({q, o}));
        QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(++n).arg(
            QString::fromStdString(row.at("rule").get<std::string>()))))
            << QString::fromStdString(row.at("text").get<std::string>()) << q << o
            << v1.at(0).get<int>() << v1.at(1).get<int>();
    }
}

void TestScoringRules::questions()
{
    QFETCH(QString, text);
    QFETCH(int, questions);
    QFETCH(int, open);
    QFETCH(int, questions1);
    QFETCH(int, open1);
    const Counts v2 = questionsOf(text.toStdString(), rules2_0);
    QCOMPARE(v2.questions, questions);
    QCOMPARE(v2.open, open);
    const Counts v1 = questionsOf(text.toStdString(), rules1_1);
    QCOMPARE(v1.questions, questions1);
    QCOMPARE(v1.open, open1);
}

void TestScoringRules::enoughVectors()
{
    const nlohmann::json matching = readRules("matching.json");
    QVERIFY(matching.at("tokens").size() >= 40);
    QVERIFY(matching.at("said").size() >= 30);
    QVERIFY(readRules("questions.json").at("rows").size() >= 30);
}

void TestScoringRules::numbersStopAtTheirLimits()
{
    // 10^15 is the largest value: the scale that would pass it is not taken.
    const std::optional<SpokenNumber> big = readNumber({"9999999", "billion"}, 0);
    QVERIFY(big);
    QCOMPARE(big->digits, std::string("9999999"));
    QCOMPARE(big->words, std::size_t(1));
    QCOMPARE(readNumber({"999999", "billion"}, 0)->digits, std::string("999999000000000"));
    // Scales only decrease: a larger one starts a new number.
    const std::vector<std::string> words{"nine", "hundred", "ninety", "nine", "billion", "nine",
        "hundred", "ninety", "nine", "million", "billion"};
    const std::optional<SpokenNumber> n = readNumber(words, 0);
    QVERIFY(n);
    QCOMPARE(n->digits, std::string("999999000000"));
    QCOMPARE(n->words, std::size_t(10));
    // Six decimals at most.
    const std::optional<SpokenNumber> d
        = readNumber({"one", "point", "one", "two", "three", "four", "five", "six", "seven"}, 0);
    QVERIFY(d);
    QCOMPARE(d->digits, std::string("1.123456"));
    QCOMPARE(d->words, std::size_t(8));
    QVERIFY(!readNumber({"and", "one"}, 0));
    QVERIFY(!readNumber({"a", "rate"}, 0));
    QVERIFY(!canonicalDigits("12.3.4"));
    QCOMPARE(*canonicalDigits("410k"), std::string("410000"));
}

void TestScoringRules::aCallUnderTheBarIsNotScored_data()
{
    QTest::addColumn<int>("words");
    QTest::addColumn<qint64>("talkMs");
    QTest::addColumn<bool>("scored");
    QTest::newRow("silent") << 0 << qint64(0) << false;
    QTest::newRow("five seconds") << 12 << qint64(5000) << false;
    QTest::newRow("enough words, too short") << 40 << qint64(9999) << false;
    QTest::newRow("long enough, too few words") << 19 << qint64(30000) << false;
    QTest::newRow("at the bar") << 20 << qint64(10000) << true;
}

void TestScoringRules::aCallUnderTheBarIsNotScored()
{
    QFETCH(int, words);
    QFETCH(qint64, talkMs);
    QFETCH(bool, scored);
    const Scenario scenario = parseScenario(fractionScenario).value();
    const Transcript t = repSaying(words, talkMs);
    const KpiResult kpis = computeKpis(t, scenario);
    const ScoreResult s = score(kpis, scenario);
    QCOMPARE(s.scored, scored);
    const nlohmann::json report = nlohmann::json::parse(scoreReport(t, scenario));
    QCOMPARE(report.at("scored").get<bool>(), scored);
    if (scored) {
        // No objection raised and no filler: both criteria are full.
        QCOMPARE(report.at("score").get<int>(), 100);
        QVERIFY(!report.contains("not_scored"));
    } else {
        QVERIFY(report.at("score").is_null());
        QCOMPARE(report.at("passed").get<bool>(), false);
        QCOMPARE(report.at("not_scored").at("min_rep_words").get<int>(), 20);
        QCOMPARE(report.at("not_scored").at("min_rep_talk_ms").get<int>(), 10000);
        // A fraction with nothing to count hands out nothing under the bar.
        for (const nlohmann::json& c : report.at("breakdown")) {
            QCOMPARE(c.at("points").get<double>(), 0.0);
            QCOMPARE(c.at("fraction").get<double>(), 0.0);
        }
    }
}

void TestScoringRules::version1HasNoBar()
{
    const Scenario scenario = parseScenario(fractionScenario).value();
    const nlohmann::json report
        = nlohmann::json::parse(scoreReport(repSaying(0, 0), scenario, false, rules1_1));
    QCOMPARE(report.at("scoring_version").get<std::string>(), std::string("1.1.0"));
    QVERIFY(!report.contains("scored"));
    QCOMPARE(report.at("score").get<int>(), 100);
}

void TestScoringRules::unknownVersionsAreRefused()
{
    QVERIFY(rulesFor("2.1.0") == &rules2_1);
    QVERIFY(rulesFor("2.0.0") == &rules2_0);
    QVERIFY(rulesFor("1.1.0") == &rules1_1);
    QVERIFY(rulesFor("1.0.0") == &rules1_1);
    QVERIFY(rulesFor("3.0.0") == nullptr);
    QVERIFY(rulesFor("") == nullptr);
    QCOMPARE(std::string(currentRules().version), std::string(scoringVersion));
}

QTEST_GUILESS_MAIN(TestScoringRules)
#include "TestScoringRules.moc"
