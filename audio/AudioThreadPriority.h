#pragma once

#include <portaudio.h>

namespace vt::audio {

// Asks for a real-time audio thread for an opened, not yet started PortAudio stream, where the
// host API leaves that to the application. On Linux's ALSA (and its pulse and pipewire plugins)
// PortAudio's callback thread is an ordinary thread: on a loaded machine it waits behind
// busy threads, and the speaker's callbacks stall for a second or more. PortAudio then runs it
// with SCHED_FIFO where the system allows that (rtprio limit, root), and as before where it
// does not. WASAPI (MMCSS) and Core Audio (its I/O thread) are real-time already: nothing to do.
void preferRealtimeCallbacks(PaStream* stream, PaDeviceIndex device);

} // namespace vt::audio
