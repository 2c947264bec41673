#include "AttemptJournal.h"

#include "NetLog.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace vt::net {
namespace {

const char* const stateNames[] = {"in_progress", "saved", "synced", "failed"};

AttemptJournal::State stateOf(const QString& name)
{
    for (int i = 0; i < 4; ++i) {
        if (name == QLatin1String(stateNames[i]))
            return AttemptJournal::State(i);
    }
    return AttemptJournal::State::InProgress;
}

} // namespace

AttemptJournal::~AttemptJournal()
{
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString AttemptJournal::stateName(State state)
{
    return QLatin1String(stateNames[int(state)]);
}

bool AttemptJournal::open(const QString& path, QString* error)
{
    m_connection = QStringLiteral("vt-journal-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = QStringLiteral("the attempt journal %1 cannot be opened: %2")
                     .arg(path, db.lastError().text());
        return false;
    }
    const QStringList setup{QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS attempts (id TEXT PRIMARY KEY, scenario_id "
                       "TEXT NOT NULL, started_at TEXT NOT NULL, recording_path TEXT, state TEXT "
                       "NOT NULL, completion TEXT, last_error TEXT, updated_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS attempt_events (attempt_id TEXT NOT NULL "
                       "REFERENCES attempts (id), position INTEGER NOT NULL, json TEXT NOT NULL, "
                       "PRIMARY KEY (attempt_id, position))")};
    for (const QString& sql : setup) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *error = QStringLiteral("the attempt journal %1 cannot be set up: %2")
                         .arg(path, q.lastError().text());
            return false;
        }
    }
    return true;
}

bool AttemptJournal::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = q.lastError().text();
        qCWarning(lcNet, "attempt journal: %s", qPrintable(m_error));
        return false;
    }
    m_error.clear();
    return true;
}

void AttemptJournal::begin(const QString& attemptId, const QString& scenarioId,
    const QString& startedAt, const QString& recordingPath)
{
    exec(QStringLiteral("INSERT OR IGNORE INTO attempts (id, scenario_id, started_at, "
                        "recording_path, state, updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {attemptId, scenarioId, startedAt, recordingPath, stateName(State::InProgress),
            QDateTime::currentMSecsSinceEpoch()});
}

void AttemptJournal::appendEvent(const QString& attemptId, const QByteArray& json)
{
    exec(QStringLiteral("INSERT INTO attempt_events (attempt_id, position, json) VALUES (?, "
                        "(SELECT COUNT(*) FROM attempt_events WHERE attempt_id = ?), ?)"),
        {attemptId, attemptId, QString::fromUtf8(json)});
}

void AttemptJournal::save(const QString& attemptId, const QJsonObject& completion, State state)
{
    exec(QStringLiteral(
             "UPDATE attempts SET completion = ?, state = ?, updated_at = ? WHERE id = ?"),
        {QString::fromUtf8(QJsonDocument(completion).toJson(QJsonDocument::Compact)),
            stateName(state), QDateTime::currentMSecsSinceEpoch(), attemptId});
}

void AttemptJournal::setState(const QString& attemptId, State state, const QString& error)
{
    exec(QStringLiteral(
             "UPDATE attempts SET state = ?, last_error = ?, updated_at = ? WHERE id = ?"),
        {stateName(state), error.isEmpty() ? QVariant() : QVariant(error),
            QDateTime::currentMSecsSinceEpoch(), attemptId});
}

std::optional<AttemptJournal::Entry> AttemptJournal::entry(const QString& attemptId) const
{
    for (const Entry& e : entries()) {
        if (e.attemptId == attemptId)
            return e;
    }
    return std::nullopt;
}

QList<AttemptJournal::Entry> AttemptJournal::entries() const
{
    QList<Entry> list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral(
            "SELECT a.id, a.scenario_id, a.started_at, a.recording_path, a.state, a.completion, "
            "a.last_error, (SELECT COUNT(*) FROM attempt_events e WHERE e.attempt_id = a.id) "
            "FROM attempts a ORDER BY a.started_at")))
        return list;
    while (q.next()) {
        Entry e;
        e.attemptId = q.value(0).toString();
        e.scenarioId = q.value(1).toString();
        e.startedAt = q.value(2).toString();
        e.recordingPath = q.value(3).toString();
        e.state = stateOf(q.value(4).toString());
        e.completion = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        e.lastError = q.value(6).toString();
        e.events = q.value(7).toInt();
        list.append(e);
    }
    return list;
}

} // namespace vt::net
