// Linux platform file: ALSA and JACK C APIs, and POSIX setenv.
#include "BackendChatter.h"

#include <alsa/asoundlib.h>
#include <jack/jack.h>

#include <cstdlib>

namespace vt::audio {
namespace {

// ALSA may call this from PortAudio's stream thread (xrun recovery), so it does nothing at
// all: no formatting, no allocation, no logging.
void discardAlsaMessage(const char*, int, const char*, int, const char*, ...)
{
}
void discardJackMessage(const char*)
{
}

} // namespace

void quietBackendChatter()
{
    snd_lib_error_set_handler(&discardAlsaMessage);
    jack_set_error_function(&discardJackMessage);
    jack_set_info_function(&discardJackMessage);
    // Probing must not spawn a JACK server as a side effect. Keeps a value the user set.
    setenv("JACK_NO_START_SERVER", "1", 0);
}

} // namespace vt::audio
