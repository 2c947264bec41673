// The platform's answers as the app reads them (docs/api/openapi.yaml): exact values, and
// every wrong field named by its JSONPath.
#include "ApiResources.h"

#include <QTest>

using namespace vt::protocol;

namespace {

constexpr char attemptJson[] = R"({
    "id":"7c0a1d7e-95a4-4bc4-8a43-4f1e8fbf3a10",
    "user":{"id":"u1","display_name":"Sam Patel"},"scenario":{"id":"s1","title":"Rate shopper"},
    "assignment_id":null,"status":"completed","started_at":"2026-11-21T09:30:00Z",
    "ended_at":"2026-11-21T09:34:00Z","completed_at":"2026-11-21T09:34:01Z","duration_ms":240000,
    "score":null,"pass_score":70,"passed":false,"interrupted":false,"ended_by":"rep",
    "recording":{"available":true,"bytes":1024,"sha256":null},"updated_at":"2026-11-21T09:34:01Z",
    "transcript":{"utterances":[
        {"id":"a1","speaker":"prospect","text":"Hello?","start_ms":900,"end_ms":1500,"truncated":true},
        {"id":"r1","speaker":"rep","text":"Hi, Sam here.","start_ms":0,"end_ms":800}]},
    "kpis":{"talk_ratio":0.5},"breakdown":[],"turn_latencies_ms":[420,610],
    "feedback":{"status":"ready","summary":"Good opening.","spans":[]},
    "comments":[{"id":"c1","attempt_id":"7c0a1d7e-95a4-4bc4-8a43-4f1e8fbf3a10",
        "author":{"id":"m1","display_name":"Morgan"},"body":"Listen here","span":{"start_ms":900,"end_ms":1500},
        "utterance_id":"a1","created_at":"2026-11-22T10:00:00Z"}]})";

} // namespace

class TestApiResources final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void me();
    void scenarioKeepsItsScoringAndTellsTheRepItsLabels();
    void attemptSortsItsLinesAndReadsComments();
    void attemptErrorsNameTheirPaths();
    void callStartedSaysWhatPlaysTheProspect();
};

void TestApiResources::me()
{
    const Parsed<Me> p = parseMe(R"({"user":{"id":"u1","email":"sam@example.com",
        "display_name":"Sam Patel","role":"manager"},"org":{"id":"o1","name":"Harbor"},
        "team":{"id":"t1","name":"Refinance Desk","manages":true}})");
    QVERIFY2(p, qPrintable(p.error().summary()));
    QCOMPARE(p->user.name, QStringLiteral("Sam Patel"));
    QCOMPARE(p->email, QStringLiteral("sam@example.com"));
    QCOMPARE(p->role, QStringLiteral("manager"));
    QCOMPARE(p->org.name, QStringLiteral("Harbor"));
    QCOMPARE(p->team->name, QStringLiteral("Refinance Desk"));
    QVERIFY(p->managesTeam);

    const Parsed<Me> solo = parseMe(R"({"user":{"id":"u1","email":"a@b","display_name":"A",
        "role":"trainee"},"org":{"id":"o1","name":"Harbor"},"team":null})");
    QVERIFY(solo && !solo->team && !solo->managesTeam);

    const Parsed<Me> wrong
        = parseMe(R"({"user":{"id":"u1","display_name":"A","role":"boss"},"team":{"id":"t"}})");
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().fields.paths(),
        (QStringList{QStringLiteral("$.user.email"), QStringLiteral("$.user.role"),
            QStringLiteral("$.org"), QStringLiteral("$.team.name"),
            QStringLiteral("$.team.manages")}));
}

void TestApiResources::scenarioKeepsItsScoringAndTellsTheRepItsLabels()
{
    const Parsed<Scenario> p = parseScenario(R"({"id":"s1","title":"Rate shopper",
        "summary":"A homeowner","difficulty":"hard","status":"published","duration_minutes":6,
        "persona":{"name":"Dana","role":"Homeowner"},"updated_at":"2026-11-21T09:30:00Z",
        "briefing":"Dana is comparing rates.","practice_agent":{"opening":"Hello?"},
        "scoring":{"goal":{"id":"g","label":"Book a call"},
            "required_phrases":[{"id":"nmls","label":"NMLS disclosure"}],
            "objections":[{"tag":"rate","label":"Your rate is higher"},{"tag":"fees"}],
            "rubric":{"pass_score":70,"criteria":[]}}})");
    QVERIFY2(p, qPrintable(p.error().summary()));
    QCOMPARE(p->summary.title, QStringLiteral("Rate shopper"));
    QCOMPARE(p->summary.persona.name, QStringLiteral("Dana"));
    QCOMPARE(p->briefing, QStringLiteral("Dana is comparing rates."));
    QCOMPARE(p->goal, QStringLiteral("Book a call"));
    QCOMPARE(p->requiredPhrases, QStringList{QStringLiteral("NMLS disclosure")});
    QCOMPARE(p->objections, (QStringList{QStringLiteral("Your rate is higher"), QString()}));
    QCOMPARE(p->passScore, 70.0);
    QVERIFY(p->scoring.contains(QStringLiteral("rubric")));
    // Offline practice imports the whole answer, the practice agent with it.
    QVERIFY(p->document.contains(QStringLiteral("practice_agent")));

    const Parsed<Scenario> wrong = parseScenario(R"({"id":"s1","title":"T","summary":"",
        "difficulty":"easy","status":"published","duration_minutes":6,"persona":{},
        "updated_at":"2026-11-21T09:30:00Z","scoring":{"required_phrases":[{"label":3}],
        "rubric":{"pass_score":101}}})");
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().fields.paths(),
        (QStringList{QStringLiteral("$.briefing"),
            QStringLiteral("$.scoring.required_phrases[0].label"),
            QStringLiteral("$.scoring.rubric.pass_score")}));
}

void TestApiResources::attemptSortsItsLinesAndReadsComments()
{
    const Parsed<Attempt> p = parseAttempt(attemptJson);
    QVERIFY2(p, qPrintable(p.error().summary()));
    QCOMPARE(p->summary.user.name, QStringLiteral("Sam Patel"));
    QVERIFY(!p->summary.score.has_value()); // too little said to score
    QCOMPARE(p->summary.passScore.value_or(0), 70.0);
    QCOMPARE(p->utterances.size(), 2);
    QCOMPARE(p->utterances.at(0).id, QStringLiteral("r1"));
    QCOMPARE(p->utterances.at(1).speaker, QStringLiteral("prospect"));
    QVERIFY(p->utterances.at(1).truncated && !p->utterances.at(0).truncated);
    QCOMPARE(p->utterances.at(1).endMs, qint64(1500));
    QCOMPARE(p->turnLatenciesMs, (QList<qint64>{420, 610}));
    QCOMPARE(p->feedback, QStringLiteral("Good opening."));
    QCOMPARE(p->kpis.value(QStringLiteral("talk_ratio")).toDouble(), 0.5);
    QCOMPARE(p->comments.size(), 1);
    QCOMPARE(p->comments.at(0).author.name, QStringLiteral("Morgan"));
    QCOMPARE(p->comments.at(0).spanStartMs.value_or(-1), qint64(900));
    QCOMPARE(p->comments.at(0).utteranceId.value_or(QString()), QStringLiteral("a1"));

    // Feedback not ready yet: nothing to show.
    QByteArray pending(attemptJson);
    pending.replace(R"("status":"ready")", R"("status":"pending")");
    QVERIFY(parseAttempt(pending)->feedback.isEmpty());
}

void TestApiResources::attemptErrorsNameTheirPaths()
{
    QByteArray broken(attemptJson);
    broken.replace(R"("speaker":"rep")", R"("speaker":"robot")");
    broken.replace(R"("turn_latencies_ms":[420,610])", R"("turn_latencies_ms":[420,"x"])");
    broken.replace(R"("body":"Listen here")", R"("body":7)");
    const Parsed<Attempt> p = parseAttempt(broken);
    QVERIFY(!p);
    QCOMPARE(p.error().fields.paths(),
        (QStringList{QStringLiteral("$.transcript.utterances[1].speaker"),
            QStringLiteral("$.turn_latencies_ms[1]"), QStringLiteral("$.comments[0].body")}));

    QByteArray noFeedback(attemptJson);
    noFeedback.replace(R"("feedback":)", R"("feedback_":)");
    QCOMPARE(
        parseAttempt(noFeedback).error().fields.paths(), QStringList{QStringLiteral("$.feedback")});
}

void TestApiResources::callStartedSaysWhatPlaysTheProspect()
{
    const auto started = [](const char* prospect) {
        QByteArray json = R"({"attempt_id":"a1","scenario":{"id":"s1","title":"Rate shopper"},
            "assignment_id":null,"assessment":false,"started_at":"2026-11-21T09:30:00Z",
            "voice":{"transport":"websocket","url":"ws://127.0.0.1:8788/voice/v1/a1",
            "token":"t","expires_at":"2026-11-21T09:40:00Z"PROSPECT,
            "audio":{"codec":"opus","sample_rate":48000,"channels":1,"frame_ms":20,"bitrate":24000}}})";
        return parseCallStarted(json.replace("PROSPECT", prospect));
    };
    using P = CallStarted::Prospect;
    QCOMPARE(started(R"(,"prospect":"ai")")->prospect, P::Ai);
    QCOMPARE(started(R"(,"prospect":"script")")->prospect, P::Script);
    QCOMPARE(started("")->prospect, P::Unknown); // a platform that does not say
    const Parsed<CallStarted> robot = started(R"(,"prospect":"robot")");
    QVERIFY(!robot);
    QCOMPARE(robot.error().fields.paths(), QStringList{QStringLiteral("$.voice.prospect")});
}

QTEST_GUILESS_MAIN(TestApiResources)
#include "TestApiResources.moc"
