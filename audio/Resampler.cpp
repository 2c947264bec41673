#include "Resampler.h"

#include <speex/speex_resampler.h>

#include <utility>

namespace vt::audio {

Resampler::Resampler(int inputRate, int outputRate, int quality)
    : m_inputRate(inputRate)
    , m_outputRate(outputRate)
    , m_passThrough(inputRate == outputRate)
{
    if (m_passThrough || inputRate <= 0 || outputRate <= 0)
        return;
    int error = 0;
    m_state = speex_resampler_init(1, static_cast<spx_uint32_t>(inputRate),
        static_cast<spx_uint32_t>(outputRate), quality, &error);
    if (m_state)
        speex_resampler_skip_zeros(m_state); // no leading filter delay in the output
}

Resampler::~Resampler()
{
    if (m_state)
        speex_resampler_destroy(m_state);
}

Resampler::Resampler(Resampler&& other) noexcept
    : m_state(std::exchange(other.m_state, nullptr))
    , m_inputRate(other.m_inputRate)
    , m_outputRate(other.m_outputRate)
    , m_passThrough(other.m_passThrough)
{
}

Resampler& Resampler::operator=(Resampler&& other) noexcept
{
    if (this != &other) {
        if (m_state)
            speex_resampler_destroy(m_state);
        m_state = std::exchange(other.m_state, nullptr);
        m_inputRate = other.m_inputRate;
        m_outputRate = other.m_outputRate;
        m_passThrough = other.m_passThrough;
    }
    return *this;
}

void Resampler::process(std::span<const float> input, std::vector<float>& output)
{
    if (m_passThrough) {
        output.insert(output.end(), input.begin(), input.end());
        return;
    }
    if (!m_state)
        return;
    // Room for the converted block plus the filter's slack.
    const std::size_t room = input.size() * static_cast<std::size_t>(m_outputRate)
            / static_cast<std::size_t>(m_inputRate)
        + 64;
    const std::size_t start = output.size();
    output.resize(start + room);
    spx_uint32_t inLength = static_cast<spx_uint32_t>(input.size());
    spx_uint32_t outLength = static_cast<spx_uint32_t>(room);
    speex_resampler_process_float(
        m_state, 0, input.data(), &inLength, output.data() + start, &outLength);
    output.resize(start + outLength);
}

std::vector<float> resample(std::span<const float> input, int inputRate, int outputRate)
{
    std::vector<float> output;
    Resampler resampler(inputRate, outputRate, 8);
    resampler.process(input, output);
    // Flush the filter's tail with silence so the end of the signal comes out too.
    const std::vector<float> tail(static_cast<std::size_t>(inputRate / 50), 0.0f);
    if (inputRate != outputRate)
        resampler.process(tail, output);
    const std::size_t expected
        = input.size() * static_cast<std::size_t>(outputRate) / static_cast<std::size_t>(inputRate);
    output.resize(std::min(output.size(), expected));
    return output;
}

} // namespace vt::audio
