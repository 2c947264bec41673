// libFuzzer entry point (VT_FUZZ builds with clang): scripts/fuzz api_body [seconds]
#include "ApiBodyFuzzTarget.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return vt::test::fuzzApiBody(data, size);
}
