#pragma once

#include "Database.h"

#include <QList>
#include <QString>

namespace vt::server {

// The schema's numbered migrations (server/migrations/NNNN_name.sql, compiled in), applied
// in order at start-up, each in its own transaction, each once: schema_migrations records
// them. The same files serve SQLite and PostgreSQL.
class Migrations final {
public:
    struct Step {
        int version = 0;
        QString name;
        QString sql;
    };
    static QList<Step> all();
    // Applies what is missing; returns the versions applied. Throws StorageError.
    static QList<int> apply(Database& db);
    // The newest applied version, 0 for an empty database.
    static int currentVersion(Database& db);
};

} // namespace vt::server
