#include "DeviceStreams.h"

#include "AudioFormat.h"
#include "AudioLog.h"
#include "AudioThreadPriority.h"

#include <portaudio.h>

#include <algorithm>
#include <chrono>

namespace vt::audio {
namespace {

// A running stream this long without a callback has failed: longer than PortAudio's own
// recovery of a stalled ALSA stream (see AudioIo::speakerStalled), which takes up to 3 s.
constexpr int stalledMs = 4000;
// The speaker this long without a callback, once it started, is stalled (speakerStalled()).
constexpr int stallAfterMs = 150;
// Before a stream runs: some devices (Bluetooth headsets, sound servers) take a while.
constexpr int startupGraceMs = 4000;
constexpr std::int64_t runningAfterMs = 250;
constexpr double minOutputLatency = 0.06; // seconds

std::int64_t monotonicUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// The device called `name` that can capture (or play); else the system default. The default
// host API's device wins when several APIs offer the same name.
PaDeviceIndex findDevice(const std::string& name, bool input, bool* fellBack)
{
    *fellBack = false;
    if (!name.empty()) {
        const PaDeviceIndex count = Pa_GetDeviceCount();
        PaDeviceIndex found = paNoDevice;
        for (PaDeviceIndex i = 0; i < count; ++i) {
            const PaDeviceInfo* info = Pa_GetDeviceInfo(i);
            if (!info || name != info->name
                || (input ? info->maxInputChannels : info->maxOutputChannels) <= 0)
                continue;
            if (found == paNoDevice || info->hostApi == Pa_GetDefaultHostApi())
                found = i;
        }
        if (found != paNoDevice)
            return found;
        *fellBack = true;
    }
    return input ? Pa_GetDefaultInputDevice() : Pa_GetDefaultOutputDevice();
}

// 48 kHz when the device takes it (no resampling at all), else its own default rate.
double chooseRate(const PaStreamParameters* in, const PaStreamParameters* out, double fallback)
{
    return Pa_IsFormatSupported(in, out, sampleRate) == paFormatIsSupported ? double(sampleRate)
                                                                            : fallback;
}

PaStreamParameters parameters(PaDeviceIndex device, bool input, int* channels)
{
    const PaDeviceInfo* info = Pa_GetDeviceInfo(device);
    PaStreamParameters p{};
    p.device = device;
    // Mono when the device offers it; otherwise its first two channels, mixed or copied.
    *channels = 1;
    p.channelCount = 1;
    p.sampleFormat = paFloat32;
    // The speaker's buffer holds at least minOutputLatency: with the "low" 20 ms of a sound
    // server's ALSA device, a loaded machine's scheduling runs it dry, and after such an
    // underrun ALSA's pulse plugin may stop asking for audio for seconds.
    p.suggestedLatency = input ? info->defaultLowInputLatency
                               : std::max(info->defaultLowOutputLatency, minOutputLatency);
    if (Pa_IsFormatSupported(input ? &p : nullptr, input ? nullptr : &p, info->defaultSampleRate)
            != paFormatIsSupported
        && (input ? info->maxInputChannels : info->maxOutputChannels) >= 2) {
        *channels = 2;
        p.channelCount = 2;
    }
    return p;
}

// Lock-free: called from the audio callbacks.
void notePause(std::atomic<std::int64_t>& last, std::atomic<std::int64_t>& longest)
{
    const std::int64_t now = monotonicUs();
    const std::int64_t before = last.exchange(now, std::memory_order_relaxed);
    if (before == 0)
        return;
    std::int64_t seen = longest.load(std::memory_order_relaxed);
    while (now - before > seen
        && !longest.compare_exchange_weak(seen, now - before, std::memory_order_relaxed)) { }
}

} // namespace

class DeviceStreams::Capture final : public CaptureEndpoint {
public:
    explicit Capture(DeviceStreams& owner)
        : m_owner(owner)
    {
    }
    int sampleRate() const override { return m_owner.m_opened.inputRate; }
    std::size_t read(float* out, std::size_t max) override
    {
        return m_owner.m_captureRing.read(out, max);
    }
    bool failed() const override { return m_owner.failed(); }

private:
    DeviceStreams& m_owner;
};

class DeviceStreams::Playback final : public PlaybackEndpoint {
public:
    explicit Playback(DeviceStreams& owner)
        : m_owner(owner)
    {
    }
    int sampleRate() const override { return m_owner.m_opened.outputRate; }
    std::size_t write(const float* data, std::size_t count) override
    {
        return m_owner.m_playbackRing.write(data, count);
    }
    std::int64_t consumed() const override
    {
        return m_owner.m_consumed.load(std::memory_order_acquire);
    }
    void discardQueued() override { m_owner.m_discard.store(true, std::memory_order_release); }
    bool failed() const override { return m_owner.failed(); }

private:
    DeviceStreams& m_owner;
};

CaptureEndpoint& DeviceStreams::capture()
{
    return *m_capture;
}

PlaybackEndpoint& DeviceStreams::playback()
{
    return *m_playback;
}

DeviceStreams::DeviceStreams()
    : m_captureRing(sampleRate / 2)
    , m_playbackRing(sampleRate / 4)
    , m_capture(std::make_unique<Capture>(*this))
    , m_playback(std::make_unique<Playback>(*this))
{
}

std::unique_ptr<DeviceStreams> DeviceStreams::open(const Request& request, std::string* error)
{
    std::unique_ptr<DeviceStreams> streams(new DeviceStreams());
    if (!streams->m_session) {
        *error = "the audio system could not start: " + streams->m_session.errorText();
        return nullptr;
    }
    Opened& o = streams->m_opened;
    const PaDeviceIndex in = findDevice(request.input, true, &o.inputFellBack);
    const PaDeviceIndex out = findDevice(request.output, false, &o.outputFellBack);
    if (in == paNoDevice) {
        *error = "there is no microphone";
        return nullptr;
    }
    if (out == paNoDevice) {
        *error = "there is no speaker";
        return nullptr;
    }
    o.inputName = Pa_GetDeviceInfo(in)->name;
    o.outputName = Pa_GetDeviceInfo(out)->name;
    const PaStreamParameters inParams = parameters(in, true, &streams->m_inputChannels);
    const PaStreamParameters outParams = parameters(out, false, &streams->m_outputChannels);
    const double inRate = chooseRate(&inParams, nullptr, Pa_GetDeviceInfo(in)->defaultSampleRate);
    PaError result = Pa_OpenStream(&streams->m_inputStream, &inParams, nullptr, inRate,
        static_cast<unsigned long>(inRate / 100), paNoFlag, &DeviceStreams::inputCallback,
        streams.get());
    if (result == paNoError) {
        const double outRate
            = chooseRate(nullptr, &outParams, Pa_GetDeviceInfo(out)->defaultSampleRate);
        result = Pa_OpenStream(&streams->m_outputStream, nullptr, &outParams, outRate,
            static_cast<unsigned long>(outRate / 100), paNoFlag, &DeviceStreams::outputCallback,
            streams.get());
    }
    if (result != paNoError) {
        *error = std::string("the audio device could not be opened: ") + Pa_GetErrorText(result);
        return nullptr;
    }
    preferRealtimeCallbacks(streams->m_inputStream, in);
    preferRealtimeCallbacks(streams->m_outputStream, out);
    const PaStreamInfo* inInfo = Pa_GetStreamInfo(streams->m_inputStream);
    const PaStreamInfo* outInfo = Pa_GetStreamInfo(streams->m_outputStream);
    o.inputRate = static_cast<int>(inInfo->sampleRate);
    o.outputRate = static_cast<int>(outInfo->sampleRate);
    o.inputLatency = inInfo->inputLatency;
    o.outputLatency = outInfo->outputLatency;
    qCInfo(lcAudio).nospace() << "opened microphone \"" << o.inputName.c_str() << "\" at "
                              << o.inputRate << " Hz and speaker \"" << o.outputName.c_str()
                              << "\" at " << o.outputRate << " Hz"
                              << "; latency in " << o.inputLatency * 1000 << " ms, out "
                              << o.outputLatency * 1000 << " ms";
    return streams;
}

DeviceStreams::~DeviceStreams()
{
    stop();
}

bool DeviceStreams::start(std::string* error)
{
    if (!m_inputStream || !m_outputStream) {
        *error = "the audio devices were closed; open them again";
        return false;
    }
    PaError result = Pa_StartStream(m_inputStream);
    if (result == paNoError)
        result = Pa_StartStream(m_outputStream);
    if (result != paNoError) {
        *error = std::string("the audio device could not start: ") + Pa_GetErrorText(result);
        return false;
    }
    m_started = true;
    const std::int64_t now = monotonicUs();
    m_inputWatch = Watch{};
    m_inputWatch.seen = m_inputCallbacks.load();
    m_inputWatch.startUs = now;
    m_outputWatch = m_inputWatch;
    m_outputWatch.seen = m_outputCallbacks.load();
    return true;
}

void DeviceStreams::stop()
{
    if (m_started) {
        // Abort, not stop: a vanished device may never drain its buffers.
        Pa_AbortStream(m_inputStream);
        Pa_AbortStream(m_outputStream);
        m_started = false;
        qCInfo(lcAudio).nospace() << "audio streams stopped; longest pause between callbacks: in "
                                  << m_longestInputGapUs.load() / 1000 << " ms, out "
                                  << m_longestOutputGapUs.load() / 1000 << " ms; "
                                  << m_playbackUnderflows.load() << " speaker underflows, "
                                  << m_xruns.load() << " device xruns";
    }
    // Closed, not only stopped: a stopped stream stays on the sound server (and keeps the
    // desktop's microphone indicator on) for as long as the object that opened it lives.
    for (PaStream** stream : {&m_inputStream, &m_outputStream}) {
        if (*stream)
            Pa_CloseStream(*stream);
        *stream = nullptr;
    }
}

IoCounters DeviceStreams::counters() const
{
    return {m_captureOverflows.load(), m_playbackUnderflows.load(), m_xruns.load()};
}

void DeviceStreams::Watch::observe(std::uint64_t callbacks, std::int64_t nowUs)
{
    if (callbacks == seen)
        return;
    seen = callbacks;
    progressUs = nowUs;
    if (firstUs < 0)
        firstUs = nowUs;
    else if (nowUs - firstUs >= runningAfterMs * 1000)
        running = true;
}

bool DeviceStreams::Watch::quietFor(std::int64_t nowUs, int ms) const
{
    return running && nowUs - progressUs > std::int64_t{ms} * 1000;
}

bool DeviceStreams::Watch::late(std::int64_t nowUs) const
{
    return !running && nowUs - startUs > std::int64_t{startupGraceMs} * 1000;
}

void DeviceStreams::observe(std::int64_t nowUs) const
{
    m_inputWatch.observe(m_inputCallbacks.load(std::memory_order_relaxed), nowUs);
    m_outputWatch.observe(m_outputCallbacks.load(std::memory_order_acquire), nowUs);
}

bool DeviceStreams::speakerStalled() const
{
    if (!m_started)
        return false;
    const std::int64_t now = monotonicUs();
    observe(now);
    // From its first callback on: a fresh pulse-plugin stream can stall right after priming.
    return m_outputWatch.firstUs >= 0 && now - m_outputWatch.progressUs > stallAfterMs * 1000;
}

bool DeviceStreams::failed() const
{
    if (!m_started)
        return false;
    if (Pa_IsStreamActive(m_inputStream) != 1) {
        m_failure = "the microphone's stream stopped";
        return true;
    }
    if (Pa_IsStreamActive(m_outputStream) != 1) {
        m_failure = "the speaker's stream stopped";
        return true;
    }
    // Each direction is watched on its own: a running speaker says nothing about the
    // microphone, which on some systems starts a second after it.
    const std::int64_t now = monotonicUs();
    observe(now);
    const auto describe = [now](const char* what, const Watch& watch) {
        return std::string(what)
            + (watch.running ? " stopped calling back for " : " did not start within ")
            + std::to_string((now - (watch.running ? watch.progressUs : watch.startUs)) / 1000)
            + " ms";
    };
    const auto dead
        = [now](const Watch& watch) { return watch.quietFor(now, stalledMs) || watch.late(now); };
    if (dead(m_inputWatch)) {
        m_failure = describe("the microphone", m_inputWatch);
        return true;
    }
    if (dead(m_outputWatch)) {
        m_failure = describe("the speaker", m_outputWatch);
        return true;
    }
    return false;
}

bool DeviceStreams::adcTimeOf(std::int64_t sampleIndex, double* adcTime) const
{
    for (int attempt = 0; attempt < 4; ++attempt) {
        const std::uint32_t before = m_adcSequence.load(std::memory_order_acquire);
        if (before & 1U)
            continue;
        const double time = m_adcTime.load(std::memory_order_relaxed);
        const std::int64_t sample = m_adcSample.load(std::memory_order_relaxed);
        if (m_adcSequence.load(std::memory_order_acquire) == before && time > 0) {
            *adcTime = time + static_cast<double>(sampleIndex - sample) / m_opened.inputRate;
            return true;
        }
    }
    return false;
}

double DeviceStreams::streamTime() const
{
    return m_inputStream ? Pa_GetStreamTime(m_inputStream) : 0.0;
}

// --- the real-time callbacks: copies and counters only --------------------------------------

void DeviceStreams::captureSamples(
    const float* in, unsigned long frames, double adcTime, unsigned long flags)
{
    if (flags & (paInputOverflow | paInputUnderflow))
        m_xruns.fetch_add(1, std::memory_order_relaxed);
    const std::int64_t index = m_captured.load(std::memory_order_relaxed);
    // Publish the block's ADC time (seqlock: odd while writing).
    m_adcSequence.fetch_add(1, std::memory_order_acq_rel);
    m_adcTime.store(adcTime, std::memory_order_relaxed);
    m_adcSample.store(index, std::memory_order_relaxed);
    m_adcSequence.fetch_add(1, std::memory_order_release);
    if (!in)
        return;
    std::size_t written = 0;
    if (m_inputChannels == 1) {
        written = m_captureRing.write(in, frames);
    } else {
        float mono[256];
        for (unsigned long done = 0; done < frames;) {
            const unsigned long n = std::min<unsigned long>(256, frames - done);
            for (unsigned long i = 0; i < n; ++i)
                mono[i] = 0.5f * (in[2 * (done + i)] + in[2 * (done + i) + 1]);
            written += m_captureRing.write(mono, n);
            done += n;
        }
    }
    if (written < frames)
        m_captureOverflows.fetch_add(frames - written, std::memory_order_relaxed);
    m_captured.store(index + static_cast<std::int64_t>(frames), std::memory_order_relaxed);
}

void DeviceStreams::playSamples(float* out, unsigned long frames, unsigned long flags)
{
    if (flags & (paOutputUnderflow | paOutputOverflow))
        m_xruns.fetch_add(1, std::memory_order_relaxed);
    std::int64_t consumed = m_consumed.load(std::memory_order_relaxed);
    float* mono = out;
    float scratch[256];
    for (unsigned long done = 0; done < frames;) {
        const unsigned long n = std::min<unsigned long>(256, frames - done);
        float* block = m_outputChannels == 1 ? mono + done : scratch;
        std::size_t got = 0;
        if (m_discard.exchange(false, std::memory_order_acq_rel)) {
            // Barge-in: a 5 ms fade of what comes next, then drop the rest.
            got = m_playbackRing.read(block, n);
            const float fade = static_cast<float>(std::max<std::size_t>(got, 1));
            for (std::size_t i = 0; i < got; ++i)
                block[i] *= 1.0f - static_cast<float>(i) / fade;
            consumed += static_cast<std::int64_t>(
                got + m_playbackRing.discard(m_playbackRing.readAvailable()));
        } else {
            got = m_playbackRing.read(block, n);
            consumed += static_cast<std::int64_t>(got);
        }
        if (got > 0)
            m_playbackPrimed = true;
        if (got < n) {
            std::fill(block + got, block + n, 0.0f);
            // Before the microphone delivers, nothing feeds the speaker: not an underflow.
            if (m_playbackPrimed && m_captured.load(std::memory_order_relaxed) > 0)
                m_playbackUnderflows.fetch_add(1, std::memory_order_relaxed);
        }
        if (m_outputChannels == 2) {
            for (unsigned long i = 0; i < n; ++i)
                out[2 * (done + i)] = out[2 * (done + i) + 1] = scratch[i];
        }
        done += n;
    }
    m_consumed.store(consumed, std::memory_order_release);
}

int DeviceStreams::inputCallback(const void* input, void*, unsigned long frames,
    const PaStreamCallbackTimeInfo* timeInfo, PaStreamCallbackFlags flags, void* user)
{
    auto* self = static_cast<DeviceStreams*>(user);
    self->captureSamples(
        static_cast<const float*>(input), frames, timeInfo->inputBufferAdcTime, flags);
    notePause(self->m_lastInputUs, self->m_longestInputGapUs);
    self->m_inputCallbacks.fetch_add(1, std::memory_order_relaxed);
    return paContinue;
}

int DeviceStreams::outputCallback(const void*, void* output, unsigned long frames,
    const PaStreamCallbackTimeInfo*, PaStreamCallbackFlags flags, void* user)
{
    auto* self = static_cast<DeviceStreams*>(user);
    self->playSamples(static_cast<float*>(output), frames, flags);
    notePause(self->m_lastOutputUs, self->m_longestOutputGapUs);
    self->m_outputCallbacks.fetch_add(1, std::memory_order_release);
    return paContinue;
}

} // namespace vt::audio
