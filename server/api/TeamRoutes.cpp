// GET /api/v1/team[?team=ID]: the people a manager leads (admins and HR: the whole org, or one
// team), each with their assignments' completion, overdue count, practice and score trend.
#include "ApiService.h"
#include "AssignmentProgress.h"
#include "Platform.h"
#include "Representations.h"

#include <QJsonArray>

#include <cmath>

namespace vt::server {
namespace {

constexpr qint64 dayMs = qint64(24) * 60 * 60 * 1000;
constexpr int trendWeeks = 6;

QJsonValue rounded(const std::optional<double>& v)
{
    return v ? QJsonValue(std::round(*v * 10) / 10) : QJsonValue(QJsonValue::Null);
}

} // namespace

void addTeamRoutes(Platform& platform, const std::function<void(RouteSpec)>& add)
{
    add({"GET", QStringLiteral("/api/v1/team"), true, Action::ReadTeam, BodyKind::None, false,
        [&platform](const ApiCallPtr& call) {
            const Caller& c = call->caller();
            std::optional<QStringList> teams;
            if (c.role == Role::Manager)
                teams = c.managedTeamIds;
            if (call->hasQuery(QStringLiteral("team"))) {
                const QString team = call->query(QStringLiteral("team")).toLower();
                if (!protocol::isUuid(team)) {
                    protocol::FieldErrors errors;
                    errors.add(QStringLiteral("query.team"), QStringLiteral("must be a team id"));
                    call->problem(validationProblem(errors));
                    return;
                }
                if (!platform.directory.teamExists(c.orgId, team)) {
                    call->problem(ProblemType::NotFound, QStringLiteral("no such team"));
                    return;
                }
                if (teams && !teams->contains(team)) {
                    call->problem(
                        ProblemType::Forbidden, QStringLiteral("you do not lead that team"));
                    return;
                }
                teams = QStringList{team};
            }
            if (teams && teams->isEmpty()) {
                call->problem(ProblemType::Forbidden, QStringLiteral("you do not lead a team"));
                return;
            }
            const qint64 now = platform.clock.nowMs();
            const qint64 to = (now / dayMs + 1) * dayMs; // the buckets end with today
            const QHash<QString, PractiseSummary> practice
                = platform.attempts.practiseSummaries(c.orgId, to, trendWeeks, 7 * dayMs);
            QHash<QString, std::optional<TrackRecord>> tracks;
            QJsonArray items;
            for (const auto& [user, teamName] :
                platform.directory.practisingMembers(c.orgId, teams)) {
                if (user.id == c.userId)
                    continue;
                int total = 0;
                int completed = 0;
                int overdue = 0;
                for (const AssignmentRecord& a :
                    platform.assignments.forUser(c.orgId, user.id, user.teamId)) {
                    std::optional<TrackRecord> track;
                    if (!a.trackId.isEmpty()) {
                        if (!tracks.contains(a.trackId))
                            tracks.insert(a.trackId, platform.catalog.track(c.orgId, a.trackId));
                        track = tracks.value(a.trackId);
                        if (!track)
                            continue;
                    }
                    const AssignmentProgress p = progressOf(
                        a, track, platform.attempts.bestScores(c.orgId, user.id, a.createdAt), now);
                    ++total;
                    completed += p.completed ? 1 : 0;
                    overdue += p.overdue ? 1 : 0;
                }
                const PractiseSummary s = practice.value(user.id);
                QJsonArray trend;
                for (int i = 0; i < trendWeeks; ++i)
                    trend.append(rounded(i < s.trend.size() ? s.trend.at(i) : std::nullopt));
                items.append(
                    QJsonObject{{QStringLiteral("user"),
                                    QJsonObject{{QStringLiteral("id"), user.id},
                                        {QStringLiteral("display_name"), user.displayName}}},
                        {QStringLiteral("email"), user.email},
                        {QStringLiteral("role"), roleName(user.role)},
                        {QStringLiteral("team"),
                            user.teamId.isEmpty()
                                ? QJsonValue(QJsonValue::Null)
                                : QJsonValue(QJsonObject{{QStringLiteral("id"), user.teamId},
                                    {QStringLiteral("name"), teamName}})},
                        {QStringLiteral("assignments"),
                            QJsonObject{{QStringLiteral("total"), total},
                                {QStringLiteral("completed"), completed},
                                {QStringLiteral("overdue"), overdue}}},
                        {QStringLiteral("attempts"), s.attempts},
                        {QStringLiteral("average_score"), rounded(s.averageScore)},
                        {QStringLiteral("best_score"), rounded(s.bestScore)},
                        {QStringLiteral("last_attempt_at"), timestampOrNull(s.lastCompletedAt)},
                        {QStringLiteral("trend"), trend}});
            }
            call->json(200,
                QJsonObject{{QStringLiteral("scope"),
                                c.role == Role::Manager || call->hasQuery(QStringLiteral("team"))
                                    ? QStringLiteral("team")
                                    : QStringLiteral("org")},
                    {QStringLiteral("trend_bucket_days"), 7},
                    {QStringLiteral("to"), protocol::formatTimestampMs(to)},
                    {QStringLiteral("items"), items}});
        }});
}

} // namespace vt::server
