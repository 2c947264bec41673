#include "AssignmentStore.h"

#include "DirectoryStore.h"
#include "db/Sql.h"

namespace vt::server {
namespace {

const QString columns = QStringLiteral(
    "a.id, a.scenario_id, a.track_id, COALESCE(s.title, t.title), a.user_id, a.team_id, "
    "a.assigned_by, a.due_at, a.pass_threshold, a.assessment, a.created_at");
const QString joins
    = QStringLiteral(" FROM assignments a LEFT JOIN scenarios s ON s.id = a.scenario_id "
                     "LEFT JOIN tracks t ON t.id = a.track_id");

AssignmentRecord from(const Sql& q)
{
    AssignmentRecord a;
    a.id = q.text(0);
    a.scenarioId = q.text(1);
    a.trackId = q.text(2);
    a.title = q.text(3);
    a.userId = q.text(4);
    a.teamId = q.text(5);
    a.assignedBy = q.text(6);
    a.dueAt = q.optionalInteger(7);
    a.passThreshold = q.real(8);
    a.assessment = q.flag(9);
    a.createdAt = q.integer(10);
    return a;
}

} // namespace

QList<AssignmentRecord> AssignmentStore::forUser(
    const QString& orgId, const QString& userId, const QString& teamId)
{
    Sql q(m_db,
        QStringLiteral(
            "SELECT %1%2 WHERE a.org_id = ? AND (a.user_id = ? OR (a.team_id IS NOT NULL AND "
            "a.team_id = ?)) "
            "ORDER BY CASE WHEN a.due_at IS NULL THEN 1 ELSE 0 END, a.due_at, a.created_at, a.id")
            .arg(columns, joins));
    q.bind(orgId).bind(userId).bind(teamId.isEmpty() ? QStringLiteral("-") : teamId).exec();
    QList<AssignmentRecord> out;
    while (q.next())
        out.append(from(q));
    return out;
}

std::optional<AssignmentRecord> AssignmentStore::assignment(const QString& orgId, const QString& id)
{
    Sql q(m_db, QStringLiteral("SELECT %1%2 WHERE a.org_id = ? AND a.id = ?").arg(columns, joins));
    q.bind(orgId).bind(id.toLower()).exec();
    if (!q.next())
        return std::nullopt;
    return from(q);
}

QString AssignmentStore::create(const QString& orgId, const AssignmentRecord& a, qint64 nowMs)
{
    QString id = newId();
    const auto orNull = [](const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    Sql(m_db,
        QStringLiteral(
            "INSERT INTO assignments (id, org_id, scenario_id, track_id, user_id, team_id, "
            "assigned_by, due_at, pass_threshold, assessment, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(id)
        .bind(orgId)
        .bind(orNull(a.scenarioId))
        .bind(orNull(a.trackId))
        .bind(orNull(a.userId))
        .bind(orNull(a.teamId))
        .bind(a.assignedBy)
        .bindOptional(a.dueAt)
        .bind(a.passThreshold)
        .bind(a.assessment)
        .bind(nowMs)
        .exec();
    return id;
}

} // namespace vt::server
