#pragma once

#include "AudioEndpoints.h"
#include "PortAudioSession.h"
#include "SpscRing.h"

#include <portaudio.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

namespace vt::audio {

// The sound card, for one call: PortAudio streams for the chosen microphone and speaker,
// opened by device name with a fallback to the system default when the name is not connected.
// Always two streams, one per direction: a single duplex stream stalls on Linux when ALSA's
// pulse plugin is in between (it waits on both directions at once), and two streams work
// everywhere.
//
// Real-time boundary: the PortAudio callbacks only copy samples between the device and two
// SpscRings (and count). No lock, allocation, logging or Qt happens in them. Everything else
// reads the rings and the atomic counters from the audio worker thread.
//
// Timing: the capture ring holds at least 500 ms, the playback ring at least 250 ms; the engine
// keeps the playback ring at about two frames, so agent audio reaches the speaker 20 ms plus the
// device's own latency after it is produced.
class DeviceStreams final : public AudioIo {
public:
    struct Request {
        std::string input;  // device name; empty: system default
        std::string output; // device name; empty: system default
    };
    struct Opened {
        std::string inputName;
        std::string outputName;
        bool inputFellBack = false; // the requested device was not there
        bool outputFellBack = false;
        int inputRate = 0;
        int outputRate = 0;
        double inputLatency = 0; // seconds, as PortAudio reports
        double outputLatency = 0;
    };
    // Opens (does not start) the streams; on failure returns null and sets `error`.
    static std::unique_ptr<DeviceStreams> open(const Request& request, std::string* error);
    ~DeviceStreams() override;
    DeviceStreams(const DeviceStreams&) = delete;
    DeviceStreams& operator=(const DeviceStreams&) = delete;

    bool start(std::string* error) override;
    // Stops and closes both streams: they leave the sound server at once. Not startable again.
    void stop() override;
    CaptureEndpoint& capture() override;
    PlaybackEndpoint& playback() override;
    double roundTripLatency() const override
    {
        return m_opened.inputLatency + m_opened.outputLatency;
    }
    int primeFrames() const override { return 2; }
    // The stream stopped, or its callbacks have not run for four seconds.
    bool failed() const override;
    // The speaker's callbacks paused for 150 ms since its first one.
    bool speakerStalled() const override;
    std::string failure() const override { return m_failure; }
    IoCounters counters() const override;
    std::string describe() const override
    {
        return m_opened.inputName + " → " + m_opened.outputName;
    }
    std::string microphoneName() const override { return m_opened.inputName; }

    const Opened& opened() const { return m_opened; }
    // The capture clock: the ADC time (stream seconds) of capture sample `index`, and now.
    bool adcTimeOf(std::int64_t sampleIndex, double* adcTime) const;
    double streamTime() const;

private:
    class Capture;
    class Playback;
    struct Streams;

    DeviceStreams();
    static int inputCallback(const void* input, void* output, unsigned long frames,
        const PaStreamCallbackTimeInfo* timeInfo, PaStreamCallbackFlags flags, void* user);
    static int outputCallback(const void* input, void* output, unsigned long frames,
        const PaStreamCallbackTimeInfo* timeInfo, PaStreamCallbackFlags flags, void* user);
    void captureSamples(const float* in, unsigned long frames, double adcTime, unsigned long flags);
    void playSamples(float* out, unsigned long frames, unsigned long flags);

    PortAudioSession m_session;
    PaStream* m_inputStream = nullptr;
    PaStream* m_outputStream = nullptr;
    int m_inputChannels = 1;
    int m_outputChannels = 1;
    Opened m_opened;
    bool m_started = false;

    SpscRing<float> m_captureRing;
    SpscRing<float> m_playbackRing;
    std::unique_ptr<Capture> m_capture;
    std::unique_ptr<Playback> m_playback;

    // Written by the callbacks, read by the worker.
    std::atomic<std::uint64_t> m_captureOverflows{0};
    std::atomic<std::uint64_t> m_playbackUnderflows{0};
    std::atomic<std::uint64_t> m_xruns{0};
    std::atomic<std::int64_t> m_captured{0}; // samples delivered by the device
    std::atomic<std::int64_t> m_consumed{0}; // playback ring position (played + discarded)
    std::atomic<std::uint64_t> m_inputCallbacks{0};
    std::atomic<std::uint64_t> m_outputCallbacks{0};
    // When each direction's callback last ran, and the longest pause between two of its
    // callbacks (µs, steady clock): logged when the streams stop, to tell a starved audio
    // thread from a device that went away.
    std::atomic<std::int64_t> m_lastInputUs{0};
    std::atomic<std::int64_t> m_lastOutputUs{0};
    std::atomic<std::int64_t> m_longestInputGapUs{0};
    std::atomic<std::int64_t> m_longestOutputGapUs{0};
    std::atomic<bool> m_discard{false}; // barge-in request for the output callback
    bool m_playbackPrimed = false;      // output callback only: audio has started
    // Seqlock for (ADC time, sample index) of the latest capture block: odd while writing.
    std::atomic<std::uint32_t> m_adcSequence{0};
    std::atomic<double> m_adcTime{0};
    std::atomic<std::int64_t> m_adcSample{0};
    // The watchdog's view (worker thread), per stream. A stream is "running" once its callbacks
    // have come for a quarter second: before that (the first few callbacks only fill the
    // device's buffer, and a sound server may take a second to start pulling) it has a 4 s
    // grace counted from start(); afterwards 150 ms without a speaker callback is a stall and
    // 4 s without a callback in either direction a failure.
    struct Watch {
        std::uint64_t seen = 0;
        std::int64_t startUs = 0;
        std::int64_t firstUs = -1;
        std::int64_t progressUs = 0;
        bool running = false;
        void observe(std::uint64_t callbacks, std::int64_t nowUs);
        bool quietFor(std::int64_t nowUs, int ms) const;
        bool late(std::int64_t nowUs) const;
    };
    void observe(std::int64_t nowUs) const;
    mutable Watch m_inputWatch;
    mutable Watch m_outputWatch;
    mutable std::string m_failure; // worker thread: why failed() said so
};

} // namespace vt::audio
