// The schema's migrations on a real, empty database (SQLite and PostgreSQL): applied once, in
// order, recorded; again they do nothing; the tables answer the queries the stores make.
#include "TestDatabase.h"
#include "db/Migrations.h"
#include "db/Sql.h"

#include <QSqlQuery>
#include <QTest>

using namespace vt::server;

class TestMigrations final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void appliesOnceInOrder();
};

void TestMigrations::appliesOnceInOrder()
{
    vt::test::TestDatabase testDb;
    QString error;
    QVERIFY2(testDb.create(&error), qPrintable(error));
    vt::Result<std::unique_ptr<Database>> opened
        = Database::open(*DatabaseUrl::parse(testDb.url()));
    QVERIFY2(opened, qPrintable(opened.error()));
    std::unique_ptr<Database> db = std::move(*opened);
    QCOMPARE(Migrations::currentVersion(*db), 0);
    const QList<Migrations::Step> steps = Migrations::all();
    QVERIFY(!steps.isEmpty());
    for (qsizetype i = 0; i < steps.size(); ++i)
        QCOMPARE(steps[i].version, int(i) + 1);
    QCOMPARE(Migrations::apply(*db).size(), steps.size());
    QCOMPARE(Migrations::currentVersion(*db), steps.last().version);
    QVERIFY(Migrations::apply(*db).isEmpty());
    // The constraints hold on both databases: an assignment is of one scenario or one track.
    Sql(*db, QStringLiteral("INSERT INTO orgs (id, name, created_at) VALUES ('o', 'O', 0)")).exec();
    Sql(*db,
        QStringLiteral("INSERT INTO users (id, org_id, email, display_name, role, password_hash, "
                       "created_at) VALUES ('u', 'o', 'e', 'n', 'admin', 'h', 0)"))
        .exec();
    bool refused = false;
    try {
        Sql(*db,
            QStringLiteral("INSERT INTO assignments (id, org_id, user_id, assigned_by, "
                           "pass_threshold, created_at) VALUES ('a', 'o', 'u', 'u', 70, 0)"))
            .exec();
    } catch (const StorageError&) {
        refused = true;
    }
    QVERIFY(refused);
    try {
        Sql(*db,
            QStringLiteral(
                "INSERT INTO users (id, org_id, email, display_name, role, password_hash, "
                "created_at) VALUES ('u2', 'o', 'e2', 'n', 'boss', 'h', 0)"))
            .exec();
        refused = false;
    } catch (const StorageError&) {
        refused = true;
    }
    QVERIFY(refused);
    QVERIFY(db->ping());
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
