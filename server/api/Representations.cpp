#include "Representations.h"

#include "JsonFields.h"
#include "TurnLatency.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace vt::server {
namespace {

QJsonValue jsonOrNull(const QByteArray& text)
{
    if (text.isEmpty())
        return QJsonValue::Null;
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return QJsonValue::Null;
}

QJsonValue numberOrNull(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOrNull(const QString& value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

QJsonValue timestampOrNull(const std::optional<qint64>& ms)
{
    return ms ? QJsonValue(protocol::formatTimestampMs(*ms)) : QJsonValue(QJsonValue::Null);
}

QJsonObject scenarioJson(const ScenarioRecord& s, bool full)
{
    QJsonObject o{{QStringLiteral("id"), s.id}, {QStringLiteral("title"), s.title},
        {QStringLiteral("summary"), s.summary}, {QStringLiteral("difficulty"), s.difficulty},
        {QStringLiteral("status"), s.status},
        {QStringLiteral("duration_minutes"), s.durationMinutes},
        {QStringLiteral("persona"), s.persona},
        {QStringLiteral("updated_at"), protocol::formatTimestampMs(s.updatedAt)}};
    if (full) {
        o.insert(QStringLiteral("briefing"), s.briefing);
        o.insert(QStringLiteral("scoring"), s.scoring);
        // The prospect's side, so the app's own practice agent can play the scenario while
        // the platform cannot be reached (docs/scenarios.md).
        if (!s.agent.isEmpty())
            o.insert(QStringLiteral("practice_agent"), s.agent);
    }
    return o;
}

QJsonObject trackJson(const TrackRecord& t)
{
    QJsonArray steps;
    for (const TrackStep& step : t.steps) {
        steps.append(QJsonObject{{QStringLiteral("position"), step.position},
            {QStringLiteral("scenario"),
                QJsonObject{{QStringLiteral("id"), step.scenarioId},
                    {QStringLiteral("title"), step.scenarioTitle}}},
            {QStringLiteral("prerequisites"), QJsonArray::fromStringList(step.prerequisites)}});
    }
    return QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("title"), t.title},
        {QStringLiteral("description"), t.description}, {QStringLiteral("steps"), steps},
        {QStringLiteral("updated_at"), protocol::formatTimestampMs(t.updatedAt)}};
}

QJsonObject commentJson(const CommentRecord& c)
{
    QJsonObject o{{QStringLiteral("id"), c.id}, {QStringLiteral("attempt_id"), c.attemptId},
        {QStringLiteral("author"),
            QJsonObject{{QStringLiteral("id"), c.authorId},
                {QStringLiteral("display_name"), c.authorName}}},
        {QStringLiteral("body"), c.body},
        {QStringLiteral("utterance_id"), textOrNull(c.utteranceId)},
        {QStringLiteral("created_at"), protocol::formatTimestampMs(c.createdAt)}};
    o.insert(QStringLiteral("span"),
        c.spanStartMs && c.spanEndMs ? QJsonValue(QJsonObject{
            {QStringLiteral("start_ms"), *c.spanStartMs}, {QStringLiteral("end_ms"), *c.spanEndMs}})
                                     : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject attemptJson(const AttemptRecord& a, const QList<CommentRecord>* comments)
{
    QJsonObject o{{QStringLiteral("id"), a.id},
        {QStringLiteral("user"),
            QJsonObject{
                {QStringLiteral("id"), a.userId}, {QStringLiteral("display_name"), a.userName}}},
        {QStringLiteral("scenario"),
            QJsonObject{
                {QStringLiteral("id"), a.scenarioId}, {QStringLiteral("title"), a.scenarioTitle}}},
        {QStringLiteral("assignment_id"), textOrNull(a.assignmentId)},
        {QStringLiteral("status"), a.status},
        {QStringLiteral("started_at"), protocol::formatTimestampMs(a.startedAt)},
        {QStringLiteral("ended_at"), timestampOrNull(a.endedAt)},
        {QStringLiteral("completed_at"), timestampOrNull(a.completedAt)},
        {QStringLiteral("duration_ms"),
            a.durationMs ? QJsonValue(*a.durationMs) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("score"), numberOrNull(a.score)},
        {QStringLiteral("pass_score"), numberOrNull(a.passScore)},
        {QStringLiteral("passed"),
            a.status == QLatin1String("completed") ? QJsonValue(a.passed)
                                                   : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("scoring_version"), textOrNull(a.scoringVersion)},
        {QStringLiteral("client_score"), numberOrNull(a.clientScore)},
        {QStringLiteral("client_scoring_version"), textOrNull(a.clientScoringVersion)},
        {QStringLiteral("client_version"), textOrNull(a.clientVersion)},
        {QStringLiteral("score_mismatch"), a.scoreMismatch},
        {QStringLiteral("interrupted"), a.interrupted},
        {QStringLiteral("ended_by"), textOrNull(a.endedBy)},
        {QStringLiteral("recording"),
            QJsonObject{{QStringLiteral("available"), !a.recordingPath.isEmpty()},
                {QStringLiteral("bytes"),
                    a.recordingBytes ? QJsonValue(*a.recordingBytes)
                                     : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("sha256"), textOrNull(a.recordingSha256)}}},
        {QStringLiteral("updated_at"), protocol::formatTimestampMs(a.updatedAt)}};
    if (comments) { // the full resource
        o.insert(QStringLiteral("transcript"), jsonOrNull(a.transcript));
        o.insert(QStringLiteral("kpis"), jsonOrNull(a.kpis));
        o.insert(QStringLiteral("breakdown"), jsonOrNull(a.breakdown));
        o.insert(QStringLiteral("client_kpis"), jsonOrNull(a.clientKpis));
        o.insert(QStringLiteral("client_breakdown"), jsonOrNull(a.clientBreakdown));
        const QJsonValue latencies = jsonOrNull(a.turnLatencies);
        o.insert(QStringLiteral("turn_latencies_ms"), latencies);
        QList<qint64> values;
        for (const QJsonValue& v : latencies.toArray())
            values.append(v.toInteger());
        const std::optional<protocol::TurnLatencySummary> summary
            = protocol::summarizeTurnLatencies(values);
        o.insert(QStringLiteral("turn_latency"),
            summary ? QJsonValue(QJsonObject{{QStringLiteral("p50_ms"), summary->p50Ms},
                {QStringLiteral("p95_ms"), summary->p95Ms},
                {QStringLiteral("turns"), summary->turns}})
                    : QJsonValue(QJsonValue::Null));
        const QJsonValue feedback = jsonOrNull(a.feedback);
        o.insert(QStringLiteral("feedback"),
            feedback.isObject()
                ? feedback
                : QJsonValue(QJsonObject{{QStringLiteral("status"), QStringLiteral("pending")},
                    {QStringLiteral("summary"), QJsonValue::Null},
                    {QStringLiteral("spans"), QJsonArray()}}));
        QJsonArray list;
        for (const CommentRecord& c : *comments)
            list.append(commentJson(c));
        o.insert(QStringLiteral("comments"), list);
    }
    return o;
}

QJsonObject leaderboardRowJson(const LeaderboardRow& row)
{
    QJsonArray trend;
    for (const std::optional<double>& v : row.trend)
        trend.append(v ? QJsonValue(std::round(*v * 10) / 10) : QJsonValue(QJsonValue::Null));
    return QJsonObject{{QStringLiteral("rank"), row.rank},
        {QStringLiteral("user"),
            QJsonObject{{QStringLiteral("id"), row.userId},
                {QStringLiteral("display_name"), row.displayName}}},
        {QStringLiteral("best_score"), row.bestScore},
        {QStringLiteral("average_score"), std::round(row.averageScore * 10) / 10},
        {QStringLiteral("attempts"), row.attempts},
        {QStringLiteral("pass_rate"),
            row.attempts > 0 ? std::round(1000.0 * row.passed / row.attempts) / 1000 : 0.0},
        {QStringLiteral("trend"), trend}};
}

} // namespace vt::server
