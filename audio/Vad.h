#pragma once

#include "AudioFormat.h"

#include <cstdint>
#include <optional>
#include <span>

namespace vt::audio {

// A stretch of speech on the call clock.
struct TalkSegment {
    std::int64_t startMs = 0;
    std::int64_t endMs = 0;
};

// Voice activity for the rep's microphone, one 10 ms frame at a time. A frame is active
// when its energy stands clearly above the tracked noise floor (and above an absolute floor).
// Timing invariants:
//  - a segment opens after minActiveFrames active frames in a row, and is dated from the
//    first of them (speechStarted() reports it once, for barge-in);
//  - it stays open through pauses shorter than the hangover, so words join into a turn;
//  - it closes after the hangover, dated to the end of its last active frame, so reported
//    spans hug the speech (the hangover never lengthens them);
//  - a segment shorter than minSegmentMs is dropped as a click.
class Vad final {
public:
    static constexpr int hangoverMs = 300;
    static constexpr int minActiveFrames = 2;
    static constexpr int minSegmentMs = 60;
    static constexpr double thresholdAboveFloorDb = 12.0;
    static constexpr double absoluteFloorDb = -55.0;

    struct Result {
        bool active = false;                // this frame
        bool speechStarted = false;         // a segment opened with this frame
        std::optional<TalkSegment> segment; // a segment closed with this frame
    };

    // `frameIndex`: the frame's position on the call clock (frameIndex × 10 ms).
    Result process(std::span<const float, frameSamples> frame, std::int64_t frameIndex);
    // Closes an open segment now (at the end of the call, or when the caller knows the turn
    // is over).
    std::optional<TalkSegment> finish();
    // The open segment closes after `ms` of silence instead of hangoverMs (for that segment
    // only): a listener that knows more about the words can end a turn sooner or wait longer.
    void setSegmentHangoverMs(int ms) { m_segmentHangoverMs = ms; }
    bool inSegment() const { return m_inSegment; }
    // How long the open segment has been silent.
    int silentMs() const { return m_silentFrames * frameMs; }

private:
    double m_floorDb = -90.0;
    bool m_floorInitialised = false;
    int m_activeRun = 0;
    std::int64_t m_runStart = 0;
    bool m_inSegment = false;
    std::int64_t m_segmentStart = 0;
    std::int64_t m_lastActiveEnd = 0; // frame index one past the last active frame
    int m_silentFrames = 0;
    int m_segmentHangoverMs = hangoverMs;
};

// Frame energy in dBFS (mean square), -100 for silence.
double frameEnergyDb(std::span<const float> frame);

} // namespace vt::audio
