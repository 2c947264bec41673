#pragma once

#include <string>

namespace vt::audio {

// One PortAudio device as the user sees it. Devices are persisted by name (indices change
// whenever hardware comes and goes), so the name is the identity.
struct AudioDevice {
    std::string name;    // UTF-8, as PortAudio reports it
    std::string hostApi; // "ALSA", "Windows WASAPI", "Core Audio", ...
    int maxInputChannels = 0;
    int maxOutputChannels = 0;
    double defaultSampleRate = 0.0;
    bool isDefaultInput = false;
    bool isDefaultOutput = false;

    bool canCapture() const { return maxInputChannels > 0; }
    bool canPlay() const { return maxOutputChannels > 0; }
};

} // namespace vt::audio
