// GET /api/v1/assignments: the caller's assignments with their progress.
#include "ApiService.h"
#include "AssignmentProgress.h"
#include "Platform.h"
#include "Representations.h"

#include <QJsonArray>

namespace vt::server {
namespace {

QJsonObject assignmentJson(const AssignmentRecord& a, const std::optional<TrackRecord>& track,
    const QHash<QString, double>& best, qint64 nowMs)
{
    const AssignmentProgress p = progressOf(a, track, best, nowMs);
    QJsonArray steps;
    if (track) {
        for (const AssignmentProgress::Step& step : p.steps) {
            steps.append(QJsonObject{{QStringLiteral("scenario_id"), step.scenarioId},
                {QStringLiteral("best_score"),
                    step.bestScore ? QJsonValue(*step.bestScore) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("passed"), step.passed}});
        }
    }
    QJsonObject o{{QStringLiteral("id"), a.id},
        {QStringLiteral("kind"), track ? QStringLiteral("track") : QStringLiteral("scenario")},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("scenario"),
            track ? QJsonValue(QJsonValue::Null)
                  : QJsonValue(QJsonObject{
                      {QStringLiteral("id"), a.scenarioId}, {QStringLiteral("title"), a.title}})},
        {QStringLiteral("track"),
            track ? QJsonValue(trackJson(*track)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("assigned_to"),
            a.userId.isEmpty() ? QStringLiteral("team") : QStringLiteral("user")},
        {QStringLiteral("due_at"), timestampOrNull(a.dueAt)},
        {QStringLiteral("pass_threshold"), a.passThreshold},
        {QStringLiteral("assessment"), a.assessment}, {QStringLiteral("status"), p.status},
        {QStringLiteral("overdue"), p.overdue},
        {QStringLiteral("progress"),
            QJsonObject{{QStringLiteral("completed"), p.done},
                {QStringLiteral("total"), int(p.steps.size())},
                {QStringLiteral("best_score"),
                    p.bestScore ? QJsonValue(*p.bestScore) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("steps"), steps}}},
        {QStringLiteral("created_at"), timestampOrNull(a.createdAt)}};
    return o;
}

} // namespace

void addAssignmentRoutes(Platform& platform, const std::function<void(RouteSpec)>& add)
{
    add({"GET", QStringLiteral("/api/v1/assignments"), true, Action::ReadAssignments,
        BodyKind::None, false, [&platform](const ApiCallPtr& call) {
            const Caller& c = call->caller();
            const QList<AssignmentRecord> list
                = platform.assignments.forUser(c.orgId, c.userId, c.teamId);
            const qint64 now = platform.clock.nowMs();
            QJsonArray items;
            for (const AssignmentRecord& a : list) {
                std::optional<TrackRecord> track;
                if (!a.trackId.isEmpty()) {
                    track = platform.catalog.track(c.orgId, a.trackId);
                    if (!track)
                        continue;
                }
                items.append(assignmentJson(
                    a, track, platform.attempts.bestScores(c.orgId, c.userId, a.createdAt), now));
            }
            call->json(200, QJsonObject{{QStringLiteral("items"), items}});
        }});
}

} // namespace vt::server
