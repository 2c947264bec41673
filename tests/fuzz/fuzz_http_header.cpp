// libFuzzer entry point (VT_FUZZ builds with clang): scripts/fuzz http_header [seconds]
#include "HttpHeaderFuzzTarget.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return vt::test::fuzzHttpHeader(data, size);
}
