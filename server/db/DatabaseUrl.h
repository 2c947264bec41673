#pragma once

#include "Result.h"

#include <QString>

#include <optional>

namespace vt::server {

// Where the platform's data lives, from --db:
//   sqlite:/path/platform.sqlite (or a plain path)
//   postgres://user:password@host:5432/dbname?sslmode=require
//   postgres://user@/dbname?host=/run/postgresql   (a Unix socket directory)
struct DatabaseUrl {
    enum class Kind { Sqlite, Postgres };
    Kind kind = Kind::Sqlite;
    QString path; // SQLite file
    QString host; // PostgreSQL: host name, or a socket directory
    int port = 5432;
    QString user;
    QString password;
    QString database;
    QString options; // QPSQL connect options: "sslmode=require;connect_timeout=5"

    static Result<DatabaseUrl> parse(const QString& text);
    // For logs: the password replaced by "***".
    QString redacted() const;
};

} // namespace vt::server
