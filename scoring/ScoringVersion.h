#pragma once

#include <string_view>

namespace vt::scoring {

// Bumped whenever any output of the module can change; docs/scoring.md has the changelog.
inline constexpr std::string_view scoringVersion = "1.1.0";

} // namespace vt::scoring
