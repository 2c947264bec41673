// Linux platform file: the ALSA and JACK C APIs.
#include "BackendChatter.h"

#include <alsa/asoundlib.h>
#include <jack/jack.h>

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
}

} // namespace vt::audio
