#pragma once

#include "VoiceCodec.h"

#include <vector>

namespace vt::test {

// 48 kHz mono audio as the call's packets (sequence and call-clock timestamps from 0), and
// packets back to audio: what a test sends as the agent, or checks of what the rep sent.
std::vector<audio::EncodedPacket> encodePackets(const std::vector<float>& samples);
std::vector<float> decodePackets(const std::vector<audio::EncodedPacket>& packets);

} // namespace vt::test
