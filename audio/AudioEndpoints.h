#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace vt::audio {

// Where the microphone's samples come from, at the endpoint's own rate (mono). Real devices
// (DeviceStreams) and files (FileEndpoints) implement it; the engine reads it on its worker
// thread and never blocks on it.
class CaptureEndpoint {
public:
    virtual ~CaptureEndpoint() = default;
    virtual int sampleRate() const = 0;
    // Moves up to `max` samples into `out`; returns how many.
    virtual std::size_t read(float* out, std::size_t max) = 0;
    // The source has nothing more to give (a file read to its end).
    virtual bool finished() const { return false; }
    // The device stopped delivering (unplugged, or its server went away).
    virtual bool failed() const { return false; }
};

// Where the speaker's samples go, at the endpoint's own rate (mono).
class PlaybackEndpoint {
public:
    virtual ~PlaybackEndpoint() = default;
    virtual int sampleRate() const = 0;
    // Queues up to `count` samples; returns how many fitted.
    virtual std::size_t write(const float* data, std::size_t count) = 0;
    // The speaker's position in everything written: samples played plus samples dropped by
    // discardQueued(). A sample written at position p has been heard once consumed() > p.
    virtual std::int64_t consumed() const = 0;
    // Barge-in: what is queued is dropped, after a 5 ms fade of the head so nothing clicks.
    virtual void discardQueued() = 0;
    virtual bool failed() const { return false; }
};

// Glitches a device reports: samples the capture side had no room for, playback callbacks
// that found too little to play, and over/underflows the audio system itself reported.
struct IoCounters {
    std::uint64_t captureOverflows = 0;
    std::uint64_t playbackUnderflows = 0;
    std::uint64_t deviceXruns = 0;
};

// A microphone and a speaker for one call: real devices (DeviceStreams) or files (FileIo).
class AudioIo {
public:
    virtual ~AudioIo() = default;
    virtual CaptureEndpoint& capture() = 0;
    virtual PlaybackEndpoint& playback() = 0;
    virtual bool start(std::string* error) = 0;
    virtual void stop() = 0;
    // Microphone plus speaker latency: how long an echo takes to come back, at the least.
    virtual double roundTripLatency() const { return 0.0; }
    // Silent frames to queue for the speaker before the first real one (a cushion against
    // scheduling jitter; 0 for files, which consume at once).
    virtual int primeFrames() const { return 0; }
    virtual bool failed() const { return false; }
    // Why failed() said so, in words for a log ("the microphone's callbacks stopped for 1.6 s").
    virtual std::string failure() const { return {}; }
    // The speaker's callbacks paused for a moment although its stream is still running. On
    // Linux, after a speaker underrun through ALSA's pulse plugin, PortAudio restarts the PCM
    // in place and the restarted stream may not be asked for audio again until PortAudio's
    // own timeout restarts it once more, one to three seconds later. The engine holds the
    // agent's audio meanwhile (AudioEngine); only a longer pause is a failure.
    virtual bool speakerStalled() const { return false; }
    virtual IoCounters counters() const { return {}; }
    // "pulse → pulse", for logs and events.
    virtual std::string describe() const = 0;
    // The microphone's name as the rep knows it ("pulse", "USB Headset"), for what the app says
    // when it hears nothing.
    virtual std::string microphoneName() const = 0;
};

} // namespace vt::audio
