#include "LevelMeter.h"

#include "Vad.h"

#include <algorithm>
#include <cmath>

namespace vt::audio {

Levels LevelMeter::process(std::span<const float> frame)
{
    float peak = 0.0f;
    for (const float s : frame)
        peak = std::max(peak, std::abs(s));
    m_levels.peakDb = peak > 1e-5f ? 20.0f * std::log10(peak) : -100.0f;
    m_levels.rmsDb = static_cast<float>(frameEnergyDb(frame));
    const float fallen
        = m_levels.heldPeakDb - fallDbPerSecond * static_cast<float>(frame.size()) / sampleRate;
    m_levels.heldPeakDb = std::max({m_levels.peakDb, fallen, -100.0f});
    return m_levels;
}

} // namespace vt::audio
