// libFuzzer entry point (VT_FUZZ builds with clang): scripts/fuzz api_answer [seconds]
#include "ApiAnswerFuzzTarget.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return vt::test::fuzzApiAnswer(data, size);
}
