#pragma once

#include <cstddef>
#include <cstdint>

namespace vt::test {

// One fuzz input through the scoring module's parsers and KPI code. Any input is parsed as a
// transcript and as a scenario; a document {"transcript": ..., "scenario": ...} is also
// scored in batch and through LiveScorer fed in reverse, and the two must give the same bytes
// (a mismatch aborts, which the fuzzer reports like a crash). Returns 0.
int fuzzScoring(const std::uint8_t* data, std::size_t size);

} // namespace vt::test
