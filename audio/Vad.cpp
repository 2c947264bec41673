#include "Vad.h"

#include <algorithm>
#include <cmath>

namespace vt::audio {

double frameEnergyDb(std::span<const float> frame)
{
    double sum = 0.0;
    for (const float s : frame)
        sum += static_cast<double>(s) * s;
    const double mean = frame.empty() ? 0.0 : sum / static_cast<double>(frame.size());
    return mean > 1e-10 ? 10.0 * std::log10(mean) : -100.0;
}

Vad::Result Vad::process(std::span<const float, frameSamples> frame, std::int64_t frameIndex)
{
    const double energy = frameEnergyDb(frame);
    // Noise floor: follows quiet frames down at once, creeps up slowly (3 dB a second) so
    // speech does not raise it but a noisier room eventually does.
    if (!m_floorInitialised) {
        m_floorDb = energy;
        m_floorInitialised = true;
    } else if (energy < m_floorDb) {
        m_floorDb = energy;
    } else {
        m_floorDb += 0.03;
    }
    Result result;
    result.active = energy > std::max(m_floorDb + thresholdAboveFloorDb, absoluteFloorDb);

    if (result.active) {
        if (m_activeRun == 0)
            m_runStart = frameIndex;
        ++m_activeRun;
        m_lastActiveEnd = frameIndex + 1;
        m_silentFrames = 0;
        if (!m_inSegment && m_activeRun >= minActiveFrames) {
            m_inSegment = true;
            m_segmentStart = m_runStart;
            result.speechStarted = true;
        }
        return result;
    }
    m_activeRun = 0;
    if (m_inSegment && ++m_silentFrames * frameMs >= m_segmentHangoverMs)
        result.segment = finish();
    return result;
}

std::optional<TalkSegment> Vad::finish()
{
    if (!m_inSegment)
        return std::nullopt;
    m_inSegment = false;
    m_silentFrames = 0;
    m_segmentHangoverMs = hangoverMs;
    const TalkSegment segment{m_segmentStart * frameMs, m_lastActiveEnd * frameMs};
    if (segment.endMs - segment.startMs < minSegmentMs)
        return std::nullopt;
    return segment;
}

} // namespace vt::audio
