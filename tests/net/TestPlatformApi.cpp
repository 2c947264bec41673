// The typed REST client against a real voicetraining-server (behind the HTTP proxy, which shows
// what went over the wire): every resource of the contract parses from the reference server's
// answers; the cache revalidates with If-None-Match and takes a 304; a platform that does not
// answer or fails gets the cached answer with its sync time; a refusal does not; collections
// come whole across pages; answers that break the contract are named by JSONPath.
#include "ApiFixtures.h"
#include "DemoPlatform.h"
#include "HttpFaultProxy.h"
#include "Recordings.h"

#include "ApiCache.h"
#include "CatalogSync.h"
#include "Clock.h"
#include "LocalStore.h"
#include "PlatformApi.h"
#include "PlatformClient.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using vt::net::Fetched;
using vt::net::PlatformApi;
using Fault = vt::test::HttpFaultProxy::Fault;

namespace {

const QString who = QStringLiteral("sam.patel");
constexpr qint64 startMs = 1'795'000'000'000;

template <typename T> Fetched<T> wait(const std::function<void(PlatformApi::Callback<T>)>& start)
{
    std::optional<Fetched<T>> result;
    QEventLoop loop;
    start([&](const Fetched<T>& f) {
        result = f;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace

class TestPlatformApi final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyResourceParsesFromTheReferenceServer();
    void theCacheRevalidatesWithItsETag();
    void anUnreachableOrFailingPlatformAnswersFromTheCache();
    void collectionsComeWholeAcrossPages();
    void answersThatBreakTheContractNameTheField();
    void catalogSyncReadiesEverythingForOffline();
    void anAnswerForAnObjectThatIsGoneIsDropped();
    void recordingsComeThroughTheSignedLink();

private:
    PlatformApi& api() { return *m_api; }

    vt::test::DemoPlatform m_demo;
    vt::test::HttpFaultProxy m_proxy;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<vt::net::PlatformClient> m_client;
    std::unique_ptr<vt::net::LocalStore> m_store;
    std::unique_ptr<PlatformApi> m_api;
    vt::protocol::ManualClock m_clock{startMs};
};

void TestPlatformApi::initTestCase()
{
    QString error;
    QVERIFY2(m_demo.start(&error), qPrintable(error));
    QVERIFY2(m_proxy.listen(&error), qPrintable(error));
    m_proxy.setUpstreamPort(m_demo.server().port());
}

void TestPlatformApi::init()
{
    m_clock.set(startMs);
    m_dir = std::make_unique<QTemporaryDir>();
    m_client = std::make_unique<vt::net::PlatformClient>(QUrl(m_proxy.url()));
    m_client->setAccessToken(m_demo.token(who));
    m_client->setTimeout(5000);
    m_store = std::make_unique<vt::net::LocalStore>();
    const vt::Result<void> opened = m_store->open(m_dir->filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(opened, qPrintable(opened.error()));
    m_api = std::make_unique<PlatformApi>(*m_client, m_store.get(), m_clock);
}

void TestPlatformApi::cleanup()
{
    m_proxy.clearFaults();
    m_api.reset();
    m_store.reset();
    m_client.reset();
    m_dir.reset();
}

void TestPlatformApi::everyResourceParsesFromTheReferenceServer()
{
    QVERIFY(wait<bool>([&](auto done) { api().health(nullptr, done); }).value.value_or(false));

    const auto me = wait<vt::protocol::Me>([&](auto done) { api().me(nullptr, done); });
    QVERIFY2(me.ok(), qPrintable(me.error.message));
    QCOMPARE(me.value->user.name, QStringLiteral("Sam Patel"));
    QCOMPARE(me.value->role, QStringLiteral("trainee"));
    QVERIFY(!me.value->org.name.isEmpty());
    QVERIFY(me.value->team.has_value() && !me.value->managesTeam);

    const auto scenarios = wait<QList<vt::protocol::ScenarioSummary>>(
        [&](auto done) { api().scenarios(nullptr, done); });
    QVERIFY2(scenarios.ok(), qPrintable(scenarios.error.message));
    QCOMPARE(scenarios.value->size(), 3); // published ones only, for a trainee
    QVERIFY(!scenarios.value->first().persona.name.isEmpty());
    QVERIFY(scenarios.value->first().durationMinutes > 0);
    QVERIFY(scenarios.value->first().updatedAt.isValid());

    const QString rate = m_demo.scenarioId(who, QStringLiteral("Rate"));
    const auto scenario
        = wait<vt::protocol::Scenario>([&](auto done) { api().scenario(nullptr, rate, done); });
    QVERIFY2(scenario.ok(), qPrintable(scenario.error.message));
    QCOMPARE(scenario.value->summary.id, rate);
    QVERIFY(!scenario.value->briefing.isEmpty());
    QVERIFY(scenario.value->scoring.contains(QStringLiteral("rubric")));
    QVERIFY(!scenario.value->requiredPhrases.isEmpty());
    QVERIFY(scenario.value->passScore > 0);
    QCOMPARE(scenario.value->document.value(QStringLiteral("id")).toString(), rate);

    const auto tracks
        = wait<QList<vt::protocol::Track>>([&](auto done) { api().tracks(nullptr, done); });
    QVERIFY2(tracks.ok(), qPrintable(tracks.error.message));
    QCOMPARE(tracks.value->size(), 1);
    QCOMPARE(tracks.value->first().steps.size(), 3);
    QCOMPARE(tracks.value->first().steps.at(1).prerequisites.size(), 1);
    const auto track = wait<vt::protocol::Track>(
        [&](auto done) { api().track(nullptr, tracks.value->first().id, done); });
    QVERIFY2(track.ok(), qPrintable(track.error.message));
    QCOMPARE(track.value->title, tracks.value->first().title);

    const auto assignments = wait<QList<vt::protocol::Assignment>>(
        [&](auto done) { api().assignments(nullptr, done); });
    QVERIFY2(assignments.ok(), qPrintable(assignments.error.message));
    QCOMPARE(assignments.value->size(), 2); // the team's track and Sam's own
    bool sawTrack = false;
    for (const vt::protocol::Assignment& a : *assignments.value) {
        QVERIFY(a.dueAt.has_value());
        QCOMPARE(a.passThreshold, 70.0);
        if (a.kind == QLatin1String("track")) {
            sawTrack = true;
            QVERIFY(a.track.has_value());
            QCOMPARE(a.total, 3);
        }
    }
    QVERIFY(sawTrack);

    const auto board = wait<vt::protocol::Leaderboard>([&](auto done) {
        api().leaderboard(
            nullptr, vt::net::LeaderboardQuery{QStringLiteral("all"), {}, {}, 100}, done);
    });
    QVERIFY2(board.ok(), qPrintable(board.error.message));
    QVERIFY(!board.value->items.isEmpty());
    QCOMPARE(board.value->items.first().rank, 1);
    QVERIFY(board.value->me.has_value());
    QCOMPARE(board.value->me->user.name, QStringLiteral("Sam Patel"));

    const auto call = wait<vt::protocol::CallStarted>([&](auto done) {
        api().startCall(nullptr,
            vt::protocol::CallStart{rate, std::nullopt, QStringLiteral("0.1.0")},
            QStringLiteral("test-call-1"), done);
    });
    QVERIFY2(call.ok(), qPrintable(call.error.message));
    QVERIFY(call.value->voiceUrl.startsWith(QLatin1String("ws")));
    QVERIFY(!call.value->voiceToken.isEmpty());

    const auto attempts = wait<QList<vt::protocol::AttemptSummary>>([&](auto done) {
        api().attempts(nullptr, vt::net::AttemptQuery{QStringLiteral("me"), {}, {}, 200}, done);
    });
    QVERIFY2(attempts.ok(), qPrintable(attempts.error.message));
    QVERIFY(!attempts.value->isEmpty());
    const auto attempt = wait<vt::protocol::Attempt>(
        [&](auto done) { api().attempt(nullptr, call.value->attemptId, done); });
    QVERIFY2(attempt.ok(), qPrintable(attempt.error.message));
    QCOMPARE(attempt.value->summary.status, QStringLiteral("in_progress"));
    QVERIFY(attempt.value->utterances.isEmpty() && attempt.value->feedback.isEmpty());

    // The team: refused to a trainee; a manager's lists her desk.
    const auto refused = wait<vt::protocol::Team>([&](auto done) { api().team(nullptr, done); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error.status, 403);

    // A manager's comment on a completed attempt of Sam's.
    const QString completedId = m_demo.latestAttempt(who).value(QStringLiteral("id")).toString();
    QVERIFY(!completedId.isEmpty());
    m_client->setAccessToken(m_demo.token(QStringLiteral("dana.reyes")));
    const auto comment = wait<vt::protocol::Comment>([&](auto done) {
        api().addComment(nullptr, completedId,
            vt::protocol::CommentCreate{
                QStringLiteral("Say the NMLS number earlier."), 1000, 4000, std::nullopt},
            QStringLiteral("test-comment-1"), done);
    });
    QVERIFY2(comment.ok(), qPrintable(comment.error.message));
    QCOMPARE(comment.value->author.name, QStringLiteral("Dana Reyes"));
    QCOMPARE(comment.value->spanEndMs.value_or(0), 4000);
    const auto desk = wait<vt::protocol::Team>([&](auto done) { api().team(nullptr, done); });
    QVERIFY2(desk.ok(), qPrintable(desk.error.message));
    QCOMPARE(desk.value->scope, QStringLiteral("team"));
    QCOMPARE(desk.value->items.size(), 3);
    QCOMPARE(desk.value->items.first().user.name, QStringLiteral("Jordan Lee"));
    QCOMPARE(desk.value->items.first().trend.size(), 6);
    QVERIFY(desk.value->items.first().team.has_value());
}

void TestPlatformApi::theCacheRevalidatesWithItsETag()
{
    const auto first = wait<QList<vt::protocol::Assignment>>(
        [&](auto done) { api().assignments(nullptr, done); });
    QVERIFY(first.ok());
    const std::optional<vt::net::CachedAnswer> cached
        = vt::net::readCached(*m_store, m_client->key(), QStringLiteral("/api/v1/assignments"));
    QVERIFY(cached);
    QVERIFY(!cached->etag.isEmpty());
    QCOMPARE(cached->syncedAt, startMs);

    m_clock.advance(60000);
    const auto second = wait<QList<vt::protocol::Assignment>>(
        [&](auto done) { api().assignments(nullptr, done); });
    QVERIFY(second.ok());
    QVERIFY(!second.fromCache);
    QCOMPARE(second.value->size(), first.value->size());
    const vt::test::HttpFaultProxy::Seen& seen = m_proxy.requests().last();
    QVERIFY2(seen.head.contains("If-None-Match: " + cached->etag), seen.head.constData());
    QCOMPARE(seen.answerStatus, 304);
    QCOMPARE(vt::net::readCached(*m_store, m_client->key(), QStringLiteral("/api/v1/assignments"))
                 ->syncedAt,
        startMs + 60000);
}

void TestPlatformApi::anUnreachableOrFailingPlatformAnswersFromTheCache()
{
    const auto online = wait<QList<vt::protocol::ScenarioSummary>>(
        [&](auto done) { api().scenarios(nullptr, done); });
    QVERIFY(online.ok());
    m_clock.advance(3600000);

    m_proxy.addFault(Fault::Status503, "GET", QStringLiteral("/scenarios"));
    const auto failing = wait<QList<vt::protocol::ScenarioSummary>>(
        [&](auto done) { api().scenarios(nullptr, done); });
    QVERIFY(failing.ok());
    QVERIFY(failing.fromCache);
    QCOMPARE(failing.syncedAt, startMs);
    QCOMPARE(failing.error.status, 503);
    QCOMPARE(failing.value->size(), online.value->size());

    for (int i = 0; i < 3; ++i)
        m_proxy.addFault(Fault::Refuse, "GET", QStringLiteral("/scenarios"));
    const auto offline = wait<QList<vt::protocol::ScenarioSummary>>(
        [&](auto done) { api().scenarios(nullptr, done); });
    QVERIFY(offline.ok());
    QVERIFY(offline.fromCache);
    QCOMPARE(offline.error.type, QStringLiteral("network"));
    m_proxy.clearFaults();

    // Nothing cached: no value, and the reason.
    for (int i = 0; i < 3; ++i)
        m_proxy.addFault(Fault::Refuse, "GET", QStringLiteral("/tracks"));
    const auto none
        = wait<QList<vt::protocol::Track>>([&](auto done) { api().tracks(nullptr, done); });
    QVERIFY(!none.ok());
    QCOMPARE(none.error.type, QStringLiteral("network"));
    m_proxy.clearFaults();

    // A refusal is an answer: the cache does not hide it.
    m_client->setAccessToken(QStringLiteral("not-a-token"));
    const auto refused = wait<QList<vt::protocol::ScenarioSummary>>(
        [&](auto done) { api().scenarios(nullptr, done); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error.status, 401);
}

void TestPlatformApi::collectionsComeWholeAcrossPages()
{
    // Five more attempts of Sam's, then read them two per page.
    const QString rate = m_demo.scenarioId(who, QStringLiteral("Rate"));
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(m_demo.api()
                     .sendJson("POST", QStringLiteral("/api/v1/calls"),
                         QJsonObject{{QStringLiteral("scenario_id"), rate}}, m_demo.token(who))
                     .status,
            201);
    }
    const int before = m_proxy.count("GET", QStringLiteral("/api/v1/attempts"));
    const auto all = wait<QList<vt::protocol::AttemptSummary>>([&](auto done) {
        api().attempts(nullptr, vt::net::AttemptQuery{QStringLiteral("me"), {}, {}, 200}, done);
    });
    const auto paged = wait<QList<vt::protocol::AttemptSummary>>([&](auto done) {
        api().attempts(nullptr, vt::net::AttemptQuery{QStringLiteral("me"), {}, {}, 2}, done);
    });
    QVERIFY2(paged.ok(), qPrintable(paged.error.message));
    QCOMPARE(paged.value->size(), all.value->size());
    QVERIFY(all.value->size() >= 5);
    QSet<QString> ids;
    for (const auto& a : *paged.value)
        ids.insert(a.id);
    QCOMPARE(ids.size(), all.value->size());
    QCOMPARE(m_proxy.count("GET", QStringLiteral("/api/v1/attempts")) - before,
        1 + int((all.value->size() + 1) / 2));
}

void TestPlatformApi::answersThatBreakTheContractNameTheField()
{
    const QByteArray assignments = R"({"items":[{"id":"a","kind":"scenario","title":"T",
        "scenario":{"id":"s","title":"S"},"track":null,"assigned_to":"user","due_at":17,
        "pass_threshold":70,"assessment":false,"status":"not_started","overdue":false,
        "progress":{"completed":0,"total":1,"best_score":null,"steps":[]},
        "created_at":"2026-11-01T00:00:00Z"}]})";
    const auto parsed = vt::protocol::parseAssignments(assignments);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().fields.summary().contains(QStringLiteral("$.items[0].due_at")),
        qPrintable(parsed.error().fields.summary()));

    const auto board = vt::protocol::parseLeaderboard(R"({"period":"week"})");
    QVERIFY(!board);
    QVERIFY(board.error().fields.summary().contains(QStringLiteral("$.items")));
    QVERIFY(!vt::protocol::parseScenarioPage("[1,2").error().malformed.isEmpty());
    QVERIFY(!vt::protocol::parseCallStarted(QByteArray(70 * 1024 * 1024, ' '))
                 .error()
                 .malformed.isEmpty());
}

void TestPlatformApi::catalogSyncReadiesEverythingForOffline()
{
    vt::net::CatalogSync catalog(api());
    std::optional<vt::net::CatalogSync::Report> report;
    QEventLoop loop;
    catalog.run([&](const vt::net::CatalogSync::Report& r) {
        report = r;
        loop.quit();
    });
    loop.exec();
    QVERIFY2(report->ok(), qPrintable(report->errors.join(QLatin1Char('\n'))));
    QCOMPARE(report->scenarios, 3);
    QCOMPARE(report->assignments, 2);
    QCOMPARE(report->refreshed, 5 + 3);
    // Offline now: every piece comes from the cache, marked with the sync time.
    m_clock.advance(7200000);
    for (int i = 0; i < 20; ++i)
        m_proxy.addFault(Fault::Refuse);
    const QString rate = m_demo.scenarioId(who, QStringLiteral("Rate"));
    const auto scenario
        = wait<vt::protocol::Scenario>([&](auto done) { api().scenario(nullptr, rate, done); });
    QVERIFY(scenario.ok() && scenario.fromCache);
    QCOMPARE(scenario.syncedAt, startMs);
    QVERIFY(scenario.value->scoring.contains(QStringLiteral("rubric")));
    QVERIFY(wait<QList<vt::protocol::Track>>([&](auto done) {
        api().tracks(nullptr, done);
    }).fromCache);
    QVERIFY(wait<vt::protocol::Me>([&](auto done) { api().me(nullptr, done); }).fromCache);
    QVERIFY(wait<vt::protocol::Leaderboard>([&](auto done) {
        api().leaderboard(nullptr, vt::net::LeaderboardQuery{}, done);
    }).fromCache);
}

void TestPlatformApi::recordingsComeThroughTheSignedLink()
{
    const QString id = m_demo.latestAttempt(who).value(QStringLiteral("id")).toString();
    const QString path = m_dir->filePath(QStringLiteral("call.ogg"));
    // None yet: the platform's 404, and no file.
    const auto none = wait<QString>([&](auto done) { api().recording(nullptr, id, path, done); });
    QVERIFY(!none.ok());
    QCOMPARE(none.error.status, 404);
    QVERIFY(!QFile::exists(path));

    const QByteArray ogg = vt::test::callRecording(2);
    std::optional<vt::net::ApiResult> put;
    QEventLoop loop;
    m_client->sendBytes("PUT", QStringLiteral("/api/v1/attempts/%1/recording").arg(id), ogg,
        "audio/ogg", QStringLiteral("rec-") + id, [&](const vt::net::ApiResult& r) {
            put = r;
            loop.quit();
        });
    loop.exec();
    QVERIFY2(!put->error.isError(), qPrintable(put->error.message));

    const auto got = wait<QString>([&](auto done) { api().recording(nullptr, id, path, done); });
    QVERIFY2(got.ok(), qPrintable(got.error.message));
    QCOMPARE(*got.value, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), ogg);
}

void TestPlatformApi::anAnswerForAnObjectThatIsGoneIsDropped()
{
    // While its object lives, the answer comes.
    QObject alive;
    std::optional<Fetched<QList<vt::protocol::ScenarioSummary>>> got;
    api().scenarios(&alive, [&](const auto& f) { got = f; });
    QTRY_VERIFY(got.has_value());
    QVERIFY(got->ok());

    // Once it is gone, it does not, though the request itself went through.
    bool answered = false;
    auto* owner = new QObject;
    api().scenarios(owner, [&](const auto&) { answered = true; });
    delete owner;
    const auto later = wait<QList<vt::protocol::ScenarioSummary>>(
        [&](auto done) { api().scenarios(nullptr, done); });
    QVERIFY(later.ok());
    QTest::qWait(300);
    QVERIFY(!answered);
}

QTEST_GUILESS_MAIN(TestPlatformApi)
#include "TestPlatformApi.moc"
