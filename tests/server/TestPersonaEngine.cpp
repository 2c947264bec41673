// The local practice agent's persona (docs/scenarios.md): the seeded scripts read and checked
// against their scoring scenarios and personas, whole conversations played turn by turn, and
// the agent and the scorer replaying the seeded calls side by side: they must agree on every
// objection.
#include "ProcessRun.h"
#include "VtTestConfig.h"
#include "agent/PersonaEngine.h"

#include "Kpis.h"
#include "Numbers.h"
#include "Scenario.h"
#include "Transcript.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using vt::server::AgentTurn;
using vt::server::PersonaEngine;
using vt::server::PersonaScript;
using Kind = AgentTurn::Kind;

namespace {

QJsonObject seedScenario(const QString& name)
{
    return QJsonDocument::fromJson(
        vt::test::readTestFile(QStringLiteral(VT_SOURCE_DIR "/server/seed/") + name))
        .object();
}

std::optional<PersonaScript> scriptOf(
    const QJsonObject& scenario, vt::protocol::FieldErrors& errors)
{
    return vt::server::readPersonaScript(scenario.value(QStringLiteral("agent")).toObject(),
        scenario.value(QStringLiteral("scoring")).toObject(), errors,
        scenario.value(QStringLiteral("persona")).toObject());
}

PersonaScript refinanceScript()
{
    vt::protocol::FieldErrors errors;
    return scriptOf(seedScenario(QStringLiteral("refinance-cold-call.json")), errors)
        .value_or(PersonaScript());
}

vt::scoring::Scenario scoringOf(const QJsonObject& scenario)
{
    const QByteArray json = QJsonDocument(scenario.value(QStringLiteral("scoring")).toObject())
                                .toJson(QJsonDocument::Compact);
    return vt::scoring::parseScenario(json.toStdString()).value();
}

// A conversation on a call clock: each rep line takes 2 s, the prospect's answer starts
// 0.5 s later and plays 2 s.
class Conversation {
public:
    explicit Conversation(PersonaEngine& agent)
        : m_agent(agent)
    {
        add(vt::scoring::Speaker::Prospect, m_agent.opening().text);
    }

    AgentTurn rep(const QString& text)
    {
        add(vt::scoring::Speaker::Rep, text);
        const AgentTurn turn = m_agent.onRepUtterance(text);
        m_clockMs += 500;
        add(vt::scoring::Speaker::Prospect, turn.text);
        return turn;
    }
    const vt::scoring::Transcript& transcript() const { return m_transcript; }

private:
    void add(vt::scoring::Speaker speaker, const QString& text)
    {
        vt::scoring::Utterance u;
        u.id = "u" + std::to_string(m_transcript.utterances.size() + 1);
        u.speaker = speaker;
        u.text = text.toStdString();
        u.startMs = m_clockMs;
        u.endMs = m_clockMs + 2000;
        m_clockMs += 2000;
        m_transcript.utterances.push_back(u);
    }

    PersonaEngine& m_agent;
    vt::scoring::Transcript m_transcript;
    qint64 m_clockMs = 0;
};

QSet<QString> tagsWhere(const vt::scoring::Scenario& s, const std::vector<bool>& flags)
{
    QSet<QString> out;
    for (std::size_t i = 0; i < flags.size(); ++i) {
        if (flags[i])
            out.insert(QString::fromStdString(s.objections[i].tag));
    }
    return out;
}

// The numbers a text states (docs/scoring.md §2.4), as canonical digits.
QSet<QString> numbersIn(const QString& text)
{
    QSet<QString> out;
    const std::vector<std::string> words = vt::scoring::analyseText(text.toStdString()).words;
    std::vector<std::string> joined;
    const auto digits = [](const std::string& w) {
        return std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    for (const std::string& w : words) {
        // "$410,000" is one number, as the match tokens read it.
        if (!joined.empty() && w.size() == 3 && digits(w) && digits(joined.back()))
            joined.back() += w;
        else
            joined.push_back(w);
    }
    for (std::size_t i = 0; i < joined.size();) {
        if (const auto n = vt::scoring::readNumber(joined, i)) {
            out.insert(QString::fromStdString(n->digits));
            i += n->words;
        } else {
            ++i;
        }
    }
    return out;
}

const char* const seeds[] = {"refinance-cold-call", "rate-shopper", "first-time-buyer"};

} // namespace

class TestPersonaEngine final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void seedScriptAgreesWithItsScoring_data();
    void seedScriptAgreesWithItsScoring();
    void seedFactsAreThePersonas_data();
    void seedFactsAreThePersonas();
    void agentAndScorerAgreeOnSeededCalls_data();
    void agentAndScorerAgreeOnSeededCalls();
    void aWellRunCallReachesTheGoal();
    void theGoalWaitsForObjections();
    void repTriggersRaiseObjectionsEarly();
    void hearsAsTheScorerDoes();
    void anAnswerBeforeTheLinePlaysCounts();
    void preemptedObjectionsAreAcknowledged_data();
    void preemptedObjectionsAreAcknowledged();
    void theIssuesCallIsAcknowledged();
    void aCutAcknowledgementComesUpAgain();
    void noLineTwiceWhileOthersRemain();
    void asksWhenItUnderstoodNothing();
    void aCutObjectionComesUpAgain();
    void rudenessEndsTheCall();
    void silencePromptsThenHangsUp();
    void repliesRotateDeterministically();
    void theVoiceFitsThePersona();
    void badScriptsNameTheField();
};

void TestPersonaEngine::seedScriptAgreesWithItsScoring_data()
{
    QTest::addColumn<QString>("file");
    for (const char* name : seeds)
        QTest::newRow(name) << QString::fromLatin1(name) + QStringLiteral(".json");
}

void TestPersonaEngine::seedScriptAgreesWithItsScoring()
{
    QFETCH(QString, file);
    // readPersonaScript refuses a script whose objection lines or goal line the scorer would not
    // recognise; each objection's triggers and handling are the scoring's own.
    const QJsonObject scenario = seedScenario(file);
    vt::protocol::FieldErrors errors;
    const std::optional<PersonaScript> script = scriptOf(scenario, errors);
    QVERIFY2(script, qPrintable(errors.summary()));
    const vt::scoring::Scenario scoring = scoringOf(scenario);
    QCOMPARE(std::size_t(script->objections.size()), scoring.objections.size());
    for (const vt::scoring::Objection& o : scoring.objections) {
        const auto it = std::find_if(script->objections.cbegin(), script->objections.cend(),
            [&o](const vt::server::ScriptedObjection& s) {
                return s.tag == QString::fromStdString(o.tag);
            });
        QVERIFY2(it != script->objections.cend(), o.tag.c_str());
        QVERIFY2(it->triggers.saidIn(it->line), qPrintable(it->line));
        QVERIFY2(it->triggers.saidIn(it->preemptedLine), qPrintable(it->preemptedLine));
        QStringList handling;
        for (const vt::scoring::Phrase& p : o.handling)
            handling.append(QString::fromStdString(p.text));
        QCOMPARE(it->handling.texts(), handling);
        // Every handling phrase the scorer accepts, the agent accepts, and the reverse.
        for (const QString& phrase : handling)
            QVERIFY2(it->handling.saidIn(phrase), qPrintable(phrase));
    }
    QCOMPARE(scenario.value(QStringLiteral("persona"))
                 .toObject()
                 .value(QStringLiteral("opening_line"))
                 .toString(),
        script->opening);
    // No other line of the prospect's says a trigger: the scorer would count an objection
    // raised that the agent never raised.
    QStringList others = script->fallbacks + script->clarifyLines + script->goalNotYetLines;
    others << script->opening << script->goalAgreeLine << script->silencePromptLine;
    for (const vt::server::Intent& intent : script->intents)
        others += intent.replies;
    for (const vt::server::ScriptedObjection& o : script->objections) {
        for (const QString& line : std::as_const(others))
            QVERIFY2(!o.triggers.saidIn(line), qPrintable(o.tag + QStringLiteral(": ") + line));
    }
    QVERIFY(script->clarifyLines.size() >= 2);
    QVERIFY(script->goalNotYetLines.size() >= 2);
}

void TestPersonaEngine::seedFactsAreThePersonas_data()
{
    seedScriptAgreesWithItsScoring_data();
}

void TestPersonaEngine::seedFactsAreThePersonas()
{
    QFETCH(QString, file);
    // Every number the prospect states as a fact (its opening and its intents' replies) is
    // one its persona card states: the price, the down payment, the closing date agree.
    const QJsonObject scenario = seedScenario(file);
    const QJsonObject persona = scenario.value(QStringLiteral("persona")).toObject();
    QSet<QString> known;
    for (const QString& key : persona.keys())
        known += numbersIn(persona.value(key).toString());
    vt::protocol::FieldErrors errors;
    const std::optional<PersonaScript> script = scriptOf(scenario, errors);
    QVERIFY(script);
    QStringList facts{script->opening};
    for (const vt::server::Intent& intent : script->intents)
        facts += intent.replies;
    int stated = 0;
    for (const QString& line : std::as_const(facts)) {
        for (const QString& n : numbersIn(line)) {
            ++stated;
            QVERIFY2(known.contains(n),
                qPrintable(QStringLiteral("“%1” states %2, which the persona (%3) does not")
                               .arg(line, n, QStringList(known.begin(), known.end()).join(u' '))));
        }
    }
    QVERIFY(stated >= 2);
}

void TestPersonaEngine::agentAndScorerAgreeOnSeededCalls_data()
{
    seedScriptAgreesWithItsScoring_data();
}

void TestPersonaEngine::agentAndScorerAgreeOnSeededCalls()
{
    QFETCH(QString, file);
    // The rep's side of the seeded call replayed to the agent; its answers build the prospect's
    // side; the scorer scores the result. Both must see the same objections raised and handled.
    const QJsonObject scenario = seedScenario(file);
    vt::protocol::FieldErrors errors;
    PersonaEngine agent(*scriptOf(scenario, errors));
    Conversation call(agent);
    const QJsonObject seeded = QJsonDocument::fromJson(
        vt::test::readTestFile(QStringLiteral(VT_SOURCE_DIR "/server/seed/transcripts/") + file))
                                   .object();
    for (const QJsonValue& v : seeded.value(QStringLiteral("utterances")).toArray()) {
        const QJsonObject u = v.toObject();
        if (u.value(QStringLiteral("speaker")).toString() == QLatin1String("rep")
            && !agent.goalReached())
            call.rep(u.value(QStringLiteral("text")).toString());
    }
    const vt::scoring::Scenario scoring = scoringOf(scenario);
    const vt::scoring::KpiResult kpis = vt::scoring::computeKpis(call.transcript(), scoring);
    const QSet<QString> raised = tagsWhere(scoring, kpis.objectionRaised);
    const QSet<QString> addressed = tagsWhere(scoring, kpis.objectionAddressed);
    QCOMPARE(agent.raised(), raised);
    QCOMPARE(agent.handled(), addressed);
    QVERIFY2(!raised.isEmpty(), "the replay raised no objection: it proves nothing");
}

void TestPersonaEngine::aWellRunCallReachesTheGoal()
{
    PersonaEngine agent(refinanceScript());
    QCOMPARE(agent.opening().text, QStringLiteral("Yeah, hello? Who is this?"));
    Conversation call(agent);
    AgentTurn t = call.rep(QStringLiteral("Hi, this is Dana from Summit Lending."));
    QCOMPARE(t.kind, Kind::Objection);
    QCOMPARE(t.objection, QStringLiteral("no_time"));
    t = call.rep(QStringLiteral("I understand. It will only take two minutes."));
    QCOMPARE(t.kind, Kind::Handled);
    QCOMPARE(t.objection, QStringLiteral("no_time"));
    t = call.rep(QStringLiteral("What are you looking for in a refinance?"));
    QCOMPARE(t.kind, Kind::Objection);
    QCOMPARE(t.objection, QStringLiteral("rate_too_high"));
    t = call.rep(QStringLiteral("Fair. Let's compare the APR and the total cost."));
    QCOMPARE(t.kind, Kind::Handled);
    t = call.rep(QStringLiteral("Could we schedule a review on Tuesday?"));
    QCOMPARE(t.kind, Kind::GoalAgreed);
    QVERIFY(t.endsCall);
    QCOMPARE(t.endReason, QStringLiteral("goal_reached"));
    QVERIFY(agent.goalReached());
    QCOMPARE(agent.handled().size(), 2);
}

void TestPersonaEngine::theGoalWaitsForObjections()
{
    PersonaEngine agent(refinanceScript());
    Conversation call(agent);
    call.rep(QStringLiteral("Hello, this is Dana."));
    // no_time is pending: asking for the meeting now is refused.
    AgentTurn t = call.rep(QStringLiteral("Can we set up a time to meet?"));
    QCOMPARE(t.kind, Kind::GoalNotYet);
    QCOMPARE(t.objection, QStringLiteral("no_time"));
    QVERIFY(!t.endsCall);
    call.rep(QStringLiteral("I'll be quick."));
    // Handled, but fewer than min_objections raised: the next worry comes out instead.
    t = call.rep(QStringLiteral("So, can we schedule a review?"));
    QCOMPARE(t.kind, Kind::Objection);
    QCOMPARE(t.objection, QStringLiteral("rate_too_high"));
    QVERIFY(!agent.goalReached());
}

void TestPersonaEngine::repTriggersRaiseObjectionsEarly()
{
    PersonaEngine agent(refinanceScript());
    Conversation call(agent);
    const AgentTurn t
        = call.rep(QStringLiteral("Good news, our rates are down and the fees are low."));
    // Rep triggers of two objections: the first in the script's order wins; one at a time.
    QCOMPARE(t.kind, Kind::Objection);
    QCOMPARE(t.objection, QStringLiteral("rate_too_high"));
    QCOMPARE(agent.raised().size(), 1);
}

void TestPersonaEngine::hearsAsTheScorerDoes()
{
    // The scoring module's matcher: inflections, contractions and numbers in words.
    PersonaEngine agent(refinanceScript());
    Conversation call(agent);
    call.rep(QStringLiteral("Hi, this is Dana."));
    QCOMPARE(call.rep(QStringLiteral("I promise I'm quick.")).kind, Kind::Handled);
    call.rep(QStringLiteral("What are you looking for?"));
    call.rep(QStringLiteral("And your current balance?"));
    // rate_too_high came up by script on the third turn; "comparing" is "compare".
    QVERIFY(agent.raised().contains(QStringLiteral("rate_too_high")));
    QCOMPARE(call.rep(QStringLiteral("We'd be comparing both offers.")).kind, Kind::Handled);
}

void TestPersonaEngine::anAnswerBeforeTheLinePlaysCounts()
{
    // The rep says a handling phrase after the agent chose to raise the objection but before
    // its line began to play: the scorer credits an answer before the raising (2.1.0), so the
    // agent does too, and answers it.
    PersonaEngine agent(refinanceScript());
    const AgentTurn objection = agent.onRepUtterance(QStringLiteral("Hi, this is Dana."));
    QCOMPARE(objection.kind, Kind::Objection);
    const AgentTurn t = agent.onRepUtterance(QStringLiteral("Two minutes, tops."));
    QCOMPARE(t.kind, Kind::Handled);
    QCOMPARE(t.objection, QStringLiteral("no_time"));
    QVERIFY(agent.handled().contains(QStringLiteral("no_time")));
}

void TestPersonaEngine::preemptedObjectionsAreAcknowledged_data()
{
    seedScriptAgreesWithItsScoring_data();
}

void TestPersonaEngine::preemptedObjectionsAreAcknowledged()
{
    QFETCH(QString, file);
    // A rep who answers every worry of the seeded prospect before it comes up: each is
    // acknowledged with its own line, counts raised and handled for the agent and the scorer
    // alike, never comes up as an objection, and the goal is agreed at the first request.
    const QJsonObject scenario = seedScenario(file);
    vt::protocol::FieldErrors errors;
    const PersonaScript script = *scriptOf(scenario, errors);
    PersonaEngine agent(script);
    Conversation call(agent);
    for (const vt::server::ScriptedObjection& o : script.objections) {
        const AgentTurn t = call.rep(QStringLiteral("Before you ask, %1 is something we cover.")
                                         .arg(o.handling.texts().at(0)));
        QCOMPARE(t.kind, Kind::Acknowledged);
        QCOMPARE(t.objection, o.tag);
        QCOMPARE(t.text, o.preemptedLine);
        QVERIFY2(!t.text.startsWith(QLatin1String("Good, you answered")),
            "the seed has its own preempted_line");
    }
    const AgentTurn goal
        = call.rep(QStringLiteral("So can we %1 next?").arg(script.goalAskKeywords.texts().at(0)));
    QCOMPARE(goal.kind, Kind::GoalAgreed);
    const vt::scoring::Scenario scoring = scoringOf(scenario);
    const vt::scoring::KpiResult kpis = vt::scoring::computeKpis(call.transcript(), scoring);
    QCOMPARE(agent.raised(), tagsWhere(scoring, kpis.objectionRaised));
    QCOMPARE(agent.handled(), tagsWhere(scoring, kpis.objectionAddressed));
    QCOMPARE(agent.handled().size(), script.objections.size());
    // Under 2.0.0 the same call addresses none: the acknowledgement needs 2.1.0's rule.
    const vt::scoring::KpiResult before
        = vt::scoring::computeKpis(call.transcript(), scoring, vt::scoring::rules2_0);
    QVERIFY(tagsWhere(scoring, before.objectionAddressed).isEmpty());
}

void TestPersonaEngine::theIssuesCallIsAcknowledged()
{
    // The call of issue 24: the rep covers the fees before the prospect brings them up. The
    // prospect acknowledges it, although "fees" is also a rep trigger of that objection, and
    // never raises it again.
    PersonaEngine agent(refinanceScript());
    Conversation call(agent);
    QCOMPARE(
        call.rep(QStringLiteral("Hi, this is Dana from Summit Lending.")).kind, Kind::Objection);
    QCOMPARE(call.rep(QStringLiteral("It will only take two minutes.")).kind, Kind::Handled);
    const AgentTurn t
        = call.rep(QStringLiteral("The fees can be covered with a lender credit, by the way."));
    QCOMPARE(t.kind, Kind::Acknowledged);
    QCOMPARE(t.objection, QStringLiteral("closing_costs"));
    QStringList later;
    for (const char* line : {"What are you looking for?", "What is your balance?",
             "And your monthly payment?", "Tell me about the house."})
        later.append(call.rep(QString::fromLatin1(line)).text);
    for (const QString& line : std::as_const(later))
        QVERIFY2(!line.contains(QLatin1String("closing costs always")), qPrintable(line));
    QVERIFY(agent.handled().contains(QStringLiteral("closing_costs")));
}

void TestPersonaEngine::aCutAcknowledgementComesUpAgain()
{
    PersonaEngine agent(refinanceScript());
    agent.onRepUtterance(QStringLiteral("Hi, this is Dana."));
    agent.onRepUtterance(QStringLiteral("Two minutes, that is all."));
    const AgentTurn ack = agent.onRepUtterance(QStringLiteral("There's a lender credit too."));
    QCOMPARE(ack.kind, Kind::Acknowledged);
    // Cut before "closing costs" was heard: the score would not count it raised, nor does the
    // agent; the rep's answer still stands, so when it comes up it is acknowledged again.
    agent.onLineCut(ack, QStringLiteral("Good, that was"));
    QVERIFY(!agent.raised().contains(QStringLiteral("closing_costs")));
    QVERIFY(!agent.handled().contains(QStringLiteral("closing_costs")));
    const AgentTurn again = agent.onRepUtterance(QStringLiteral("Let me explain the closing."));
    QCOMPARE(again.kind, Kind::Acknowledged);
    QVERIFY(agent.handled().contains(QStringLiteral("closing_costs")));
}

void TestPersonaEngine::noLineTwiceWhileOthersRemain()
{
    // Statements the script has no answer for: every fallback once before any is said again,
    // and never the same line twice in a row.
    PersonaScript script = refinanceScript();
    script.objections.clear();
    PersonaEngine agent(script);
    QStringList said;
    for (int i = 0; i < 3 * int(script.fallbacks.size()); ++i)
        said.append(agent.onRepUtterance(QStringLiteral("I see that you own a house there.")).text);
    const QStringList firstRound = said.mid(0, script.fallbacks.size());
    QCOMPARE(QSet<QString>(firstRound.begin(), firstRound.end()),
        QSet<QString>(script.fallbacks.begin(), script.fallbacks.end()));
    for (qsizetype i = 1; i < said.size(); ++i)
        QVERIFY2(said[i] != said[i - 1], qPrintable(said[i]));
    // An intent's replies, then the one said longest ago, never twice in a row.
    PersonaEngine again(script);
    QStringList payment;
    for (int i = 0; i < 4; ++i)
        payment.append(again.onRepUtterance(QStringLiteral("What's your monthly payment?")).text);
    QCOMPARE(payment.at(0).left(20), QStringLiteral("The payment is about"));
    QCOMPARE(payment.at(1), QStringLiteral("Like I said, lower payment, no big costs."));
    QCOMPARE(payment.at(2), payment.at(0));
    QCOMPARE(payment.at(3), payment.at(1));
    // The goal refused while an objection is pending: a different line each time.
    PersonaEngine waiting(refinanceScript());
    waiting.onRepUtterance(QStringLiteral("Hi, this is Dana."));
    QStringList notYet;
    for (int i = 0; i < 3; ++i)
        notYet.append(waiting.onRepUtterance(QStringLiteral("Can we schedule a review?")).text);
    QCOMPARE(QSet<QString>(notYet.begin(), notYet.end()).size(), 3);
}

void TestPersonaEngine::asksWhenItUnderstoodNothing()
{
    PersonaScript script = refinanceScript();
    script.objections.clear();
    const QSet<QString> clarify(script.clarifyLines.begin(), script.clarifyLines.end());
    PersonaEngine agent(script);
    // A question it has no answer for, by the scorer's question rules (no "?" needed).
    AgentTurn t = agent.onRepUtterance(QStringLiteral("so how do you feel about football"));
    QCOMPARE(t.kind, Kind::Clarify);
    QVERIFY(clarify.contains(t.text));
    // A fragment the recogniser made of a cough.
    t = agent.onRepUtterance(QStringLiteral("the uh"));
    QCOMPARE(t.kind, Kind::Clarify);
    // A statement it understood nothing of, or a backchannel: a fallback, not a question.
    t = agent.onRepUtterance(QStringLiteral("I see that you own a house there."));
    QCOMPARE(t.kind, Kind::Reply);
    QVERIFY(script.fallbacks.contains(t.text));
    QCOMPARE(agent.onRepUtterance(QStringLiteral("Okay.")).kind, Kind::Reply);
    // A script without clarify_lines keeps to its fallbacks.
    script.clarifyLines.clear();
    PersonaEngine plain(script);
    QCOMPARE(
        plain.onRepUtterance(QStringLiteral("How do you feel about football?")).kind, Kind::Reply);
}

void TestPersonaEngine::aCutObjectionComesUpAgain()
{
    PersonaEngine agent(refinanceScript());
    const AgentTurn objection = agent.onRepUtterance(QStringLiteral("Hi, this is Dana."));
    QCOMPARE(objection.objection, QStringLiteral("no_time"));
    // The rep talked over it after "Look, I'm": the trigger ("too busy") was never heard.
    agent.onLineCut(objection, QStringLiteral("Look, I'm"));
    QVERIFY(agent.raised().isEmpty());
    // Its turn has come, so it comes up again.
    const AgentTurn again = agent.onRepUtterance(QStringLiteral("Sorry, go on."));
    QCOMPARE(again.kind, Kind::Objection);
    QCOMPARE(again.objection, QStringLiteral("no_time"));
    // Cut after the trigger was heard: it stays raised.
    agent.onLineCut(again, QStringLiteral("Look, I'm too busy"));
    QVERIFY(agent.raised().contains(QStringLiteral("no_time")));
}

void TestPersonaEngine::rudenessEndsTheCall()
{
    PersonaEngine agent(refinanceScript());
    const AgentTurn t = agent.onRepUtterance(QStringLiteral("Oh, shut up and listen."));
    QCOMPARE(t.kind, Kind::HangUp);
    QVERIFY(t.endsCall);
    QCOMPARE(t.endReason, QStringLiteral("agent_hung_up"));
    // Whole words only: "stupidly" is not "stupid".
    PersonaEngine other(refinanceScript());
    QVERIFY(other.onRepUtterance(QStringLiteral("I stupidly forgot my pen.")).kind != Kind::HangUp);
}

void TestPersonaEngine::silencePromptsThenHangsUp()
{
    PersonaEngine agent(refinanceScript());
    QVERIFY(!agent.onSilence(5000));
    const std::optional<AgentTurn> prompt = agent.onSilence(12000);
    QVERIFY(prompt);
    QCOMPARE(prompt->kind, Kind::Prompt);
    QVERIFY(!agent.onSilence(15000)); // prompted once, not again
    const std::optional<AgentTurn> bye = agent.onSilence(20000);
    QVERIFY(bye);
    QVERIFY(bye->endsCall);
    QCOMPARE(bye->endReason, QStringLiteral("agent_hung_up"));
    QCOMPARE(agent.onTimeLimit().endReason, QStringLiteral("time_limit"));
}

void TestPersonaEngine::repliesRotateDeterministically()
{
    const auto run = [] {
        PersonaEngine agent(refinanceScript());
        Conversation call(agent);
        QStringList lines;
        call.rep(QStringLiteral("Hi."));
        call.rep(QStringLiteral("Just two minutes."));
        for (int i = 0; i < 5; ++i)
            lines.append(call.rep(QStringLiteral("What is your monthly payment?")).text);
        return lines;
    };
    const QStringList first = run();
    QCOMPARE(run(), first);
    // Turn 3 raises the scripted rate objection; then the payment intent's replies rotate.
    QVERIFY(first.at(0).contains(QLatin1String("not going to beat")));
}

void TestPersonaEngine::theVoiceFitsThePersona()
{
    // The seeds name no flite voice: each persona's own voice picks one that is installed.
    const std::pair<const char*, const char*> seeded[] = {{"refinance-cold-call.json", "kal"},
        {"rate-shopper.json", "slt"}, {"first-time-buyer.json", "slt"}};
    for (const auto& [file, voice] : seeded) {
        const QJsonObject scenario = seedScenario(QString::fromLatin1(file));
        QVERIFY(
            !scenario.value(QStringLiteral("agent")).toObject().contains(QStringLiteral("voice")));
        vt::protocol::FieldErrors errors;
        QCOMPARE(scriptOf(scenario, errors)->voice, QString::fromLatin1(voice));
    }
    QCOMPARE(
        vt::server::voiceForPersona(QStringLiteral("en-US-male-young")), QStringLiteral("rms"));
    QCOMPARE(
        vt::server::voiceForPersona(QStringLiteral("en-US-Female-warm")), QStringLiteral("slt"));
    QCOMPARE(vt::server::voiceForPersona(QString()), QStringLiteral("kal"));
    // The agent's own voice wins.
    QJsonObject scenario = seedScenario(QStringLiteral("rate-shopper.json"));
    QJsonObject agent = scenario.value(QStringLiteral("agent")).toObject();
    agent.insert(QStringLiteral("voice"), QStringLiteral("awb"));
    scenario.insert(QStringLiteral("agent"), agent);
    vt::protocol::FieldErrors errors;
    QCOMPARE(scriptOf(scenario, errors)->voice, QStringLiteral("awb"));
}

void TestPersonaEngine::badScriptsNameTheField()
{
    const QJsonObject scenario = seedScenario(QStringLiteral("refinance-cold-call.json"));
    QJsonObject agent = scenario.value(QStringLiteral("agent")).toObject();
    QJsonArray objections = agent.value(QStringLiteral("objections")).toArray();
    QJsonObject first = objections.at(0).toObject();
    first.remove(QStringLiteral("after_rep_turns"));
    first.remove(QStringLiteral("rep_triggers"));
    objections[0] = first;
    QJsonObject second = objections.at(1).toObject();
    second.insert(QStringLiteral("line"), QStringLiteral("Every lender says that."));
    objections[1] = second;
    second.insert(QStringLiteral("preempted_line"), QStringLiteral("Good, I see."));
    objections[1] = second;
    QJsonObject third = objections.at(2).toObject();
    third.insert(QStringLiteral("tag"), QStringLiteral("no_such_objection"));
    objections[2] = third;
    agent.insert(QStringLiteral("objections"), objections);
    agent.insert(QStringLiteral("voice"), QStringLiteral("robot"));
    QJsonObject goal = agent.value(QStringLiteral("goal")).toObject();
    goal.insert(QStringLiteral("agree_line"), QStringLiteral("Fine, maybe."));
    goal.insert(QStringLiteral("not_yet_line"), QJsonArray());
    agent.insert(QStringLiteral("goal"), goal);
    vt::protocol::FieldErrors errors;
    QVERIFY(!vt::server::readPersonaScript(
        agent, scenario.value(QStringLiteral("scoring")).toObject(), errors));
    QStringList paths;
    for (const auto& e : errors.list())
        paths.append(e.path);
    for (const char* path : {"$.agent.voice", "$.agent.objections[0]", "$.agent.objections[1].line",
             "$.agent.objections[1].preempted_line", "$.agent.objections[2].tag",
             "$.agent.goal.agree_line", "$.agent.goal.not_yet_line"})
        QVERIFY2(paths.contains(QLatin1String(path)), qPrintable(errors.summary()));

    // A scoring object that does not parse is named too.
    vt::protocol::FieldErrors scoringErrors;
    QVERIFY(!vt::server::readPersonaScript(scenario.value(QStringLiteral("agent")).toObject(),
        QJsonObject{{QStringLiteral("id"), 3}}, scoringErrors));
    QVERIFY2(scoringErrors.summary().contains(QLatin1String("$.scoring.id")),
        qPrintable(scoringErrors.summary()));
}

QTEST_GUILESS_MAIN(TestPersonaEngine)
#include "TestPersonaEngine.moc"
