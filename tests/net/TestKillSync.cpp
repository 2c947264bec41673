// No attempt is ever lost, and none is recorded twice: a client making and syncing attempts
// (vt_sync_child, the real journal, outbox and sync engine) is SIGKILLed at random points 200
// times; after a final clean sync the platform's completed attempts are exactly the ones the
// client saved, each once.
#include "DemoPlatform.h"
#include "VtTestConfig.h"

#include "LocalStore.h"
#include "Outbox.h"

#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString who = QStringLiteral("sam.patel");
constexpr int kills = 200;

} // namespace

class TestKillSync final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void killedAtRandomPointsLosesNothing();

private:
    QStringList childArguments(int count);
    QSet<QString> completedOnThePlatform();

    vt::test::DemoPlatform m_demo;
    QTemporaryDir m_dir;
    QString m_scenarioId;
    int m_duplicates = 0;
};

QStringList TestKillSync::childArguments(int count)
{
    return {QStringLiteral("--server"), m_demo.server().baseUrl(), QStringLiteral("--token"),
        m_demo.token(who), QStringLiteral("--store"),
        m_dir.filePath(QStringLiteral("journal.sqlite")), QStringLiteral("--scenario"),
        m_scenarioId, QStringLiteral("--count"), QString::number(count)};
}

QSet<QString> TestKillSync::completedOnThePlatform()
{
    QSet<QString> ids;
    QString cursor;
    do {
        QString path = QStringLiteral("/api/v1/attempts?user=me&limit=200");
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + cursor;
        const QJsonObject page = m_demo.api().get(path, m_demo.token(who)).json();
        for (const QJsonValue& v : page.value(QStringLiteral("items")).toArray()) {
            const QJsonObject a = v.toObject();
            if (a.value(QStringLiteral("status")).toString() != QLatin1String("completed"))
                continue;
            const QString id = a.value(QStringLiteral("id")).toString();
            if (ids.contains(id))
                ++m_duplicates;
            ids.insert(id);
        }
        cursor = page.value(QStringLiteral("next_cursor")).toString();
    } while (!cursor.isEmpty());
    return ids;
}

void TestKillSync::killedAtRandomPointsLosesNothing()
{
    QString error;
    QVERIFY2(m_demo.start(&error), qPrintable(error));
    m_scenarioId = m_demo.scenarioId(who, QStringLiteral("Rate"));
    QVERIFY(!m_scenarioId.isEmpty());
    const QSet<QString> before = completedOnThePlatform();

    // The seed is printed so that a failing run can be repeated.
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("kill points drawn with seed %u", seed);
    QRandomGenerator random(seed);
    QSet<QString> acknowledged;
    for (int i = 0; i < kills; ++i) {
        QProcess child;
        child.setProgram(QStringLiteral(VT_SYNC_CHILD_PATH));
        child.setArguments(childArguments(3));
        child.start();
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QByteArray out;
        QDeadlineTimer ready(30000);
        while (
            !out.contains("ready\n") && !ready.hasExpired() && child.state() == QProcess::Running) {
            child.waitForReadyRead(50);
            out += child.readAllStandardOutput();
        }
        // Somewhere in making, committing and sending up to three attempts.
        QTest::qWait(int(random.bounded(0, 250)));
        child.kill();
        child.waitForFinished(10000);
        out += child.readAllStandardOutput();
        for (const QByteArray& line : out.split('\n')) {
            if (line.startsWith("saved "))
                acknowledged.insert(QString::fromLatin1(line.mid(6)));
        }
    }
    QVERIFY2(acknowledged.size() > kills / 4,
        qPrintable(QStringLiteral("only %1 attempts saved in %2 runs")
                       .arg(acknowledged.size())
                       .arg(kills)));

    // The final, clean sync.
    QProcess last;
    last.start(QStringLiteral(VT_SYNC_CHILD_PATH), childArguments(0));
    QVERIFY(last.waitForFinished(120000));
    QVERIFY2(last.exitCode() == 0, last.readAllStandardError().constData());

    // What the client's store holds as saved is what it acknowledged, and maybe a few more
    // (killed between the commit and the line on stdout).
    QSet<QString> saved;
    {
        vt::net::LocalStore store;
        {
            const vt::Result<void> opened
                = store.open(m_dir.filePath(QStringLiteral("journal.sqlite")));
            QVERIFY2(opened, qPrintable(opened.error()));
        }
        QSqlQuery q;
        QVERIFY(store.select(
            q, QStringLiteral("SELECT id FROM attempts WHERE completion IS NOT NULL")));
        while (q.next())
            saved.insert(q.value(0).toString());
        QVERIFY(vt::net::Outbox(store).items().isEmpty());
        QVERIFY(store.select(q,
            QStringLiteral("SELECT COUNT(*) FROM attempts WHERE completion "
                           "IS NOT NULL AND state <> 'synced'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    QVERIFY(saved.contains(acknowledged));
    QVERIFY2(saved.size() - acknowledged.size() <= kills,
        qPrintable(QStringLiteral("%1 saved, %2 acknowledged")
                       .arg(saved.size())
                       .arg(acknowledged.size())));

    const QSet<QString> completed = completedOnThePlatform() - before;
    QCOMPARE(m_duplicates, 0);
    QCOMPARE(completed.size(), saved.size());
    QCOMPARE(completed, saved);
    qInfo("%lld attempts saved (%lld acknowledged on stdout), all on the platform once",
        qint64(saved.size()), qint64(acknowledged.size()));
}

QTEST_GUILESS_MAIN(TestKillSync)
#include "TestKillSync.moc"
