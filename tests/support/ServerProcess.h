#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include "TestDatabase.h"

namespace vt::test {

// A real voicetraining-server for a test: its own data folder, the demo seed, an ephemeral
// loopback port, and the database the test run asks for: VT_TEST_DB=sqlite (default) or
// postgres, then a fresh database in the private cluster VT_TEST_PG_URL points at (the
// `postgres` ctest fixture), dropped again on stop().
class ServerProcess final {
public:
    ServerProcess();
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // Starts and waits until it listens; false with `error` when it does not.
    bool start(QString* error, const QStringList& extraArguments = {});
    // SIGKILL (no goodbye: a crash or a power cut), then start() again on the same data
    // folder and database; the port changes.
    bool restart(QString* error, const QStringList& extraArguments = {});
    // SIGTERM, then waits for a graceful exit; returns the exit code (-1 when it had to be
    // killed). A PostgreSQL database is dropped unless `keepDatabase` (for a restart).
    int stop(bool keepDatabase = false);

    QString baseUrl() const { return m_baseUrl; }
    quint16 port() const { return m_port; }
    // Where the voice gateway listens (not what --voice-public-url tells clients).
    quint16 voicePort() const { return m_voicePort; }
    QString dataDir() const { return m_dir.path(); }
    QString databaseKind() const { return m_database.kind(); }
    QString databaseUrl() const { return m_database.url(); }
    // The password the seed gave `email`.
    QString password(const QString& email) const;
    QJsonArray accounts() const { return m_accounts; }
    // Everything the server printed so far.
    QByteArray output();
    // The voice gateway's own record of an attempt's call (gateway_transcript), read from
    // the SQLite database; empty when there is none (or on PostgreSQL).
    QJsonObject gatewayRecord(const QString& attemptId) const;
    // Everything it logged (its standard error) so far.
    QByteArray log();
    QProcess& process() { return m_process; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_output;
    QByteArray m_log;
    TestDatabase m_database;
    QString m_baseUrl;
    quint16 m_port = 0;
    quint16 m_voicePort = 0;
    QJsonArray m_accounts;
};

} // namespace vt::test
