#pragma once

#include <string>

namespace vt::audio {

// Versions of the audio libraries this binary actually runs with (queried at run time, not
// the headers it was compiled against), for --version and support reports.
std::string portAudioVersion();
std::string opusVersion();

} // namespace vt::audio
