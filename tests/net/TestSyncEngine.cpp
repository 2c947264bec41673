// The sync engine against a real voicetraining-server behind the fault-injecting HTTP proxy:
// every fault the network can throw ends with each attempt on the platform exactly once;
// backoff follows the injected clock (no sleeps); Retry-After is a floor; a refusal needs
// attention and the queue moves on; a wake from sleep retries at once; a server killed in the
// middle of an upload gets it again after its restart.
#include "ApiFixtures.h"
#include "DemoPlatform.h"
#include "HttpFaultProxy.h"
#include "VtTestConfig.h"

#include "AttemptJournal.h"
#include "Clock.h"
#include "LocalStore.h"
#include "Outbox.h"
#include "PlatformClient.h"
#include "RetryPolicy.h"
#include "SyncEngine.h"
#include "SyncStatus.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using vt::net::AttemptJournal;
using vt::net::OutboxItem;
using vt::test::HttpFaultProxy;
using Fault = vt::test::HttpFaultProxy::Fault;

namespace {

const QString who = QStringLiteral("sam.patel");
constexpr qint64 startMs = 1'795'000'000'000;

} // namespace

class TestSyncEngine final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyFaultEndsWithEachAttemptOnceOnThePlatform();
    void backoffFollowsTheInjectedClock();
    void retryAfterIsAFloor();
    void refusalNeedsAttentionAndTheQueueMovesOn();
    void wakingFromSleepRetriesAtOnce();
    void noNetworkHoldsSendsAndItsReturnRetriesAtOnce();
    void serverKilledMidUploadGetsItAfterRestart();

private:
    // An attempt started on the platform (POST /calls) and saved in the journal, its
    // completion (and recording, when `withRecording`) queued.
    QString queueAttempt(bool withRecording, const QJsonObject& completion = {});
    void makeEngine(const vt::protocol::Clock& clock, double draw, int timeoutMs);
    QJsonObject platformAttempt(const QString& id);
    // Runs the event loop until the engine is idle with nothing due, or `timeoutMs` passes.
    bool waitUntilDrained(int timeoutMs);

    vt::test::DemoPlatform m_demo;
    HttpFaultProxy m_proxy;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<vt::net::PlatformClient> m_client;
    std::unique_ptr<vt::net::LocalStore> m_store;
    std::unique_ptr<AttemptJournal> m_journal;
    std::unique_ptr<vt::net::SyncEngine> m_engine;
    vt::protocol::SystemClock m_systemClock;
    vt::protocol::ManualClock m_manualClock{startMs};
    QString m_scenarioId;
};

void TestSyncEngine::initTestCase()
{
    QString error;
    QVERIFY2(m_demo.start(&error), qPrintable(error));
    QVERIFY2(m_proxy.listen(&error), qPrintable(error));
    m_proxy.setUpstreamPort(m_demo.server().port());
    m_scenarioId = m_demo.scenarioId(who, QStringLiteral("Rate"));
    QVERIFY(!m_scenarioId.isEmpty());
}

void TestSyncEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_client = std::make_unique<vt::net::PlatformClient>(QUrl(m_proxy.url()));
    m_client->setAccessToken(m_demo.token(who));
    m_store = std::make_unique<vt::net::LocalStore>();
    const vt::Result<void> opened = m_store->open(m_dir->filePath(QStringLiteral("store.sqlite")));
    QVERIFY2(opened, qPrintable(opened.error()));
    m_journal = std::make_unique<AttemptJournal>(*m_store);
}

void TestSyncEngine::cleanup()
{
    QCOMPARE(m_proxy.faultsLeft(), 0);
    m_engine.reset();
    m_journal.reset();
    m_store.reset();
    m_client.reset();
    m_dir.reset();
}

void TestSyncEngine::makeEngine(const vt::protocol::Clock& clock, double draw, int timeoutMs)
{
    m_client->setTimeout(timeoutMs);
    m_engine = std::make_unique<vt::net::SyncEngine>(
        *m_client, *m_store, clock, vt::net::RetryPolicy([draw] { return draw; }));
}

QString TestSyncEngine::queueAttempt(bool withRecording, const QJsonObject& completion)
{
    const vt::test::ApiClient::Reply call
        = m_demo.api().sendJson("POST", QStringLiteral("/api/v1/calls"),
            QJsonObject{{QStringLiteral("scenario_id"), m_scenarioId}}, m_demo.token(who));
    if (call.status != 201)
        return {};
    const QString id = call.json().value(QStringLiteral("attempt_id")).toString();
    QString recording;
    if (withRecording) {
        recording = m_dir->filePath(id + QStringLiteral(".opus"));
        QFile::copy(
            QStringLiteral(VT_SOURCE_DIR "/resources/sample-rep/rate-shopper.opus"), recording);
    }
    if (!m_journal->begin(id, m_client->key(), m_scenarioId,
            call.json().value(QStringLiteral("started_at")).toString(), recording))
        qFatal(
            "the journal cannot begin %s: %s", qPrintable(id), qPrintable(m_journal->lastError()));
    const QJsonObject body = completion.isEmpty()
        ? vt::test::completionBody(vt::test::seedTranscript(QStringLiteral("rate-shopper")), 80)
        : completion;
    if (!m_journal->save(id, body))
        return {};
    return id;
}

QJsonObject TestSyncEngine::platformAttempt(const QString& id)
{
    // Asked of the server where it listens now (a restart moves it).
    return vt::test::ApiClient(m_demo.server().baseUrl())
        .get(QStringLiteral("/api/v1/attempts/") + id, m_demo.token(who))
        .json();
}

bool TestSyncEngine::waitUntilDrained(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (!m_engine->isSending() && m_engine->nextTryAt() == 0
            && !vt::net::Outbox(*m_store).next(m_client->key()))
            return true;
        QTest::qWait(20);
    }
    return false;
}

void TestSyncEngine::everyFaultEndsWithEachAttemptOnceOnThePlatform()
{
    makeEngine(m_systemClock, 0.2, 1500);
    const QString a = queueAttempt(true);
    const QString b = queueAttempt(false);
    const QString c = queueAttempt(true);
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
    // Each fault once, spread over the attempts' requests.
    m_proxy.addFault(Fault::Status500, "PUT", a);
    m_proxy.addFault(Fault::ResetMidBody, "PUT", a);
    m_proxy.addFault(Fault::Status503, "PUT", a + QStringLiteral("/recording"), "1");
    m_proxy.addFault(Fault::RateLimited, "PUT", b, "2");
    m_proxy.addFault(Fault::Hang, "PUT", b);
    m_proxy.addFault(Fault::Trickle, "PUT", c);
    m_proxy.addFault(Fault::ResetMidBody, "PUT", c + QStringLiteral("/recording"));
    m_proxy.addFault(Fault::Refuse, "PUT", c + QStringLiteral("/recording"));

    QSignalSpy acknowledged(m_engine.get(), &vt::net::SyncEngine::acknowledged);
    m_engine->start();
    QVERIFY(waitUntilDrained(60000));
    QCOMPARE(acknowledged.size(), 5); // three completions, two recordings

    for (const QString& id : {a, b, c}) {
        QCOMPARE(m_journal->entry(id)->state, AttemptJournal::State::Synced);
        const QJsonObject attempt = platformAttempt(id);
        QCOMPARE(attempt.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    }
    QVERIFY(platformAttempt(a)
                .value(QStringLiteral("recording"))
                .toObject()
                .value(QStringLiteral("available"))
                .toBool());
    QVERIFY(!platformAttempt(b)
                 .value(QStringLiteral("recording"))
                 .toObject()
                 .value(QStringLiteral("available"))
                 .toBool());
    // Once each on the platform: the list holds each id once.
    const QJsonArray items
        = m_demo.api()
              .get(QStringLiteral("/api/v1/attempts?user=me&limit=200"), m_demo.token(who))
              .json()
              .value(QStringLiteral("items"))
              .toArray();
    for (const QString& id : {a, b, c}) {
        int n = 0;
        for (const QJsonValue& v : items)
            n += v.toObject().value(QStringLiteral("id")).toString() == id ? 1 : 0;
        QCOMPARE(n, 1);
    }
    // Every fault cost at least one more request (Qt's network stack may itself resend once
    // on a connection closed before any answer), and Retry-After was waited for.
    QVERIFY(m_proxy.count("PUT", QStringLiteral("/attempts/") + a) >= 3 + 2);
    QVERIFY(m_proxy.count("PUT", QStringLiteral("/attempts/") + b) >= 3);
    QVERIFY(
        m_proxy.count("PUT", QStringLiteral("/attempts/") + c) >= 1 + 3); // a trickle is no failure
    qint64 limitedAt = 0;
    for (const HttpFaultProxy::Seen& s : m_proxy.requests()) {
        if (s.fault == Fault::RateLimited)
            limitedAt = s.atMs;
        else if (limitedAt && s.path.endsWith(b)) {
            QVERIFY2(s.atMs - limitedAt >= 2000, qPrintable(QString::number(s.atMs - limitedAt)));
            limitedAt = 0;
        }
    }
    const vt::net::SyncStatus status = vt::net::readSyncStatus(*m_store, m_client->key());
    QVERIFY(status.outboxEmpty());
    QCOMPARE(status.synced, 3);
    QVERIFY(status.lastSyncAt > 0);
}

void TestSyncEngine::backoffFollowsTheInjectedClock()
{
    vt::protocol::ManualClock clock(startMs);
    makeEngine(clock, 0.5, 5000);
    const QString id = queueAttempt(false);
    QVERIFY(!id.isEmpty());
    for (int i = 0; i < 3; ++i)
        m_proxy.addFault(Fault::Status503, "PUT", id, {});
    m_engine->start();
    // After the n-th failure the wait is floor(0.5 × (ceiling + 1)) with ceilings 1 s, 2 s, 4 s.
    const qint64 waits[] = {500, 1000, 2000};
    for (int failure = 0; failure < 3; ++failure) {
        const int before = m_proxy.count("PUT", id);
        QTRY_COMPARE(m_proxy.count("PUT", id), before + 1);
        QTRY_VERIFY(!m_engine->isSending() && m_engine->nextTryAt() != 0);
        const qint64 due = clock.nowMs() + waits[failure];
        QCOMPARE(m_engine->nextTryAt(), due);
        const std::optional<AttemptJournal::Entry> entry = m_journal->entry(id);
        QCOMPARE(entry->state, AttemptJournal::State::Failed);
        QCOMPARE(entry->nextTryAt, due);
        QVERIFY(entry->lastError.contains(QStringLiteral("Injected by the test proxy")));
        // One millisecond early: still waiting.
        clock.advance(waits[failure] - 1);
        m_engine->poke();
        QCoreApplication::processEvents();
        QVERIFY(!m_engine->isSending());
        QCOMPARE(m_proxy.count("PUT", id), before + 1);
        clock.advance(1);
        m_engine->poke();
    }
    QVERIFY(waitUntilDrained(20000));
    QCOMPARE(m_journal->entry(id)->state, AttemptJournal::State::Synced);
    QCOMPARE(m_proxy.count("PUT", id), 4);
}

void TestSyncEngine::retryAfterIsAFloor()
{
    vt::protocol::ManualClock clock(startMs);
    makeEngine(clock, 0.0, 5000);
    const QString id = queueAttempt(false);
    QVERIFY(!id.isEmpty());
    m_proxy.addFault(Fault::RateLimited, "PUT", id, "120");
    // An HTTP-date two minutes after the manual clock's now.
    const QByteArray date = QDateTime::fromMSecsSinceEpoch(startMs + 120000 + 180000, Qt::UTC)
                                .toString(QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                .toLatin1();
    m_proxy.addFault(Fault::Status503, "PUT", id, date);
    m_engine->start();
    QTRY_COMPARE(m_proxy.count("PUT", id), 1);
    QTRY_VERIFY(m_engine->nextTryAt() != 0);
    // The draw is 0, so without Retry-After it would go again at once.
    QCOMPARE(m_engine->nextTryAt(), startMs + 120000);
    clock.advance(120000);
    m_engine->poke();
    QTRY_COMPARE(m_proxy.count("PUT", id), 2);
    QTRY_VERIFY(m_engine->nextTryAt() != 0);
    QCOMPARE(m_engine->nextTryAt(), startMs + 120000 + 180000);
    clock.advance(180000);
    m_engine->poke();
    QVERIFY(waitUntilDrained(20000));
    QCOMPARE(m_journal->entry(id)->state, AttemptJournal::State::Synced);
}

void TestSyncEngine::refusalNeedsAttentionAndTheQueueMovesOn()
{
    makeEngine(m_systemClock, 0.0, 5000);
    QJsonObject bad
        = vt::test::completionBody(vt::test::seedTranscript(QStringLiteral("rate-shopper")), 80);
    bad.insert(QStringLiteral("score"), QStringLiteral("high"));
    const QString refused = queueAttempt(false, bad);
    const QString fine = queueAttempt(false);
    QVERIFY(!refused.isEmpty() && !fine.isEmpty());
    QSignalSpy failed(m_engine.get(), &vt::net::SyncEngine::sendFailed);
    m_engine->start();
    QVERIFY(waitUntilDrained(20000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(2).toBool(), false);
    const std::optional<AttemptJournal::Entry> entry = m_journal->entry(refused);
    QCOMPARE(entry->state, AttemptJournal::State::NeedsAttention);
    QVERIFY2(entry->lastError.contains(QStringLiteral("score")), qPrintable(entry->lastError));
    QCOMPARE(m_journal->entry(fine)->state, AttemptJournal::State::Synced);
    // Kept, not retried: one request, one entry needing attention.
    QCOMPARE(m_proxy.count("PUT", refused), 1);
    const QList<OutboxItem> left = vt::net::Outbox(*m_store).items();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().state, OutboxItem::State::NeedsAttention);
    QCOMPARE(left.first().lastStatus, 422);
    const vt::net::SyncStatus status = vt::net::readSyncStatus(*m_store, m_client->key());
    QCOMPARE(status.needsAttention, 1);
    QCOMPARE(status.synced, 1);
    QVERIFY(!status.outboxEmpty());
}

void TestSyncEngine::wakingFromSleepRetriesAtOnce()
{
    vt::protocol::ManualClock clock(startMs);
    makeEngine(clock, 0.0, 5000);
    const QString id = queueAttempt(false);
    QVERIFY(!id.isEmpty());
    m_proxy.addFault(Fault::Status503, "PUT", id, "3600");
    m_engine->start();
    QTRY_VERIFY(m_engine->nextTryAt() == startMs + 3600 * 1000);
    // Ten minutes of sleep: the wall clock moved, the monotonic one did not.
    clock.advance(10 * 60 * 1000);
    m_engine->checkForWake();
    QVERIFY(waitUntilDrained(20000));
    QCOMPARE(m_journal->entry(id)->state, AttemptJournal::State::Synced);
    QCOMPARE(m_proxy.count("PUT", id), 2);
}

void TestSyncEngine::noNetworkHoldsSendsAndItsReturnRetriesAtOnce()
{
    vt::protocol::ManualClock clock(startMs);
    makeEngine(clock, 0.0, 5000);
    const QString first = queueAttempt(false);
    QVERIFY(!first.isEmpty());
    m_proxy.addFault(Fault::Status503, "PUT", first, "3600");
    m_engine->start();
    QTRY_VERIFY(m_engine->nextTryAt() == startMs + 3600 * 1000);
    // The system says the network is gone: nothing is tried, even once it is due.
    m_engine->setNetworkUp(false);
    clock.advance(2 * 3600 * 1000);
    const int before = int(m_proxy.requests().size());
    m_engine->poke();
    QSignalSpy idle(m_engine.get(), &vt::net::SyncEngine::idle);
    QVERIFY(idle.wait(5000));
    QCOMPARE(int(m_proxy.requests().size()), before);
    QCOMPARE(m_journal->entry(first)->state, AttemptJournal::State::Failed);
    // Back: what waits goes at once, without waiting for its next try.
    clock.set(startMs + 60000);
    m_engine->setNetworkUp(true);
    QVERIFY(waitUntilDrained(20000));
    QCOMPARE(m_journal->entry(first)->state, AttemptJournal::State::Synced);
    QCOMPARE(m_proxy.count("PUT", first), 2);
}

void TestSyncEngine::serverKilledMidUploadGetsItAfterRestart()
{
    makeEngine(m_systemClock, 0.2, 30000);
    const QString id = queueAttempt(true);
    QVERIFY(!id.isEmpty());
    m_proxy.addFault(Fault::Stall, "PUT", id + QStringLiteral("/recording"));
    m_engine->start();
    // Half the recording is with the server when it dies.
    QTRY_COMPARE(m_proxy.count("PUT", id + QStringLiteral("/recording")), 1);
    QString error;
    QVERIFY2(m_demo.server().restart(&error), qPrintable(error));
    m_proxy.setUpstreamPort(m_demo.server().port());
    QVERIFY(waitUntilDrained(60000));
    QCOMPARE(m_journal->entry(id)->state, AttemptJournal::State::Synced);
    const QJsonObject recording = platformAttempt(id).value(QStringLiteral("recording")).toObject();
    QVERIFY(recording.value(QStringLiteral("available")).toBool());
    QCOMPARE(recording.value(QStringLiteral("bytes")).toInteger(),
        QFileInfo(QStringLiteral(VT_SOURCE_DIR "/resources/sample-rep/rate-shopper.opus")).size());
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
