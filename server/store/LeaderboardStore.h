#pragma once

#include "db/Database.h"

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
class LeaderboardStore final {
public:
    explicit LeaderboardStore(Database& db)
        : m_db(db)
    {
    }
    QList<LeaderboardRow> rows(const LeaderboardQuery& query);

private:
    Database& m_db;
};

} // namespace vt::server
