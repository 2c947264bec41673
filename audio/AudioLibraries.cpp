#include "AudioLibraries.h"

#include <opus.h>
#include <portaudio.h>

#include <string_view>

namespace vt::audio {

std::string portAudioVersion()
{
    // Works without Pa_Initialize. "19.6.0 (revision 396fe4b6699a)"
    const PaVersionInfo* info = Pa_GetVersionInfo();
    if (!info)
        return Pa_GetVersionText();
    std::string text = std::to_string(info->versionMajor) + '.' + std::to_string(info->versionMinor)
        + '.' + std::to_string(info->versionSubMinor);
    if (info->versionControlRevision && *info->versionControlRevision)
        text += " (revision " + std::string(info->versionControlRevision).substr(0, 12) + ')';
    return text;
}

std::string opusVersion()
{
    // "libopus 1.3.1" -> "1.3.1"
    std::string_view text = opus_get_version_string();
    constexpr std::string_view prefix = "libopus ";
    if (text.substr(0, prefix.size()) == prefix)
        text.remove_prefix(prefix.size());
    return std::string(text);
}

} // namespace vt::audio
