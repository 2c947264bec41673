#include "Packets.h"

#include <array>

namespace vt::test {

std::vector<audio::EncodedPacket> encodePackets(const std::vector<float>& samples)
{
    audio::VoiceEncoder encoder;
    std::vector<audio::EncodedPacket> packets;
    for (std::size_t at = 0; at + audio::packetSamples <= samples.size();
         at += audio::packetSamples) {
        const auto sequence = static_cast<std::uint32_t>(packets.size());
        packets.push_back({sequence, sequence * std::int64_t{audio::packetMs},
            encoder.encode(std::span<const float, audio::packetSamples>(
                samples.data() + at, audio::packetSamples))});
    }
    return packets;
}

std::vector<float> decodePackets(const std::vector<audio::EncodedPacket>& packets)
{
    audio::VoiceDecoder decoder;
    std::vector<float> out;
    std::array<float, audio::packetSamples> pcm{};
    for (const audio::EncodedPacket& packet : packets) {
        decoder.decode(packet.payload, pcm);
        out.insert(out.end(), pcm.begin(), pcm.end());
    }
    return out;
}

} // namespace vt::test
