#pragma once

#include <cstddef>
#include <cstdint>

namespace vt::test {

// One fuzz input through the voice gateway's frame parsers, as both ends read them: as a
// binary audio frame, and as a JSON text message. A parse must give a value or an error;
// whatever parses must write back to bytes that parse to the same thing. Returns 0.
int fuzzVoiceFrame(const std::uint8_t* data, std::size_t size);

} // namespace vt::test
