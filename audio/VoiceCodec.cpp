#include "VoiceCodec.h"

#include <opus.h>

#include <algorithm>
#include <utility>

namespace vt::audio {

VoiceEncoder::VoiceEncoder()
{
    int error = OPUS_OK;
    m_encoder = opus_encoder_create(sampleRate, 1, OPUS_APPLICATION_VOIP, &error);
    if (!m_encoder) {
        m_error = opus_strerror(error);
        return;
    }
    opus_encoder_ctl(m_encoder, OPUS_SET_BITRATE(bitrate));
    opus_encoder_ctl(m_encoder, OPUS_SET_VBR(1));
    opus_encoder_ctl(m_encoder, OPUS_SET_COMPLEXITY(complexity));
    opus_encoder_ctl(m_encoder, OPUS_SET_INBAND_FEC(0));
    opus_encoder_ctl(m_encoder, OPUS_SET_DTX(0));
    opus_encoder_ctl(m_encoder, OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE));
    opus_encoder_ctl(m_encoder, OPUS_SET_PACKET_LOSS_PERC(0));
}

VoiceEncoder::~VoiceEncoder()
{
    if (m_encoder)
        opus_encoder_destroy(m_encoder);
}

VoiceEncoder::VoiceEncoder(VoiceEncoder&& other) noexcept
    : m_encoder(std::exchange(other.m_encoder, nullptr))
    , m_error(std::move(other.m_error))
{
}

VoiceEncoder& VoiceEncoder::operator=(VoiceEncoder&& other) noexcept
{
    if (this != &other) {
        if (m_encoder)
            opus_encoder_destroy(m_encoder);
        m_encoder = std::exchange(other.m_encoder, nullptr);
        m_error = std::move(other.m_error);
    }
    return *this;
}

std::vector<std::uint8_t> VoiceEncoder::encode(std::span<const float, packetSamples> pcm)
{
    std::vector<std::uint8_t> packet(maxPacketBytes);
    if (!m_encoder)
        return {};
    const opus_int32 bytes = opus_encode_float(m_encoder, pcm.data(), packetSamples, packet.data(),
        static_cast<opus_int32>(packet.size()));
    if (bytes < 0)
        return {};
    packet.resize(static_cast<std::size_t>(bytes));
    return packet;
}

int VoiceEncoder::lookahead() const
{
    opus_int32 samples = 0;
    if (m_encoder)
        opus_encoder_ctl(m_encoder, OPUS_GET_LOOKAHEAD(&samples));
    return samples;
}

VoiceDecoder::VoiceDecoder()
{
    int error = OPUS_OK;
    m_decoder = opus_decoder_create(sampleRate, 1, &error);
}

VoiceDecoder::~VoiceDecoder()
{
    if (m_decoder)
        opus_decoder_destroy(m_decoder);
}

VoiceDecoder::VoiceDecoder(VoiceDecoder&& other) noexcept
    : m_decoder(std::exchange(other.m_decoder, nullptr))
{
}

VoiceDecoder& VoiceDecoder::operator=(VoiceDecoder&& other) noexcept
{
    if (this != &other) {
        if (m_decoder)
            opus_decoder_destroy(m_decoder);
        m_decoder = std::exchange(other.m_decoder, nullptr);
    }
    return *this;
}

int VoiceDecoder::decode(std::span<const std::uint8_t> packet, std::span<float, packetSamples> pcm)
{
    if (m_decoder && !packet.empty()) {
        const int samples = opus_decode_float(m_decoder, packet.data(),
            static_cast<opus_int32>(packet.size()), pcm.data(), packetSamples, 0);
        if (samples == packetSamples)
            return samples;
        if (samples > 0) {
            // A packet of another duration: keep what fits, pad with silence.
            std::fill(pcm.begin() + std::min(samples, packetSamples), pcm.end(), 0.0f);
            return samples;
        }
    }
    conceal(pcm);
    return 0;
}

void VoiceDecoder::conceal(std::span<float, packetSamples> pcm)
{
    if (!m_decoder
        || opus_decode_float(m_decoder, nullptr, 0, pcm.data(), packetSamples, 0) != packetSamples)
        std::fill(pcm.begin(), pcm.end(), 0.0f);
}

} // namespace vt::audio
