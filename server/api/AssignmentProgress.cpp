#include "AssignmentProgress.h"

#include <algorithm>

namespace vt::server {

AssignmentProgress progressOf(const AssignmentRecord& a, const std::optional<TrackRecord>& track,
    const QHash<QString, double>& best, qint64 nowMs)
{
    QStringList scenarioIds;
    if (track) {
        for (const TrackStep& step : track->steps)
            scenarioIds.append(step.scenarioId);
    } else {
        scenarioIds.append(a.scenarioId);
    }
    AssignmentProgress p;
    for (const QString& id : std::as_const(scenarioIds)) {
        AssignmentProgress::Step step;
        step.scenarioId = id;
        const auto it = best.constFind(id);
        if (it != best.constEnd()) {
            step.bestScore = *it;
            step.passed = *it >= a.passThreshold;
            p.attempted = true;
            p.bestScore = std::max(p.bestScore.value_or(0.0), *it);
        }
        p.done += step.passed ? 1 : 0;
        p.steps.append(step);
    }
    p.completed = p.done == scenarioIds.size() && !scenarioIds.isEmpty();
    p.status = p.completed ? QStringLiteral("completed")
        : p.attempted      ? QStringLiteral("in_progress")
                           : QStringLiteral("not_started");
    p.overdue = !p.completed && a.dueAt && nowMs > *a.dueAt;
    return p;
}

} // namespace vt::server
