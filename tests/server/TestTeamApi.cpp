// GET /api/v1/team over real HTTP against the demo seed: a manager's team with assignment
// completion, overdue counts, practice and the weekly trend; admins and HR see the org, or one
// team; trainees are refused (the app hides Team on that 403); other orgs' people never show;
// bad team ids are named.
#include "ApiFixtures.h"
#include "DemoPlatform.h"

#include <QJsonArray>
#include <QTest>

using vt::test::ApiClient;

class TestTeamApi final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aManagerSeesTheirTeam();
    void adminsAndHrSeeTheOrg();
    void traineesAreRefused();
    void badTeams();

private:
    ApiClient::Reply team(const QString& who, const QString& query = {})
    {
        return m_demo.api().get(QStringLiteral("/api/v1/team") + query, m_demo.token(who));
    }
    static QJsonObject member(const QJsonObject& body, const QString& name)
    {
        for (const QJsonValue& v : body.value(QStringLiteral("items")).toArray()) {
            if (v.toObject()
                    .value(QStringLiteral("user"))
                    .toObject()
                    .value(QStringLiteral("display_name"))
                == name)
                return v.toObject();
        }
        return {};
    }
    static QStringList names(const QJsonObject& body)
    {
        QStringList out;
        for (const QJsonValue& v : body.value(QStringLiteral("items")).toArray())
            out.append(v.toObject()
                           .value(QStringLiteral("user"))
                           .toObject()
                           .value(QStringLiteral("display_name"))
                           .toString());
        return out;
    }

    vt::test::DemoPlatform m_demo;
};

void TestTeamApi::initTestCase()
{
    QString error;
    QVERIFY2(m_demo.start(&error), qPrintable(error));
}

void TestTeamApi::aManagerSeesTheirTeam()
{
    const ApiClient::Reply r = team(QStringLiteral("dana.reyes"));
    QCOMPARE(r.status, 200);
    const QJsonObject body = r.json();
    QCOMPARE(body.value(QStringLiteral("scope")).toString(), QStringLiteral("team"));
    QCOMPARE(body.value(QStringLiteral("trend_bucket_days")).toInt(), 7);
    // The desk's three trainees by name; never the manager herself.
    QCOMPARE(names(body), QStringList({"Jordan Lee", "Riley Chen", "Sam Patel"}));
    // Jordan: the team's track and his own overdue cold call; three attempts.
    const QJsonObject jordan = member(body, QStringLiteral("Jordan Lee"));
    const QJsonObject assignments = jordan.value(QStringLiteral("assignments")).toObject();
    QCOMPARE(assignments.value(QStringLiteral("total")).toInt(), 2);
    QCOMPARE(assignments.value(QStringLiteral("overdue")).toInt(), 1);
    QCOMPARE(jordan.value(QStringLiteral("attempts")).toInt(), 3);
    QCOMPARE(jordan.value(QStringLiteral("role")).toString(), QStringLiteral("trainee"));
    QCOMPARE(
        jordan.value(QStringLiteral("team")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("Refinance Desk"));
    QVERIFY(jordan.value(QStringLiteral("average_score")).isDouble());
    QVERIFY(jordan.value(QStringLiteral("best_score")).toDouble()
        >= jordan.value(QStringLiteral("average_score")).toDouble());
    QVERIFY(!jordan.value(QStringLiteral("last_attempt_at")).toString().isEmpty());
    const QJsonArray trend = jordan.value(QStringLiteral("trend")).toArray();
    QCOMPARE(trend.size(), 6);
    // Jordan's attempts were 0.8, 4.2 and 11 days ago: this week and the two before have
    // scores, the oldest three weeks none.
    QVERIFY(trend.at(5).isDouble());
    QVERIFY(trend.at(0).isNull());
    // Riley passed the track's first step and more: some completion.
    const QJsonObject riley = member(body, QStringLiteral("Riley Chen"));
    QCOMPARE(riley.value(QStringLiteral("assignments"))
                 .toObject()
                 .value(QStringLiteral("overdue"))
                 .toInt(),
        0);
    // A new attempt counts at once.
    const int before
        = member(team(QStringLiteral("dana.reyes")).json(), QStringLiteral("Sam Patel"))
              .value(QStringLiteral("attempts"))
              .toInt();
    const QString token = m_demo.token(QStringLiteral("sam.patel"));
    const ApiClient::Reply call = m_demo.api().sendJson("POST", QStringLiteral("/api/v1/calls"),
        QJsonObject{{QStringLiteral("scenario_id"),
            m_demo.scenarioId(QStringLiteral("sam.patel"), QStringLiteral("Rate"))}},
        token);
    QCOMPARE(call.status, 201);
    QCOMPARE(m_demo.api()
                 .sendJson("PUT",
                     QStringLiteral("/api/v1/attempts/")
                         + call.json().value(QStringLiteral("attempt_id")).toString(),
                     vt::test::completionBody(
                         vt::test::seedTranscript(QStringLiteral("rate-shopper")), 80),
                     token)
                 .status,
        200);
    QCOMPARE(member(team(QStringLiteral("dana.reyes")).json(), QStringLiteral("Sam Patel"))
                 .value(QStringLiteral("attempts"))
                 .toInt(),
        before + 1);
}

void TestTeamApi::adminsAndHrSeeTheOrg()
{
    for (const char* who : {"alex.kim", "morgan.hale"}) {
        const ApiClient::Reply r = team(QLatin1String(who));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QStringLiteral("scope")).toString(), QStringLiteral("org"));
        // Summit's people who practise: the manager and the three trainees; not the admin or
        // HR, never Harbor's.
        QCOMPARE(
            names(r.json()), QStringList({"Dana Reyes", "Jordan Lee", "Riley Chen", "Sam Patel"}));
    }
    const QString desk
        = member(team(QStringLiteral("alex.kim")).json(), QStringLiteral("Jordan Lee"))
              .value(QStringLiteral("team"))
              .toObject()
              .value(QStringLiteral("id"))
              .toString();
    const ApiClient::Reply one = team(QStringLiteral("alex.kim"), QStringLiteral("?team=") + desk);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().value(QStringLiteral("scope")).toString(), QStringLiteral("team"));
    QCOMPARE(
        names(one.json()), QStringList({"Dana Reyes", "Jordan Lee", "Riley Chen", "Sam Patel"}));
    // Another org's team is not there at all.
    const QString harborTeam
        = member(team(QStringLiteral("casey.nguyen")).json(), QStringLiteral("Avery Stone"))
              .value(QStringLiteral("team"))
              .toObject()
              .value(QStringLiteral("id"))
              .toString();
    QVERIFY(!harborTeam.isEmpty());
    QCOMPARE(team(QStringLiteral("alex.kim"), QStringLiteral("?team=") + harborTeam).status, 404);
}

void TestTeamApi::traineesAreRefused()
{
    const ApiClient::Reply r = team(QStringLiteral("jordan.lee"));
    QCOMPARE(r.status, 403);
    QVERIFY(r.header("content-type").startsWith("application/problem+json"));
}

void TestTeamApi::badTeams()
{
    const ApiClient::Reply bad = team(QStringLiteral("alex.kim"), QStringLiteral("?team=desk"));
    QCOMPARE(bad.status, 422);
    QVERIFY(bad.body.contains("query.team"));
    QCOMPARE(team(QStringLiteral("alex.kim"),
                 QStringLiteral("?team=00000000-0000-4000-8000-000000000000"))
                 .status,
        404);
}

QTEST_GUILESS_MAIN(TestTeamApi)
#include "TestTeamApi.moc"
