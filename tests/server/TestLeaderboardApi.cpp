// GET /api/v1/leaderboard over real HTTP: ranking and ties, the caller's own row, team and
// org scopes, periods, a scenario filter, the trend, and paging.
#include "ApiFixtures.h"
#include "DemoPlatform.h"

#include <QJsonArray>
#include <QTest>

using vt::test::ApiClient;

namespace {

// A board row's user name.
QString nameOf(const QJsonValue& row)
{
    return row.toObject()
        .value(QStringLiteral("user"))
        .toObject()
        .value(QStringLiteral("display_name"))
        .toString();
}

} // namespace

class TestLeaderboardApi final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ranksByBestThenAverage();
    void scopesAndPeriods();
    void scenarioFilter();
    void pagesKeepTheCallersRow();
    void completionShowsAtOnce();
    void badQueries();

private:
    QJsonObject board(const QString& who, const QString& query)
    {
        const ApiClient::Reply r
            = m_demo.api().get(QStringLiteral("/api/v1/leaderboard") + query, m_demo.token(who));
        return r.status == 200 ? r.json() : QJsonObject{{QStringLiteral("status"), r.status}};
    }

    // Starts a call and completes it with a seeded transcript; the PUT's status.
    int completeAttempt(const QString& who, const QString& scenarioTitle, const QString& transcript,
        double clientScore, int* startStatus = nullptr)
    {
        const QString token = m_demo.token(who);
        const ApiClient::Reply call = m_demo.api().sendJson("POST", QStringLiteral("/api/v1/calls"),
            QJsonObject{{QStringLiteral("scenario_id"), m_demo.scenarioId(who, scenarioTitle)}},
            token);
        if (startStatus)
            *startStatus = call.status;
        return m_demo.api()
            .sendJson("PUT",
                QStringLiteral("/api/v1/attempts/")
                    + call.json().value(QStringLiteral("attempt_id")).toString(),
                vt::test::completionBody(vt::test::seedTranscript(transcript), clientScore), token)
            .status;
    }

    vt::test::DemoPlatform m_demo;
};

void TestLeaderboardApi::initTestCase()
{
    QString error;
    QVERIFY2(m_demo.start(&error), qPrintable(error));
}

void TestLeaderboardApi::ranksByBestThenAverage()
{
    const QJsonObject b
        = board(QStringLiteral("jordan.lee"), QStringLiteral("?period=month&scope=org"));
    const QJsonArray items = b.value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 3);
    QCOMPARE(b.value(QStringLiteral("total")).toInt(), 3);
    double previousBest = 101;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject row = items.at(i).toObject();
        QCOMPARE(row.value(QStringLiteral("rank")).toInt(), int(i) + 1);
        QVERIFY(row.value(QStringLiteral("best_score")).toDouble() <= previousBest);
        previousBest = row.value(QStringLiteral("best_score")).toDouble();
        const double rate = row.value(QStringLiteral("pass_rate")).toDouble();
        QVERIFY(rate >= 0 && rate <= 1);
        QCOMPARE(row.value(QStringLiteral("trend")).toArray().size(), 6);
    }
    QCOMPARE(nameOf(items.first()), QStringLiteral("Riley Chen"));
    QCOMPARE(nameOf(b.value(QStringLiteral("me"))), QStringLiteral("Jordan Lee"));
    // Two new attempts as good as Riley's best of the week (the full rate-shopper call, 100):
    // Sam ties her on best, and the better average ranks first.
    for (int i = 0; i < 2; ++i)
        QCOMPARE(completeAttempt(QStringLiteral("sam.patel"), QStringLiteral("Rate"),
                     QStringLiteral("rate-shopper"), 100),
            200);
    const QJsonArray week
        = board(QStringLiteral("sam.patel"), QStringLiteral("?period=week&scope=org"))
              .value(QStringLiteral("items"))
              .toArray();
    const auto rowOf = [&week](const QString& name) {
        for (const QJsonValue& v : week) {
            if (nameOf(v) == name)
                return v.toObject();
        }
        return QJsonObject();
    };
    const QJsonObject sam = rowOf(QStringLiteral("Sam Patel"));
    const QJsonObject riley = rowOf(QStringLiteral("Riley Chen"));
    QCOMPARE(sam.value(QStringLiteral("best_score")).toDouble(), 100.0);
    QCOMPARE(riley.value(QStringLiteral("best_score")).toDouble(), 100.0);
    QCOMPARE(sam.value(QStringLiteral("attempts")).toInt(), 3);
    const bool samFirst = sam.value(QStringLiteral("average_score")).toDouble()
        > riley.value(QStringLiteral("average_score")).toDouble();
    QCOMPARE(
        nameOf(week.at(0)), samFirst ? QStringLiteral("Sam Patel") : QStringLiteral("Riley Chen"));
    QCOMPARE(
        nameOf(week.at(1)), samFirst ? QStringLiteral("Riley Chen") : QStringLiteral("Sam Patel"));
    // Today's bucket of the trend holds today's average.
    QCOMPARE(sam.value(QStringLiteral("trend")).toArray().last().toDouble(), 100.0);
}

void TestLeaderboardApi::scopesAndPeriods()
{
    // Summit's desk is its whole sales team; Harbor's board is its own.
    QCOMPARE(board(QStringLiteral("dana.reyes"), QStringLiteral("?period=all"))
                 .value(QStringLiteral("scope"))
                 .toString(),
        QStringLiteral("team"));
    QCOMPARE(board(QStringLiteral("alex.kim"), QStringLiteral("?period=all"))
                 .value(QStringLiteral("scope"))
                 .toString(),
        QStringLiteral("org"));
    const QJsonArray harbor
        = board(QStringLiteral("casey.nguyen"), QStringLiteral("?period=all&scope=org"))
              .value(QStringLiteral("items"))
              .toArray();
    QCOMPARE(harbor.size(), 2);
    for (const QJsonValue& v : harbor)
        QVERIFY(nameOf(v) != QLatin1String("Riley Chen"));
    // A week holds fewer attempts than all time.
    const auto attempts = [&](const QString& period) {
        int n = 0;
        for (const QJsonValue& v :
            board(QStringLiteral("alex.kim"), QStringLiteral("?scope=org&period=") + period)
                .value(QStringLiteral("items"))
                .toArray())
            n += v.toObject().value(QStringLiteral("attempts")).toInt();
        return n;
    };
    QVERIFY(attempts(QStringLiteral("week")) < attempts(QStringLiteral("all")));
    QVERIFY(board(QStringLiteral("alex.kim"), QStringLiteral("?period=all"))
                .value(QStringLiteral("from"))
                .isNull());
    QCOMPARE(board(QStringLiteral("alex.kim"), QStringLiteral("?period=all"))
                 .value(QStringLiteral("trend_bucket_days"))
                 .toInt(),
        7);
}

void TestLeaderboardApi::scenarioFilter()
{
    const QString rate = m_demo.scenarioId(QStringLiteral("alex.kim"), QStringLiteral("Rate"));
    const QJsonArray items = board(
        QStringLiteral("alex.kim"), QStringLiteral("?period=all&scope=org&scenario=") + rate)
                                 .value(QStringLiteral("items"))
                                 .toArray();
    QStringList names;
    for (const QJsonValue& v : items)
        names.append(nameOf(v));
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Riley Chen"), QStringLiteral("Sam Patel")}));
}

void TestLeaderboardApi::pagesKeepTheCallersRow()
{
    const QJsonObject first
        = board(QStringLiteral("jordan.lee"), QStringLiteral("?period=all&scope=org&limit=1"));
    QCOMPARE(first.value(QStringLiteral("items")).toArray().size(), 1);
    QCOMPARE(nameOf(first.value(QStringLiteral("me"))), QStringLiteral("Jordan Lee"));
    const QString cursor = first.value(QStringLiteral("next_cursor")).toString();
    QVERIFY(!cursor.isEmpty());
    const QJsonObject second = board(QStringLiteral("jordan.lee"),
        QStringLiteral("?period=all&scope=org&limit=1&cursor=") + cursor);
    QCOMPARE(second.value(QStringLiteral("items"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("rank"))
                 .toInt(),
        2);
}

void TestLeaderboardApi::completionShowsAtOnce()
{
    // Boards are cached between completions; a completion must still show on the next read.
    const auto rileysAttempts = [&] {
        const QJsonObject me
            = board(QStringLiteral("riley.chen"), QStringLiteral("?period=week&scope=org"))
                  .value(QStringLiteral("me"))
                  .toObject();
        return me.value(QStringLiteral("attempts")).toInt();
    };
    const int before = rileysAttempts();
    QCOMPARE(rileysAttempts(), before);
    // A call started but not completed is not on the board; completed, it is at once.
    int started = 0;
    const int completed = completeAttempt(QStringLiteral("riley.chen"), QStringLiteral("Refinance"),
        QStringLiteral("refinance-cold-call"), 94, &started);
    QCOMPARE(started, 201);
    QCOMPARE(completed, 200);
    QCOMPARE(rileysAttempts(), before + 1);
}

void TestLeaderboardApi::badQueries()
{
    const QList<QPair<QString, QString>> cases{
        {QStringLiteral("jordan.lee"), QStringLiteral("?period=year")},
        {QStringLiteral("jordan.lee"), QStringLiteral("?scope=world")},
        {QStringLiteral("morgan.hale"), QStringLiteral("?scope=team")}, // HR, in no team
        {QStringLiteral("jordan.lee"), QStringLiteral("?scenario=nope")},
    };
    for (const auto& [who, query] : cases)
        QCOMPARE(board(who, query).value(QStringLiteral("status")).toInt(), 422);
}

QTEST_GUILESS_MAIN(TestLeaderboardApi)
#include "TestLeaderboardApi.moc"
