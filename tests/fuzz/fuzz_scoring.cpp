// libFuzzer entry point (VT_FUZZ builds with clang): scripts/fuzz scoring [seconds]
#include "ScoringFuzzTarget.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return vt::test::fuzzScoring(data, size);
}
