#pragma once

#include <cstddef>
#include <cstdint>

namespace vt::test {

// One fuzz input through what the gateway reads from outside for the AI engines: a model's
// streamed answer (ChatStream), fed whole and cut in two at a point the input chooses, which
// must read the same; the sentences of its words (SentenceSplitter), which must hold every
// word; and the --engines file (EngineConfig). Never a crash. Returns 0.
int fuzzChatStream(const std::uint8_t* data, std::size_t size);

} // namespace vt::test
