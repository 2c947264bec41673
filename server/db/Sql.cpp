#include "Sql.h"

#include <QSqlError>

namespace vt::server {

namespace {

// The database's kept statement for this SQL, or a new one still to prepare.
QSqlQuery keptOrNew(Database& db, const QString& statement, bool* reused)
{
    if (std::optional<QSqlQuery> kept = db.takeStatement(statement)) {
        *reused = true;
        return std::move(*kept);
    }
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    return query;
}

} // namespace

Sql::Sql(Database& db, const QString& statement)
    : m_db(db)
    , m_statement(statement)
    , m_query(keptOrNew(db, statement, &m_reused))
{
    if (!m_reused && !m_query.prepare(statement)) {
        m_failed = true;
        throw StorageError(QStringLiteral("cannot prepare \"%1\": %2")
                               .arg(statement.simplified().left(80), m_query.lastError().text()));
    }
}

Sql::~Sql()
{
    if (m_failed)
        return;
    m_query.finish(); // ends the read: SQLite's snapshot, the driver's result set
    m_db.keepStatement(m_statement, std::move(m_query));
}

void Sql::execDirect(Database& db, const QString& statement)
{
    db.forgetStatements();
    QSqlQuery query(db.connection());
    if (!query.exec(statement))
        throw StorageError(QStringLiteral("\"%1\" failed: %2")
                               .arg(statement.simplified().left(80), query.lastError().text()));
}

Sql& Sql::bind(const QVariant& value)
{
    m_query.bindValue(m_bound++, value);
    return *this;
}

Sql& Sql::exec()
{
    if (!m_query.exec()) {
        m_failed = true;
        throw StorageError(QStringLiteral("\"%1\" failed: %2")
                               .arg(m_statement.simplified().left(80), m_query.lastError().text()));
    }
    return *this;
}

std::optional<qint64> Sql::optionalInteger(int column) const
{
    const QVariant v = m_query.value(column);
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

std::optional<double> Sql::optionalReal(int column) const
{
    const QVariant v = m_query.value(column);
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

Transaction::Transaction(const Database& db)
    : m_db(db.connection())
{
    if (!m_db.transaction())
        throw StorageError(
            QStringLiteral("cannot begin a transaction: %1").arg(m_db.lastError().text()));
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    if (!m_db.commit())
        throw StorageError(QStringLiteral("cannot commit: %1").arg(m_db.lastError().text()));
    m_done = true;
}

} // namespace vt::server
