#pragma once

#include "Result.h"

#include "DatabaseUrl.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>
#include <unordered_map>

namespace vt::server {

// The platform's one database connection (all requests run on the server's thread). SQLite
// runs in WAL mode with synchronous=FULL (an acknowledged write survives a power cut) and
// foreign keys on; PostgreSQL is reached with a connect timeout.
class Database final {
public:
    static Result<std::unique_ptr<Database>> open(const DatabaseUrl& url);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QSqlDatabase& connection() const { return m_db; }
    DatabaseUrl::Kind kind() const { return m_url.kind; }
    const DatabaseUrl& url() const { return m_url; }
    // The database answers (readiness).
    bool ping() const;

    // Prepared statements kept for reuse, by SQL text: a request's statements are parsed and
    // planned once per process, not once per request (on PostgreSQL that also saves the
    // PREPARE and DEALLOCATE round trips). Sql checks one out while it runs, so a statement
    // used again while it is open gets a fresh one. Schema changes forget them all.
    std::optional<QSqlQuery> takeStatement(const QString& sql);
    void keepStatement(const QString& sql, QSqlQuery&& query);
    void forgetStatements() { m_statements.clear(); }

private:
    explicit Database(DatabaseUrl url);

    static constexpr std::size_t maxStatements = 256;
    DatabaseUrl m_url;
    QString m_name; // the QSqlDatabase connection name, unique per instance
    QSqlDatabase m_db;
    std::unordered_map<QString, QSqlQuery> m_statements;
};

} // namespace vt::server
