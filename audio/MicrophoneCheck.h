#pragma once

#include "AudioEngine.h"

#include <array>
#include <cstdint>
#include <mutex>

namespace vt::audio {

// "Is my headset working?": the raw microphone's level, live, and a verdict over the whole
// check. Run it on an engine with all processing off (the level of the microphone itself,
// not of what AGC makes of it); it reads the engine's frames.
//
// Over the check, each 10 ms frame's RMS goes into a 1 dB histogram: its 10th percentile is
// the background, its 95th the speaking level. Verdict, first that applies:
//  - no signal: every sample was digital silence (a muted or blocked microphone);
//  - clipping: more than 0.5 % of frames reached −0.5 dBFS (gain too high, distorted);
//  - too quiet: the speaking level is below −45 dBFS (too far, or gain too low);
//  - noisy: the background is above −45 dBFS (fan, street, open office close by);
//  - good.
class MicrophoneCheck final : public AudioEngine::Listener {
public:
    static constexpr float clipDb = -0.5f;
    static constexpr double clippedShare = 0.005;
    static constexpr double quietDb = -45.0;
    static constexpr double noisyDb = -45.0;

    enum class Verdict { NoSignal, Clipping, TooQuiet, Noisy, Good };
    struct Summary {
        std::int64_t frames = 0;
        double peakDb = -100;       // the loudest sample
        double backgroundDb = -100; // 10th percentile of frame RMS
        double speechDb = -100;     // 95th percentile of frame RMS
        std::int64_t clippedFrames = 0;
        Verdict verdict = Verdict::NoSignal;
    };

    void frame(std::span<const float, frameSamples> microphone,
        std::span<const float, frameSamples> processed,
        std::span<const float, frameSamples> agent) override;
    // Thread-safe: the levels of the latest frame (held peak falls at 20 dB/s).
    Levels current() const;
    // Thread-safe.
    Summary summary() const;

private:
    static constexpr int floorDb = -100;
    mutable std::mutex m_mutex;
    LevelMeter m_meter;
    Levels m_current;
    std::array<std::int64_t, 101> m_histogram{}; // frame RMS, −100..0 dBFS in 1 dB steps
    std::int64_t m_frames = 0;
    std::int64_t m_clipped = 0;
    std::int64_t m_nonZero = 0;
    float m_peakDb = -100.0f;
};

} // namespace vt::audio
