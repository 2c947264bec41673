#pragma once

#include "AudioEngine.h"

#include <atomic>
#include <cstdint>
#include <vector>

namespace vt::audio {

// "Can I use my laptop speakers?": plays a test sound through the call's own playback chain
// and measures how much of it the microphone hears and how much the call's capture chain
// (echo canceller and residual echo suppression, without AGC) removes. Run it on an engine
// with bargeIn off and EchoTest::processing(); push testPackets(), wait for done().
//
// Measurement, on the call clock:
//  - background: the raw microphone over the frames before the sound starts (the signal
//    begins with leadSilenceMs of silence), skipping the devices' first 200 ms;
//  - echo: the raw microphone and the processed frames while the sound plays, after the
//    canceller's convergence time (convergenceMs after the sound's first frame);
//  - ERLE = 10·log10((echo power − background) / (residual power − processed background)),
//    capped at 60 dB. The echo must stand echoMarginDb above the background to be measured
//    at all; below that the microphone does not hear the speakers.
// Verdict: no echo, or ERLE ≥ goodErleDb: the speakers are fine; otherwise a headset.
class EchoTest final : public AudioEngine::Listener {
public:
    static constexpr int leadSilenceMs = 1200;
    static constexpr int signalMs = 6000;
    static constexpr int convergenceMs = 2500;
    static constexpr int tailMs = 300;
    static constexpr double echoMarginDb = 10.0;
    static constexpr double goodErleDb = 15.0;
    static constexpr double maxErleDb = 60.0;

    enum class Verdict { NoEcho, SpeakersFine, UseHeadset };
    struct Result {
        bool complete = false;      // the whole sound was played and heard
        double backgroundDb = -100; // raw microphone without the sound, dBFS RMS
        double signalDb = -100;     // the sound as sent to the speaker, dBFS RMS
        double echoDb = -100;       // the raw microphone while it plays
        double residualDb = -100;   // the processed microphone while it plays
        double erleDb = 0;          // echo return loss enhancement (0 when no echo)
        Verdict verdict = Verdict::NoEcho;
        // The speaker ran dry while the sound played: its echo moved under the canceller, and
        // the ERLE shows that move, not how well the devices' echo is cancelled.
        bool disturbed = false;
        // A disturbed "use a headset" is not the devices' verdict: measure again. (A moved
        // echo only lowers the ERLE, so "no echo" and "speakers are fine" stand.)
        bool measureAgain() const { return disturbed && verdict == Verdict::UseHeadset; }
    };
    // How many times a test that should be measured again is run before its result is taken.
    static constexpr int maxAttempts = 3;

    static EchoCanceller::Options processing() { return {true, true, false}; }
    // The test sound, 48 kHz mono: leadSilenceMs of silence, then signalMs of speech-shaped
    // noise (pink-ish, syllable-rate envelope) at about −20 dBFS RMS. Deterministic.
    static std::vector<float> testSignal();
    // The sound as the call's agent packets (sequence and timestamps from 0).
    static std::vector<EncodedPacket> testPackets();
    static Verdict verdictFor(bool echoHeard, double erleDb);

    void frame(std::span<const float, frameSamples> microphone,
        std::span<const float, frameSamples> processed,
        std::span<const float, frameSamples> agent) override;
    void speakerGap() override;
    // Thread-safe: the sound has played and its echo tail has been heard.
    bool done() const { return m_done.load(); }
    // Once the engine has stopped.
    Result result() const;

private:
    struct Energy {
        double sum = 0;
        std::int64_t frames = 0;
        void add(std::span<const float, frameSamples> pcm);
        double power() const; // mean square
    };

    std::int64_t m_frame = 0;
    std::int64_t m_firstAgentFrame = -1;
    Energy m_background;
    Energy m_processedBackground;
    Energy m_signal;
    Energy m_echo;
    Energy m_residual;
    std::atomic<bool> m_done{false};
    bool m_disturbed = false;
};

} // namespace vt::audio
