#pragma once

#include "ApiCall.h"
#include "store/AssignmentStore.h"
#include "store/AttemptStore.h"

#include <optional>

namespace vt::server {

struct Platform;

// The attempt at the route's {id}, looked up in the caller's org only. Both reply and return
// nothing when the caller may not have it: 404 for none (or another org's, never confirmed),
// 403 for one of the org the caller may not have.

// Readable: the caller's own, their team's (managers), or the org's (admin, hr).
std::optional<AttemptRecord> visibleAttempt(Platform& platform, const ApiCallPtr& call);
// Writable: only the rep who made the call; `forbidden` says what they may not do.
std::optional<AttemptRecord> ownAttempt(
    Platform& platform, const ApiCallPtr& call, const QString& forbidden);

// Whether the assignment is the caller's (given to them or their team) and covers the
// scenario (is for it, or is a track with it).
bool assignmentCovers(
    Platform& platform, const Caller& caller, const AssignmentRecord& a, const QString& scenarioId);

} // namespace vt::server
