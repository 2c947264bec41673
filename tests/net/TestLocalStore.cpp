// The local store on a real SQLite file: migrated from every earlier schema version with its
// data kept (and attempts saved under version 1 queued for the sync engine), a newer schema
// refused, the journal's save committing the attempt and its outbox entries together, and the
// outbox's order and states.
#include "AttemptJournal.h"
#include "LocalStore.h"
#include "Outbox.h"
#include "SyncStatus.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using vt::net::AttemptJournal;
using vt::net::LocalStore;
using vt::net::Outbox;
using vt::net::OutboxItem;

class TestLocalStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void freshStoreIsAtTheLatestVersion();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void refusesANewerSchema();
    void refusesAFileThatIsNotADatabase();
    void saveQueuesTheAttemptInOneCommit();
    void outboxKeepsOrderAndStates();
    void eventsAreKeptInArrivalOrder();

private:
    // A database file left at `version` by an earlier build, with a few attempts in it.
    void writeOldStore(int version);
    QString path() const { return m_dir->filePath(QStringLiteral("journal.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLocalStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLocalStore::freshStoreIsAtTheLatestVersion()
{
    LocalStore store;
    QString error;
    {
        const vt::Result<void> opened = store.open(path());
        QVERIFY2(opened, qPrintable(opened.error()));
    }
    QCOMPARE(store.version(), LocalStore::latestVersion());
    QVERIFY(LocalStore::latestVersion() >= 3);
    QSqlQuery q(store.database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // FULL
}

void TestLocalStore::writeOldStore(int version)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QString error;
        // Version 0 is the journal as it was before the store was versioned: version 1's
        // tables with user_version 0.
        QVERIFY2(LocalStore::migrate(db, std::max(1, version), &error), qPrintable(error));
        QSqlQuery q(db);
        if (version == 0)
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 0")));
        const QString completion = QStringLiteral("{\"score\":80,\"interrupted\":false}");
        struct Row {
            const char* id;
            const char* state;
            bool completed;
            const char* recording;
        };
        const Row rows[] = {{"a-in-progress", "in_progress", false, "/rec/a.opus"},
            {"b-saved", "saved", true, "/rec/b.opus"}, {"c-failed", "failed", true, ""},
            {"d-synced", "synced", true, "/rec/d.opus"}};
        int minute = 0;
        for (const Row& r : rows) {
            q.prepare(QStringLiteral("INSERT INTO attempts (id, scenario_id, started_at, "
                                     "recording_path, state, completion, updated_at) VALUES (?, "
                                     "'s1', ?, ?, ?, ?, 1)"));
            q.addBindValue(QLatin1String(r.id));
            q.addBindValue(
                QStringLiteral("2026-11-20T09:%1:00Z").arg(minute++, 2, 10, QLatin1Char('0')));
            q.addBindValue(QLatin1String(r.recording));
            q.addBindValue(QLatin1String(r.state));
            q.addBindValue(r.completed ? QVariant(completion) : QVariant());
            QVERIFY(q.exec());
            q.prepare(QStringLiteral(
                "INSERT INTO attempt_events (attempt_id, position, json) VALUES (?, 0, '{}')"));
            q.addBindValue(QLatin1String(r.id));
            QVERIFY(q.exec());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestLocalStore::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int v = 0; v < LocalStore::latestVersion(); ++v)
        QTest::addRow("from %d", v) << v;
}

void TestLocalStore::migratesFromEveryEarlierVersion()
{
    QFETCH(int, version);
    writeOldStore(version);
    LocalStore store;
    QString error;
    {
        const vt::Result<void> opened = store.open(path());
        QVERIFY2(opened, qPrintable(opened.error()));
    }
    QCOMPARE(store.version(), LocalStore::latestVersion());

    // Nothing lost: every attempt and its events are still there.
    AttemptJournal journal(store);
    const QList<AttemptJournal::Entry> entries = journal.entries();
    QCOMPARE(entries.size(), 4);
    for (const AttemptJournal::Entry& e : entries)
        QCOMPARE(e.events, 1);
    QCOMPARE(
        journal.entry(QStringLiteral("a-in-progress"))->state, AttemptJournal::State::InProgress);
    QCOMPARE(journal.entry(QStringLiteral("d-synced"))->state, AttemptJournal::State::Synced);
    QCOMPARE(journal.entry(QStringLiteral("b-saved"))->completion.value(QStringLiteral("score")),
        QJsonValue(80));

    // What version 1 had saved but not synced is queued: each completion, then its recording.
    const QList<OutboxItem> items = Outbox(store).items();
    if (version <= 1) {
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).attemptId, QStringLiteral("b-saved"));
        QCOMPARE(items.at(0).kind, OutboxItem::Kind::Completion);
        QCOMPARE(items.at(0).path, QStringLiteral("/api/v1/attempts/b-saved"));
        QCOMPARE(items.at(0).idempotencyKey, QStringLiteral("b-saved"));
        QCOMPARE(items.at(0).body, QByteArray("{\"score\":80,\"interrupted\":false}"));
        QCOMPARE(items.at(1).kind, OutboxItem::Kind::Recording);
        QCOMPARE(items.at(1).filePath, QStringLiteral("/rec/b.opus"));
        QCOMPARE(items.at(1).idempotencyKey, QStringLiteral("b-saved/recording"));
        QCOMPARE(items.at(2).attemptId, QStringLiteral("c-failed"));
        QCOMPARE(items.at(2).kind, OutboxItem::Kind::Completion);
        QCOMPARE(journal.entry(QStringLiteral("c-failed"))->state, AttemptJournal::State::Saved);
        // Their platform was not recorded; the first one to sync adopts them.
        QVERIFY(Outbox(store).adopt(QStringLiteral("local")));
        QVERIFY(Outbox(store).next(QStringLiteral("local")));
        QCOMPARE(journal.entry(QStringLiteral("b-saved"))->platform, QStringLiteral("local"));
    } else {
        QVERIFY(items.isEmpty());
    }
    // Opening again changes nothing.
    LocalStore again;
    {
        const vt::Result<void> opened = again.open(path());
        QVERIFY2(opened, qPrintable(opened.error()));
    }
    QCOMPARE(Outbox(again).items().size(), version <= 1 ? 3 : 0);
}

void TestLocalStore::refusesANewerSchema()
{
    {
        LocalStore store;
        QString error;
        {
            const vt::Result<void> opened = store.open(path());
            QVERIFY2(opened, qPrintable(opened.error()));
        }
        QVERIFY(store.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    LocalStore store;
    const vt::Result<void> opened = store.open(path());
    QVERIFY(!opened);
    const QString error = opened.error();
    QVERIFY2(error.contains(QStringLiteral("newer")) && error.contains(path()), qPrintable(error));
}

void TestLocalStore::refusesAFileThatIsNotADatabase()
{
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    LocalStore store;
    const vt::Result<void> opened = store.open(path());
    QVERIFY(!opened);
    QVERIFY2(opened.error().contains(path()), qPrintable(opened.error()));
    QVERIFY(!store.isOpen());
    // The file is left as it was, for whoever wants to look at it.
    QCOMPARE(QFileInfo(path()).size(), 8192);
}

void TestLocalStore::saveQueuesTheAttemptInOneCommit()
{
    LocalStore store;
    QString error;
    {
        const vt::Result<void> opened = store.open(path());
        QVERIFY2(opened, qPrintable(opened.error()));
    }
    AttemptJournal journal(store);
    const QString recording = m_dir->filePath(QStringLiteral("call.opus"));
    QFile file(recording);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("OggS");
    file.close();
    QVERIFY(journal.begin(QStringLiteral("att-1"), QStringLiteral("https://platform.example"),
        QStringLiteral("s1"), QStringLiteral("2026-11-21T10:00:00Z"), recording));
    QVERIFY(journal.begin(QStringLiteral("att-2"), QStringLiteral("https://platform.example"),
        QStringLiteral("s1"), QStringLiteral("2026-11-21T10:05:00Z"),
        m_dir->filePath(QStringLiteral("never-written.opus"))));
    QVERIFY(Outbox(store).items().isEmpty()); // nothing to send while the call runs

    const QJsonObject completion{
        {QStringLiteral("score"), 71.5}, {QStringLiteral("ended_by"), QStringLiteral("rep")}};
    QVERIFY(journal.save(QStringLiteral("att-1"), completion));
    QVERIFY(journal.save(QStringLiteral("att-2"), completion));
    QVERIFY(!journal.save(QStringLiteral("no-such-attempt"), completion));

    const QList<OutboxItem> items = Outbox(store).items();
    QCOMPARE(items.size(), 3); // att-2 has no recording file
    QCOMPARE(items.at(0).method, QByteArray("PUT"));
    QCOMPARE(items.at(0).platform, QStringLiteral("https://platform.example"));
    QCOMPARE(QJsonDocument::fromJson(items.at(0).body).object(), completion);
    QCOMPARE(items.at(0).contentType, QByteArray("application/json"));
    QCOMPARE(items.at(1).kind, OutboxItem::Kind::Recording);
    QCOMPARE(items.at(1).filePath, recording);
    QCOMPARE(items.at(1).contentType, QByteArray("audio/ogg"));
    QVERIFY(items.at(1).body.isEmpty());
    QCOMPARE(items.at(2).attemptId, QStringLiteral("att-2"));
    QCOMPARE(journal.entry(QStringLiteral("att-1"))->state, AttemptJournal::State::Saved);
    QCOMPARE(journal.entry(QStringLiteral("att-1"))->completion, completion);

    // A failing commit leaves neither the attempt's new state nor its entries behind.
    QVERIFY(store.exec(QStringLiteral("CREATE TRIGGER no_more BEFORE INSERT ON outbox BEGIN "
                                      "SELECT RAISE(ABORT, 'disk full'); END")));
    QVERIFY(journal.begin(QStringLiteral("att-3"), QStringLiteral("https://platform.example"),
        QStringLiteral("s1"), QStringLiteral("2026-11-21T10:10:00Z"), {}));
    QVERIFY(!journal.save(QStringLiteral("att-3"), completion));
    QVERIFY2(
        journal.lastError().contains(QStringLiteral("disk full")), qPrintable(journal.lastError()));
    QCOMPARE(journal.entry(QStringLiteral("att-3"))->state, AttemptJournal::State::InProgress);
    QVERIFY(journal.entry(QStringLiteral("att-3"))->completion.isEmpty());
    QCOMPARE(Outbox(store).items().size(), 3);
}

void TestLocalStore::outboxKeepsOrderAndStates()
{
    LocalStore store;
    QString error;
    {
        const vt::Result<void> opened = store.open(path());
        QVERIFY2(opened, qPrintable(opened.error()));
    }
    Outbox outbox(store);
    const QString p = QStringLiteral("local");
    for (const char* id : {"x", "y", "z"}) {
        OutboxItem item;
        item.platform = p;
        item.attemptId = QLatin1String(id);
        item.method = "PUT";
        item.path = QStringLiteral("/api/v1/attempts/") + item.attemptId;
        item.contentType = "application/json";
        item.body = "{}";
        item.idempotencyKey = item.attemptId;
        QVERIFY(outbox.enqueue(item));
    }
    OutboxItem elsewhere = outbox.items().first();
    elsewhere.platform = QStringLiteral("https://other.example");
    elsewhere.attemptId = QStringLiteral("w");
    QVERIFY(outbox.enqueue(elsewhere));

    QCOMPARE(outbox.next(p)->attemptId, QStringLiteral("x"));
    QCOMPARE(outbox.next(elsewhere.platform)->attemptId, QStringLiteral("w"));
    const qint64 x = outbox.next(p)->seq;
    // A postponed head stays the head (the queue is drained in order) and counts its tries.
    QVERIFY(outbox.postpone(x, 503, QStringLiteral("busy"), 5000));
    QVERIFY(outbox.postpone(x, 0, QStringLiteral("offline"), 9000));
    std::optional<OutboxItem> head = outbox.next(p);
    QCOMPARE(head->seq, x);
    QCOMPARE(head->tries, 2);
    QCOMPARE(head->nextTryAt, 9000);
    QCOMPARE(head->lastStatus, 0);
    QCOMPARE(head->lastError, QStringLiteral("offline"));
    QVERIFY(outbox.makeDue(p));
    QCOMPARE(outbox.next(p)->nextTryAt, 0);
    QCOMPARE(outbox.item(x)->tries, 2);
    // Needing attention takes it out of the queue, not out of the store.
    QVERIFY(outbox.setNeedsAttention(x, 422, QStringLiteral("score: not a number")));
    QCOMPARE(outbox.next(p)->attemptId, QStringLiteral("y"));
    QCOMPARE(outbox.item(x)->state, OutboxItem::State::NeedsAttention);
    QCOMPARE(outbox.remaining(QStringLiteral("x")), 1);
    QVERIFY(outbox.acknowledge(outbox.next(p)->seq));
    QCOMPARE(outbox.remaining(QStringLiteral("y")), 0);
    QCOMPARE(outbox.next(p)->attemptId, QStringLiteral("z"));
    // The user retries it: pending again, first in line, tries reset.
    QVERIFY(outbox.retry(QStringLiteral("x")));
    head = outbox.next(p);
    QCOMPARE(head->attemptId, QStringLiteral("x"));
    QCOMPARE(head->tries, 0);
}

void TestLocalStore::eventsAreKeptInArrivalOrder()
{
    LocalStore store;
    QString error;
    {
        const vt::Result<void> opened = store.open(path());
        QVERIFY2(opened, qPrintable(opened.error()));
    }
    AttemptJournal journal(store);
    QVERIFY(journal.begin(QStringLiteral("e1"), QStringLiteral("local"), QStringLiteral("s1"),
        QStringLiteral("2026-11-21T10:00:00Z"), {}));
    for (int i = 0; i < 20; ++i)
        QVERIFY(journal.appendEvent(QStringLiteral("e1"), QByteArray::number(i)));
    const QList<QByteArray> events = journal.events(QStringLiteral("e1"));
    QCOMPARE(events.size(), 20);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(events.at(i), QByteArray::number(i));
    QCOMPARE(journal.entry(QStringLiteral("e1"))->events, 20);
    // An event for an attempt that was never begun is refused (foreign key).
    QVERIFY(!journal.appendEvent(QStringLiteral("nobody"), "{}"));
}

QTEST_GUILESS_MAIN(TestLocalStore)
#include "TestLocalStore.moc"
