// The local practice agent's persona (docs/scenarios.md): the seeded refinance script read and
// checked against its scoring scenario, and whole conversations played turn by turn.
#include "ProcessRun.h"
#include "VtTestConfig.h"
#include "agent/PersonaEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
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

PersonaScript refinanceScript()
{
    vt::protocol::FieldErrors errors;
    const std::optional<PersonaScript> script
        = vt::server::readPersonaScript(seedScenario(QStringLiteral("refinance-cold-call.json"))
                                            .value(QStringLiteral("agent"))
                                            .toObject(),
            errors);
    return script.value_or(PersonaScript());
}

QStringList strings(const QJsonValue& array)
{
    QStringList out;
    for (const QJsonValue& v : array.toArray())
        out.append(v.toString());
    return out;
}

} // namespace

class TestPersonaEngine final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void seedScriptAgreesWithItsScoring_data();
    void seedScriptAgreesWithItsScoring();
    void aWellRunCallReachesTheGoal();
    void theGoalWaitsForObjections();
    void repTriggersRaiseObjectionsEarly();
    void rudenessEndsTheCall();
    void silencePromptsThenHangsUp();
    void repliesRotateDeterministically();
    void badScriptsNameTheField();
};

void TestPersonaEngine::seedScriptAgreesWithItsScoring_data()
{
    QTest::addColumn<QString>("file");
    for (const char* name : {"refinance-cold-call", "rate-shopper", "first-time-buyer"})
        QTest::newRow(name) << QString::fromLatin1(name) + QStringLiteral(".json");
}

void TestPersonaEngine::seedScriptAgreesWithItsScoring()
{
    QFETCH(QString, file);
    // What the persona says must be what the scoring module recognises: each objection line
    // carries one of its scoring triggers, the handling phrases are the scoring's, and the
    // goal line says a goal phrase. Otherwise a well-run call would score badly.
    const QJsonObject scenario = seedScenario(file);
    vt::protocol::FieldErrors errors;
    const std::optional<PersonaScript> script
        = vt::server::readPersonaScript(scenario.value(QStringLiteral("agent")).toObject(), errors);
    QVERIFY2(script, qPrintable(errors.summary()));
    const QJsonObject scoring = scenario.value(QStringLiteral("scoring")).toObject();
    QCOMPARE(
        script->objections.size(), scoring.value(QStringLiteral("objections")).toArray().size());
    for (const auto& o : scoring.value(QStringLiteral("objections")).toArray()) {
        const QString tag = o.toObject().value(QStringLiteral("tag")).toString();
        const auto it = std::find_if(script->objections.cbegin(), script->objections.cend(),
            [&tag](const vt::server::ScriptedObjection& s) { return s.tag == tag; });
        QVERIFY2(it != script->objections.cend(), qPrintable(tag));
        QVERIFY2(vt::server::containsAny(vt::server::normalizedForMatching(it->line),
                     strings(o.toObject().value(QStringLiteral("triggers")))),
            qPrintable(it->line));
        QCOMPARE(it->handling, strings(o.toObject().value(QStringLiteral("handling"))));
    }
    QVERIFY(vt::server::containsAny(vt::server::normalizedForMatching(script->goalAgreeLine),
        strings(
            scoring.value(QStringLiteral("goal")).toObject().value(QStringLiteral("phrases")))));
}

void TestPersonaEngine::aWellRunCallReachesTheGoal()
{
    PersonaEngine agent(refinanceScript());
    QCOMPARE(agent.opening().text, QStringLiteral("Yeah, hello? Who is this?"));
    AgentTurn t = agent.onRepUtterance(QStringLiteral("Hi, this is Dana from Summit Lending."));
    QCOMPARE(t.kind, Kind::Objection);
    QCOMPARE(t.objection, QStringLiteral("no_time"));
    t = agent.onRepUtterance(QStringLiteral("I understand. It will only take two minutes."));
    QCOMPARE(t.kind, Kind::Handled);
    QCOMPARE(t.objection, QStringLiteral("no_time"));
    t = agent.onRepUtterance(QStringLiteral("What are you looking for in a refinance?"));
    QCOMPARE(t.kind, Kind::Objection);
    QCOMPARE(t.objection, QStringLiteral("rate_too_high"));
    t = agent.onRepUtterance(QStringLiteral("Fair. Let's compare the APR and the total cost."));
    QCOMPARE(t.kind, Kind::Handled);
    t = agent.onRepUtterance(QStringLiteral("Could we schedule a review on Tuesday?"));
    QCOMPARE(t.kind, Kind::GoalAgreed);
    QVERIFY(t.endsCall);
    QCOMPARE(t.endReason, QStringLiteral("goal_reached"));
    QVERIFY(agent.goalReached());
    QCOMPARE(agent.handled().size(), 2);
}

void TestPersonaEngine::theGoalWaitsForObjections()
{
    PersonaEngine agent(refinanceScript());
    agent.onRepUtterance(QStringLiteral("Hello, this is Dana."));
    // no_time is pending: asking for the meeting now is refused.
    AgentTurn t = agent.onRepUtterance(QStringLiteral("Can we set up a time to meet?"));
    QCOMPARE(t.kind, Kind::GoalNotYet);
    QCOMPARE(t.objection, QStringLiteral("no_time"));
    QVERIFY(!t.endsCall);
    agent.onRepUtterance(QStringLiteral("I'll be quick."));
    // Handled, but fewer than min_objections raised: the next worry comes out instead.
    t = agent.onRepUtterance(QStringLiteral("So, can we schedule a review?"));
    QCOMPARE(t.kind, Kind::Objection);
    QCOMPARE(t.objection, QStringLiteral("rate_too_high"));
    QVERIFY(!agent.goalReached());
}

void TestPersonaEngine::repTriggersRaiseObjectionsEarly()
{
    PersonaEngine agent(refinanceScript());
    const AgentTurn t = agent.onRepUtterance(
        QStringLiteral("Good news, our rates are down and the fees are low."));
    // Rep triggers of two objections: the first in the script's order wins; one at a time.
    QCOMPARE(t.kind, Kind::Objection);
    QCOMPARE(t.objection, QStringLiteral("rate_too_high"));
    QCOMPARE(agent.raised().size(), 1);
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
        QStringList lines;
        agent.onRepUtterance(QStringLiteral("Hi."));
        agent.onRepUtterance(QStringLiteral("Just two minutes."));
        for (int i = 0; i < 5; ++i)
            lines.append(
                agent.onRepUtterance(QStringLiteral("What is your monthly payment?")).text);
        return lines;
    };
    const QStringList first = run();
    QCOMPARE(run(), first);
    // Turn 3 raises the scripted rate objection; then the payment intent's replies rotate.
    QVERIFY(first.at(0).contains(QLatin1String("not going to beat")));
}

void TestPersonaEngine::badScriptsNameTheField()
{
    QJsonObject agent = seedScenario(QStringLiteral("refinance-cold-call.json"))
                            .value(QStringLiteral("agent"))
                            .toObject();
    QJsonArray objections = agent.value(QStringLiteral("objections")).toArray();
    QJsonObject first = objections.at(0).toObject();
    first.remove(QStringLiteral("after_rep_turns"));
    first.remove(QStringLiteral("rep_triggers"));
    objections[0] = first;
    agent.insert(QStringLiteral("objections"), objections);
    agent.insert(QStringLiteral("voice"), QStringLiteral("robot"));
    vt::protocol::FieldErrors errors;
    QVERIFY(!vt::server::readPersonaScript(agent, errors));
    QStringList paths;
    for (const auto& e : errors.list())
        paths.append(e.path);
    QVERIFY2(paths.contains(QStringLiteral("$.agent.voice")), qPrintable(errors.summary()));
    QVERIFY2(paths.contains(QStringLiteral("$.agent.objections[0]")), qPrintable(errors.summary()));
}

QTEST_GUILESS_MAIN(TestPersonaEngine)
#include "TestPersonaEngine.moc"
