#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>

class QSqlQuery;

namespace vt::net {

// The app's own SQLite database (DESIGN.md: data that must never be lost): the attempt journal,
// the outbox and the platform cache share it, so an attempt and its outbox entries are
// committed together. WAL mode; synchronous=FULL, so every commit is on disk before it
// returns. The schema is migrated in numbered steps (PRAGMA user_version), each in its own
// transaction, from whatever version the file was left at.
//
// One connection per LocalStore, used on the thread that opened it. Another process (the CLI
// while the app runs) may share the file: SQLite serialises writers, and a busy database is
// waited for up to busyTimeoutMs.
class LocalStore final {
public:
    static constexpr int busyTimeoutMs = 5000;

    LocalStore() = default;
    ~LocalStore();
    LocalStore(const LocalStore&) = delete;
    LocalStore& operator=(const LocalStore&) = delete;

    // Opens (creating) and migrates the database, or says why it cannot.
    Result<void> open(const QString& path);
    bool isOpen() const { return !m_connection.isEmpty(); }
    QSqlDatabase database() const;
    QString path() const { return m_path; }

    // The schema version this build writes, and the one the file is at.
    static int latestVersion();
    int version() const;

    // Runs `work` in one transaction; commits when it returns true, rolls back otherwise.
    bool transaction(const std::function<bool()>& work);
    // Runs one statement with positional values; false (and lastError()) when it fails.
    bool exec(const QString& sql, const QVariantList& values = {});
    // Prepares and runs a query whose rows the caller reads; false (and lastError()) on failure.
    bool select(QSqlQuery& query, const QString& sql, const QVariantList& values = {});
    // The last error of a statement; empty when the last one went well.
    QString lastError() const { return m_error; }

    // Migrates an open database to `version` (tests build every earlier version with this).
    static bool migrate(QSqlDatabase db, int version, QString* error);

private:
    QString m_connection;
    QString m_path;
    QString m_error;
};

} // namespace vt::net
