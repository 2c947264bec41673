#include "AttemptJournal.h"

#include "LocalStore.h"
#include "Outbox.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

#include <array>

namespace vt::net {
namespace {

constexpr std::array<const char*, 6> stateNames{
    "in_progress", "saved", "uploading", "synced", "failed", "needs_attention"};

} // namespace

QString AttemptJournal::stateName(State state)
{
    return QLatin1String(stateNames.at(std::size_t(state)));
}

std::optional<AttemptJournal::State> AttemptJournal::stateOf(const QString& name)
{
    for (std::size_t i = 0; i < stateNames.size(); ++i) {
        if (name == QLatin1String(stateNames.at(i)))
            return State(i);
    }
    return std::nullopt;
}

QString AttemptJournal::lastError() const
{
    return m_store.lastError();
}

bool AttemptJournal::begin(const QString& attemptId, const QString& platform,
    const QString& scenarioId, const QString& startedAt, const QString& recordingPath,
    const QByteArray& scoring, const QString& clientVersion)
{
    return m_store.exec(
        QStringLiteral("INSERT OR IGNORE INTO attempts (id, platform, scenario_id, started_at, "
                       "recording_path, state, updated_at, scoring, client_version) VALUES (?, "
                       "?, ?, ?, ?, ?, ?, ?, ?)"),
        {attemptId, platform, scenarioId, startedAt, recordingPath, stateName(State::InProgress),
            QDateTime::currentMSecsSinceEpoch(),
            scoring.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(scoring)),
            clientVersion.isEmpty() ? QVariant() : QVariant(clientVersion)});
}

namespace {

QString lockPath(const LocalStore& store, const QString& attemptId)
{
    // Attempt ids are UUIDs; anything else is reduced to what a file name may hold.
    QString name = attemptId;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9-]")), QStringLiteral("_"));
    return QFileInfo(store.path()).dir().filePath(QStringLiteral("calls/%1.lock").arg(name));
}

} // namespace

std::unique_ptr<QLockFile> AttemptJournal::claim(const QString& attemptId) const
{
    const QString path = lockPath(m_store, attemptId);
    QDir().mkpath(QFileInfo(path).path());
    auto lock = std::make_unique<QLockFile>(path);
    lock->setStaleLockTime(0); // only a dead owner makes it stale, never its age
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

bool AttemptJournal::isClaimed(const QString& attemptId) const
{
    QLockFile lock(lockPath(m_store, attemptId));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return true;
    lock.unlock();
    return false;
}

bool AttemptJournal::appendEvent(const QString& attemptId, const QByteArray& json)
{
    return m_store.exec(
        QStringLiteral("INSERT INTO attempt_events (attempt_id, position, json) VALUES (?, "
                       "(SELECT COUNT(*) FROM attempt_events WHERE attempt_id = ?), ?)"),
        {attemptId, attemptId, QString::fromUtf8(json)});
}

bool AttemptJournal::save(const QString& attemptId, const QJsonObject& completion)
{
    const std::optional<Entry> attempt = entry(attemptId);
    if (!attempt)
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QByteArray body = QJsonDocument(completion).toJson(QJsonDocument::Compact);
    Outbox outbox(m_store);
    return m_store.transaction([&] {
        OutboxItem put;
        put.platform = attempt->platform;
        put.attemptId = attemptId;
        put.kind = OutboxItem::Kind::Completion;
        put.method = "PUT";
        put.path = QStringLiteral("/api/v1/attempts/") + attemptId;
        put.contentType = "application/json";
        put.body = body;
        put.idempotencyKey = attemptId;
        put.createdAt = now;
        bool ok = m_store.exec(QStringLiteral("UPDATE attempts SET completion = ?, state = ?, "
                                              "last_error = NULL, updated_at = ? WHERE id = ?"),
                      {QString::fromUtf8(body), stateName(State::Saved), now, attemptId})
            && outbox.enqueue(put);
        // The recording goes after the completion; a call too short to record has none.
        if (ok && !attempt->recordingPath.isEmpty()
            && QFileInfo(attempt->recordingPath).size() > 0) {
            OutboxItem recording = put;
            recording.kind = OutboxItem::Kind::Recording;
            recording.path += QStringLiteral("/recording");
            recording.contentType = "audio/ogg";
            recording.body.clear();
            recording.filePath = attempt->recordingPath;
            recording.idempotencyKey = attemptId + QStringLiteral("/recording");
            ok = outbox.enqueue(recording);
        }
        return ok;
    });
}

bool AttemptJournal::setState(const QString& attemptId, State state, const QString& error)
{
    return m_store.exec(
        QStringLiteral(
            "UPDATE attempts SET state = ?, last_error = ?, updated_at = ? WHERE id = ?"),
        {stateName(state), error.isEmpty() ? QVariant() : QVariant(error),
            QDateTime::currentMSecsSinceEpoch(), attemptId});
}

std::optional<AttemptJournal::Entry> AttemptJournal::entry(const QString& attemptId) const
{
    const QList<Entry> found = select(QStringLiteral("a.id = ?"), {attemptId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<AttemptJournal::Entry> AttemptJournal::entries(std::optional<State> only) const
{
    if (only)
        return select(QStringLiteral("a.state = ?"), {stateName(*only)});
    return select(QStringLiteral("1 = 1"), {});
}

QList<AttemptJournal::Entry> AttemptJournal::select(
    const QString& where, const QVariantList& values) const
{
    QList<Entry> list;
    QSqlQuery q;
    const QString sql = QStringLiteral(
        "SELECT a.id, a.platform, a.scenario_id, a.started_at, a.recording_path, a.state, "
        "a.completion, a.last_error, (SELECT COUNT(*) FROM attempt_events e WHERE e.attempt_id "
        "= a.id), (SELECT MIN(o.next_try_at) FROM outbox o WHERE o.attempt_id = a.id AND "
        "o.state = 'pending'), a.scoring, a.client_version FROM attempts a WHERE %1 ORDER BY "
        "a.started_at, a.id")
                            .arg(where);
    if (!m_store.select(q, sql, values))
        return list;
    while (q.next()) {
        Entry e;
        e.attemptId = q.value(0).toString();
        e.platform = q.value(1).toString();
        e.scenarioId = q.value(2).toString();
        e.startedAt = q.value(3).toString();
        e.recordingPath = q.value(4).toString();
        e.state = stateOf(q.value(5).toString()).value_or(State::InProgress);
        e.completion = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        e.lastError = q.value(7).toString();
        e.events = q.value(8).toInt();
        e.nextTryAt = q.value(9).toLongLong();
        e.scoring = q.value(10).toString().toUtf8();
        e.clientVersion = q.value(11).toString();
        list.append(e);
    }
    return list;
}

QList<QByteArray> AttemptJournal::events(const QString& attemptId) const
{
    QList<QByteArray> list;
    QSqlQuery q;
    if (!m_store.select(q,
            QStringLiteral(
                "SELECT json FROM attempt_events WHERE attempt_id = ? ORDER BY position"),
            {attemptId}))
        return list;
    while (q.next())
        list.append(q.value(0).toString().toUtf8());
    return list;
}

} // namespace vt::net
