// A practice call's life over real HTTP: POST /calls, PUT /attempts/{id} (re-scored by the
// platform, feedback, mismatch flag, repeat and conflict), GET one and the list with its
// filters, paging and who sees what, and manager comments.
#include "ApiFixtures.h"
#include "DemoPlatform.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>
#include <QUrl>
#include <QUuid>

using vt::test::ApiClient;

class TestAttemptsApi final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void callStartsAnAttempt();
    void completionIsRescoredByThePlatform();
    void differentClientScoreIsFlagged();
    void rescoredWithTheClientsScoringVersion_data();
    void rescoredWithTheClientsScoringVersion();
    void aCallTooShortToJudgeHasNoScore();
    void repeatedCompletionIsIdempotentAndConflictsAreRefused();
    void badTranscriptNamesTheField();
    void onlyTheRepCompletes();
    void listsShowWhatTheCallerMaySee();
    void listFiltersAndPages();
    void managersComment();
    void anAttemptPractisedOfflineIsCreatedByItsFirstPut();
    void scenariosOfferTheirPracticeAgent();

private:
    QString startCall(const QString& who, const QString& scenarioTitle, int* status = nullptr);

    vt::test::DemoPlatform m_demo;
};

void TestAttemptsApi::initTestCase()
{
    QString error;
    QVERIFY2(m_demo.start(&error), qPrintable(error));
}

QString TestAttemptsApi::startCall(const QString& who, const QString& scenarioTitle, int* status)
{
    const ApiClient::Reply r = m_demo.api().sendJson("POST", QStringLiteral("/api/v1/calls"),
        QJsonObject{{QStringLiteral("scenario_id"), m_demo.scenarioId(who, scenarioTitle)},
            {QStringLiteral("client_version"), QStringLiteral("test")}},
        m_demo.token(who));
    if (status)
        *status = r.status;
    return r.json().value(QStringLiteral("attempt_id")).toString();
}

void TestAttemptsApi::callStartsAnAttempt()
{
    const ApiClient::Reply r = m_demo.api().sendJson("POST", QStringLiteral("/api/v1/calls"),
        QJsonObject{{QStringLiteral("scenario_id"),
            m_demo.scenarioId(QStringLiteral("sam.patel"), QStringLiteral("Rate"))}},
        m_demo.token(QStringLiteral("sam.patel")));
    QCOMPARE(r.status, 201);
    const QJsonObject call = r.json();
    const QString id = call.value(QStringLiteral("attempt_id")).toString();
    QCOMPARE(r.header("location"), ("/api/v1/attempts/" + id).toLatin1());
    const QJsonObject voice = call.value(QStringLiteral("voice")).toObject();
    QCOMPARE(voice.value(QStringLiteral("transport")).toString(), QStringLiteral("websocket"));
    // The voice gateway listens on its own port beside the API.
    const QUrl voiceUrl(voice.value(QStringLiteral("url")).toString());
    QCOMPARE(voiceUrl.scheme(), QStringLiteral("ws"));
    QCOMPARE(voiceUrl.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(voiceUrl.port() > 0 && voiceUrl.port() != m_demo.server().port());
    QCOMPARE(voiceUrl.path(), QStringLiteral("/voice/v1/") + id);
    QVERIFY(voice.value(QStringLiteral("token")).toString().count(QLatin1Char('.')) == 2);
    QCOMPARE(
        voice.value(QStringLiteral("audio")).toObject().value(QStringLiteral("codec")).toString(),
        QStringLiteral("opus"));
    QCOMPARE(voice.value(QStringLiteral("audio"))
                 .toObject()
                 .value(QStringLiteral("sample_rate"))
                 .toInt(),
        48000);
    // The voice token is not an access token.
    QCOMPARE(m_demo.api()
                 .get(QStringLiteral("/api/v1/me"), voice.value(QStringLiteral("token")).toString())
                 .status,
        401);
    const ApiClient::Reply attempt = m_demo.api().get(
        QStringLiteral("/api/v1/attempts/") + id, m_demo.token(QStringLiteral("sam.patel")));
    QCOMPARE(attempt.status, 200);
    QCOMPARE(
        attempt.json().value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
    QCOMPARE(attempt.json()
                 .value(QStringLiteral("feedback"))
                 .toObject()
                 .value(QStringLiteral("status"))
                 .toString(),
        QStringLiteral("pending"));
}

void TestAttemptsApi::completionIsRescoredByThePlatform()
{
    const QString id = startCall(QStringLiteral("riley.chen"), QStringLiteral("Refinance"));
    QVERIFY(!id.isEmpty());
    // The client claims 94, which is what the scoring module gives this transcript.
    const ApiClient::Reply r
        = m_demo.api().sendJson("PUT", QStringLiteral("/api/v1/attempts/") + id,
            vt::test::completionBody(
                vt::test::seedTranscript(QStringLiteral("refinance-cold-call")), 94),
            m_demo.token(QStringLiteral("riley.chen")));
    QCOMPARE(r.status, 200);
    const QJsonObject a = r.json();
    QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(a.value(QStringLiteral("score")).toDouble(), 94.0);
    QCOMPARE(a.value(QStringLiteral("pass_score")).toDouble(), 70.0);
    QCOMPARE(a.value(QStringLiteral("passed")).toBool(), true);
    QCOMPARE(a.value(QStringLiteral("score_mismatch")).toBool(), false);
    QCOMPARE(a.value(QStringLiteral("scoring_version")).toString(), QStringLiteral("2.1.0"));
    QCOMPARE(
        a.value(QStringLiteral("ended_at")).toString(), QStringLiteral("2026-11-21T09:36:10.250Z"));
    QCOMPARE(a.value(QStringLiteral("turn_latencies_ms")).toArray(), (QJsonArray{640, 710, 580}));
    // Nearest rank over 580, 640, 710: the 2nd value for p50, the 3rd for p95.
    QCOMPARE(a.value(QStringLiteral("turn_latency")).toObject(),
        (QJsonObject{{QStringLiteral("p50_ms"), 640}, {QStringLiteral("p95_ms"), 710},
            {QStringLiteral("turns"), 3}}));
    // The platform's own KPIs and breakdown, with evidence pointing at the transcript.
    QCOMPARE(
        a.value(QStringLiteral("kpis")).toObject().value(QStringLiteral("open_questions")).toInt(),
        3);
    const QJsonArray breakdown = a.value(QStringLiteral("breakdown")).toArray();
    QCOMPARE(breakdown.size(), 6);
    QCOMPARE(breakdown.at(3).toObject().value(QStringLiteral("criterion")).toString(),
        QStringLiteral("compliance"));
    QCOMPARE(breakdown.at(3)
                 .toObject()
                 .value(QStringLiteral("evidence"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("utterance_id"))
                 .toString(),
        QStringLiteral("u2"));
    // The client's own numbers are kept as sent.
    QCOMPARE(a.value(QStringLiteral("client_kpis"))
                 .toObject()
                 .value(QStringLiteral("talk_ratio"))
                 .toDouble(),
        0.5);
    // Feedback is ready and cites the spans behind it.
    const QJsonObject feedback = a.value(QStringLiteral("feedback")).toObject();
    QCOMPARE(feedback.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
    QVERIFY2(feedback.value(QStringLiteral("summary"))
                 .toString()
                 .startsWith(QLatin1String("Score 94 of 100, passed (pass mark 70). Strongest: ")),
        qPrintable(feedback.value(QStringLiteral("summary")).toString()));
    const QJsonArray spans = feedback.value(QStringLiteral("spans")).toArray();
    QVERIFY(!spans.isEmpty());
    QVERIFY(spans.first()
                .toObject()
                .value(QStringLiteral("utterance_id"))
                .toString()
                .startsWith(QLatin1Char('u')));
}

void TestAttemptsApi::differentClientScoreIsFlagged()
{
    const QString id = startCall(QStringLiteral("riley.chen"), QStringLiteral("First"));
    const ApiClient::Reply r = m_demo.api().sendJson("PUT",
        QStringLiteral("/api/v1/attempts/") + id,
        vt::test::completionBody(vt::test::seedTranscript(QStringLiteral("first-time-buyer")), 80),
        m_demo.token(QStringLiteral("riley.chen")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("score")).toDouble(), 97.0);
    QCOMPARE(r.json().value(QStringLiteral("client_score")).toDouble(), 80.0);
    QCOMPARE(r.json().value(QStringLiteral("score_mismatch")).toBool(), true);
}

void TestAttemptsApi::rescoredWithTheClientsScoringVersion_data()
{
    QTest::addColumn<QString>("clientVersion");
    QTest::addColumn<double>("clientScore");
    QTest::addColumn<double>("platformScore");
    QTest::addColumn<QString>("platformVersion");
    QTest::addColumn<bool>("mismatch");
    // The full rate-shopper call: 1.1.0 missed "what if rates go up" (it wants "rate go up")
    // and the points handled in the rep's third turn; 2.0.0 credits both.
    QTest::newRow("an older client") << "1.1.0" << 88.0 << 88.0 << "1.1.0" << false;
    QTest::newRow("1.0.0 scores as 1.1.0") << "1.0.0" << 88.0 << 88.0 << "1.1.0" << false;
    QTest::newRow("a 2.0.0 client") << "2.0.0" << 100.0 << 100.0 << "2.0.0" << false;
    QTest::newRow("a current client") << "2.1.0" << 100.0 << 100.0 << "2.1.0" << false;
    QTest::newRow("a version the platform does not know")
        << "9.0.0" << 88.0 << 100.0 << "2.1.0" << true;
}

void TestAttemptsApi::rescoredWithTheClientsScoringVersion()
{
    QFETCH(QString, clientVersion);
    QFETCH(double, clientScore);
    QFETCH(double, platformScore);
    QFETCH(QString, platformVersion);
    QFETCH(bool, mismatch);
    const QString id = startCall(QStringLiteral("sam.patel"), QStringLiteral("Rate"));
    QJsonObject body = vt::test::completionBody(
        vt::test::seedTranscript(QStringLiteral("rate-shopper")), clientScore);
    body.insert(QStringLiteral("scoring_version"), clientVersion);
    const ApiClient::Reply r = m_demo.api().sendJson("PUT",
        QStringLiteral("/api/v1/attempts/") + id, body, m_demo.token(QStringLiteral("sam.patel")));
    QCOMPARE(r.status, 200);
    const QJsonObject a = r.json();
    QCOMPARE(a.value(QStringLiteral("score")).toDouble(), platformScore);
    QCOMPARE(a.value(QStringLiteral("scoring_version")).toString(), platformVersion);
    QCOMPARE(a.value(QStringLiteral("client_scoring_version")).toString(), clientVersion);
    QCOMPARE(a.value(QStringLiteral("score_mismatch")).toBool(), mismatch);
}

void TestAttemptsApi::aCallTooShortToJudgeHasNoScore()
{
    // Scoring 2.0.0 (docs/scoring.md §4.1): 3 rep words in 2 s is no call to judge.
    const QJsonObject shortCall{{QStringLiteral("duration_ms"), 6000},
        {QStringLiteral("utterances"),
            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("u1")},
                           {QStringLiteral("speaker"), QStringLiteral("prospect")},
                           {QStringLiteral("text"), QStringLiteral("Yeah, hello? Who is this?")},
                           {QStringLiteral("start_ms"), 0}, {QStringLiteral("end_ms"), 1800}},
                QJsonObject{{QStringLiteral("id"), QStringLiteral("u2")},
                    {QStringLiteral("speaker"), QStringLiteral("rep")},
                    {QStringLiteral("text"), QStringLiteral("Hi, um, sorry.")},
                    {QStringLiteral("start_ms"), 2500}, {QStringLiteral("end_ms"), 4500}}}}};
    const QString who = QStringLiteral("jordan.lee");
    const auto leaderboardAttempts = [&] {
        const QJsonObject board
            = m_demo.api()
                  .get(
                      QStringLiteral("/api/v1/leaderboard?period=all&scope=org"), m_demo.token(who))
                  .json();
        return board.value(QStringLiteral("me"))
            .toObject()
            .value(QStringLiteral("attempts"))
            .toInt();
    };
    const auto progress = [&] {
        QJsonArray out;
        for (const QJsonValue& v :
            m_demo.api()
                .get(QStringLiteral("/api/v1/assignments"), m_demo.token(who))
                .json()
                .value(QStringLiteral("items"))
                .toArray())
            out.append(v.toObject().value(QStringLiteral("progress")));
        return out;
    };
    // Jordan's row in his manager's team view (docs/api: team figures leave such calls out).
    const auto teamAttempts = [&] {
        for (const QJsonValue& v :
            m_demo.api()
                .get(QStringLiteral("/api/v1/team"), m_demo.token(QStringLiteral("dana.reyes")))
                .json()
                .value(QStringLiteral("items"))
                .toArray()) {
            const QJsonObject row = v.toObject();
            if (row.value(QStringLiteral("user"))
                    .toObject()
                    .value(QStringLiteral("display_name"))
                    .toString()
                == QLatin1String("Jordan Lee"))
                return row.value(QStringLiteral("attempts")).toInt();
        }
        return -1;
    };
    const int before = leaderboardAttempts();
    const int teamBefore = teamAttempts();
    QVERIFY(teamBefore > 0);
    const QJsonArray progressBefore = progress();
    QVERIFY(!progressBefore.isEmpty());

    QJsonObject body = vt::test::completionBody(shortCall, 0);
    body.insert(QStringLiteral("scored"), false);
    body.insert(QStringLiteral("score"), QJsonValue::Null);
    const QString id = startCall(who, QStringLiteral("Refinance"));
    ApiClient::Reply r = m_demo.api().sendJson(
        "PUT", QStringLiteral("/api/v1/attempts/") + id, body, m_demo.token(who));
    QCOMPARE(r.status, 200);
    QJsonObject a = r.json();
    QCOMPARE(a.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QVERIFY(a.value(QStringLiteral("score")).isNull());
    QVERIFY(a.value(QStringLiteral("client_score")).isNull());
    QCOMPARE(a.value(QStringLiteral("passed")).toBool(), false);
    QCOMPARE(a.value(QStringLiteral("score_mismatch")).toBool(), false);
    QVERIFY2(a.value(QStringLiteral("feedback"))
                 .toObject()
                 .value(QStringLiteral("summary"))
                 .toString()
                 .startsWith(QLatin1String("Not scored: the rep said too little")),
        qPrintable(QJsonDocument(a).toJson()));
    // Not on the leaderboard, not in the team's figures, no step towards an assignment.
    QCOMPARE(leaderboardAttempts(), before);
    QCOMPARE(teamAttempts(), teamBefore);
    QCOMPARE(progress(), progressBefore);

    // A client that scored it anyway disagrees with the platform: flagged.
    body = vt::test::completionBody(shortCall, 40);
    r = m_demo.api().sendJson("PUT",
        QStringLiteral("/api/v1/attempts/") + startCall(who, QStringLiteral("Refinance")), body,
        m_demo.token(who));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(QStringLiteral("score")).isNull());
    QCOMPARE(r.json().value(QStringLiteral("score_mismatch")).toBool(), true);
    QCOMPARE(leaderboardAttempts(), before);

    // "scored": false with a score is a contradiction the API names.
    body = vt::test::completionBody(shortCall, 40);
    body.insert(QStringLiteral("scored"), false);
    r = m_demo.api().sendJson("PUT",
        QStringLiteral("/api/v1/attempts/") + startCall(who, QStringLiteral("Refinance")), body,
        m_demo.token(who));
    QCOMPARE(r.status, 422);
    QVERIFY2(r.body.contains("$.score"), r.body.constData());
}

void TestAttemptsApi::repeatedCompletionIsIdempotentAndConflictsAreRefused()
{
    const QString id = startCall(QStringLiteral("sam.patel"), QStringLiteral("First"));
    const QJsonObject body = vt::test::completionBody(
        vt::test::seedTranscript(QStringLiteral("first-time-buyer")), 97);
    const ApiClient::Reply first = m_demo.api().sendJson("PUT",
        QStringLiteral("/api/v1/attempts/") + id, body, m_demo.token(QStringLiteral("sam.patel")));
    const ApiClient::Reply again = m_demo.api().sendJson("PUT",
        QStringLiteral("/api/v1/attempts/") + id, body, m_demo.token(QStringLiteral("sam.patel")));
    QCOMPARE(first.status, 200);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, first.body);
    QJsonObject other = body;
    other.insert(QStringLiteral("score"), 12);
    const ApiClient::Reply conflict = m_demo.api().sendJson("PUT",
        QStringLiteral("/api/v1/attempts/") + id, other, m_demo.token(QStringLiteral("sam.patel")));
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.problemType(), QStringLiteral("conflict"));
}

void TestAttemptsApi::badTranscriptNamesTheField()
{
    const QString id = startCall(QStringLiteral("jordan.lee"), QStringLiteral("First"));
    QJsonObject transcript = vt::test::seedTranscript(QStringLiteral("first-time-buyer"));
    QJsonArray utterances = transcript.value(QStringLiteral("utterances")).toArray();
    QJsonObject third = utterances.at(2).toObject();
    third.insert(QStringLiteral("end_ms"), third.value(QStringLiteral("start_ms")).toInteger() - 1);
    utterances.replace(2, third);
    transcript.insert(QStringLiteral("utterances"), utterances);
    const ApiClient::Reply r
        = m_demo.api().sendJson("PUT", QStringLiteral("/api/v1/attempts/") + id,
            vt::test::completionBody(transcript, 50), m_demo.token(QStringLiteral("jordan.lee")));
    QCOMPARE(r.status, 422);
    const QJsonObject error = r.json().value(QStringLiteral("errors")).toArray().first().toObject();
    QCOMPARE(error.value(QStringLiteral("path")).toString(),
        QStringLiteral("$.transcript.utterances[2].end_ms"));
    QCOMPARE(
        error.value(QStringLiteral("message")).toString(), QStringLiteral("must be >= start_ms"));
    // Nothing was saved.
    QCOMPARE(m_demo.api()
                 .get(QStringLiteral("/api/v1/attempts/") + id,
                     m_demo.token(QStringLiteral("jordan.lee")))
                 .json()
                 .value(QStringLiteral("status"))
                 .toString(),
        QStringLiteral("in_progress"));
}

void TestAttemptsApi::onlyTheRepCompletes()
{
    const QString id = startCall(QStringLiteral("jordan.lee"), QStringLiteral("Rate"));
    const ApiClient::Reply r
        = m_demo.api().sendJson("PUT", QStringLiteral("/api/v1/attempts/") + id,
            vt::test::completionBody(vt::test::seedTranscript(QStringLiteral("rate-shopper")), 88),
            m_demo.token(QStringLiteral("dana.reyes")));
    QCOMPARE(r.status, 403);
    QCOMPARE(m_demo.api()
                 .sendJson("PUT", QStringLiteral("/api/v1/attempts/") + id,
                     vt::test::completionBody(
                         vt::test::seedTranscript(QStringLiteral("rate-shopper")), 88),
                     m_demo.token(QStringLiteral("avery.stone")))
                 .status,
        404);
}

void TestAttemptsApi::listsShowWhatTheCallerMaySee()
{
    const auto usersIn = [&](const QString& who, const QString& query) {
        QSet<QString> names;
        const ApiClient::Reply r = m_demo.api().get(
            QStringLiteral("/api/v1/attempts?limit=200") + query, m_demo.token(who));
        for (const QJsonValue& v : r.json().value(QStringLiteral("items")).toArray())
            names.insert(v.toObject()
                             .value(QStringLiteral("user"))
                             .toObject()
                             .value(QStringLiteral("display_name"))
                             .toString());
        return names;
    };
    const QSet<QString> desk{
        QStringLiteral("Jordan Lee"), QStringLiteral("Sam Patel"), QStringLiteral("Riley Chen")};
    QCOMPARE(usersIn(QStringLiteral("jordan.lee"), QString()),
        QSet<QString>{QStringLiteral("Jordan Lee")});
    QCOMPARE(usersIn(QStringLiteral("dana.reyes"), QString()), desk);
    QCOMPARE(usersIn(QStringLiteral("alex.kim"), QString()), desk);
    QCOMPARE(usersIn(QStringLiteral("morgan.hale"), QString()), desk);
    QCOMPARE(usersIn(QStringLiteral("casey.nguyen"), QString()),
        (QSet<QString>{QStringLiteral("Avery Stone"), QStringLiteral("Quinn Rivera")}));
    // A trainee asking for a colleague, a manager for another org's user.
    QCOMPARE(m_demo.api()
                 .get(QStringLiteral("/api/v1/attempts?user=")
                         + m_demo.userId(QStringLiteral("sam.patel")),
                     m_demo.token(QStringLiteral("jordan.lee")))
                 .status,
        403);
    QCOMPARE(m_demo.api()
                 .get(QStringLiteral("/api/v1/attempts?user=")
                         + m_demo.userId(QStringLiteral("avery.stone")),
                     m_demo.token(QStringLiteral("dana.reyes")))
                 .status,
        404);
    // A list item carries the summary, not the transcript.
    const QJsonObject item = m_demo.latestAttempt(QStringLiteral("riley.chen"));
    QVERIFY(item.contains(QStringLiteral("score")));
    QVERIFY(!item.contains(QStringLiteral("transcript")));
}

void TestAttemptsApi::listFiltersAndPages()
{
    const QString token = m_demo.token(QStringLiteral("alex.kim"));
    const QString refinance
        = m_demo.scenarioId(QStringLiteral("alex.kim"), QStringLiteral("Refinance"));
    const ApiClient::Reply byScenario
        = m_demo.api().get(QStringLiteral("/api/v1/attempts?scenario=") + refinance, token);
    QCOMPARE(byScenario.status, 200);
    for (const QJsonValue& v : byScenario.json().value(QStringLiteral("items")).toArray())
        QCOMPARE(v.toObject()
                     .value(QStringLiteral("scenario"))
                     .toObject()
                     .value(QStringLiteral("id"))
                     .toString(),
            refinance);
    // Pages of two, newest first, every attempt exactly once.
    QStringList all;
    QString cursor;
    qint64 previous = std::numeric_limits<qint64>::max();
    do {
        const ApiClient::Reply page = m_demo.api().get(QStringLiteral("/api/v1/attempts?limit=2")
                + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
            token);
        QCOMPARE(page.status, 200);
        const QJsonArray items = page.json().value(QStringLiteral("items")).toArray();
        QVERIFY(items.size() <= 2);
        for (const QJsonValue& v : items) {
            const qint64 started = QDateTime::fromString(
                v.toObject().value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs)
                                       .toMSecsSinceEpoch();
            QVERIFY(started <= previous);
            previous = started;
            all.append(v.toObject().value(QStringLiteral("id")).toString());
        }
        cursor = page.json().value(QStringLiteral("next_cursor")).toString();
    } while (!cursor.isEmpty());
    const QJsonArray everything = m_demo.api()
                                      .get(QStringLiteral("/api/v1/attempts?limit=200"), token)
                                      .json()
                                      .value(QStringLiteral("items"))
                                      .toArray();
    QCOMPARE(all.size(), everything.size());
    QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), all.size());
    // A time window.
    const ApiClient::Reply recent = m_demo.api().get(QStringLiteral("/api/v1/attempts?from=")
            + QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODate)
            + QStringLiteral("&limit=200"),
        token);
    QVERIFY(recent.json().value(QStringLiteral("items")).toArray().size() < everything.size());
    // Bad filters name themselves.
    const ApiClient::Reply bad = m_demo.api().get(
        QStringLiteral("/api/v1/attempts?limit=0&from=yesterday&scenario=x"), token);
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.errorPaths(),
        (QStringList{QStringLiteral("query.limit"), QStringLiteral("query.from"),
            QStringLiteral("query.scenario")}));
}

void TestAttemptsApi::managersComment()
{
    const QString attempt
        = m_demo.latestAttempt(QStringLiteral("riley.chen")).value(QStringLiteral("id")).toString();
    const ApiClient::Reply r = m_demo.api().sendJson("POST",
        QStringLiteral("/api/v1/attempts/%1/comments").arg(attempt),
        QJsonObject{
            {QStringLiteral("body"), QStringLiteral("Great recovery on the fee objection.")},
            {QStringLiteral("span"),
                QJsonObject{{QStringLiteral("start_ms"), 1000}, {QStringLiteral("end_ms"), 4000}}},
            {QStringLiteral("utterance_id"), QStringLiteral("u15")}},
        m_demo.token(QStringLiteral("dana.reyes")));
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json()
                 .value(QStringLiteral("author"))
                 .toObject()
                 .value(QStringLiteral("display_name"))
                 .toString(),
        QStringLiteral("Dana Reyes"));
    const QJsonArray comments = m_demo.api()
                                    .get(QStringLiteral("/api/v1/attempts/") + attempt,
                                        m_demo.token(QStringLiteral("riley.chen")))
                                    .json()
                                    .value(QStringLiteral("comments"))
                                    .toArray();
    QCOMPARE(comments.size(), 1);
    QCOMPARE(comments.first()
                 .toObject()
                 .value(QStringLiteral("span"))
                 .toObject()
                 .value(QStringLiteral("end_ms"))
                 .toInt(),
        4000);
    // A span that ends before it starts names the field.
    const ApiClient::Reply bad
        = m_demo.api().sendJson("POST", QStringLiteral("/api/v1/attempts/%1/comments").arg(attempt),
            QJsonObject{{QStringLiteral("body"), QStringLiteral("x")},
                {QStringLiteral("span"),
                    QJsonObject{{QStringLiteral("start_ms"), 5}, {QStringLiteral("end_ms"), 1}}}},
            m_demo.token(QStringLiteral("dana.reyes")));
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.errorPaths().value(0), QStringLiteral("$.span.end_ms"));
}

// A call practised with the app's own agent while the platform was unreachable arrives as a
// PUT under an id the app chose, saying which scenario (and assignment) it was for.
void TestAttemptsApi::anAttemptPractisedOfflineIsCreatedByItsFirstPut()
{
    const QString who = QStringLiteral("sam.patel");
    const QString scenario = m_demo.scenarioId(who, QStringLiteral("Rate"));
    const QJsonObject transcript = vt::test::seedTranscript(QStringLiteral("rate-shopper"));
    const auto offlineBody = [&](const QJsonObject& origin) {
        QJsonObject body = vt::test::completionBody(transcript, 80);
        body.insert(QStringLiteral("offline"), origin);
        return body;
    };
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString path = QStringLiteral("/api/v1/attempts/") + id;

    // Without "offline" an unknown attempt stays unknown.
    ApiClient::Reply r = m_demo.api().sendJson(
        "PUT", path, vt::test::completionBody(transcript, 80), m_demo.token(who));
    QCOMPARE(r.status, 404);

    // A scenario or assignment that is not the rep's to practise: named.
    r = m_demo.api().sendJson("PUT", path,
        offlineBody(
            {{QStringLiteral("scenario_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)}}),
        m_demo.token(who));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorPaths(), QStringList{QStringLiteral("$.offline.scenario_id")});
    r = m_demo.api().sendJson("PUT", path,
        offlineBody({{QStringLiteral("scenario_id"), scenario},
            {QStringLiteral("assignment_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)}}),
        m_demo.token(who));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorPaths(), QStringList{QStringLiteral("$.offline.assignment_id")});

    // Right: created, completed, re-scored, the rep's.
    const QJsonObject body = offlineBody({{QStringLiteral("scenario_id"), scenario}});
    r = m_demo.api().sendJson("PUT", path, body, m_demo.token(who));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(r.json().value(QStringLiteral("id")).toString(), id);
    QCOMPARE(r.json()
                 .value(QStringLiteral("scenario"))
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
        scenario);
    QCOMPARE(
        r.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString(),
        m_demo.userId(who));
    QCOMPARE(QDateTime::fromString(
                 r.json().value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs),
        QDateTime::fromString(
            body.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs));
    QVERIFY(!r.json().value(QStringLiteral("score")).isNull());
    // The same upload again (a retry): the same answer, one attempt.
    r = m_demo.api().sendJson("PUT", path, body, m_demo.token(who));
    QCOMPARE(r.status, 200);
    // Another rep cannot complete or claim it.
    r = m_demo.api().sendJson("PUT", path, body, m_demo.token(QStringLiteral("jordan.lee")));
    QCOMPARE(r.status, 403);
}

void TestAttemptsApi::scenariosOfferTheirPracticeAgent()
{
    const QString who = QStringLiteral("sam.patel");
    const QJsonObject scenario = m_demo.api()
                                     .get(QStringLiteral("/api/v1/scenarios/")
                                             + m_demo.scenarioId(who, QStringLiteral("Rate")),
                                         m_demo.token(who))
                                     .json();
    const QJsonObject agent = scenario.value(QStringLiteral("practice_agent")).toObject();
    QVERIFY(!agent.value(QStringLiteral("opening")).toString().isEmpty());
    QVERIFY(!agent.value(QStringLiteral("objections")).toArray().isEmpty());
    // Not in the library's summaries.
    const QJsonArray items = m_demo.api()
                                 .get(QStringLiteral("/api/v1/scenarios"), m_demo.token(who))
                                 .json()
                                 .value(QStringLiteral("items"))
                                 .toArray();
    QVERIFY(!items.first().toObject().contains(QStringLiteral("practice_agent")));
}

QTEST_GUILESS_MAIN(TestAttemptsApi)
#include "TestAttemptsApi.moc"
