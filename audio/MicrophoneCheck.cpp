#include "MicrophoneCheck.h"

#include <algorithm>
#include <cmath>

namespace vt::audio {

void MicrophoneCheck::frame(std::span<const float, frameSamples> microphone,
    std::span<const float, frameSamples>, std::span<const float, frameSamples>)
{
    const bool silent
        = std::all_of(microphone.begin(), microphone.end(), [](float s) { return s == 0.0f; });
    const std::lock_guard lock(m_mutex);
    m_current = m_meter.process(microphone);
    const int bucket = std::clamp(
        static_cast<int>(std::lround(m_current.rmsDb)) - floorDb, 0, int(m_histogram.size()) - 1);
    ++m_histogram[static_cast<std::size_t>(bucket)];
    ++m_frames;
    m_clipped += m_current.peakDb >= clipDb ? 1 : 0;
    m_nonZero += silent ? 0 : 1;
    m_peakDb = std::max(m_peakDb, m_current.peakDb);
}

Levels MicrophoneCheck::current() const
{
    const std::lock_guard lock(m_mutex);
    return m_current;
}

MicrophoneCheck::Summary MicrophoneCheck::summary() const
{
    const std::lock_guard lock(m_mutex);
    Summary s;
    s.frames = m_frames;
    s.peakDb = m_peakDb;
    s.clippedFrames = m_clipped;
    const auto percentile = [this](double share) {
        const auto wanted
            = static_cast<std::int64_t>(std::ceil(share * static_cast<double>(m_frames)));
        std::int64_t seen = 0;
        for (std::size_t i = 0; i < m_histogram.size(); ++i) {
            seen += m_histogram[i];
            if (seen >= std::max<std::int64_t>(wanted, 1))
                return static_cast<double>(static_cast<int>(i) + floorDb);
        }
        return 0.0;
    };
    if (m_frames == 0)
        return s;
    s.backgroundDb = percentile(0.10);
    s.speechDb = percentile(0.95);
    if (m_nonZero == 0)
        s.verdict = Verdict::NoSignal;
    else if (static_cast<double>(m_clipped) > clippedShare * static_cast<double>(m_frames))
        s.verdict = Verdict::Clipping;
    else if (s.speechDb < quietDb)
        s.verdict = Verdict::TooQuiet;
    else if (s.backgroundDb > noisyDb)
        s.verdict = Verdict::Noisy;
    else
        s.verdict = Verdict::Good;
    return s;
}

} // namespace vt::audio
