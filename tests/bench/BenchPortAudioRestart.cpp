// How long a PortAudio output stream goes without callbacks after it is restarted, with no
// code of the app in the way (docs/performance.md, "Device stalls on a busy machine"). PortAudio
// 19.6 restarts an ALSA stream in place after every underrun; on the pulse plugin the restarted
// stream is often not pulled for 1.5 s or more, which the app's engine holds the prospect through.
//
//   bench_portaudio_restart restart [stop|abort] [tries]
//       start a stream, let it run 1.5 s, stop (or abort) it, start it again, `tries` times:
//       when the first callback came, how many came in 1.5 s, the longest gap between them.
//   bench_portaudio_restart reopen [seconds]
//       keep a stream running; whenever it has had no callback for 250 ms (stop this process
//       with SIGSTOP for a while to force an underrun), abort, close and reopen it, and report
//       how long until the new stream had 30 callbacks.
//
// Run it on the tests' private PulseAudio (tests/support/pulse-session), like bench_audio.

#include <portaudio.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

namespace {

using Clock = std::chrono::steady_clock;

constexpr double sampleRate = 48000;
constexpr unsigned long framesPerBuffer = 480; // 10 ms, as the app's engine
constexpr PaTime suggestedLatency = 0.06;      // the app's speaker buffer

std::int64_t nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(Clock::now().time_since_epoch())
        .count();
}

// Written by the callback, read by main: lock-free atomics only.
struct Callbacks {
    std::atomic<long> count{0};
    std::atomic<std::int64_t> firstUs{0};
    std::atomic<std::int64_t> lastUs{0};
    std::atomic<std::int64_t> longestGapUs{0};

    void reset()
    {
        count = 0;
        firstUs = 0;
        lastUs = 0;
        longestGapUs = 0;
    }
};

int silence(const void*, void* output, unsigned long frames, const PaStreamCallbackTimeInfo*,
    PaStreamCallbackFlags, void* user)
{
    auto* c = static_cast<Callbacks*>(user);
    std::memset(output, 0, frames * sizeof(float));
    const std::int64_t t = nowUs();
    if (c->count.fetch_add(1) == 0)
        c->firstUs = t;
    else if (t - c->lastUs > c->longestGapUs)
        c->longestGapUs = t - c->lastUs;
    c->lastUs = t;
    return paContinue;
}

PaStream* openOutput(Callbacks& callbacks)
{
    PaStreamParameters p{};
    p.device = Pa_GetDefaultOutputDevice();
    if (p.device == paNoDevice) {
        std::fprintf(stderr, "no default output device\n");
        return nullptr;
    }
    p.channelCount = 1;
    p.sampleFormat = paFloat32;
    p.suggestedLatency = suggestedLatency;
    PaStream* stream = nullptr;
    const PaError e = Pa_OpenStream(
        &stream, nullptr, &p, sampleRate, framesPerBuffer, paNoFlag, silence, &callbacks);
    if (e != paNoError) {
        std::fprintf(stderr, "Pa_OpenStream: %s\n", Pa_GetErrorText(e));
        return nullptr;
    }
    return stream;
}

void sleepMs(int ms)
{
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

int restart(bool abort, int tries)
{
    Callbacks callbacks;
    PaStream* stream = openOutput(callbacks);
    if (!stream)
        return 1;
    std::printf("restarting an output stream %d times with %s\n", tries,
        abort ? "Pa_AbortStream" : "Pa_StopStream");
    int stalled = 0;
    for (int i = 0; i < tries; ++i) {
        callbacks.reset();
        const std::int64_t t0 = nowUs();
        Pa_StartStream(stream);
        while (callbacks.count == 0 && nowUs() - t0 < 5'000'000)
            sleepMs(1);
        const std::int64_t first = callbacks.firstUs - t0;
        sleepMs(1500);
        const long count = callbacks.count;
        // A stream that stopped calling back has its silence so far as its longest gap.
        const std::int64_t gap
            = std::max<std::int64_t>(callbacks.longestGapUs, nowUs() - callbacks.lastUs);
        stalled += gap >= 1'000'000 ? 1 : 0;
        std::printf("  start %d: first callback after %lld ms; %ld callbacks in 1.5 s (150 "
                    "expected), longest gap %lld ms\n",
            i + 1, static_cast<long long>(first / 1000), count, static_cast<long long>(gap / 1000));
        if (abort)
            Pa_AbortStream(stream);
        else
            Pa_StopStream(stream);
    }
    std::printf("%d of %d starts went a second or more without a callback\n", stalled, tries);
    Pa_CloseStream(stream);
    return 0;
}

int reopen(int seconds)
{
    Callbacks callbacks;
    PaStream* stream = openOutput(callbacks);
    if (!stream || Pa_StartStream(stream) != paNoError)
        return 1;
    std::printf("watching an output stream for %d s; stop this process (kill -STOP) for 150 ms "
                "to force an underrun\n",
        seconds);
    const std::int64_t end = nowUs() + std::int64_t(seconds) * 1'000'000;
    while (nowUs() < end) {
        sleepMs(5);
        if (callbacks.count <= 60 || nowUs() - callbacks.lastUs <= 250'000)
            continue;
        const std::int64_t a = nowUs();
        Pa_AbortStream(stream);
        const std::int64_t b = nowUs();
        Pa_CloseStream(stream);
        const std::int64_t c = nowUs();
        callbacks.reset();
        stream = openOutput(callbacks);
        if (!stream || Pa_StartStream(stream) != paNoError)
            return 1;
        const std::int64_t d = nowUs();
        while (callbacks.count < 30 && nowUs() - d < 5'000'000)
            sleepMs(1);
        std::printf("  stall: abort %lld ms, close %lld ms, open and start %lld ms, 30 callbacks "
                    "after %lld ms\n",
            static_cast<long long>((b - a) / 1000), static_cast<long long>((c - b) / 1000),
            static_cast<long long>((d - c) / 1000), static_cast<long long>((nowUs() - d) / 1000));
    }
    Pa_AbortStream(stream);
    Pa_CloseStream(stream);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    const std::string mode = argc > 1 ? argv[1] : "restart";
    if (mode != "restart" && mode != "reopen") {
        std::fprintf(
            stderr, "usage: %s restart [stop|abort] [tries] | reopen [seconds]\n", argv[0]);
        return 2;
    }
    if (Pa_Initialize() != paNoError)
        return 1;
    const int status = mode == "restart"
        ? restart(argc > 2 && std::string(argv[2]) == "abort", argc > 3 ? std::atoi(argv[3]) : 8)
        : reopen(argc > 2 ? std::atoi(argv[2]) : 30);
    Pa_Terminate();
    return status;
}
