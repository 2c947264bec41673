#include "TestDatabase.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

namespace vt::test {
namespace {

// Runs one statement on the cluster's maintenance database.
bool onCluster(const QString& statement, QString* error)
{
    const QUrl url(qEnvironmentVariable("VT_TEST_PG_URL"));
    const QString name
        = QStringLiteral("vt-test-cluster-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QUrlQuery(url).queryItemValue(QStringLiteral("host")));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            if (error)
                *error = QStringLiteral("cannot reach PostgreSQL at %1: %2")
                             .arg(url.toString(), db.lastError().text());
        } else {
            QSqlQuery q(db);
            ok = q.exec(statement);
            if (!ok && error)
                *error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

TestDatabase::TestDatabase()
    : m_kind(kindForRun())
{
}

TestDatabase::~TestDatabase()
{
    drop();
}

QString TestDatabase::kindForRun()
{
    const QString kind = qEnvironmentVariable("VT_TEST_DB");
    return kind.isEmpty() ? QStringLiteral("sqlite") : kind;
}

bool TestDatabase::create(QString* error)
{
    if (m_kind != QLatin1String("postgres")) {
        m_sqlitePath = m_dir.filePath(
            QStringLiteral("platform-%1.sqlite").arg(QUuid::createUuid().toString(QUuid::Id128)));
        m_url = QStringLiteral("sqlite:") + m_sqlitePath;
        return true;
    }
    const QString pgUrl = qEnvironmentVariable("VT_TEST_PG_URL");
    if (pgUrl.isEmpty()) {
        *error = QStringLiteral(
            "VT_TEST_DB=postgres needs VT_TEST_PG_URL (the postgres fixture sets it)");
        return false;
    }
    m_pgName = QStringLiteral("vt_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    if (!onCluster(QStringLiteral("CREATE DATABASE %1").arg(m_pgName), error)) {
        m_pgName.clear();
        return false;
    }
    const QUrl u(pgUrl);
    m_url = QStringLiteral("postgres://%1@/%2?host=%3")
                .arg(u.userName(), m_pgName, QUrlQuery(u).queryItemValue(QStringLiteral("host")));
    return true;
}

void TestDatabase::drop()
{
    m_url.clear();
    if (!m_sqlitePath.isEmpty()) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(m_sqlitePath + suffix);
        m_sqlitePath.clear();
    }
    if (m_pgName.isEmpty())
        return;
    onCluster(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName), nullptr);
    m_pgName.clear();
}

} // namespace vt::test
