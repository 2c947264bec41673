#pragma once

#include "AudioClip.h"
#include "AudioEndpoints.h"

#include <chrono>
#include <string>
#include <vector>

namespace vt::audio {

// A file as the microphone: real-time paced (samples appear as the wall clock advances,
// like a device) or as fast as the engine reads. After the file, silence follows while
// `silenceAfter` is set (a call goes on after the rep's last word), else finished().
class FileCapture final : public CaptureEndpoint {
public:
    FileCapture(const AudioClip& clip, bool realTime, bool silenceAfter);

    int sampleRate() const override { return m_rate; }
    std::size_t read(float* out, std::size_t max) override;
    bool finished() const override { return !m_silenceAfter && m_position >= m_samples.size(); }

private:
    std::vector<float> m_samples; // mono
    int m_rate;
    bool m_realTime;
    bool m_silenceAfter;
    std::size_t m_position = 0;
    std::int64_t m_delivered = 0;
    std::chrono::steady_clock::time_point m_start{};
    bool m_started = false;
};

// A WAV file as the speaker: keeps what it is given and writes it at the end (or when asked).
// Paced like a device in real time, or consuming at once.
class FilePlayback final : public PlaybackEndpoint {
public:
    FilePlayback(std::string path, int sampleRate, bool realTime);
    ~FilePlayback() override;

    int sampleRate() const override { return m_rate; }
    std::size_t write(const float* data, std::size_t count) override;
    std::int64_t consumed() const override;
    void discardQueued() override;

    // Everything heard so far, as audio.
    const std::vector<float>& heard() const { return m_heard; }
    // Writes the WAV file; returns an error message, empty on success.
    std::string save();

private:
    void advance() const;

    std::string m_path;
    int m_rate;
    bool m_realTime;
    mutable std::vector<float> m_queued;
    mutable std::vector<float> m_heard;
    mutable std::int64_t m_consumed = 0;
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
    bool m_saved = false;
};

// Files as the call's microphone and speaker (tests, and the headless practice call).
class FileIo final : public AudioIo {
public:
    // `speakerPath` may be empty: the agent's audio is then kept in memory only.
    FileIo(const AudioClip& microphone, std::string speakerPath, bool realTime);

    CaptureEndpoint& capture() override { return m_capture; }
    PlaybackEndpoint& playback() override { return m_playback; }
    bool start(std::string*) override { return true; }
    void stop() override { }
    std::string describe() const override { return "file → file"; }
    std::string microphoneName() const override { return "file"; }
    FilePlayback& speaker() { return m_playback; }

private:
    FileCapture m_capture;
    FilePlayback m_playback;
};

} // namespace vt::audio
