#pragma once

namespace vt::audio {

// PortAudio's back ends print probe messages straight to stderr (on Linux, ALSA lists every
// PCM it cannot open and libjack complains that no JACK server runs). They are not errors:
// PortAudio's own error codes are what we report. This silences them. (PortAudio already
// opens JACK with JackNoStartServer, so probing never launches a server.) Call before
// Pa_Initialize; idempotent.
void quietBackendChatter();

} // namespace vt::audio
