#pragma once

#include "AudioDevice.h"

#include <string>
#include <vector>

namespace vt::audio {

// RAII for Pa_Initialize/Pa_Terminate. PortAudio scans the hardware when it initialises, so
// a fresh session is how the device list is refreshed. PortAudio's global state is not
// thread-safe: sessions are created, ended and enumerated under one process-wide lock, so a
// device scan on a worker thread can run while another thread opens a call's devices.
class PortAudioSession final {
public:
    PortAudioSession();
    ~PortAudioSession();
    PortAudioSession(const PortAudioSession&) = delete;
    PortAudioSession& operator=(const PortAudioSession&) = delete;
    PortAudioSession(PortAudioSession&&) = delete;
    PortAudioSession& operator=(PortAudioSession&&) = delete;

    explicit operator bool() const { return m_initError == 0; }
    // Empty when initialisation succeeded.
    std::string errorText() const;

    // Every device of every host API, in PortAudio's order; empty when initialisation failed.
    std::vector<AudioDevice> devices() const;

private:
    int m_initError = 0;
};

} // namespace vt::audio
