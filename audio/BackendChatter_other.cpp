// Windows and macOS back ends (WASAPI, WDM-KS, Core Audio) do not print probe chatter.
#include "BackendChatter.h"

namespace vt::audio {

void quietBackendChatter()
{
}

} // namespace vt::audio
