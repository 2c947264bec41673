// libFuzzer entry point (VT_FUZZ builds with clang): scripts/fuzz voice_frame [seconds]
#include "VoiceFrameFuzzTarget.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return vt::test::fuzzVoiceFrame(data, size);
}
