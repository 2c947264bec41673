#pragma once

#include "db/Database.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace vt::server {

struct AttemptRecord {
    QString id;
    QString orgId;
    QString userId;
    QString userName;
    QString userTeamId;
    QString scenarioId;
    QString scenarioTitle;
    QString assignmentId;
    QString status; // in_progress, completed
    qint64 startedAt = 0;
    std::optional<qint64> endedAt;
    std::optional<qint64> completedAt;
    std::optional<qint64> durationMs;
    QByteArray transcript; // JSON texts
    QByteArray kpis;
    QByteArray breakdown;
    std::optional<double> score; // the platform's
    std::optional<double> passScore;
    bool passed = false;
    QString scoringVersion;
    std::optional<double> clientScore;
    QByteArray clientKpis;
    QByteArray clientBreakdown;
    QString clientScoringVersion;
    QString clientVersion;
    QByteArray turnLatencies;
    bool interrupted = false;
    QString endedBy;
    bool scoreMismatch = false;
    QByteArray feedback;
    QByteArray gatewayTranscript; // the voice gateway's record of the call, if it had one
    QString completionHash;       // of the completing request, to recognise a repeat
    QString recordingPath;
    std::optional<qint64> recordingBytes;
    QString recordingSha256;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// One person's completed attempts summed up (the team view).
struct PractiseSummary {
    int attempts = 0;
    std::optional<double> averageScore;
    std::optional<double> bestScore;
    std::optional<qint64> lastCompletedAt;
    QList<std::optional<double>> trend; // average score per bucket, oldest first
};

struct AttemptFilter {
    std::optional<QStringList> userIds; // only these users (visibility, or user=/team= filters)
    std::optional<QString> scenarioId;
    std::optional<qint64> fromMs; // started at or after
    std::optional<qint64> toMs;   // started before
};

// Attempts of an org, newest first: keyset cursor (started_at, id).
class AttemptStore final {
public:
    explicit AttemptStore(Database& db)
        : m_db(db)
    {
    }

    QString create(const QString& orgId, const QString& userId, const QString& scenarioId,
        const QString& assignmentId, qint64 nowMs);
    // An attempt practised offline, under the id the app chose and its start time: false when
    // that id is taken (in any org).
    bool createOffline(const QString& id, const QString& orgId, const QString& userId,
        const QString& scenarioId, const QString& assignmentId, qint64 startedAtMs, qint64 nowMs);
    std::optional<AttemptRecord> attempt(const QString& orgId, const QString& id);
    QList<AttemptRecord> list(const QString& orgId, const AttemptFilter& filter,
        const std::optional<std::pair<qint64, QString>>& after, int limit);
    // Completes an in-progress attempt; false when it was no longer in progress.
    bool complete(const AttemptRecord& completed, qint64 nowMs);
    void setRecording(const QString& orgId, const QString& id, const QString& path, qint64 bytes,
        const QString& sha256, qint64 nowMs);
    // The voice gateway's record of the call (VoiceCall::store()).
    void setGatewayTranscript(const QString& orgId, const QString& id, const QByteArray& json);
    // The stored recording of any attempt (the signed download link names no org).
    std::optional<QString> recordingPath(const QString& attemptId);
    // The user's best completed score per scenario, for attempts started at or after `sinceMs`
    // (calls with no score, the rep having said too little, do not count).
    QHash<QString, double> bestScores(const QString& orgId, const QString& userId, qint64 sinceMs);
    // Every user's completed, scored attempts in the org: counts and scores of all time, and the
    // average of each of `buckets` windows of `bucketMs` ending at `toMs`.
    QHash<QString, PractiseSummary> practiseSummaries(
        const QString& orgId, qint64 toMs, int buckets, qint64 bucketMs);

private:
    Database& m_db;
};

} // namespace vt::server
