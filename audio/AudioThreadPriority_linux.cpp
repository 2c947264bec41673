// Linux platform file: PortAudio's ALSA extension.
#include "AudioThreadPriority.h"

#include <pa_linux_alsa.h>

namespace vt::audio {

void preferRealtimeCallbacks(PaStream* stream, PaDeviceIndex device)
{
    const PaDeviceInfo* info = Pa_GetDeviceInfo(device);
    const PaHostApiInfo* api = info ? Pa_GetHostApiInfo(info->hostApi) : nullptr;
    if (stream && api && api->type == paALSA)
        PaAlsa_EnableRealtimeScheduling(stream, 1);
}

} // namespace vt::audio
