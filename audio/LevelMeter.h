#pragma once

#include "AudioFormat.h"

#include <span>

namespace vt::audio {

// Signal level for meters, in dBFS: the frame's peak and RMS, and a peak that falls back at
// 20 dB per second so a meter updated at 20-60 Hz reads steadily.
struct Levels {
    float peakDb = -100.0f;
    float rmsDb = -100.0f;
    float heldPeakDb = -100.0f;
};

class LevelMeter final {
public:
    static constexpr float fallDbPerSecond = 20.0f;
    Levels process(std::span<const float> frame);
    Levels levels() const { return m_levels; }

private:
    Levels m_levels;
};

} // namespace vt::audio
