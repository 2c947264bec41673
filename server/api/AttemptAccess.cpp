#include "AttemptAccess.h"

#include "AccessPolicy.h"
#include "Platform.h"

#include <algorithm>

namespace vt::server {
namespace {

std::optional<AttemptRecord> lookUp(Platform& platform, const ApiCallPtr& call)
{
    std::optional<AttemptRecord> attempt
        = platform.attempts.attempt(call->caller().orgId, call->param(QStringLiteral("id")));
    if (!attempt)
        call->problem(ProblemType::NotFound, QStringLiteral("there is no such attempt"));
    return attempt;
}

} // namespace

std::optional<AttemptRecord> visibleAttempt(Platform& platform, const ApiCallPtr& call)
{
    std::optional<AttemptRecord> attempt = lookUp(platform, call);
    if (attempt
        && !AccessPolicy::canSeeUser(call->caller(), attempt->userId, attempt->userTeamId)) {
        call->problem(
            ProblemType::Forbidden, QStringLiteral("this attempt is not yours or your team's"));
        return std::nullopt;
    }
    return attempt;
}

std::optional<AttemptRecord> ownAttempt(
    Platform& platform, const ApiCallPtr& call, const QString& forbidden)
{
    std::optional<AttemptRecord> attempt = lookUp(platform, call);
    if (attempt && attempt->userId != call->caller().userId) {
        call->problem(ProblemType::Forbidden, forbidden);
        return std::nullopt;
    }
    return attempt;
}

bool assignmentCovers(
    Platform& platform, const Caller& caller, const AssignmentRecord& a, const QString& scenarioId)
{
    const bool mine
        = a.userId == caller.userId || (!a.teamId.isEmpty() && a.teamId == caller.teamId);
    if (!mine)
        return false;
    if (!a.scenarioId.isEmpty())
        return a.scenarioId == scenarioId;
    const std::optional<TrackRecord> track = platform.catalog.track(caller.orgId, a.trackId);
    return track && std::any_of(track->steps.begin(), track->steps.end(), [&](const TrackStep& s) {
        return s.scenarioId == scenarioId;
    });
}

} // namespace vt::server
