// GET /api/v1/assignments over real HTTP: each rep's own and their team's, with status,
// progress and the overdue flag worked out from their attempts.
#include "ApiFixtures.h"
#include "DemoPlatform.h"

#include <QJsonArray>
#include <QTest>

using vt::test::ApiClient;

class TestAssignmentsApi final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eachRepSeesTheirsAndTheirTeams();
    void overdueUntilPassed();
    void trackProgressFollowsPassedSteps();
    void anotherOrgHasItsOwn();

private:
    QJsonArray assignments(const QString& who)
    {
        return m_demo.api()
            .get(QStringLiteral("/api/v1/assignments"), m_demo.token(who))
            .json()
            .value(QStringLiteral("items"))
            .toArray();
    }
    static QJsonObject byKind(const QJsonArray& list, const QString& kind)
    {
        for (const QJsonValue& v : list) {
            if (v.toObject().value(QStringLiteral("kind")).toString() == kind)
                return v.toObject();
        }
        return {};
    }

    vt::test::DemoPlatform m_demo;
};

void TestAssignmentsApi::initTestCase()
{
    QString error;
    QVERIFY2(m_demo.start(&error), qPrintable(error));
}

void TestAssignmentsApi::eachRepSeesTheirsAndTheirTeams()
{
    QCOMPARE(assignments(QStringLiteral("jordan.lee")).size(), 2);
    QCOMPARE(assignments(QStringLiteral("sam.patel")).size(), 2);
    QCOMPARE(assignments(QStringLiteral("riley.chen")).size(), 1);
    QCOMPARE(assignments(QStringLiteral("alex.kim")).size(), 0);
    const QJsonObject track
        = byKind(assignments(QStringLiteral("riley.chen")), QStringLiteral("track"));
    QCOMPARE(track.value(QStringLiteral("assigned_to")).toString(), QStringLiteral("team"));
    QCOMPARE(track.value(QStringLiteral("pass_threshold")).toDouble(), 70.0);
    QVERIFY(track.value(QStringLiteral("scenario")).isNull());
    QCOMPARE(track.value(QStringLiteral("track"))
                 .toObject()
                 .value(QStringLiteral("steps"))
                 .toArray()
                 .size(),
        3);
}

void TestAssignmentsApi::overdueUntilPassed()
{
    QJsonObject refinance
        = byKind(assignments(QStringLiteral("jordan.lee")), QStringLiteral("scenario"));
    QCOMPARE(refinance.value(QStringLiteral("assessment")).toBool(), true);
    QCOMPARE(refinance.value(QStringLiteral("overdue")).toBool(), true);
    QCOMPARE(refinance.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
    QVERIFY(refinance.value(QStringLiteral("progress"))
                .toObject()
                .value(QStringLiteral("best_score"))
                .toDouble()
        < 80);
    // Jordan passes it now, through the assignment.
    const QString token = m_demo.token(QStringLiteral("jordan.lee"));
    const ApiClient::Reply call = m_demo.api().sendJson("POST", QStringLiteral("/api/v1/calls"),
        QJsonObject{
            {QStringLiteral("scenario_id"),
                refinance.value(QStringLiteral("scenario")).toObject().value(QStringLiteral("id"))},
            {QStringLiteral("assignment_id"), refinance.value(QStringLiteral("id"))}},
        token);
    QCOMPARE(call.status, 201);
    QCOMPARE(call.json().value(QStringLiteral("assessment")).toBool(), true);
    QCOMPARE(m_demo.api()
                 .sendJson("PUT",
                     QStringLiteral("/api/v1/attempts/")
                         + call.json().value(QStringLiteral("attempt_id")).toString(),
                     vt::test::completionBody(
                         vt::test::seedTranscript(QStringLiteral("refinance-cold-call")), 94),
                     token)
                 .status,
        200);
    refinance = byKind(assignments(QStringLiteral("jordan.lee")), QStringLiteral("scenario"));
    QCOMPARE(refinance.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    QCOMPARE(refinance.value(QStringLiteral("overdue")).toBool(), false);
    QCOMPARE(refinance.value(QStringLiteral("progress"))
                 .toObject()
                 .value(QStringLiteral("best_score"))
                 .toDouble(),
        94.0);
    // Someone else's assignment cannot be used to start a call.
    const ApiClient::Reply misuse = m_demo.api().sendJson("POST", QStringLiteral("/api/v1/calls"),
        QJsonObject{
            {QStringLiteral("scenario_id"),
                refinance.value(QStringLiteral("scenario")).toObject().value(QStringLiteral("id"))},
            {QStringLiteral("assignment_id"), refinance.value(QStringLiteral("id"))}},
        m_demo.token(QStringLiteral("sam.patel")));
    QCOMPARE(misuse.status, 422);
    QCOMPARE(misuse.errorPaths().value(0), QStringLiteral("$.assignment_id"));
}

void TestAssignmentsApi::trackProgressFollowsPassedSteps()
{
    const QJsonObject track
        = byKind(assignments(QStringLiteral("riley.chen")), QStringLiteral("track"));
    const QJsonObject progress = track.value(QStringLiteral("progress")).toObject();
    QCOMPARE(progress.value(QStringLiteral("total")).toInt(), 3);
    int passed = 0;
    for (const QJsonValue& step : progress.value(QStringLiteral("steps")).toArray())
        passed += step.toObject().value(QStringLiteral("passed")).toBool() ? 1 : 0;
    QCOMPARE(progress.value(QStringLiteral("completed")).toInt(), passed);
    QCOMPARE(track.value(QStringLiteral("status")).toString(),
        passed == 3 ? QStringLiteral("completed") : QStringLiteral("in_progress"));
    QCOMPARE(track.value(QStringLiteral("overdue")).toBool(), false);
}

void TestAssignmentsApi::anotherOrgHasItsOwn()
{
    const QJsonArray harbor = assignments(QStringLiteral("quinn.rivera"));
    QCOMPARE(harbor.size(), 1);
    QCOMPARE(harbor.first().toObject().value(QStringLiteral("title")).toString(),
        QStringLiteral("First-time buyer discovery"));
}

QTEST_GUILESS_MAIN(TestAssignmentsApi)
#include "TestAssignmentsApi.moc"
