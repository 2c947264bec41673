#include "VoiceFrameFuzzTarget.h"

#include "VoiceFrames.h"
#include "VoiceMessages.h"

#include <cstdlib>

namespace vt::test {

using namespace vt::protocol::voice;

int fuzzVoiceFrame(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));

    const FrameParse frame = parseAudioFrame(bytes);
    if (frame.frame.has_value() == !frame.error.isEmpty())
        std::abort(); // exactly one of a frame and an error
    if (frame.frame && encodeAudioFrame(*frame.frame) != bytes.toByteArray())
        std::abort(); // the header round-trips bit for bit

    const MessageParse message = parseMessage(bytes);
    if (message.message.has_value() == !message.error.isEmpty())
        std::abort();
    if (message.message) {
        // What we write, we read back the same way.
        const MessageParse again = parseMessage(toJson(*message.message));
        if (!again.message || again.message->index() != message.message->index()
            || toJson(*again.message) != toJson(*message.message))
            std::abort();
    }
    return 0;
}

} // namespace vt::test
