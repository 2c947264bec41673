#include "JitterBuffer.h"

#include <algorithm>
#include <vector>

namespace vt::audio {
namespace {

constexpr std::size_t transitWindow = 100; // packets: two seconds of 20 ms packets

} // namespace

void JitterBuffer::push(EncodedPacket packet, std::int64_t arrivalMs)
{
    ++m_stats.received;
    updateTarget(arrivalMs - packet.timestampMs);
    // Sequence numbers wrap at 2^32; a difference read as signed tells old from new.
    if (m_haveNext && static_cast<std::int32_t>(packet.sequence - m_nextSequence) < 0) {
        ++m_stats.late;
        return;
    }
    if (m_packets.size() >= maxPackets) {
        m_packets.erase(m_packets.begin()); // bounded: the oldest goes
        ++m_stats.dropped;
    }
    const std::uint32_t sequence = packet.sequence;
    m_packets.insert_or_assign(sequence, std::move(packet));
}

void JitterBuffer::updateTarget(std::int64_t transit)
{
    m_transits.push_back(transit);
    if (m_transits.size() > transitWindow)
        m_transits.pop_front();
    if (m_transits.size() < 10)
        return;
    std::vector<std::int64_t> sorted(m_transits.begin(), m_transits.end());
    std::sort(sorted.begin(), sorted.end());
    const std::int64_t spread = sorted[sorted.size() * 95 / 100] - sorted.front();
    m_targetMs
        = static_cast<int>(std::clamp<std::int64_t>(spread + packetMs, minTargetMs, maxTargetMs));
}

int JitterBuffer::bufferedMs() const
{
    return static_cast<int>(m_packets.size()) * packetMs
        + (packetSamples - m_decodedOffset) / samplesPerMs;
}

void JitterBuffer::startPlayout()
{
    m_playing = true;
    m_fadeIn = true;
    m_windowFrames = 0;
    if (!m_haveNext) {
        m_nextSequence = m_packets.begin()->first;
        m_haveNext = true;
    }
}

// Makes m_decoded hold the next packet's audio: decoded, or concealed when it is missing but
// later packets are here. False when there is nothing left to play.
bool JitterBuffer::decodeNextPacket()
{
    // Skip anything that became stale.
    while (!m_packets.empty()
        && static_cast<std::int32_t>(m_packets.begin()->first - m_nextSequence) < 0)
        m_packets.erase(m_packets.begin());
    if (m_packets.empty())
        return false;
    const auto it = m_packets.find(m_nextSequence);
    m_decodedStartsUtterance = false;
    if (it != m_packets.end()) {
        m_decoder.decode(it->second.payload, m_decoded);
        m_decodedStartsUtterance = it->second.utteranceStart;
        m_packets.erase(it);
    } else {
        m_decoder.conceal(m_decoded);
        ++m_stats.lost;
        m_growthWanted = true;
    }
    ++m_nextSequence;
    m_decodedOffset = 0;
    return true;
}

JitterBuffer::Frame JitterBuffer::next()
{
    Frame frame;
    if (!m_playing) {
        if (m_packets.empty() || bufferedMs() < m_targetMs)
            return frame; // silence while buffering
        startPlayout();
    }

    // Grow, once lateness did harm: a concealed packet instead of the next, at a boundary.
    ++m_framesSinceExpansion;
    if (m_growthWanted && bufferedMs() + packetMs >= m_targetMs)
        m_growthWanted = false;
    if (m_growthWanted && m_decodedOffset >= packetSamples && !m_packets.empty()
        && m_framesSinceExpansion >= 10) {
        m_decoder.conceal(m_decoded);
        m_decodedOffset = 0;
        m_framesSinceExpansion = 0;
        ++m_stats.expanded;
    }
    // Shrink: half a second above the target that did not drain loses one frame.
    const int level = bufferedMs();
    if (m_windowFrames == 0) {
        m_windowStartLevel = level;
        m_windowMinLevel = level;
    }
    m_windowMinLevel = std::min(m_windowMinLevel, level);
    if (++m_windowFrames >= 50) {
        m_windowFrames = 0;
        if (m_windowMinLevel > m_targetMs + frameMs && level + packetMs >= m_windowStartLevel) {
            if (m_decodedOffset >= packetSamples)
                decodeNextPacket();
            m_decodedOffset = std::min(packetSamples, m_decodedOffset + frameSamples);
            ++m_stats.dropped;
        }
    }

    if (m_decodedOffset >= packetSamples && !decodeNextPacket()) {
        // Ran dry in the middle of speech: conceal once, faded out, then wait for the target.
        m_decoder.conceal(m_decoded);
        std::copy_n(m_decoded.begin(), frameSamples, frame.pcm.begin());
        for (std::size_t i = 0; i < frameSamples; ++i)
            frame.pcm[i] *= 1.0f - static_cast<float>(i) / frameSamples;
        frame.agent = true;
        m_playing = false;
        m_growthWanted = false; // it refills to the target before playing again
        m_decodedOffset = packetSamples;
        return frame;
    }
    std::copy_n(m_decoded.begin() + m_decodedOffset, frameSamples, frame.pcm.begin());
    // Once: a concealed packet inserted to grow the delay replays m_decoded from offset 0.
    frame.utteranceStart = m_decodedOffset == 0 && m_decodedStartsUtterance;
    m_decodedStartsUtterance = m_decodedStartsUtterance && !frame.utteranceStart;
    m_decodedOffset += frameSamples;
    frame.agent = true;
    if (m_fadeIn) {
        for (int i = 0; i < fadeSamples; ++i)
            frame.pcm[static_cast<std::size_t>(i)] *= static_cast<float>(i) / fadeSamples;
        m_fadeIn = false;
    }
    return frame;
}

bool JitterBuffer::flush()
{
    const bool wasPlaying = m_playing;
    m_packets.clear();
    m_playing = false;
    m_haveNext = false;
    m_decodedOffset = packetSamples;
    m_decoder = VoiceDecoder(); // the next utterance starts from a clean decoder state
    return wasPlaying;
}

JitterBuffer::Stats JitterBuffer::stats() const
{
    Stats stats = m_stats;
    stats.targetMs = m_targetMs;
    stats.bufferedMs = bufferedMs();
    return stats;
}

} // namespace vt::audio
