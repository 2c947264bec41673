#include "PlaybackPipeline.h"

#include <algorithm>

namespace vt::audio {

const JitterBuffer::Frame& PlaybackPipeline::produce()
{
    if (m_replay.empty()) {
        m_frame = m_buffer.next();
    } else {
        m_frame = m_replay.front();
        m_replay.pop_front();
    }
    if (m_history.size() == std::size_t{historyFrames})
        m_history.pop_front();
    m_history.push_back({m_frame, m_inUtterance, m_lastAgentEnd});
    m_meter.process(m_frame.pcm);
    const std::int64_t start = m_produced * frameSamples;
    if (m_frame.agent) {
        if (m_inUtterance && m_frame.utteranceStart) {
            // The next utterance follows without a pause: the previous one ends here.
            m_marks.push_back({m_lastAgentEnd, false});
            m_inUtterance = false;
        }
        if (!m_inUtterance) {
            m_marks.push_back({start, true});
            m_inUtterance = true;
        }
        m_lastAgentEnd = start + frameSamples;
    } else if (m_inUtterance
        && start + frameSamples - m_lastAgentEnd >= std::int64_t{utteranceGapMs} * samplesPerMs) {
        m_marks.push_back({m_lastAgentEnd, false});
        m_inUtterance = false;
    }
    ++m_produced;
    return m_frame;
}

std::int64_t PlaybackPipeline::heardAt(
    std::int64_t sample, std::int64_t consumedSamples, std::int64_t nowMs) const
{
    return nowMs - samplesToMs(consumedSamples - sample);
}

PlaybackPipeline::Heard PlaybackPipeline::played(std::int64_t consumedSamples, std::int64_t nowMs)
{
    Heard heard;
    while (!m_marks.empty() && m_marks.front().sample <= consumedSamples) {
        const Mark mark = m_marks.front();
        m_marks.pop_front();
        const std::int64_t at = heardAt(mark.sample, consumedSamples, nowMs);
        if (mark.start) {
            m_heardStart = at;
            m_heardStartSample = mark.sample;
            heard.agentStartedMs = at;
        } else if (m_heardStart) {
            heard.agentSegment = TalkSegment{*m_heardStart, at};
            m_heardStart.reset();
            m_heardStartSample.reset();
        }
    }
    return heard;
}

PlaybackPipeline::FlushResult PlaybackPipeline::flush(
    std::int64_t consumedSamples, std::int64_t nowMs)
{
    // Whatever was produced is about to be discarded at the device edge: what the speaker has
    // consumed is all that was heard.
    played(consumedSamples, nowMs);
    FlushResult result;
    result.wasPlaying = m_buffer.flush() || m_heardStart.has_value();
    if (m_heardStart) {
        result.playedMs = samplesToMs(consumedSamples - *m_heardStartSample);
        result.segment = TalkSegment{*m_heardStart, nowMs};
    }
    m_marks.clear();
    m_inUtterance = false;
    m_heardStart.reset();
    m_heardStartSample.reset();
    m_history.clear();
    m_replay.clear();
    return result;
}

int PlaybackPipeline::rewind(std::int64_t consumedSamples)
{
    // From the frame after the one the speaker was in (at most 10 ms is not heard again), so
    // no mark the speaker has passed is produced twice.
    std::int64_t from = consumedSamples / frameSamples + 1;
    from = std::max(from, m_produced - static_cast<std::int64_t>(m_history.size()));
    const std::int64_t count = m_produced - from;
    if (count <= 0)
        return 0;
    const auto first = m_history.end() - static_cast<std::ptrdiff_t>(count);
    m_inUtterance = first->inUtterance;
    m_lastAgentEnd = first->lastAgentEnd;
    const std::int64_t fromSample = from * frameSamples;
    while (!m_marks.empty() && m_marks.back().sample >= fromSample)
        m_marks.pop_back();
    // Before any frames still waiting from an earlier rewind.
    std::deque<JitterBuffer::Frame> again;
    for (auto it = first; it != m_history.end(); ++it)
        again.push_back(it->frame);
    again.insert(again.end(), m_replay.begin(), m_replay.end());
    m_replay.swap(again);
    m_history.erase(first, m_history.end());
    m_produced = from;
    return static_cast<int>(count);
}

} // namespace vt::audio
