#include "LocalStore.h"

#include "NetLog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <array>
#include <vector>

namespace vt::net {
namespace {

// The numbered migrations: step n takes the schema from version n-1 to n. Never edit a step
// that has shipped; add one. Each runs in one transaction with the user_version bump.
const std::array<std::vector<const char*>, 6> migrations{{
    // 1: the attempt journal. IF NOT EXISTS adopts journals written before the store was
    // versioned (same tables, user_version 0).
    {"CREATE TABLE IF NOT EXISTS attempts (id TEXT PRIMARY KEY, scenario_id TEXT NOT NULL, "
     "started_at TEXT NOT NULL, recording_path TEXT, state TEXT NOT NULL, completion TEXT, "
     "last_error TEXT, updated_at INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS attempt_events (attempt_id TEXT NOT NULL REFERENCES "
        "attempts (id), position INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY "
        "(attempt_id, position))"},
    // 2: the outbox. Attempts saved (or whose upload failed) under version 1 were sent by the
    // call itself; they are queued here so the sync engine finishes the job. Their platform
    // was not recorded: '' is adopted by the first platform that syncs.
    {"CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, platform TEXT NOT NULL, "
     "attempt_id TEXT NOT NULL, kind TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL, "
     "content_type TEXT NOT NULL, body BLOB, file_path TEXT, idempotency_key TEXT NOT NULL, "
     "state TEXT NOT NULL, tries INTEGER NOT NULL DEFAULT 0, next_try_at INTEGER NOT NULL "
     "DEFAULT 0, last_status INTEGER NOT NULL DEFAULT 0, last_error TEXT, created_at INTEGER "
     "NOT NULL)",
        "CREATE INDEX outbox_by_platform ON outbox (platform, state, seq)",
        "ALTER TABLE attempts ADD COLUMN platform TEXT NOT NULL DEFAULT ''",
        "INSERT INTO outbox (platform, attempt_id, kind, method, path, content_type, body, "
        "file_path, idempotency_key, state, created_at) SELECT '', id, kind, 'PUT', path, type, "
        "body, file, key, 'pending', updated_at FROM (SELECT id, started_at, updated_at, 0 AS "
        "n, 'completion' AS kind, '/api/v1/attempts/' || id AS path, 'application/json' AS "
        "type, CAST(completion AS BLOB) AS body, NULL AS file, id AS key FROM attempts WHERE "
        "state IN ('saved', 'failed') AND completion IS NOT NULL UNION ALL SELECT id, "
        "started_at, updated_at, 1, 'recording', '/api/v1/attempts/' || id || '/recording', "
        "'audio/ogg', NULL, recording_path, id || '/recording' FROM attempts WHERE state IN "
        "('saved', 'failed') AND completion IS NOT NULL AND COALESCE(recording_path, '') <> '') "
        "ORDER BY started_at, id, n",
        "UPDATE attempts SET state = 'saved' WHERE state = 'failed'"},
    // 3: how the last syncs with each platform went.
    {"CREATE TABLE sync_state (platform TEXT PRIMARY KEY, last_sync_at INTEGER NOT NULL DEFAULT "
     "0, last_error TEXT, last_error_at INTEGER NOT NULL DEFAULT 0)"},
    // 4: what crash recovery needs to score an interrupted call: the scenario's scoring as
    // it was when the call started, and the app's version.
    {"ALTER TABLE attempts ADD COLUMN scoring TEXT",
        "ALTER TABLE attempts ADD COLUMN client_version TEXT"},
    // 5: who is signed in to each platform (never a token: those live in the OS keychain),
    // and the platform's answers kept for offline viewing with their ETag and sync time.
    {"CREATE TABLE accounts (platform TEXT PRIMARY KEY, url TEXT NOT NULL, email TEXT NOT NULL, "
     "user_id TEXT, display_name TEXT, role TEXT, org_id TEXT, org_name TEXT, team_name TEXT, "
     "signed_in_at INTEGER NOT NULL)",
        "CREATE TABLE api_cache (platform TEXT NOT NULL, resource TEXT NOT NULL, etag TEXT, "
        "body BLOB NOT NULL, synced_at INTEGER NOT NULL, PRIMARY KEY (platform, resource))"},
    // 6: the rep's transcripts for full-text search (SQLite FTS5): one row per utterance,
    // accents and case folded; transcript_docs says which version of each attempt is in it.
    {"CREATE TABLE transcript_docs (platform TEXT NOT NULL, attempt_id TEXT NOT NULL, version "
     "TEXT NOT NULL, scenario_title TEXT NOT NULL, started_at TEXT NOT NULL, PRIMARY KEY "
     "(platform, attempt_id))",
        "CREATE VIRTUAL TABLE transcript_fts USING fts5(text, platform UNINDEXED, attempt_id "
        "UNINDEXED, utterance_id UNINDEXED, speaker UNINDEXED, start_ms UNINDEXED, tokenize = "
        "'unicode61 remove_diacritics 2')"},
}};

bool run(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text();
    return false;
}

int userVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

LocalStore::~LocalStore()
{
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

int LocalStore::latestVersion()
{
    return int(migrations.size());
}

bool LocalStore::migrate(QSqlDatabase db, int version, QString* error)
{
    int current = userVersion(db);
    if (current < 0) {
        *error = db.lastError().text();
        return false;
    }
    if (current > latestVersion()) {
        *error = QStringLiteral("its schema version %1 is newer than this app's (%2); update the "
                                "app")
                     .arg(current)
                     .arg(latestVersion());
        return false;
    }
    for (; current < version; ++current) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        QString why;
        bool ok = true;
        for (const char* sql : migrations.at(std::size_t(current)))
            ok = ok && run(db, QString::fromUtf8(sql), &why);
        ok = ok && run(db, QStringLiteral("PRAGMA user_version = %1").arg(current + 1), &why);
        if (!ok || !db.commit()) {
            db.rollback();
            *error = QStringLiteral("migration %1 failed: %2")
                         .arg(current + 1)
                         .arg(why.isEmpty() ? db.lastError().text() : why);
            return false;
        }
        qCInfo(lcNet, "local store migrated to schema version %d", current + 1);
    }
    return true;
}

Result<void> LocalStore::open(const QString& path)
{
    const QString name = QStringLiteral("vt-store-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    QString why;
    bool ok = db.open();
    if (!ok)
        why = db.lastError().text();
    ok = ok && run(db, QStringLiteral("PRAGMA journal_mode=WAL"), &why)
        && run(db, QStringLiteral("PRAGMA synchronous=FULL"), &why)
        && run(db, QStringLiteral("PRAGMA foreign_keys=ON"), &why)
        && migrate(db, latestVersion(), &why);
    if (!ok) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return failure(QStringLiteral("the local store %1 cannot be opened: %2").arg(path, why));
    }
    m_connection = name;
    m_path = path;
    return {};
}

QSqlDatabase LocalStore::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

int LocalStore::version() const
{
    return userVersion(database());
}

bool LocalStore::transaction(const std::function<bool()>& work)
{
    QSqlDatabase db = database();
    if (!db.transaction()) {
        m_error = db.lastError().text();
        qCWarning(lcNet, "local store: %s", qPrintable(m_error));
        return false;
    }
    if (!work()) {
        const QString why = m_error;
        db.rollback();
        m_error = why;
        return false;
    }
    if (!db.commit()) {
        m_error = db.lastError().text();
        qCWarning(lcNet, "local store: commit failed: %s", qPrintable(m_error));
        db.rollback();
        return false;
    }
    m_error.clear();
    return true;
}

bool LocalStore::select(QSqlQuery& q, const QString& sql, const QVariantList& values)
{
    q = QSqlQuery(database());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        qCWarning(lcNet, "local store: %s", qPrintable(m_error));
        return false;
    }
    m_error.clear();
    return true;
}

bool LocalStore::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery q;
    return select(q, sql, values);
}

} // namespace vt::net
