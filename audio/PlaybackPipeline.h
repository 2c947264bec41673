#pragma once

#include "JitterBuffer.h"
#include "LevelMeter.h"
#include "Vad.h"

#include <cstdint>
#include <deque>
#include <optional>

namespace vt::audio {

// Agent audio from packets to the speaker, and when the agent was actually heard.
//
// Timing invariants:
//  - produce() hands out frame after frame of a continuous stream; frame f starts at sample
//    f × 480 of it. "Consumed" is the speaker's position in that stream: samples played plus
//    samples discarded by a flush, so positions stay true after a barge-in;
//  - the agent is heard from the moment the speaker has consumed the start of a frame that
//    carries agent audio: played() turns the speaker's consumed-sample count and the call
//    clock "now" into call-clock times (now minus what was consumed after that frame began);
//  - an utterance is a run of agent frames; gaps shorter than 300 ms (jitter, concealment)
//    do not split it, a packet marked utteranceStart does; it ends when the speaker consumed
//    the end of its last agent frame;
//  - flush() (barge-in) ends the current utterance where the speaker is now, and reports how
//    many milliseconds of it were actually heard;
//  - rewind() (the devices were lost) takes the stream back to the frame after the one the
//    speaker was in: the frames produced since are produced again, in order, before anything
//    new, so the agent's words continue on the reopened devices where they stopped.
class PlaybackPipeline final {
public:
    static constexpr int utteranceGapMs = 300;
    // How far back rewind() can go: more than a device's queue and the engine's cushion.
    static constexpr int historyFrames = 40;

    struct Heard {
        std::optional<std::int64_t> agentStartedMs; // an utterance began to be heard
        std::optional<TalkSegment> agentSegment;    // an utterance was heard to its end
    };
    struct FlushResult {
        bool wasPlaying = false;
        std::int64_t playedMs = 0; // of the current utterance, as heard
        std::optional<TalkSegment> segment;
    };

    void push(EncodedPacket packet, std::int64_t arrivalMs)
    {
        m_buffer.push(std::move(packet), arrivalMs);
    }
    const JitterBuffer::Frame& produce();
    Heard played(std::int64_t consumedSamples, std::int64_t nowMs);
    FlushResult flush(std::int64_t consumedSamples, std::int64_t nowMs);
    // Returns the number of frames that will be produced again.
    int rewind(std::int64_t consumedSamples);

    Levels levels() const { return m_meter.levels(); }
    JitterBuffer::Stats stats() const { return m_buffer.stats(); }
    bool agentAudible() const { return m_heardStart.has_value(); }
    std::int64_t producedSamples() const { return m_produced * frameSamples; }

private:
    std::int64_t heardAt(
        std::int64_t sample, std::int64_t consumedSamples, std::int64_t nowMs) const;

    JitterBuffer m_buffer;
    LevelMeter m_meter;
    JitterBuffer::Frame m_frame;
    std::int64_t m_produced = 0;
    // Frames produced but not yet consumed that start or end an utterance.
    struct Mark {
        std::int64_t sample; // where in the speaker's stream
        bool start;          // true: first agent frame; false: one past the last
    };
    std::deque<Mark> m_marks;
    bool m_inUtterance = false;               // on the producing side
    std::int64_t m_lastAgentEnd = 0;          // sample one past the last agent frame produced
    std::optional<std::int64_t> m_heardStart; // call-clock ms the current utterance was first heard
    std::optional<std::int64_t> m_heardStartSample;
    // The last frames produced, each with the producing side's state before it, for rewind();
    // and the frames to produce again.
    struct Produced {
        JitterBuffer::Frame frame;
        bool inUtterance;
        std::int64_t lastAgentEnd;
    };
    std::deque<Produced> m_history;
    std::deque<JitterBuffer::Frame> m_replay;
};

} // namespace vt::audio
