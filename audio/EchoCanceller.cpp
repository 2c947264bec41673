#include "EchoCanceller.h"

#include <speex/speex_echo.h>
#include <speex/speex_preprocess.h>

#include <algorithm>
#include <cmath>

namespace vt::audio {
namespace {

void toInt16(std::span<const float, frameSamples> in, std::array<short, frameSamples>& out)
{
    for (std::size_t i = 0; i < frameSamples; ++i)
        out[i] = static_cast<short>(std::lrint(std::clamp(in[i], -1.0f, 1.0f) * 32767.0f));
}

} // namespace

EchoCanceller::EchoCanceller(Options options, int tailMs)
    : m_options(options)
    , m_tailMs(tailMs)
{
    createStates();
}

EchoCanceller::~EchoCanceller()
{
    destroyStates();
}

void EchoCanceller::createStates()
{
    int rate = sampleRate;
    if (m_options.echoCancellation) {
        m_echo = speex_echo_state_init(frameSamples, m_tailMs * samplesPerMs);
        speex_echo_ctl(m_echo, SPEEX_ECHO_SET_SAMPLING_RATE, &rate);
    }
    if (m_options.noiseSuppression || m_options.automaticGain || m_echo) {
        m_preprocess = speex_preprocess_state_init(frameSamples, sampleRate);
        int denoise = m_options.noiseSuppression ? 1 : 0;
        int agc = m_options.automaticGain ? 1 : 0;
        speex_preprocess_ctl(m_preprocess, SPEEX_PREPROCESS_SET_DENOISE, &denoise);
        speex_preprocess_ctl(m_preprocess, SPEEX_PREPROCESS_SET_AGC, &agc);
        if (agc) {
            float level = 16000.0f; // about -6 dBFS peaks for speech
            speex_preprocess_ctl(m_preprocess, SPEEX_PREPROCESS_SET_AGC_LEVEL, &level);
            int maxGain = 20; // dB: never pump room noise into speech level
            speex_preprocess_ctl(m_preprocess, SPEEX_PREPROCESS_SET_AGC_MAX_GAIN, &maxGain);
        }
        if (m_echo)
            speex_preprocess_ctl(m_preprocess, SPEEX_PREPROCESS_SET_ECHO_STATE, m_echo);
    }
}

void EchoCanceller::destroyStates()
{
    if (m_preprocess)
        speex_preprocess_state_destroy(m_preprocess);
    if (m_echo)
        speex_echo_state_destroy(m_echo);
    m_preprocess = nullptr;
    m_echo = nullptr;
}

void EchoCanceller::reset()
{
    m_silentReferenceFrames = 0;
    destroyStates();
    createStates();
}

void EchoCanceller::process(std::span<const float, frameSamples> mic,
    std::span<const float, frameSamples> reference, std::span<float, frameSamples> out)
{
    if (!m_echo && !m_preprocess) {
        std::copy(mic.begin(), mic.end(), out.begin());
        return;
    }
    toInt16(mic, m_mic);
    // While the reference has been silent for longer than the filter's tail, there is no
    // echo to remove and the filter's output would be the microphone itself: skip its cost
    // (most of the capture chain's). Its view of the reference stays right, all silence.
    const bool silent = std::all_of(
        reference.begin(), reference.end(), [](float sample) { return sample == 0.0f; });
    m_silentReferenceFrames = silent ? m_silentReferenceFrames + 1 : 0;
    const bool echoPossible = m_silentReferenceFrames <= m_tailMs / frameMs + 1;
    if (m_echo && echoPossible) {
        toInt16(reference, m_reference);
        speex_echo_cancellation(m_echo, m_mic.data(), m_reference.data(), m_out.data());
    } else {
        m_out = m_mic;
    }
    if (m_preprocess)
        speex_preprocess_run(m_preprocess, m_out.data());
    for (std::size_t i = 0; i < frameSamples; ++i)
        out[i] = static_cast<float>(m_out[i]) / 32768.0f;
}

} // namespace vt::audio
