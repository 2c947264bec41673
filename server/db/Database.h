#pragma once

#include "DatabaseUrl.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace vt::server {

// The platform's one database connection (all requests run on the server's thread). SQLite
// runs in WAL mode with synchronous=FULL (an acknowledged write survives a power cut) and
// foreign keys on; PostgreSQL is reached with a connect timeout.
class Database final {
public:
    static std::unique_ptr<Database> open(const DatabaseUrl& url, QString* error);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    const QSqlDatabase& connection() const { return m_db; }
    DatabaseUrl::Kind kind() const { return m_url.kind; }
    const DatabaseUrl& url() const { return m_url; }
    // The database answers (readiness).
    bool ping() const;

private:
    explicit Database(DatabaseUrl url);

    DatabaseUrl m_url;
    QString m_name; // the QSqlDatabase connection name, unique per instance
    QSqlDatabase m_db;
};

} // namespace vt::server
