#pragma once

#include <cstddef>
#include <cstdint>

namespace vt::test {

// One fuzz input through every parser of an answer the client reads from the platform
// (protocol/ApiResources.h): pages of scenarios, tracks and attempts, a track, assignments,
// the leaderboard, an attempt, a comment, a started call. A parse must either give a value or
// say what is wrong; anything else aborts. Returns 0.
int fuzzApiAnswer(const std::uint8_t* data, std::size_t size);

} // namespace vt::test
