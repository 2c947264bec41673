// Audio benchmarks (issue targets): Opus encode cost per 20 ms packet, the capture chain's
// cost per 10 ms frame, capture-to-packet latency on a real (virtual) device from PortAudio's
// ADC timestamps (target p99 <= 25 ms), the jitter buffer's delay under 20 ms +- 10 ms arrival
// jitter, and the CPU share of one core over a simulated 5-minute call (target <= 3 %).
// Prints figures; never fails on them.
#include "AudioEngine.h"
#include "AudioFile.h"
#include "CapturePipeline.h"
#include "DeviceStreams.h"
#include "EchoTest.h"
#include "FileEndpoints.h"
#include "JitterBuffer.h"
#include "Resampler.h"
#include "VoiceCodec.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

using namespace vt::audio;
using Clock = std::chrono::steady_clock;

namespace {

struct Figures {
    double p50 = 0;
    double p99 = 0;
    double max = 0;
};

Figures percentiles(std::vector<double> values)
{
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    const auto at = [&](double q) {
        return values[std::min(
            values.size() - 1, static_cast<std::size_t>(q * double(values.size())))];
    };
    return {at(0.50), at(0.99), values.back()};
}

// Speech to work on, repeated to `seconds`: espeak-ng's voice when it is installed
// (scripts/bootstrap installs it), else the echo test's speech-shaped noise, which costs the
// codecs more than speech does. Says which in the output.
const std::vector<float>& speechSource()
{
    static const std::vector<float> source = [] {
        const std::string path = "bench-speech.wav";
        const std::string command = "espeak-ng -w " + path
            + " \"Good morning, this is Dana from Summit Lending. I am calling about the rate on "
              "your mortgage. Do you have a couple of minutes to talk about refinancing? Rates "
              "have moved this year and I think we could lower your monthly payment.\"";
        std::vector<float> speech;
        if (std::system(command.c_str()) == 0) {
            const LoadedClip clip = readAudioFile(path);
            if (clip)
                speech = resample(clip.clip.mono(), clip.clip.sampleRate, sampleRate);
        }
        std::remove(path.c_str());
        if (!speech.empty()) {
            std::printf("signal: espeak-ng speech\n");
            return speech;
        }
        std::printf("signal: speech-shaped noise (espeak-ng is not installed)\n");
        const std::vector<float> sound = EchoTest::testSignal();
        return std::vector<float>(
            sound.begin() + std::ptrdiff_t(EchoTest::leadSilenceMs) * samplesPerMs, sound.end());
    }();
    return source;
}

std::vector<float> voice(int seconds)
{
    const std::vector<float>& source = speechSource();
    std::vector<float> out;
    while (out.size() < std::size_t(seconds) * sampleRate)
        out.insert(out.end(), source.begin(), source.end());
    out.resize(std::size_t(seconds) * sampleRate);
    return out;
}

void benchEncode()
{
    const std::vector<float> pcm = voice(60);
    VoiceEncoder encoder;
    std::vector<double> us;
    std::size_t bytes = 0;
    for (std::size_t at = 0; at + packetSamples <= pcm.size(); at += packetSamples) {
        const auto start = Clock::now();
        const std::vector<std::uint8_t> packet
            = encoder.encode(std::span<const float, packetSamples>(pcm.data() + at, packetSamples));
        us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
        bytes += packet.size();
    }
    const Figures f = percentiles(us);
    std::printf("opus encode, per 20 ms packet (%zu packets, %.1f kbit/s): p50 %.1f us  p99 %.1f "
                "us  max %.1f us\n",
        us.size(), double(bytes) * 8 / 60.0 / 1000.0, f.p50, f.p99, f.max);
}

void benchCaptureChain()
{
    const std::vector<float> far = voice(60);
    CapturePipeline pipeline({{true, true, true}, 5});
    std::vector<float> mic(far.size());
    for (std::size_t i = 0; i < far.size(); ++i) // an echo 60 ms later, 10 dB down
        mic[i] = i >= 2880 ? 0.3f * far[i - 2880] : 0.0f;
    std::vector<double> us;
    for (std::size_t at = 0; at + frameSamples <= far.size(); at += frameSamples) {
        const auto start = Clock::now();
        const CapturePipeline::Output out
            = pipeline.process(std::span<const float, frameSamples>(mic.data() + at, frameSamples),
                std::span<const float, frameSamples>(far.data() + at, frameSamples));
        us.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
        if (out.processed.empty())
            std::puts("?");
    }
    const Figures f = percentiles(us);
    std::printf("capture chain (meter, echo canceller, noise suppression, AGC, VAD, encoder), per "
                "10 ms frame: "
                "p50 %.1f us  p99 %.1f us  max %.1f us\n",
        f.p50, f.p99, f.max);
}

class LatencyProbe final : public AudioEngine::Listener {
public:
    explicit LatencyProbe(const DeviceStreams& streams)
        : m_streams(streams)
    {
    }
    void packet(const EncodedPacket& p) override
    {
        // The packet's first sample at 48 kHz (no resampling on the device: checked by caller).
        double adc = 0;
        if (!m_streams.adcTimeOf(p.timestampMs * samplesPerMs, &adc))
            return;
        const double now = m_streams.streamTime();
        const std::lock_guard lock(m_mutex);
        m_ms.push_back((now - adc) * 1000.0);
    }
    std::vector<double> latencies() const
    {
        const std::lock_guard lock(m_mutex);
        return m_ms;
    }

private:
    const DeviceStreams& m_streams;
    mutable std::mutex m_mutex;
    std::vector<double> m_ms;
};

void benchDeviceLatency(int seconds)
{
    std::string error;
    std::unique_ptr<DeviceStreams> streams = DeviceStreams::open({}, &error);
    if (!streams) {
        std::printf("capture-to-packet latency: skipped, %s\n", error.c_str());
        return;
    }
    if (streams->opened().inputRate != sampleRate) {
        std::printf("capture-to-packet latency: skipped, the microphone runs at %d Hz\n",
            streams->opened().inputRate);
        return;
    }
    const std::string name = streams->opened().inputName;
    DeviceStreams& device = *streams;
    LatencyProbe probe(device);
    AudioEngine engine(std::move(streams), {}, probe);
    if (!engine.start(&error)) {
        std::printf("capture-to-packet latency: skipped, %s\n", error.c_str());
        return;
    }
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    const IoCounters counters = engine.stats().device;
    engine.stop();
    std::vector<double> ms = probe.latencies();
    // The first three seconds are the devices starting up (ALSA's pulse plugin reports ADC times
    // that converge over the first second or two).
    ms.erase(ms.begin(), ms.begin() + std::min<std::ptrdiff_t>(150, std::ptrdiff_t(ms.size())));
    const Figures f = percentiles(ms);
    std::printf(
        "capture-to-packet latency on \"%s\" (ADC time of a packet's first sample to the packet "
        "leaving the encoder, %zu packets): p50 %.1f ms  p99 %.1f ms  max %.1f ms; "
        "capture overflows %llu, playback underflows %llu, device xruns %llu\n",
        name.c_str(), ms.size(), f.p50, f.p99, f.max,
        static_cast<unsigned long long>(counters.captureOverflows),
        static_cast<unsigned long long>(counters.playbackUnderflows),
        static_cast<unsigned long long>(counters.deviceXruns));
}

void benchJitterBuffer()
{
    // 10 minutes of agent speech: packet i sent at 20 i ms, arriving 10 +- 10 ms later.
    const std::vector<float> pcm = voice(600);
    VoiceEncoder encoder;
    std::vector<EncodedPacket> packets;
    for (std::size_t at = 0; at + packetSamples <= pcm.size(); at += packetSamples) {
        const auto i = static_cast<std::uint32_t>(packets.size());
        packets.push_back({i, std::int64_t(i) * packetMs,
            encoder.encode(std::span<const float, packetSamples>(pcm.data() + at, packetSamples))});
    }
    std::mt19937 random(20);
    std::uniform_int_distribution<int> jitter(0, 20);
    std::vector<std::pair<std::int64_t, std::size_t>> arrivals;
    for (std::size_t i = 0; i < packets.size(); ++i)
        arrivals.emplace_back(std::int64_t(i) * packetMs + jitter(random), i);
    std::sort(arrivals.begin(), arrivals.end());

    JitterBuffer buffer;
    std::size_t next = 0;
    std::int64_t played = 0; // agent ms produced
    std::vector<double> delays;
    std::vector<double> targets;
    const std::int64_t endMs = std::int64_t(packets.size()) * packetMs;
    for (std::int64_t now = 0; now < endMs; now += frameMs) {
        while (next < arrivals.size() && arrivals[next].first <= now) {
            buffer.push(packets[arrivals[next].second], arrivals[next].first);
            ++next;
        }
        if (buffer.next().agent)
            played += frameMs;
        const JitterBuffer::Stats s = buffer.stats();
        // Where the sender's stream is playing: agent time produced, minus what was inserted to
        // grow the delay, plus what was dropped to shrink it.
        const std::int64_t position
            = played - std::int64_t(s.expanded) * packetMs + std::int64_t(s.dropped) * frameMs;
        if (now >= 5000 && played > 0) {
            // The frame just produced starts at sender time position - 10 and is heard from
            // `now`; minus the 10 ms mean network delay, what the buffer adds is now - position.
            delays.push_back(double(now - position));
            targets.push_back(s.targetMs);
        }
    }
    const JitterBuffer::Stats s = buffer.stats();
    const Figures d = percentiles(delays);
    const Figures t = percentiles(targets);
    std::printf(
        "jitter buffer under 20 ms +- 10 ms arrival jitter (10 min): added delay p50 %.0f ms  "
        "p99 %.0f ms; target p50 %.0f ms; late %llu, lost %llu, expanded %llu, dropped %llu of "
        "%llu\n",
        d.p50, d.p99, t.p50, static_cast<unsigned long long>(s.late),
        static_cast<unsigned long long>(s.lost), static_cast<unsigned long long>(s.expanded),
        static_cast<unsigned long long>(s.dropped), static_cast<unsigned long long>(s.received));
}

void benchCallCpu()
{
    // A 5-minute call: the rep talks for 5 s, then the agent for 5 s, and so on. Everything a
    // live call does on the audio worker: capture chain with all processing, decoding and the
    // jitter buffer, barge-in checks, level meters and the stereo Ogg Opus recording.
    constexpr int seconds = 300;
    const std::vector<float> speech = voice(seconds);
    AudioClip mic{sampleRate, 1, std::vector<float>(speech.size(), 0.0f)};
    std::uint32_t noise = 1;
    for (std::size_t i = 0; i < speech.size(); ++i) {
        noise = noise * 1664525U + 1013904223U;
        const float room = 3e-4f * (static_cast<float>(noise >> 16U) / 32768.0f - 1.0f); // -75 dBFS
        mic.samples[i] = room + ((i / (5 * std::size_t(sampleRate))) % 2 == 0 ? speech[i] : 0.0f);
    }
    VoiceEncoder encoder;
    std::vector<EncodedPacket> agent;
    for (std::size_t at = 0; at + packetSamples <= speech.size(); at += packetSamples) {
        if ((at / (5 * std::size_t(sampleRate))) % 2 == 1) {
            const auto i = static_cast<std::uint32_t>(agent.size());
            agent.push_back({i, std::int64_t(at / samplesPerMs),
                encoder.encode(
                    std::span<const float, packetSamples>(speech.data() + at, packetSamples))});
        }
    }
    const std::string recording = "bench-call.opus";
    AudioEngine::Options options;
    options.recordingPath = recording;
    options.bargeIn = false; // the simulated rep never talks over the agent
    AudioEngine::Listener quiet;
    AudioEngine engine(std::make_unique<FileIo>(mic, std::string(), false), options, quiet);
    const std::clock_t cpuStart = std::clock();
    const auto wallStart = Clock::now();
    std::size_t next = 0;
    for (std::int64_t now = 0; now < seconds * 1000; now += 1000) {
        while (next < agent.size() && agent[next].timestampMs < now + 1000)
            engine.pushAgentPacket(agent[next++]);
        engine.runUntil(now + 1000);
    }
    engine.stop();
    const double cpu = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    const double wall = std::chrono::duration<double>(Clock::now() - wallStart).count();
    std::remove(recording.c_str());
    std::printf(
        "simulated 5-minute call (offline, as fast as possible): %.2f s of CPU, %.2f s wall "
        "= %.2f %% of one core in real time\n",
        cpu, wall, cpu / seconds * 100.0);
}

} // namespace

int main(int argc, char** argv)
{
    std::printf("audio benchmarks (%s build)\n", VT_BUILD_TYPE);
    const bool devicesOnly = argc > 1 && std::string(argv[1]) == "--device-only";
    if (!devicesOnly) {
        benchEncode();
        benchCaptureChain();
        benchJitterBuffer();
        benchCallCpu();
    }
    benchDeviceLatency(30);
    return 0;
}
