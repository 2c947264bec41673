#include "AttemptStore.h"

#include "DirectoryStore.h"
#include "db/Sql.h"

namespace vt::server {
namespace {

const QString columns = QStringLiteral(
    "a.id, a.org_id, a.user_id, u.display_name, u.team_id, a.scenario_id, s.title, "
    "a.assignment_id, "
    "a.status, a.started_at, a.ended_at, a.completed_at, a.duration_ms, a.transcript, a.kpis, "
    "a.score_breakdown, a.score, a.pass_score, a.passed, a.scoring_version, a.client_score, "
    "a.client_kpis, a.client_breakdown, a.client_scoring_version, a.client_version, "
    "a.turn_latencies, a.interrupted, a.ended_by, a.score_mismatch, a.feedback, a.completion_hash, "
    "a.recording_path, a.recording_bytes, a.recording_sha256, a.created_at, a.updated_at, "
    "a.gateway_transcript");
// The list leaves out the large JSON columns.
const QString summaryColumns = QStringLiteral(
    "a.id, a.org_id, a.user_id, u.display_name, u.team_id, a.scenario_id, s.title, "
    "a.assignment_id, "
    "a.status, a.started_at, a.ended_at, a.completed_at, a.duration_ms, NULL, NULL, "
    "NULL, a.score, a.pass_score, a.passed, a.scoring_version, a.client_score, "
    "NULL, NULL, a.client_scoring_version, a.client_version, "
    "NULL, a.interrupted, a.ended_by, a.score_mismatch, NULL, NULL, "
    "a.recording_path, a.recording_bytes, a.recording_sha256, a.created_at, a.updated_at, NULL");
const QString joins = QStringLiteral(" FROM scenario_attempts a JOIN users u ON u.id = a.user_id "
                                     "JOIN scenarios s ON s.id = a.scenario_id");

AttemptRecord from(const Sql& q)
{
    AttemptRecord a;
    a.id = q.text(0);
    a.orgId = q.text(1);
    a.userId = q.text(2);
    a.userName = q.text(3);
    a.userTeamId = q.text(4);
    a.scenarioId = q.text(5);
    a.scenarioTitle = q.text(6);
    a.assignmentId = q.text(7);
    a.status = q.text(8);
    a.startedAt = q.integer(9);
    a.endedAt = q.optionalInteger(10);
    a.completedAt = q.optionalInteger(11);
    a.durationMs = q.optionalInteger(12);
    a.transcript = q.text(13).toUtf8();
    a.kpis = q.text(14).toUtf8();
    a.breakdown = q.text(15).toUtf8();
    a.score = q.optionalReal(16);
    a.passScore = q.optionalReal(17);
    a.passed = q.flag(18);
    a.scoringVersion = q.text(19);
    a.clientScore = q.optionalReal(20);
    a.clientKpis = q.text(21).toUtf8();
    a.clientBreakdown = q.text(22).toUtf8();
    a.clientScoringVersion = q.text(23);
    a.clientVersion = q.text(24);
    a.turnLatencies = q.text(25).toUtf8();
    a.interrupted = q.flag(26);
    a.endedBy = q.text(27);
    a.scoreMismatch = q.flag(28);
    a.feedback = q.text(29).toUtf8();
    a.completionHash = q.text(30);
    a.recordingPath = q.text(31);
    a.recordingBytes = q.optionalInteger(32);
    a.recordingSha256 = q.text(33);
    a.createdAt = q.integer(34);
    a.updatedAt = q.integer(35);
    a.gatewayTranscript = q.text(36).toUtf8();
    return a;
}

QVariant textOrNull(const QByteArray& json)
{
    return json.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(json));
}

} // namespace

QString AttemptStore::create(const QString& orgId, const QString& userId, const QString& scenarioId,
    const QString& assignmentId, qint64 nowMs)
{
    QString id = newId();
    Sql(m_db,
        QStringLiteral(
            "INSERT INTO scenario_attempts (id, org_id, user_id, scenario_id, assignment_id, "
            "status, started_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'in_progress', ?, "
            "?, ?)"))
        .bind(id)
        .bind(orgId)
        .bind(userId)
        .bind(scenarioId)
        .bind(assignmentId.isEmpty() ? QVariant() : QVariant(assignmentId))
        .bind(nowMs)
        .bind(nowMs)
        .bind(nowMs)
        .exec();
    return id;
}

bool AttemptStore::createOffline(const QString& id, const QString& orgId, const QString& userId,
    const QString& scenarioId, const QString& assignmentId, qint64 startedAtMs, qint64 nowMs)
{
    Sql taken(m_db, QStringLiteral("SELECT 1 FROM scenario_attempts WHERE id = ?"));
    taken.bind(id.toLower()).exec();
    if (taken.next())
        return false;
    Sql(m_db,
        QStringLiteral(
            "INSERT INTO scenario_attempts (id, org_id, user_id, scenario_id, assignment_id, "
            "status, started_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'in_progress', ?, "
            "?, ?)"))
        .bind(id.toLower())
        .bind(orgId)
        .bind(userId)
        .bind(scenarioId)
        .bind(assignmentId.isEmpty() ? QVariant() : QVariant(assignmentId))
        .bind(startedAtMs)
        .bind(nowMs)
        .bind(nowMs)
        .exec();
    return true;
}

std::optional<AttemptRecord> AttemptStore::attempt(const QString& orgId, const QString& id)
{
    Sql q(m_db, QStringLiteral("SELECT %1%2 WHERE a.org_id = ? AND a.id = ?").arg(columns, joins));
    q.bind(orgId).bind(id.toLower()).exec();
    if (!q.next())
        return std::nullopt;
    return from(q);
}

QList<AttemptRecord> AttemptStore::list(const QString& orgId, const AttemptFilter& filter,
    const std::optional<std::pair<qint64, QString>>& after, int limit)
{
    if (filter.userIds && filter.userIds->isEmpty())
        return {};
    QString sql = QStringLiteral("SELECT %1%2 WHERE a.org_id = ?").arg(summaryColumns, joins);
    if (filter.userIds) {
        QStringList marks(filter.userIds->size(), QStringLiteral("?"));
        sql += QStringLiteral(" AND a.user_id IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    if (filter.scenarioId)
        sql += QStringLiteral(" AND a.scenario_id = ?");
    if (filter.fromMs)
        sql += QStringLiteral(" AND a.started_at >= ?");
    if (filter.toMs)
        sql += QStringLiteral(" AND a.started_at < ?");
    if (after)
        sql += QStringLiteral(" AND (a.started_at < ? OR (a.started_at = ? AND a.id < ?))");
    sql += QStringLiteral(" ORDER BY a.started_at DESC, a.id DESC LIMIT ?");
    Sql q(m_db, sql);
    q.bind(orgId);
    if (filter.userIds) {
        for (const QString& id : *filter.userIds)
            q.bind(id);
    }
    if (filter.scenarioId)
        q.bind(*filter.scenarioId);
    if (filter.fromMs)
        q.bind(*filter.fromMs);
    if (filter.toMs)
        q.bind(*filter.toMs);
    if (after)
        q.bind(after->first).bind(after->first).bind(after->second);
    q.bind(limit).exec();
    QList<AttemptRecord> out;
    while (q.next())
        out.append(from(q));
    return out;
}

bool AttemptStore::complete(const AttemptRecord& a, qint64 nowMs)
{
    Sql q(m_db,
        QStringLiteral(
            "UPDATE scenario_attempts SET status = 'completed', ended_at = ?, completed_at = ?, "
            "duration_ms = ?, transcript = ?, kpis = ?, score_breakdown = ?, score = ?, "
            "pass_score = ?, passed = ?, scoring_version = ?, client_score = ?, client_kpis = ?, "
            "client_breakdown = ?, client_scoring_version = ?, client_version = ?, "
            "turn_latencies = ?, interrupted = ?, ended_by = ?, score_mismatch = ?, feedback = ?, "
            "completion_hash = ?, updated_at = ? "
            "WHERE org_id = ? AND id = ? AND status = 'in_progress'"));
    q.bindOptional(a.endedAt)
        .bind(nowMs)
        .bindOptional(a.durationMs)
        .bind(textOrNull(a.transcript))
        .bind(textOrNull(a.kpis))
        .bind(textOrNull(a.breakdown))
        .bindOptional(a.score)
        .bindOptional(a.passScore)
        .bind(a.passed)
        .bind(a.scoringVersion)
        .bindOptional(a.clientScore)
        .bind(textOrNull(a.clientKpis))
        .bind(textOrNull(a.clientBreakdown))
        .bind(a.clientScoringVersion)
        .bind(a.clientVersion)
        .bind(textOrNull(a.turnLatencies))
        .bind(a.interrupted)
        .bind(a.endedBy)
        .bind(a.scoreMismatch)
        .bind(textOrNull(a.feedback))
        .bind(a.completionHash)
        .bind(nowMs)
        .bind(a.orgId)
        .bind(a.id)
        .exec();
    return q.rowsAffected() == 1;
}

void AttemptStore::setRecording(const QString& orgId, const QString& id, const QString& path,
    qint64 bytes, const QString& sha256, qint64 nowMs)
{
    Sql(m_db,
        QStringLiteral("UPDATE scenario_attempts SET recording_path = ?, recording_bytes = ?, "
                       "recording_sha256 = ?, updated_at = ? WHERE org_id = ? AND id = ?"))
        .bind(path)
        .bind(bytes)
        .bind(sha256)
        .bind(nowMs)
        .bind(orgId)
        .bind(id)
        .exec();
}

void AttemptStore::setGatewayTranscript(
    const QString& orgId, const QString& id, const QByteArray& json)
{
    Sql(m_db,
        QStringLiteral(
            "UPDATE scenario_attempts SET gateway_transcript = ? WHERE org_id = ? AND id = ?"))
        .bind(textOrNull(json))
        .bind(orgId)
        .bind(id)
        .exec();
}

std::optional<QString> AttemptStore::recordingPath(const QString& attemptId)
{
    Sql q(m_db, QStringLiteral("SELECT recording_path FROM scenario_attempts WHERE id = ?"));
    q.bind(attemptId.toLower()).exec();
    if (!q.next() || q.isNull(0) || q.text(0).isEmpty())
        return std::nullopt;
    return q.text(0);
}

QHash<QString, double> AttemptStore::bestScores(
    const QString& orgId, const QString& userId, qint64 sinceMs)
{
    Sql q(m_db,
        QStringLiteral("SELECT scenario_id, MAX(score) FROM scenario_attempts WHERE org_id = ? AND "
                       "user_id = ? AND status = 'completed' AND score IS NOT NULL AND "
                       "started_at >= ? GROUP BY scenario_id"));
    q.bind(orgId).bind(userId).bind(sinceMs).exec();
    QHash<QString, double> best;
    while (q.next())
        best.insert(q.text(0), q.real(1));
    return best;
}

QHash<QString, PractiseSummary> AttemptStore::practiseSummaries(
    const QString& orgId, qint64 toMs, int buckets, qint64 bucketMs)
{
    QHash<QString, PractiseSummary> out;
    Sql all(m_db,
        QStringLiteral("SELECT user_id, COUNT(*), AVG(score), MAX(score), MAX(completed_at) FROM "
                       "scenario_attempts WHERE org_id = ? AND status = 'completed' AND score IS "
                       "NOT NULL GROUP BY user_id"));
    all.bind(orgId).exec();
    while (all.next()) {
        PractiseSummary& s = out[all.text(0)];
        s.attempts = int(all.integer(1));
        if (!all.isNull(2))
            s.averageScore = all.real(2);
        if (!all.isNull(3))
            s.bestScore = all.real(3);
        if (!all.isNull(4))
            s.lastCompletedAt = all.integer(4);
        s.trend = QList<std::optional<double>>(buckets);
    }
    const qint64 fromMs = toMs - qint64(buckets) * bucketMs;
    Sql trend(m_db,
        QStringLiteral("SELECT user_id, (completed_at - ?) / ?, AVG(score) FROM scenario_attempts "
                       "WHERE org_id = ? AND status = 'completed' AND completed_at >= ? AND "
                       "completed_at < ? AND score IS NOT NULL GROUP BY 1, 2"));
    trend.bind(fromMs).bind(bucketMs).bind(orgId).bind(fromMs).bind(toMs);
    trend.exec();
    while (trend.next()) {
        const auto it = out.find(trend.text(0));
        const qint64 bucket = trend.integer(1);
        if (it == out.end() || bucket < 0 || bucket >= buckets)
            continue;
        it->trend[bucket] = trend.real(2);
    }
    return out;
}

} // namespace vt::server
