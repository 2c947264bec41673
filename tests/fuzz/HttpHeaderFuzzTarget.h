#pragma once

#include <cstddef>
#include <cstdint>

namespace vt::test {

// One fuzz input through the parsers of HTTP header values the sync engine reads from the
// platform (Retry-After, HTTP-date): a value or nothing, never a crash, always in range; a
// date that parses formats back (as IMF-fixdate) to one that parses to the same instant.
// Returns 0.
int fuzzHttpHeader(const std::uint8_t* data, std::size_t size);

} // namespace vt::test
