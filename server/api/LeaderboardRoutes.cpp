// GET /api/v1/leaderboard?period=week|month|all&scope=team|org&scenario=ID
#include "ApiService.h"
#include "Paging.h"
#include "Platform.h"
#include "Representations.h"

#include <QJsonArray>

namespace vt::server {
namespace {

constexpr qint64 minuteMs = qint64(60) * 1000;
constexpr qint64 dayMs = qint64(24) * 60 * minuteMs;

// The ranking window and the trend's buckets for each period.
struct Period {
    const char* name;
    qint64 spanMs; // 0: all time
    int buckets;
    qint64 bucketMs;
};
constexpr Period periods[] = {
    {"week", 7 * dayMs, 7, dayMs},
    {"month", 30 * dayMs, 6, 5 * dayMs},
    {"all", 0, 12, 7 * dayMs},
};

} // namespace

void addLeaderboardRoutes(Platform& platform, const std::function<void(RouteSpec)>& add)
{
    add({"GET", QStringLiteral("/api/v1/leaderboard"), true, Action::ReadLeaderboard,
        BodyKind::None, false, [&platform](const ApiCallPtr& call) {
            const Caller& c = call->caller();
            protocol::FieldErrors errors;
            const QString periodName = call->hasQuery(QStringLiteral("period"))
                ? call->query(QStringLiteral("period"))
                : QStringLiteral("week");
            const Period* period = nullptr;
            for (const Period& p : periods) {
                if (periodName == QLatin1String(p.name))
                    period = &p;
            }
            if (!period)
                errors.add(QStringLiteral("query.period"),
                    QStringLiteral("must be one of \"week\", \"month\", \"all\""));
            QStringList teams = c.managedTeamIds;
            if (!c.teamId.isEmpty() && !teams.contains(c.teamId))
                teams.prepend(c.teamId);
            const QString scope = call->hasQuery(QStringLiteral("scope"))
                ? call->query(QStringLiteral("scope"))
                : teams.isEmpty() ? QStringLiteral("org")
                                  : QStringLiteral("team");
            if (scope != QLatin1String("team") && scope != QLatin1String("org"))
                errors.add(QStringLiteral("query.scope"),
                    QStringLiteral("must be one of \"team\", \"org\""));
            else if (scope == QLatin1String("team") && teams.isEmpty())
                errors.add(QStringLiteral("query.scope"),
                    QStringLiteral("you are not in a team; use \"org\""));
            LeaderboardQuery query;
            query.orgId = c.orgId;
            if (call->hasQuery(QStringLiteral("scenario"))) {
                const QString scenario = call->query(QStringLiteral("scenario"));
                if (!protocol::isUuid(scenario))
                    errors.add(
                        QStringLiteral("query.scenario"), QStringLiteral("must be a scenario id"));
                query.scenarioId = scenario.toLower();
            }
            const std::optional<Paging> paging = readPaging(*call, 100, 1000, 1, errors);
            if (!errors.isEmpty() || !paging) {
                call->problem(validationProblem(errors));
                return;
            }
            if (scope == QLatin1String("team"))
                query.teamIds = teams;
            // The window ends with the current minute, so every read within the minute asks
            // the same question and LeaderboardStore can answer from its cache.
            const qint64 now = platform.clock.nowMs();
            query.toMs = (now / minuteMs + 1) * minuteMs;
            query.fromMs = period->spanMs > 0 ? query.toMs - period->spanMs : 0;
            query.trendBuckets = period->buckets;
            query.trendBucketMs = period->bucketMs;
            const QList<LeaderboardRow> rows = platform.leaderboard.rows(query);
            const qsizetype offset
                = paging->after ? std::max<qint64>(0, paging->after->at(0).toInteger()) : 0;
            QJsonArray items;
            for (qsizetype i = offset; i < std::min<qsizetype>(rows.size(), offset + paging->limit);
                 ++i)
                items.append(leaderboardRowJson(rows[i]));
            QJsonValue me = QJsonValue::Null;
            for (const LeaderboardRow& row : rows) {
                if (row.userId == c.userId)
                    me = leaderboardRowJson(row);
            }
            const bool more = offset + paging->limit < rows.size();
            call->json(200,
                QJsonObject{{QStringLiteral("period"), QLatin1String(period->name)},
                    {QStringLiteral("scope"), scope},
                    {QStringLiteral("scenario_id"),
                        query.scenarioId ? QJsonValue(*query.scenarioId)
                                         : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("from"),
                        query.fromMs > 0 ? QJsonValue(protocol::formatTimestampMs(query.fromMs))
                                         : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("to"), protocol::formatTimestampMs(query.toMs)},
                    {QStringLiteral("trend_bucket_days"), int(period->bucketMs / dayMs)},
                    {QStringLiteral("total"), int(rows.size())}, {QStringLiteral("items"), items},
                    {QStringLiteral("me"), me},
                    {QStringLiteral("next_cursor"),
                        more ? QJsonValue(encodeCursor({qint64(offset + paging->limit)}))
                             : QJsonValue(QJsonValue::Null)}});
        }});
}

} // namespace vt::server
