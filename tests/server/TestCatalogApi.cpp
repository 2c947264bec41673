// Scenarios and tracks over real HTTP: what each role sees, the scoring scenario of each
// scenario (it must score), cursor paging, and ETag revalidation.
#include "DemoPlatform.h"

#include "Scenario.h"

#include <QJsonArray>
#include <QTest>

using vt::test::ApiClient;

class TestCatalogApi final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void traineesSeePublishedScenarios();
    void managersAlsoSeeDrafts();
    void scenarioCarriesPersonaBriefingAndScoring();
    void pagesWithACursor();
    void etagRevalidates();
    void trackListsItsStepsInOrder();

private:
    vt::test::DemoPlatform m_demo;
};

void TestCatalogApi::initTestCase()
{
    QString error;
    QVERIFY2(m_demo.start(&error), qPrintable(error));
}

void TestCatalogApi::traineesSeePublishedScenarios()
{
    const ApiClient::Reply r = m_demo.api().get(
        QStringLiteral("/api/v1/scenarios"), m_demo.token(QStringLiteral("jordan.lee")));
    QCOMPARE(r.status, 200);
    QStringList titles;
    for (const QJsonValue& v : r.json().value(QStringLiteral("items")).toArray()) {
        titles.append(v.toObject().value(QStringLiteral("title")).toString());
        QCOMPARE(
            v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("published"));
        QVERIFY(!v.toObject().contains(QStringLiteral("scoring"))); // the list is a summary
    }
    QCOMPARE(titles,
        (QStringList{QStringLiteral("First-time buyer discovery"),
            QStringLiteral("Rate shopper: handling the online quote"),
            QStringLiteral("Refinance cold call: the skeptical homeowner")}));
    QVERIFY(r.json().value(QStringLiteral("next_cursor")).isNull());
    // Another org has its own catalog.
    QCOMPARE(
        m_demo.api()
            .get(QStringLiteral("/api/v1/scenarios"), m_demo.token(QStringLiteral("avery.stone")))
            .json()
            .value(QStringLiteral("items"))
            .toArray()
            .size(),
        1);
}

void TestCatalogApi::managersAlsoSeeDrafts()
{
    const QJsonArray items
        = m_demo.api()
              .get(QStringLiteral("/api/v1/scenarios"), m_demo.token(QStringLiteral("dana.reyes")))
              .json()
              .value(QStringLiteral("items"))
              .toArray();
    QCOMPARE(items.size(), 4);
    QCOMPARE(
        items.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
}

void TestCatalogApi::scenarioCarriesPersonaBriefingAndScoring()
{
    const QString id = m_demo.scenarioId(QStringLiteral("jordan.lee"), QStringLiteral("Refinance"));
    const ApiClient::Reply r = m_demo.api().get(
        QStringLiteral("/api/v1/scenarios/") + id, m_demo.token(QStringLiteral("jordan.lee")));
    QCOMPARE(r.status, 200);
    const QJsonObject s = r.json();
    QCOMPARE(s.value(QStringLiteral("difficulty")).toString(), QStringLiteral("hard"));
    QCOMPARE(s.value(QStringLiteral("persona")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("Pat Morgan"));
    QVERIFY(s.value(QStringLiteral("briefing")).toString().contains(QLatin1String("NMLS")));
    // The scoring scenario is the shared module's format, and it parses.
    const QByteArray scoring = QJsonDocument(s.value(QStringLiteral("scoring")).toObject())
                                   .toJson(QJsonDocument::Compact);
    const auto parsed = vt::scoring::parseScenario(
        std::string_view(scoring.constData(), std::size_t(scoring.size())));
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : parsed.error().line().c_str());
    QCOMPARE(parsed.value().rubric.criteria.size(), std::size_t{6});
    QCOMPARE(parsed.value().rubric.passScore, 70.0);
}

void TestCatalogApi::pagesWithACursor()
{
    const QString token = m_demo.token(QStringLiteral("alex.kim"));
    QStringList titles;
    QString cursor;
    int pages = 0;
    do {
        const ApiClient::Reply r = m_demo.api().get(QStringLiteral("/api/v1/scenarios?limit=1")
                + (cursor.isEmpty() ? QString() : QStringLiteral("&cursor=") + cursor),
            token);
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        titles.append(items.first().toObject().value(QStringLiteral("title")).toString());
        cursor = r.json().value(QStringLiteral("next_cursor")).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 10);
    QCOMPARE(pages, 4);
    QStringList sorted = titles;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(titles, sorted);
    const ApiClient::Reply bad
        = m_demo.api().get(QStringLiteral("/api/v1/scenarios?cursor=not-ours&limit=101"), token);
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.json().value(QStringLiteral("errors")).toArray().size(), 2);
}

void TestCatalogApi::etagRevalidates()
{
    const QString token = m_demo.token(QStringLiteral("jordan.lee"));
    const ApiClient::Reply first = m_demo.api().get(QStringLiteral("/api/v1/scenarios"), token);
    const QByteArray etag = first.header("etag");
    QVERIFY(etag.startsWith('"') && etag.endsWith('"'));
    QCOMPARE(first.header("cache-control"), QByteArray("private, no-cache"));
    const ApiClient::Reply again = m_demo.api().request(
        "GET", QStringLiteral("/api/v1/scenarios"), {}, {{"If-None-Match", etag}}, token);
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    QCOMPARE(again.header("etag"), etag);
    // Another caller sees other content (drafts), so another tag.
    const ApiClient::Reply manager
        = m_demo.api().request("GET", QStringLiteral("/api/v1/scenarios"), {},
            {{"If-None-Match", etag}}, m_demo.token(QStringLiteral("dana.reyes")));
    QCOMPARE(manager.status, 200);
}

void TestCatalogApi::trackListsItsStepsInOrder()
{
    const QJsonArray tracks
        = m_demo.api()
              .get(QStringLiteral("/api/v1/tracks"), m_demo.token(QStringLiteral("sam.patel")))
              .json()
              .value(QStringLiteral("items"))
              .toArray();
    QCOMPARE(tracks.size(), 1);
    const QJsonObject track
        = m_demo.api()
              .get(QStringLiteral("/api/v1/tracks/")
                      + tracks.first().toObject().value(QStringLiteral("id")).toString(),
                  m_demo.token(QStringLiteral("sam.patel")))
              .json();
    QCOMPARE(
        track.value(QStringLiteral("title")).toString(), QStringLiteral("Refinance readiness"));
    const QJsonArray steps = track.value(QStringLiteral("steps")).toArray();
    QCOMPARE(steps.size(), 3);
    QCOMPARE(steps.at(0)
                 .toObject()
                 .value(QStringLiteral("scenario"))
                 .toObject()
                 .value(QStringLiteral("title"))
                 .toString(),
        QStringLiteral("First-time buyer discovery"));
    QVERIFY(steps.at(0).toObject().value(QStringLiteral("prerequisites")).toArray().isEmpty());
    QCOMPARE(
        steps.at(2).toObject().value(QStringLiteral("prerequisites")).toArray().first().toString(),
        steps.at(1)
            .toObject()
            .value(QStringLiteral("scenario"))
            .toObject()
            .value(QStringLiteral("id"))
            .toString());
}

QTEST_GUILESS_MAIN(TestCatalogApi)
#include "TestCatalogApi.moc"
