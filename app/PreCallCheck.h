#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace vt::audio {
class AudioEngine;
class EchoTest;
class MicrophoneCheck;
} // namespace vt::audio

namespace vt::app {

class Settings;
class WatchedCheck;

// The pre-call check's view model, on the devices the settings name: the microphone's level
// live with a verdict in words (MicrophoneCheck), then the speaker test, which plays a test
// sound through the call's own playback chain and turns the echo test into advice
// (EchoTest). It passes once the microphone heard speech at a usable level and the speaker
// test ran; the day it passed is remembered, so the check can be skipped until tomorrow.
class PreCallCheck final : public QObject {
    Q_OBJECT

public:
    enum class Microphone { Off, Listening, NoSignal, Clipping, TooQuiet, Noisy, Good, Failed };
    Q_ENUM(Microphone)
    enum class Speakers { NotRun, Playing, Fine, UseHeadset, Failed };
    Q_ENUM(Speakers)

    explicit PreCallCheck(Settings& settings, QObject* parent = nullptr);
    ~PreCallCheck() override;

    static bool passedToday(const Settings& settings);

    // Opens the devices and listens (stops a speaker test).
    void startMicrophone();
    // Plays the test sound and measures the echo (stops the microphone meter); again, up to
    // EchoTest::maxAttempts times, when the speaker stuttered while it played and the verdict
    // was a headset.
    void startSpeakerTest();
    // Devices that stop during a check (the sound server restarted, a device came back under
    // another stream) are opened again this many times, reopenDelayMs apart, before the check
    // says it failed: the microphone keeps what it heard, the test sound plays again.
    static constexpr int maxReopens = 3;
    static constexpr int reopenDelayMs = 300;
    // Reopens since the running check started (for tests and logs).
    int reopens() const { return m_reopens; }
    void stop();

    Microphone microphone() const { return m_microphone; }
    Speakers speakers() const { return m_speakers; }
    QString microphoneAdvice() const;
    QString speakerAdvice() const;
    bool microphonePassed() const { return m_micPassed; }
    bool passed() const;

Q_SIGNALS:
    // About 20 times a second while the microphone is open: RMS and held peak, dBFS.
    void levelChanged(float rmsDb, float peakDb);
    void changed();

private:
    // Opens the settings' devices on an engine feeding the echo test (or the microphone
    // check); false with m_error.
    bool openEngine(bool echoTest);
    void openMicrophone();
    // The devices stopped (or never opened): true when they will be opened again shortly.
    bool reopenLater();
    void poll();
    void playTestSound();
    void finishSpeakerTest();
    void markPassed();

    Settings& m_settings;
    std::unique_ptr<audio::MicrophoneCheck> m_check;
    std::unique_ptr<audio::EchoTest> m_echo;
    std::unique_ptr<WatchedCheck> m_listener;
    std::unique_ptr<audio::AudioEngine> m_engine;
    QTimer m_poll;
    QElapsedTimer m_started;
    Microphone m_microphone = Microphone::Off;
    Speakers m_speakers = Speakers::NotRun;
    bool m_micPassed = false;
    int m_speakerAttempt = 0; // a disturbed test (EchoTest::Result) is played again
    int m_reopens = 0;
    QTimer m_reopen;
    QString m_error;
};

} // namespace vt::app
