#pragma once

#include "AudioFormat.h"
#include "VoiceCodec.h"

#include <array>
#include <cstdint>
#include <deque>
#include <map>

namespace vt::audio {

// Agent audio from the network to the speaker: packets in, 10 ms frames out, on the audio
// worker thread. Timing invariants:
//  - playout starts (and restarts after running dry) only once the buffered audio reaches
//    the target delay, so a burst of lateness does not cause a stutter every packet;
//  - the target follows the observed arrival jitter (the spread of arrival minus send time
//    over the last two seconds) plus one packet, starting at initialTargetMs and kept within
//    [minTargetMs, maxTargetMs];
//  - after lateness did harm (a packet concealed at its turn, or playout running dry), while
//    the level is more than a packet below the target a concealed 20 ms packet is inserted
//    at a packet boundary (at most one per 100 ms), so the delay grows without more gaps;
//  - when the level stayed above the target plus a frame for half a second without draining,
//    one 10 ms frame is dropped, so the delay shrinks back once the network calms down. A
//    burst of early packets (an utterance sent ahead of time) drains, so it is never cut;
//  - a packet missing at its turn while later ones are here is lost: the decoder conceals it;
//    a packet arriving after its turn is late and discarded; at most maxPackets are held;
//  - playout starts with a 5 ms fade-in and, when it runs dry, ends with a concealed frame
//    faded out, so neither edge clicks.
class JitterBuffer final {
public:
    static constexpr int initialTargetMs = 40;
    static constexpr int minTargetMs = 40;
    static constexpr int maxTargetMs = 400;
    static constexpr std::size_t maxPackets = 3000; // 60 s: an utterance sent ahead of time fits
    static constexpr int fadeSamples = 5 * samplesPerMs;

    struct Frame {
        std::array<float, frameSamples> pcm{};
        bool agent = false;          // carries agent audio (decoded or concealed), not silence
        bool utteranceStart = false; // the first frame of a packet marked utteranceStart
    };
    struct Stats {
        std::uint64_t received = 0;
        std::uint64_t late = 0;
        std::uint64_t lost = 0;     // concealed in the middle of speech
        std::uint64_t dropped = 0;  // frames removed to shrink the delay, or packets over the bound
        std::uint64_t expanded = 0; // concealed packets inserted to grow the delay
        int targetMs = initialTargetMs;
        int bufferedMs = 0;
    };

    // `arrivalMs`: when the packet arrived, on the call clock.
    void push(EncodedPacket packet, std::int64_t arrivalMs);
    Frame next();
    // Barge-in: drops everything buffered and stops playout. Returns whether audio was playing.
    bool flush();

    bool isPlaying() const { return m_playing; }
    Stats stats() const;

private:
    int bufferedMs() const;
    void updateTarget(std::int64_t transit);
    bool decodeNextPacket();
    void startPlayout();

    VoiceDecoder m_decoder;
    std::map<std::uint32_t, EncodedPacket> m_packets;
    bool m_playing = false;
    bool m_haveNext = false;
    std::uint32_t m_nextSequence = 0;
    std::array<float, packetSamples> m_decoded{};
    int m_decodedOffset = packetSamples; // samples of m_decoded already played
    bool m_fadeIn = false;
    bool m_decodedStartsUtterance = false; // m_decoded came from a packet marked utteranceStart
    std::deque<std::int64_t> m_transits;   // arrival - timestamp of the last two seconds
    int m_targetMs = initialTargetMs;
    int m_windowFrames = 0;   // frames in the current half-second window
    int m_windowMinLevel = 0; // lowest level seen in it
    int m_windowStartLevel = 0;
    bool m_growthWanted = false; // lateness did harm: grow towards the target
    int m_framesSinceExpansion = 0;
    Stats m_stats;
};

} // namespace vt::audio
