// libFuzzer entry point (VT_FUZZ builds with clang): scripts/fuzz chat_stream [seconds]
#include "ChatStreamFuzzTarget.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    return vt::test::fuzzChatStream(data, size);
}
