#pragma once

#include <cstdint>

namespace vt::audio {

// The format inside the app (DESIGN.md): 48 kHz mono float32 in 10 ms frames. Devices and
// files are resampled to it at their edge; Opus packets carry 20 ms.
inline constexpr int sampleRate = 48000;
inline constexpr int frameSamples = 480;  // 10 ms
inline constexpr int packetSamples = 960; // 20 ms
inline constexpr int frameMs = 10;
inline constexpr int packetMs = 20;
inline constexpr int samplesPerMs = sampleRate / 1000;

// The call clock: milliseconds since the call started, from sample counts, never wall time.
constexpr std::int64_t samplesToMs(std::int64_t samples)
{
    return samples / samplesPerMs;
}

} // namespace vt::audio
