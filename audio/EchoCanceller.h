#pragma once

#include "AudioFormat.h"

#include <array>
#include <span>

struct SpeexEchoState_;
struct SpeexPreprocessState_;

namespace vt::audio {

// The capture side's clean-up for one 10 ms frame at 48 kHz: acoustic echo cancellation
// (speexdsp MDF, the agent's playback as reference), then the preprocessor: noise
// suppression, automatic gain, and suppression of the echo the filter left. Each part can be
// switched off; with all off the frame passes untouched. While the reference has been digital
// silence for longer than the tail (the agent is not talking), the filter is skipped: there is
// nothing to cancel, and it is the most expensive step of the capture chain.
//
// Alignment: `reference` must be the playback frame that was written to the speaker when the
// echo in `mic` left it, or a little earlier: the filter models echoes that arrive up to
// tailMs after their reference, never before. The capture pipeline keeps that invariant by
// delaying the reference it passes by the devices' measured latency (see CapturePipeline.h).
class EchoCanceller final {
public:
    struct Options {
        bool echoCancellation = true;
        bool noiseSuppression = true;
        bool automaticGain = true;
    };
    static constexpr int defaultTailMs = 200;

    explicit EchoCanceller(Options options, int tailMs = defaultTailMs);
    ~EchoCanceller();
    EchoCanceller(const EchoCanceller&) = delete;
    EchoCanceller& operator=(const EchoCanceller&) = delete;

    const Options& options() const { return m_options; }
    void process(std::span<const float, frameSamples> mic,
        std::span<const float, frameSamples> reference, std::span<float, frameSamples> out);
    void reset();

private:
    void createStates();
    void destroyStates();

    Options m_options;
    int m_tailMs;
    SpeexEchoState_* m_echo = nullptr;
    SpeexPreprocessState_* m_preprocess = nullptr;
    std::array<short, frameSamples> m_mic{};
    std::array<short, frameSamples> m_reference{};
    std::array<short, frameSamples> m_out{};
    int m_silentReferenceFrames = 0;
};

} // namespace vt::audio
