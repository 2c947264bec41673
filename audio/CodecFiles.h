#pragma once

#include <cstdint>
#include <string>

namespace vt::audio {

// Whole files through the call's codec, for `voicetraining-cli audio encode|decode`: a rep or
// trainer hears exactly what the agent hears, and sample recordings are made the same way.
struct CodecFileReport {
    enum class Fault { None, Input, Output, Codec };
    Fault fault = Fault::None;
    std::string error; // "<file>: <what is wrong>", empty on success
    double seconds = 0;
    int inputRate = 0;
    int inputChannels = 0;
    std::int64_t packets = 0;
    std::int64_t outputBytes = 0;
    explicit operator bool() const { return error.empty(); }
};

// WAV or Ogg Opus in (any rate, any channel count: mixed to mono, resampled to 48 kHz) →
// Ogg Opus out, encoded by VoiceEncoder packet by packet with the call's settings.
CodecFileReport encodeFile(const std::string& inputPath, const std::string& outputPath);
// Ogg Opus (or WAV) in → 16-bit PCM WAV out, at 48 kHz with the stream's channels.
CodecFileReport decodeFile(const std::string& inputPath, const std::string& outputPath);

} // namespace vt::audio
