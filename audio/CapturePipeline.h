#pragma once

#include "AudioFormat.h"
#include "EchoCanceller.h"
#include "LevelMeter.h"
#include "Vad.h"
#include "VoiceCodec.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace vt::audio {

// The rep's microphone, one 10 ms frame at a time on the audio worker thread: level meter
// (of the raw microphone, so a rep can check a headset while muted), echo cancellation,
// noise suppression and AGC, mute, VAD, and the Opus encoder.
//
// Timing invariants:
//  - frame n covers call-clock time [n × 10 ms, (n + 1) × 10 ms); packets are stamped with
//    their first frame's time and numbered from 0;
//  - the echo canceller gets, for mic frame n, the playback frame n - referenceDelayFrames:
//    the engine sets the delay from the devices' latencies minus one frame, so the reference
//    always leaves the speaker before its echo reaches the microphone (the filter cannot model
//    an echo that comes before its reference, and covers 200 ms after it);
//  - muted frames are silence for the encoder and the VAD: nobody hears them, nothing is said.
class CapturePipeline final {
public:
    struct Options {
        EchoCanceller::Options processing;
        int referenceDelayFrames = 0;
    };
    struct Output {
        Levels levels;
        bool speechStarted = false;
        std::optional<TalkSegment> segment;
        std::optional<EncodedPacket> packet;
        std::span<const float, frameSamples> processed; // valid until the next process()
    };

    explicit CapturePipeline(Options options);

    Output process(
        std::span<const float, frameSamples> mic, std::span<const float, frameSamples> playback);
    // Ends the call: closes an open talk segment.
    std::optional<TalkSegment> finish() { return m_vad.finish(); }

    void setMuted(bool muted) { m_muted = muted; }
    std::int64_t frameIndex() const { return m_frame; }

private:
    Options m_options;
    EchoCanceller m_canceller;
    LevelMeter m_meter;
    Vad m_vad;
    VoiceEncoder m_encoder;
    std::vector<std::array<float, frameSamples>> m_references; // ring of recent playback frames
    std::array<float, frameSamples> m_processed{};
    std::array<float, packetSamples> m_packet{};
    bool m_muted = false;
    std::int64_t m_frame = 0;
    std::uint32_t m_sequence = 0;
};

} // namespace vt::audio
