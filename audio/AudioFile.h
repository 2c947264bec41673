#pragma once

#include "AudioClip.h"

#include <cstdint>
#include <span>
#include <string>

namespace vt::audio {

// WAV (PCM 16/24/32-bit integer or 32-bit float, WAVE_FORMAT_EXTENSIBLE included, 1-8
// channels) from bytes. Damaged files get a message naming what is wrong. A data chunk whose
// size says more than the file holds (a recording that never finished) is read as far as it
// goes; `truncated` tells the caller.
LoadedClip parseWav(std::span<const std::uint8_t> bytes, bool* truncated = nullptr);
// Ogg Opus from bytes (opusfile): 48 kHz, the stream's channels.
LoadedClip parseOggOpus(std::span<const std::uint8_t> bytes);
// A WAV or Ogg Opus file, told apart by its first bytes. At most maxFileBytes.
LoadedClip readAudioFile(const std::string& path);

inline constexpr std::size_t maxAudioFileBytes = std::size_t{512} * 1024 * 1024;

// 16-bit PCM WAV. Returns an error message, empty on success.
std::string writeWav(const std::string& path, const AudioClip& clip);

} // namespace vt::audio
