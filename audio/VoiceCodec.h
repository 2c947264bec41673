#pragma once

#include "AudioFormat.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

struct OpusEncoder;
struct OpusDecoder;

namespace vt::audio {

// One Opus packet of the call, with its place on the call clock.
struct EncodedPacket {
    std::uint32_t sequence = 0;
    std::int64_t timestampMs = 0; // call clock at the packet's first sample
    std::vector<std::uint8_t> payload;
    // Agent audio: the first packet of an utterance, so playback can tell two utterances
    // apart when the second follows the first without a pause.
    bool utteranceStart = false;
};

// The call's encoder, with DESIGN.md's settings: 48 kHz mono, 20 ms packets, 24 kbit/s VBR,
// OPUS_APPLICATION_VOIP, complexity 9, no in-band FEC (the transport is TCP), no DTX.
// RAII over OpusEncoder; move-only.
class VoiceEncoder final {
public:
    static constexpr int bitrate = 24000;
    static constexpr int complexity = 9;
    static constexpr std::size_t maxPacketBytes = 1275;

    VoiceEncoder();
    ~VoiceEncoder();
    VoiceEncoder(const VoiceEncoder&) = delete;
    VoiceEncoder& operator=(const VoiceEncoder&) = delete;
    VoiceEncoder(VoiceEncoder&& other) noexcept;
    VoiceEncoder& operator=(VoiceEncoder&& other) noexcept;

    explicit operator bool() const { return m_encoder != nullptr; }
    std::string errorText() const { return m_error; }

    // Encodes exactly packetSamples (20 ms) of 48 kHz mono; empty on failure.
    std::vector<std::uint8_t> encode(std::span<const float, packetSamples> pcm);
    // Samples the decoder's output lags behind the input.
    int lookahead() const;

private:
    OpusEncoder* m_encoder = nullptr;
    std::string m_error;
};

// The call's decoder, with packet-loss concealment. RAII over OpusDecoder; move-only.
class VoiceDecoder final {
public:
    VoiceDecoder();
    ~VoiceDecoder();
    VoiceDecoder(const VoiceDecoder&) = delete;
    VoiceDecoder& operator=(const VoiceDecoder&) = delete;
    VoiceDecoder(VoiceDecoder&& other) noexcept;
    VoiceDecoder& operator=(VoiceDecoder&& other) noexcept;

    explicit operator bool() const { return m_decoder != nullptr; }

    // Decodes one packet into `pcm`; returns the samples written (packetSamples for the call's
    // own packets), or 0 for a packet that does not decode (then `pcm` is concealed instead).
    int decode(std::span<const std::uint8_t> packet, std::span<float, packetSamples> pcm);
    // Concealment for a lost packet: the decoder extrapolates from what it had.
    void conceal(std::span<float, packetSamples> pcm);

private:
    OpusDecoder* m_decoder = nullptr;
};

} // namespace vt::audio
