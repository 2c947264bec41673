#pragma once

#include "Database.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <stdexcept>

namespace vt::server {

// The storage failed (the disk, the database server): a fault of the platform, never of the
// client's input. The API turns it into a 500 with the request id and logs the cause.
class StorageError final : public std::runtime_error {
public:
    explicit StorageError(const QString& what)
        : std::runtime_error(what.toStdString())
    {
    }
};

// One SQL statement with positional (?) parameters, run on the platform's connection. Runs
// on exec(); throws StorageError when the database fails. The same SQL runs on SQLite and
// PostgreSQL (docs/architecture.md: types and functions both accept).
class Sql final {
public:
    // Reuses the database's prepared statement for this SQL when there is one, and gives it
    // back when done (Database::takeStatement).
    Sql(Database& db, const QString& statement);
    ~Sql();
    Sql(const Sql&) = delete;
    Sql& operator=(const Sql&) = delete;
    // A statement without parameters run as it is, not prepared: schema changes (PostgreSQL
    // cannot prepare DDL). Forgets the prepared statements, whose plans it may invalidate.
    static void execDirect(Database& db, const QString& statement);

    Sql& bind(const QVariant& value);
    Sql& bind(const QString& value) { return bind(QVariant(value)); }
    Sql& bind(const char* value) { return bind(QVariant(QString::fromUtf8(value))); }
    Sql& bind(qint64 value) { return bind(QVariant(value)); }
    Sql& bind(int value) { return bind(QVariant(qint64(value))); }
    Sql& bind(double value) { return bind(QVariant(value)); }
    Sql& bind(bool value) { return bind(QVariant(qint64(value ? 1 : 0))); }
    // NULL when absent.
    template <typename T> Sql& bindOptional(const std::optional<T>& value)
    {
        return value ? bind(*value) : bind(QVariant());
    }

    Sql& exec();
    bool next() { return m_query.next(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    QString text(int column) const { return m_query.value(column).toString(); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    double real(int column) const { return m_query.value(column).toDouble(); }
    bool flag(int column) const { return m_query.value(column).toLongLong() != 0; }
    bool isNull(int column) const { return m_query.value(column).isNull(); }
    std::optional<qint64> optionalInteger(int column) const;
    std::optional<double> optionalReal(int column) const;

private:
    Database& m_db;
    QString m_statement;
    bool m_reused = false; // before m_query: its initialiser sets it
    QSqlQuery m_query;
    int m_bound = 0;
    bool m_failed = false;
};

// A transaction that rolls back unless committed.
class Transaction final {
public:
    explicit Transaction(const Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

} // namespace vt::server
