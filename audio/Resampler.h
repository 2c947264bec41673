#pragma once

#include <cstddef>
#include <span>
#include <vector>

struct SpeexResamplerState_;

namespace vt::audio {

// Mono sample-rate conversion (speexdsp), used only at the edges: device rates and file rates
// to and from the app's 48 kHz. Streaming: state carries across calls, so a signal cut into
// any pieces comes out the same. Equal rates pass samples through untouched.
class Resampler final {
public:
    static constexpr int voipQuality = 5;

    Resampler(int inputRate, int outputRate, int quality = voipQuality);
    ~Resampler();
    Resampler(const Resampler&) = delete;
    Resampler& operator=(const Resampler&) = delete;
    Resampler(Resampler&& other) noexcept;
    Resampler& operator=(Resampler&& other) noexcept;

    explicit operator bool() const { return m_passThrough || m_state != nullptr; }
    int inputRate() const { return m_inputRate; }
    int outputRate() const { return m_outputRate; }

    // Appends the converted samples of `input` to `output`.
    void process(std::span<const float> input, std::vector<float>& output);

private:
    SpeexResamplerState_* m_state = nullptr;
    int m_inputRate;
    int m_outputRate;
    bool m_passThrough;
};

// A whole signal at once (files).
std::vector<float> resample(std::span<const float> input, int inputRate, int outputRate);

} // namespace vt::audio
