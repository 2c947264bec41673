#pragma once

// Internal to vt_app (includes the audio layer): the CLI's and the pre-call check's listener.
#include "AudioEngine.h"

#include <atomic>

namespace vt::app {

// Runs a device check (MicrophoneCheck, EchoTest) on an engine: forwards the engine's frames
// and speaker gaps to it and remembers whether a device was lost meanwhile.
class WatchedCheck final : public audio::AudioEngine::Listener {
public:
    explicit WatchedCheck(audio::AudioEngine::Listener& check)
        : m_check(check)
    {
    }
    void frame(std::span<const float, audio::frameSamples> microphone,
        std::span<const float, audio::frameSamples> processed,
        std::span<const float, audio::frameSamples> agent) override
    {
        m_check.frame(microphone, processed, agent);
    }
    void speakerGap() override { m_check.speakerGap(); }
    void device(const audio::AudioEngine::DeviceEvent& event) override
    {
        if (event.kind == audio::AudioEngine::DeviceEvent::Kind::Lost)
            m_lost.store(true);
    }
    // Thread-safe.
    bool lost() const { return m_lost.load(); }

private:
    audio::AudioEngine::Listener& m_check;
    std::atomic<bool> m_lost{false};
};

} // namespace vt::app
