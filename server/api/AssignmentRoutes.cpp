// GET /api/v1/assignments: the caller's assignments with their progress.
#include "ApiService.h"
#include "Platform.h"
#include "Representations.h"

#include <QJsonArray>

namespace vt::server {
namespace {

// Status and progress of one assignment from the user's best scores since it was given:
// a scenario is done when its best score reaches the pass threshold; a track when all its
// steps are.
QJsonObject assignmentJson(const AssignmentRecord& a, const std::optional<TrackRecord>& track,
    const QHash<QString, double>& best, qint64 nowMs)
{
    QStringList scenarioIds;
    if (track) {
        for (const TrackStep& step : track->steps)
            scenarioIds.append(step.scenarioId);
    } else {
        scenarioIds.append(a.scenarioId);
    }
    int done = 0;
    bool attempted = false;
    std::optional<double> bestScore;
    QJsonArray steps;
    for (const QString& id : std::as_const(scenarioIds)) {
        const auto it = best.constFind(id);
        const bool passed = it != best.constEnd() && *it >= a.passThreshold;
        if (it != best.constEnd()) {
            attempted = true;
            bestScore = std::max(bestScore.value_or(0.0), *it);
        }
        done += passed ? 1 : 0;
        if (track) {
            steps.append(QJsonObject{{QStringLiteral("scenario_id"), id},
                {QStringLiteral("best_score"),
                    it != best.constEnd() ? QJsonValue(*it) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("passed"), passed}});
        }
    }
    const bool completed = done == scenarioIds.size() && !scenarioIds.isEmpty();
    const QString status = completed ? QStringLiteral("completed")
        : attempted                  ? QStringLiteral("in_progress")
                                     : QStringLiteral("not_started");
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
        {QStringLiteral("assessment"), a.assessment}, {QStringLiteral("status"), status},
        {QStringLiteral("overdue"), !completed && a.dueAt && nowMs > *a.dueAt},
        {QStringLiteral("progress"),
            QJsonObject{{QStringLiteral("completed"), done},
                {QStringLiteral("total"), int(scenarioIds.size())},
                {QStringLiteral("best_score"),
                    bestScore ? QJsonValue(*bestScore) : QJsonValue(QJsonValue::Null)},
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
