#include "CapturePipeline.h"

#include <algorithm>

namespace vt::audio {

CapturePipeline::CapturePipeline(Options options)
    : m_options(options)
    , m_canceller(options.processing)
    , m_references(static_cast<std::size_t>(std::max(0, options.referenceDelayFrames)) + 1)
{
}

CapturePipeline::Output CapturePipeline::process(
    std::span<const float, frameSamples> mic, std::span<const float, frameSamples> playback)
{
    Output out{m_meter.process(mic), false, std::nullopt, std::nullopt, m_processed};

    // The ring holds the last delay + 1 playback frames. Frame n - delay sits in slot
    // (n + 1) % slots; before any playback it is still the silence the ring started with.
    const std::size_t slots = m_references.size();
    std::copy(playback.begin(), playback.end(),
        m_references[static_cast<std::size_t>(m_frame) % slots].begin());
    const auto& reference = m_references[static_cast<std::size_t>(m_frame + 1) % slots];

    if (m_muted)
        std::fill(m_processed.begin(), m_processed.end(), 0.0f);
    else
        m_canceller.process(mic, reference, m_processed);

    const Vad::Result vad = m_vad.process(m_processed, m_frame);
    out.speechStarted = vad.speechStarted;
    out.segment = vad.segment;

    const std::size_t half = static_cast<std::size_t>(m_frame % 2) * frameSamples;
    std::copy(m_processed.begin(), m_processed.end(),
        m_packet.begin() + static_cast<std::ptrdiff_t>(half));
    if (half != 0) {
        EncodedPacket packet{m_sequence++, (m_frame - 1) * frameMs, m_encoder.encode(m_packet)};
        out.packet = std::move(packet);
    }
    ++m_frame;
    return out;
}

} // namespace vt::audio
