#pragma once

#include "ApiCall.h"
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

} // namespace vt::server
