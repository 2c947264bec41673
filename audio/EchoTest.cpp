#include "EchoTest.h"

#include "VoiceCodec.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace vt::audio {
namespace {

constexpr std::int64_t startupFrames = 20; // the devices' first 200 ms
constexpr double agentActiveDb = -50.0;

double toDb(double power)
{
    return power > 1e-10 ? 10.0 * std::log10(power) : -100.0;
}

double meanSquare(std::span<const float, frameSamples> pcm)
{
    double sum = 0;
    for (const float s : pcm)
        sum += static_cast<double>(s) * s;
    return sum / frameSamples;
}

} // namespace

void EchoTest::Energy::add(std::span<const float, frameSamples> pcm)
{
    sum += meanSquare(pcm);
    ++frames;
}

double EchoTest::Energy::power() const
{
    return frames > 0 ? sum / static_cast<double>(frames) : 0.0;
}

std::vector<float> EchoTest::testSignal()
{
    const std::size_t lead = static_cast<std::size_t>(leadSilenceMs) * samplesPerMs;
    const std::size_t length = static_cast<std::size_t>(signalMs) * samplesPerMs;
    std::vector<float> out(lead + length, 0.0f);
    std::uint32_t state = 0x1234567U; // a fixed generator: the same sound every time
    double low = 0;
    double energy = 0;
    for (std::size_t i = 0; i < length; ++i) {
        state = state * 1664525U + 1013904223U;
        const double white = static_cast<double>(state >> 8U) / double(1U << 24U) * 2.0 - 1.0;
        // Pink-ish: white with its lows (below ~400 Hz) raised, as in voices.
        low += 0.05 * (white - low);
        const double t = static_cast<double>(i) / sampleRate;
        // Syllables: four a second, with a short pause every 1.5 s like phrasing.
        const double syllable = 0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * 4.0 * t);
        const double phrase = std::fmod(t, 1.5) < 1.3 ? 1.0 : 0.1;
        const double sample = (0.3 * white + 2.0 * low) * syllable * phrase;
        out[lead + i] = static_cast<float>(sample);
        energy += sample * sample;
    }
    // −20 dBFS RMS over the sound.
    const double gain = 0.1 / std::sqrt(energy / static_cast<double>(length));
    for (std::size_t i = lead; i < out.size(); ++i)
        out[i] = static_cast<float>(out[i] * gain);
    return out;
}

std::vector<EncodedPacket> EchoTest::testPackets()
{
    const std::vector<float> signal = testSignal();
    VoiceEncoder encoder;
    std::vector<EncodedPacket> packets;
    std::uint32_t sequence = 0;
    for (std::size_t at = 0; at + packetSamples <= signal.size(); at += packetSamples) {
        packets.push_back({sequence, sequence * std::int64_t{packetMs},
            encoder.encode(
                std::span<const float, packetSamples>(signal.data() + at, packetSamples))});
        ++sequence;
    }
    return packets;
}

EchoTest::Verdict EchoTest::verdictFor(bool echoHeard, double erleDb)
{
    if (!echoHeard)
        return Verdict::NoEcho;
    return erleDb >= goodErleDb ? Verdict::SpeakersFine : Verdict::UseHeadset;
}

void EchoTest::frame(std::span<const float, frameSamples> microphone,
    std::span<const float, frameSamples> processed, std::span<const float, frameSamples> agent)
{
    const std::int64_t n = m_frame++;
    const bool active = toDb(meanSquare(agent)) > agentActiveDb;
    if (active && m_firstAgentFrame < 0)
        m_firstAgentFrame = n;
    if (m_firstAgentFrame < 0) {
        if (n >= startupFrames) {
            m_background.add(microphone);
            m_processedBackground.add(processed);
        }
        return;
    }
    const std::int64_t playing = n - m_firstAgentFrame;
    const std::int64_t signalFrames = signalMs / frameMs;
    if (playing < signalFrames)
        m_signal.add(agent);
    if (playing >= convergenceMs / frameMs && playing < signalFrames + tailMs / frameMs) {
        m_echo.add(microphone);
        m_residual.add(processed);
    }
    if (playing >= signalFrames + tailMs / frameMs)
        m_done.store(true);
}

void EchoTest::speakerGap()
{
    // Gaps while the lead silence plays (a device's start) move nothing the canceller learnt.
    if (m_firstAgentFrame >= 0 && !m_done.load())
        m_disturbed = true;
}

EchoTest::Result EchoTest::result() const
{
    Result r;
    r.complete = m_done.load() && m_background.frames > 0;
    r.disturbed = m_disturbed;
    r.backgroundDb = toDb(m_background.power());
    r.signalDb = toDb(m_signal.power());
    r.echoDb = toDb(m_echo.power());
    r.residualDb = toDb(m_residual.power());
    const double echo = m_echo.power() - m_background.power();
    const bool heard = r.echoDb - r.backgroundDb >= echoMarginDb;
    if (heard) {
        const double residual = std::max(m_residual.power() - m_processedBackground.power(), 0.0);
        r.erleDb
            = residual > 0 ? std::min(maxErleDb, 10.0 * std::log10(echo / residual)) : maxErleDb;
    }
    r.verdict = verdictFor(heard, r.erleDb);
    return r;
}

} // namespace vt::audio
