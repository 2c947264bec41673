#pragma once

#include "AudioEndpoints.h"
#include "CallRecorder.h"
#include "CapturePipeline.h"
#include "PlaybackPipeline.h"
#include "Resampler.h"

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace vt::audio {

// The call's audio, end to end, on its own worker thread: microphone → capture pipeline →
// packets out; packets in → playback pipeline → speaker; both channels → the recording.
//
// Timing invariants:
//  - the call clock is the count of 10 ms microphone frames processed: frame n is call time
//    n × 10 ms, for rep speech, packets, the recording and agent audio alike;
//  - each microphone frame is paired with exactly one playback frame produced at the same
//    moment (lockstep), which is what the speaker gets next, what the echo canceller uses as
//    reference (delayed by the devices' round-trip latency, see CapturePipeline.h) and what
//    goes into the recording's right channel beside the rep's processed audio on the left;
//  - the speaker's queue is held near primeFrames: when it stayed beyond 8 frames for a whole
//    second, a frame is skipped, so clock drift between two devices cannot grow the agent's
//    latency without bound (bursts of late callbacks skip nothing); each
//    time the speaker runs dry a frame of silence is added to the cushion, at most 4;
//  - the speaker's position in the agent stream comes from a map of what was written (agent
//    frames, cushion silence; skipped frames are absent) against the endpoint's consumed
//    counter, so agent segments and barge-in report what actually reached the device;
//  - resampling happens only at the endpoints' edge; inside, everything is 48 kHz mono;
//  - failed devices (AudioIo::failed) are reopened through `Reopen`: at once and every 50 ms
//    for bridgeMs, then once a second. Nothing the agent said is lost: the playback stream
//    rewinds to where the old speaker stopped (PlaybackPipeline::rewind) and continues on the
//    new one. An outage is over when the new microphone delivers; within bridgeMs it is
//    silent (a log line and speakerGap(), no DeviceEvent); a longer one is reported as Lost,
//    then Unavailable while reopening fails, then Reopened. Without `Reopen`, Lost comes at
//    once.
//  - a speaker that pauses on a stream still running (AudioIo::speakerStalled) is held: what
//    it had not played is rewound, the agent's stream stands still (silence as the echo
//    reference) until its callbacks come back, then continues where it stopped. Nobody is
//    told but a log and speakerGap(); only a pause past the failure threshold is a failure.
// Listener callbacks run on the worker thread; they must not block.
class AudioEngine final {
public:
    struct Options {
        EchoCanceller::Options processing;
        int referenceDelayFrames = -1; // -1: from the devices' latency
        std::string recordingPath;     // empty: no recording
        bool bargeIn = true;           // the rep talking over the agent silences the agent
    };
    struct DeviceEvent {
        enum class Kind { Lost, Reopened, Unavailable };
        Kind kind;
        std::string devices; // what was lost, or what replaced it
        std::string detail;
    };
    class Listener {
    public:
        virtual ~Listener() = default;
        virtual void packet(const EncodedPacket&) { }
        virtual void repSpeechStarted(std::int64_t) { }
        virtual void repSegment(const TalkSegment&) { }
        virtual void agentStarted(std::int64_t) { }
        // An agent utterance heard to its end.
        virtual void agentSegment(const TalkSegment&) { }
        // The agent cut off (barge-in, flushAgent()): the segment, when one was
        // playing, is what was heard of it. Either this or agentSegment reports an utterance.
        virtual void agentFlushed(const PlaybackPipeline::FlushResult&) { }
        virtual void levels(const Levels& /*microphone*/, const Levels& /*agent*/) { }
        virtual void device(const DeviceEvent&) { }
        // The speaker ran dry: what it plays from now on comes out later than before, so the
        // echo path moved and the canceller re-adapts. Measurements of the echo discard what
        // they measured across it.
        virtual void speakerGap() { }
        // Every 10 ms frame: the raw microphone, what the capture chain made of it, and the
        // agent audio that went to the speaker at the same moment. For measurements (the echo
        // test); it must be cheap.
        virtual void frame(std::span<const float, frameSamples> /*microphone*/,
            std::span<const float, frameSamples> /*processed*/,
            std::span<const float, frameSamples> /*agent*/)
        {
        }
    };
    struct Stats {
        std::int64_t callClockMs = 0;
        std::uint64_t packetsSent = 0;
        std::uint64_t speakerFramesSkipped = 0;
        std::uint64_t deviceFailures = 0;
        std::uint64_t speakerStalls = 0; // the speaker paused on a running stream: held
        IoCounters device;               // of the current devices
        int extraCushionFrames = 0;      // added to the speaker's queue after underflows
        JitterBuffer::Stats jitter;
        std::int64_t recordedMs = 0;
    };
    using Reopen = std::function<std::unique_ptr<AudioIo>(std::string* error)>;
    static constexpr int bridgeMs = 250;

    AudioEngine(
        std::unique_ptr<AudioIo> io, Options options, Listener& listener, Reopen reopen = {});
    ~AudioEngine();
    AudioEngine(const AudioEngine&) = delete;
    AudioEngine& operator=(const AudioEngine&) = delete;

    // Live: starts the devices and the worker thread.
    bool start(std::string* error);
    // Offline: runs the same loop on this thread until the call clock reaches `untilMs`, as
    // fast as the microphone endpoint gives samples (file I/O that is not real-time).
    void runUntil(std::int64_t untilMs);
    // Ends the call: stops the worker, closes the last talk segments and the recording.
    void stop();

    // Thread-safe: from the transport thread, the UI, anywhere.
    void pushAgentPacket(EncodedPacket packet);
    void flushAgent();
    void setMuted(bool muted) { m_muted.store(muted); }
    Stats stats() const;
    std::string recordingError() const;

private:
    void configure();
    bool step(); // one pass of the loop; false when it found nothing to do
    void processFrame(std::span<const float, frameSamples> mic);
    void doFlush();
    std::int64_t speakerPosition(); // in our 48 kHz stream
    void writeSilence(std::int64_t streamPosition);
    void reportHeard();
    void checkDevices();
    void holdSpeaker(std::int64_t wallMs);
    void releaseSpeaker(std::int64_t wallMs);
    void reportLost();
    void endOutage();
    void finish();

    std::unique_ptr<AudioIo> m_io;
    Options m_options;
    Listener& m_listener;
    Reopen m_reopen;
    std::unique_ptr<CapturePipeline> m_capture;
    PlaybackPipeline m_playback;
    std::unique_ptr<CallRecorder> m_recorder;
    std::unique_ptr<Resampler> m_inResampler;
    std::unique_ptr<Resampler> m_outResampler;
    std::vector<float> m_deviceIn;   // scratch at the device rate
    std::vector<float> m_micPending; // 48 kHz, not yet a full frame
    std::vector<float> m_deviceOut;
    std::int64_t m_written = 0;     // samples written to the speaker endpoint, at its rate
    std::int64_t m_writtenBase = 0; // consumed() of the current endpoint when it opened
    // What the speaker endpoint holds: pieces of written samples (at its rate, counted from
    // m_writtenBase) and the stretch of our 48 kHz stream each carries (none for silence).
    struct SpeakerPiece {
        std::int64_t deviceStart;
        std::int64_t deviceEnd;
        std::int64_t streamStart;
        std::int64_t streamEnd;
    };
    std::deque<SpeakerPiece> m_speakerMap;
    int m_extraCushionFrames = 0;
    std::uint64_t m_seenUnderflows = 0;
    int m_queueFrames = 0;            // frames into the drift guard's one-second window
    std::int64_t m_shortestQueue = 0; // the speaker's shortest queue in it (device samples)
    std::int64_t m_retryAtMs = 0;
    std::int64_t m_lostAtMs = 0; // wall clock, when the devices failed
    bool m_speakerHeld = false;  // the speaker stalled: the agent's stream stands still
    std::int64_t m_heldAtMs = 0; // wall clock
    bool m_lostReported = false; // DeviceEvent::Lost sent for the current outage
    std::string m_lostDevices;   // describe() and failure() of the devices that failed
    std::string m_lostReason;
    bool m_ioOpen = false;
    // From a failure until reopened devices deliver their first samples (not when they open:
    // a device that opens and then delivers nothing is not back).
    bool m_outage = false;

    std::thread m_worker;
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_muted{false};
    std::atomic<bool> m_flushRequested{false};
    mutable std::mutex m_mutex; // guards m_incoming and m_stats
    std::vector<EncodedPacket> m_incoming;
    Stats m_stats;
    bool m_finished = false;
};

} // namespace vt::audio
