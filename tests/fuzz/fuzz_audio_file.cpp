// libFuzzer entry point (VT_FUZZ builds with clang): scripts/fuzz audio_file [seconds]
#include "AudioFileFuzzTarget.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return vt::test::fuzzAudioFile(data, size);
}
