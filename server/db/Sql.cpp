#include "Sql.h"

#include <QSqlError>

namespace vt::server {

Sql::Sql(const QSqlDatabase& db, const QString& statement)
    : m_query(db)
    , m_statement(statement)
{
    m_query.setForwardOnly(true);
    if (!m_query.prepare(statement))
        throw StorageError(QStringLiteral("cannot prepare \"%1\": %2")
                               .arg(statement.simplified().left(80), m_query.lastError().text()));
}

void Sql::execDirect(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
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
    if (!m_query.exec())
        throw StorageError(QStringLiteral("\"%1\" failed: %2")
                               .arg(m_statement.simplified().left(80), m_query.lastError().text()));
    return *this;
}

std::optional<QString> Sql::optionalText(int column) const
{
    const QVariant v = m_query.value(column);
    return v.isNull() ? std::nullopt : std::optional<QString>(v.toString());
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

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
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
