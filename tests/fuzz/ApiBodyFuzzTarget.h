#pragma once

#include <cstddef>
#include <cstdint>

namespace vt::test {

// One fuzz input through every parser of a request body the platform reads: the token form
// and JSON, POST /calls, PUT /attempts/{id} (and, when that parses, the transcript through the
// scoring module as the server re-scores it), comments, and the recording upload check. A
// parse must either give a value or say what is wrong; anything else aborts. Returns 0.
int fuzzApiBody(const std::uint8_t* data, std::size_t size);

} // namespace vt::test
