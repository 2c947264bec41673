#include "LeaderboardStore.h"

#include "db/Sql.h"

#include <QHash>

namespace vt::server {
namespace {

// The WHERE clause both queries share, and its bindings. It reads only the leaderboard index
// (attempts_leaderboard covers every column used); a team scope picks users by subquery. A call
// the rep said too little in has no score and is not on the board (docs/scoring.md §4.1).
QString whereOf(const LeaderboardQuery& query)
{
    QString where = QStringLiteral(" WHERE a.org_id = ? AND a.status = 'completed' AND "
                                   "a.score IS NOT NULL AND a.completed_at >= ? AND "
                                   "a.completed_at < ?");
    if (query.teamIds) {
        QStringList marks(query.teamIds->size(), QStringLiteral("?"));
        where += QStringLiteral(
            " AND a.user_id IN (SELECT id FROM users WHERE org_id = ? AND team_id IN (%1))")
                     .arg(marks.join(QStringLiteral(", ")));
    }
    if (query.scenarioId)
        where += QStringLiteral(" AND a.scenario_id = ?");
    return where;
}

void bindWhere(Sql& q, const LeaderboardQuery& query, qint64 fromMs)
{
    q.bind(query.orgId).bind(fromMs).bind(query.toMs);
    if (query.teamIds) {
        q.bind(query.orgId);
        for (const QString& id : *query.teamIds)
            q.bind(id);
    }
    if (query.scenarioId)
        q.bind(*query.scenarioId);
}

// The org id leads, so attemptsChanged() can find an org's boards by prefix.
QString cacheKey(const LeaderboardQuery& query)
{
    return query.orgId + QLatin1Char('|')
        + (query.teamIds ? query.teamIds->join(QLatin1Char(',')) : QStringLiteral("*"))
        + QLatin1Char('|') + query.scenarioId.value_or(QStringLiteral("*")) + QLatin1Char('|')
        + QString::number(query.fromMs) + QLatin1Char('|') + QString::number(query.toMs)
        + QLatin1Char('|') + QString::number(query.trendBuckets) + QLatin1Char('|')
        + QString::number(query.trendBucketMs);
}

} // namespace

QList<LeaderboardRow> LeaderboardStore::rows(const LeaderboardQuery& query)
{
    const QString key = cacheKey(query);
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd())
        return *cached;
    QList<LeaderboardRow> rows = compute(query);
    if (m_cache.size() >= maxCachedBoards)
        m_cache.clear(); // windows move on each minute: old keys are dead anyway
    m_cache.insert(key, rows);
    return rows;
}

void LeaderboardStore::attemptsChanged(const QString& orgId)
{
    const QString prefix = orgId + QLatin1Char('|');
    m_cache.removeIf([&prefix](const auto& entry) { return entry.key().startsWith(prefix); });
}

QList<LeaderboardRow> LeaderboardStore::compute(const LeaderboardQuery& query)
{
    if (query.teamIds && query.teamIds->isEmpty())
        return {};
    Sql totals(m_db,
        QStringLiteral(
            "SELECT a.user_id, u.display_name, MAX(a.score), AVG(a.score), COUNT(*), SUM(a.passed) "
            "FROM scenario_attempts a JOIN users u ON u.id = a.user_id%1 GROUP BY a.user_id, "
            "u.display_name")
            .arg(whereOf(query)));
    bindWhere(totals, query, query.fromMs);
    totals.exec();
    QList<LeaderboardRow> rows;
    QHash<QString, qsizetype> byUser;
    while (totals.next()) {
        LeaderboardRow row;
        row.userId = totals.text(0);
        row.displayName = totals.text(1);
        row.bestScore = totals.real(2);
        row.averageScore = totals.real(3);
        row.attempts = int(totals.integer(4));
        row.passed = int(totals.integer(5));
        row.trend = QList<std::optional<double>>(query.trendBuckets, std::nullopt);
        byUser.insert(row.userId, rows.size());
        rows.append(row);
    }

    // The trend: average per bucket, over the trend's own span (it may reach back further
    // than the ranking period, e.g. twelve weeks for "all").
    const qint64 trendFrom = query.toMs - query.trendBuckets * query.trendBucketMs;
    Sql trend(m_db,
        QStringLiteral("SELECT a.user_id, (a.completed_at - ?) / ?, AVG(a.score) "
                       "FROM scenario_attempts a%1 GROUP BY 1, 2")
            .arg(whereOf(query)));
    trend.bind(trendFrom).bind(query.trendBucketMs);
    bindWhere(trend, query, trendFrom);
    trend.exec();
    while (trend.next()) {
        const auto it = byUser.constFind(trend.text(0));
        const qint64 bucket = trend.integer(1);
        if (it != byUser.constEnd() && bucket >= 0 && bucket < query.trendBuckets)
            rows[*it].trend[bucket] = trend.real(2);
    }

    std::sort(rows.begin(), rows.end(), [](const LeaderboardRow& a, const LeaderboardRow& b) {
        if (a.bestScore != b.bestScore)
            return a.bestScore > b.bestScore;
        if (a.averageScore != b.averageScore)
            return a.averageScore > b.averageScore;
        if (a.attempts != b.attempts)
            return a.attempts > b.attempts;
        if (a.displayName != b.displayName)
            return a.displayName < b.displayName;
        return a.userId < b.userId;
    });
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const bool tied = i > 0 && rows[i].bestScore == rows[i - 1].bestScore
            && rows[i].averageScore == rows[i - 1].averageScore;
        rows[i].rank = tied ? rows[i - 1].rank : int(i) + 1;
    }
    return rows;
}

} // namespace vt::server
