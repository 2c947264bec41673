// A call's record in the real local store (SQLite): the start and the records in order, and a
// crash-recovery record the disk refuses (another connection holds the database) kept and
// retried until it is written, in order, never dropped; the completion makes waiting records
// unneeded.
#include "CallRecord.h"

#include "AttemptJournal.h"
#include "Clock.h"
#include "LocalStore.h"
#include "PlatformClient.h"
#include "RetryPolicy.h"
#include "SyncEngine.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using vt::app::CallLine;
using vt::app::CallRecord;
using vt::app::CallTranscript;

namespace {

QList<QJsonObject> events(vt::net::AttemptJournal& journal, const QString& id)
{
    QList<QJsonObject> out;
    for (const QByteArray& e : journal.events(id))
        out.append(QJsonDocument::fromJson(e).object());
    return out;
}

} // namespace

class TestCallRecord final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void recordsGoInOrder();
    void aRefusedRecordIsRetriedNeverDropped();

private:
    QTemporaryDir m_dir;
    vt::protocol::SystemClock m_clock;
    std::unique_ptr<vt::net::LocalStore> m_store;
    std::unique_ptr<vt::net::AttemptJournal> m_journal;
    std::unique_ptr<vt::net::PlatformClient> m_client;
    std::unique_ptr<vt::net::SyncEngine> m_sync;
    CallRecord::Start m_start;
};

void TestCallRecord::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_start.attemptId = QStringLiteral("att-1");
    m_start.platformKey = QStringLiteral("https://platform.example");
    m_start.scenarioId = QStringLiteral("refi");
    m_start.startedAt = QStringLiteral("2026-12-07T10:00:00Z");
    m_start.scoringScenario = R"({"id":"refi"})";
    m_start.clientVersion = QStringLiteral("0.1.0");
}

void TestCallRecord::init()
{
    QFile::remove(m_dir.filePath(QStringLiteral("journal.sqlite")));
    m_store = std::make_unique<vt::net::LocalStore>();
    const vt::Result<void> opened = m_store->open(m_dir.filePath(QStringLiteral("journal.sqlite")));
    QVERIFY2(opened, qPrintable(opened.error()));
    m_journal = std::make_unique<vt::net::AttemptJournal>(*m_store);
    // Never reached: these tests do not sync.
    m_client
        = std::make_unique<vt::net::PlatformClient>(QUrl(QStringLiteral("http://127.0.0.1:9")));
    m_sync = std::make_unique<vt::net::SyncEngine>(
        *m_client, *m_store, m_clock, vt::net::RetryPolicy([] { return 0.5; }));
}

void TestCallRecord::cleanup()
{
    m_sync.reset();
    m_client.reset();
    m_journal.reset();
    m_store.reset();
}

void TestCallRecord::recordsGoInOrder()
{
    CallRecord record(*m_journal, *m_sync);
    CallRecord::Start start = m_start;
    start.offlineOrigin = QJsonObject{{QStringLiteral("scenario_id"), QStringLiteral("refi")}};
    const vt::Result<void> begun = record.begin(start);
    QVERIFY2(begun, qPrintable(begun.error()));
    const std::optional<vt::net::AttemptJournal::Entry> entry = m_journal->entry(start.attemptId);
    QVERIFY(entry);
    QCOMPARE(entry->platform, start.platformKey);
    QCOMPARE(entry->state, vt::net::AttemptJournal::State::InProgress);
    QVERIFY(m_journal->isClaimed(start.attemptId));

    record.appendEvent(R"({"type":"transcript","utterance_id":"r1"})");
    CallLine line{QStringLiteral("r1"), vt::app::Speaker::Rep, QStringLiteral("hello"), 100, 900,
        true, false, true};
    record.appendScored(CallTranscript::ScoreChange{QStringLiteral("r1"), line});
    record.appendScored(CallTranscript::ScoreChange{QStringLiteral("r1"), std::nullopt});
    const QList<QJsonObject> e = events(*m_journal, start.attemptId);
    QCOMPARE(e.size(), 4);
    QCOMPARE(e.at(0)
                 .value(QStringLiteral("offline_origin"))
                 .toObject()
                 .value(QStringLiteral("scenario_id")),
        QStringLiteral("refi"));
    QCOMPARE(e.at(1).value(QStringLiteral("utterance_id")), QStringLiteral("r1"));
    const QJsonObject scored = e.at(2).value(QStringLiteral("scored_line")).toObject();
    QCOMPARE(scored.value(QStringLiteral("speaker")), QStringLiteral("rep"));
    QCOMPARE(scored.value(QStringLiteral("text")), QStringLiteral("hello"));
    QCOMPARE(scored.value(QStringLiteral("start_ms")).toInteger(), 100);
    QCOMPARE(scored.value(QStringLiteral("end_ms")).toInteger(), 900);
    QCOMPARE(scored.value(QStringLiteral("truncated")), false);
    QCOMPARE(e.at(3).value(QStringLiteral("scored_line_removed")), QStringLiteral("r1"));
    QCOMPARE(record.pending(), 0);
}

void TestCallRecord::aRefusedRecordIsRetriedNeverDropped()
{
    CallRecord record(*m_journal, *m_sync);
    const vt::Result<void> begun = record.begin(m_start);
    QVERIFY2(begun, qPrintable(begun.error()));
    QSignalSpy trouble(&record, &CallRecord::journalTrouble);

    // Another connection holds the database: the next write waits out the busy timeout and
    // fails.
    {
        QSqlDatabase locker
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        locker.setDatabaseName(m_dir.filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(locker.open());
        QSqlQuery q(locker);
        QVERIFY2(q.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(q.lastError().text()));
        record.appendEvent(R"({"n":1})");
        QCOMPARE(record.pending(), 1);
        QCOMPARE(trouble.size(), 1);
        QVERIFY(!trouble.at(0).at(0).toString().isEmpty()); // says why
        // Later records wait behind it, in order (without another wait on the lock).
        record.appendEvent(R"({"n":2})");
        QCOMPARE(record.pending(), 2);
        QCOMPARE(trouble.size(), 1);
        QVERIFY(events(*m_journal, m_start.attemptId).isEmpty());
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        locker.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));

    // Free again: the records are written by the retry, in order, and the trouble is over.
    QTRY_COMPARE(record.pending(), 0);
    QCOMPARE(trouble.size(), 2);
    QVERIFY(trouble.at(1).at(0).toString().isEmpty());
    const QList<QJsonObject> e = events(*m_journal, m_start.attemptId);
    QCOMPARE(e.size(), 2);
    QCOMPARE(e.at(0).value(QStringLiteral("n")).toInt(), 1);
    QCOMPARE(e.at(1).value(QStringLiteral("n")).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestCallRecord)
#include "TestCallRecord.moc"
