#pragma once

#include <cstddef>
#include <cstdint>

namespace vt::test {

// One fuzz input through the audio file parsers (WAV and Ogg Opus, as a file microphone or
// `audio encode|decode` reads them) and on into the resampler, as the app uses a clip. A
// parsed clip must be sane: 1-8 channels, a rate the app supports, whole frames, finite
// samples; anything else aborts, which the fuzzer reports like a crash. Returns 0.
int fuzzAudioFile(const std::uint8_t* data, std::size_t size);

} // namespace vt::test
