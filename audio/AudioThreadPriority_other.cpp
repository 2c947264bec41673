// Windows and macOS: PortAudio's WASAPI and Core Audio callbacks already run real-time.
#include "AudioThreadPriority.h"

namespace vt::audio {

void preferRealtimeCallbacks(PaStream*, PaDeviceIndex)
{
}

} // namespace vt::audio
