#pragma once

#include "store/AssignmentStore.h"
#include "store/CatalogStore.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace vt::server {

// Where one person stands on one assignment, from their best scores since it was given: a
// scenario is done when its best score reaches the pass threshold; a track when all its steps
// are.
struct AssignmentProgress {
    struct Step {
        QString scenarioId;
        std::optional<double> bestScore;
        bool passed = false;
    };
    QList<Step> steps;
    int done = 0;
    bool attempted = false;
    bool completed = false;
    bool overdue = false;
    std::optional<double> bestScore;
    QString status; // not_started, in_progress, completed
};

AssignmentProgress progressOf(const AssignmentRecord& assignment,
    const std::optional<TrackRecord>& track, const QHash<QString, double>& bestScores,
    qint64 nowMs);

} // namespace vt::server
