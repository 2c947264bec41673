#include "AttemptAccess.h"

#include "AccessPolicy.h"
#include "Platform.h"

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

} // namespace vt::server
