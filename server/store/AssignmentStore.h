#pragma once

#include "db/Database.h"

#include <QList>
#include <QString>

#include <optional>

namespace vt::server {

struct AssignmentRecord {
    QString id;
    QString scenarioId; // one of scenarioId and trackId
    QString trackId;
    QString title;  // the scenario's or track's
    QString userId; // one of userId and teamId
    QString teamId;
    QString assignedBy;
    std::optional<qint64> dueAt;
    double passThreshold = 70;
    bool assessment = false;
    qint64 createdAt = 0;
};

// Assignments of an org: a scenario or a track, to a user or a team.
class AssignmentStore final {
public:
    explicit AssignmentStore(Database& db)
        : m_db(db)
    {
    }

    // The user's: given to them, or to their team; by due date (none last), then creation.
    QList<AssignmentRecord> forUser(
        const QString& orgId, const QString& userId, const QString& teamId);
    std::optional<AssignmentRecord> assignment(const QString& orgId, const QString& id);
    QString create(const QString& orgId, const AssignmentRecord& assignment, qint64 nowMs);

private:
    Database& m_db;
};

} // namespace vt::server
