#pragma once

#include "db/Database.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vt::server {

struct LeaderboardRow {
    int rank = 0;
    QString userId;
    QString displayName;
    double bestScore = 0;
    double averageScore = 0;
    int attempts = 0;
    int passed = 0;
    QList<std::optional<double>> trend; // average score per bucket, oldest first
};

struct LeaderboardQuery {
    QString orgId;
    std::optional<QStringList> teamIds; // scope=team
    std::optional<QString> scenarioId;
    qint64 fromMs = 0; // completed at or after
    qint64 toMs = 0;   // and before
    int trendBuckets = 7;
    qint64 trendBucketMs = 24LL * 60 * 60 * 1000; // the buckets end at toMs
};

// Completed attempts aggregated per user, ranked: best score, then average, then attempts
// (all descending), then name; equal best and average share a rank (1, 2, 2, 4).
//
// Reading a board aggregates every completed attempt in its window (10,000 attempts: a few
// milliseconds per query), while boards change only when an attempt of the org completes. So
// results are kept per exact query until attemptsChanged() for the org; callers make queries
// repeatable by aligning their window to a coarse clock (LeaderboardRoutes: the minute). The
// cache is this process's: a second server writing the same database is not supported.
class LeaderboardStore final {
public:
    explicit LeaderboardStore(Database& db)
        : m_db(db)
    {
    }
    QList<LeaderboardRow> rows(const LeaderboardQuery& query);
    // An attempt of the org completed or was re-scored: its cached boards are stale.
    void attemptsChanged(const QString& orgId);

private:
    QList<LeaderboardRow> compute(const LeaderboardQuery& query);

    static constexpr qsizetype maxCachedBoards = 512;
    Database& m_db;
    QHash<QString, QList<LeaderboardRow>> m_cache; // key: org id, then the rest of the query
};

} // namespace vt::server
