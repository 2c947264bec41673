#include "Database.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace vt::server {
namespace {

QAtomicInteger<int> connectionCounter;

} // namespace

Database::Database(DatabaseUrl url)
    : m_url(std::move(url))
    , m_name(QStringLiteral("vt-platform-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseUrl& url)
{
    std::unique_ptr<Database> db(new Database(url));
    if (url.kind == DatabaseUrl::Kind::Sqlite) {
        const QFileInfo file(url.path);
        if (!QDir().mkpath(file.absolutePath())) {
            return failure(QStringLiteral("cannot create the folder %1").arg(file.absolutePath()));
        }
        db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_name);
        db->m_db.setDatabaseName(file.absoluteFilePath());
        db->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            return failure(QStringLiteral("Qt's PostgreSQL driver (QPSQL) is not installed"));
        }
        db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_name);
        db->m_db.setHostName(url.host);
        db->m_db.setPort(url.port);
        db->m_db.setUserName(url.user);
        db->m_db.setPassword(url.password);
        db->m_db.setDatabaseName(url.database);
        db->m_db.setConnectOptions(url.options);
    }
    if (!db->m_db.open()) {
        return failure(
            QStringLiteral("cannot open %1: %2").arg(url.redacted(), db->m_db.lastError().text()));
    }
    QSqlQuery setup(db->m_db);
    const QStringList statements = url.kind == DatabaseUrl::Kind::Sqlite
        ? QStringList{QStringLiteral("PRAGMA journal_mode=WAL"),
            QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA foreign_keys=ON"),
            // Reads served from memory, not a read() per page: 32 MiB of cache, 256 MiB mapped.
            QStringLiteral("PRAGMA cache_size=-32768"),
            QStringLiteral("PRAGMA mmap_size=268435456")}
        : QStringList{QStringLiteral("SET client_min_messages TO WARNING"),
            QStringLiteral("SET TIME ZONE 'UTC'")};
    for (const QString& statement : statements) {
        if (!setup.exec(statement)) {
            return failure(QStringLiteral("cannot configure %1: %2")
                               .arg(url.redacted(), setup.lastError().text()));
        }
    }
    return db;
}

bool Database::ping() const
{
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT 1")) && query.next();
}

std::optional<QSqlQuery> Database::takeStatement(const QString& sql)
{
    const auto it = m_statements.find(sql);
    if (it == m_statements.end())
        return std::nullopt;
    std::optional<QSqlQuery> query(std::move(it->second));
    m_statements.erase(it);
    return query;
}

void Database::keepStatement(const QString& sql, QSqlQuery&& query)
{
    if (m_statements.size() < maxStatements && !m_statements.contains(sql))
        m_statements.emplace(sql, std::move(query));
}

} // namespace vt::server
