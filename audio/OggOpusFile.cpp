// Ogg Opus and file reading: parseOggOpus and readAudioFile of AudioFile.h.
#include "AudioFile.h"

#include <opusfile.h>

#include <cstdio>
#include <cstring>
#include <memory>

namespace vt::audio {

LoadedClip parseOggOpus(std::span<const std::uint8_t> bytes)
{
    int error = 0;
    const std::unique_ptr<OggOpusFile, void (*)(OggOpusFile*)> file(
        op_open_memory(bytes.data(), bytes.size(), &error), &op_free);
    if (!file)
        return {
            {}, "not a readable Ogg Opus stream (opusfile error " + std::to_string(error) + ")"};
    LoadedClip loaded;
    loaded.clip.sampleRate = 48000;
    loaded.clip.channels = op_channel_count(file.get(), -1);
    if (loaded.clip.channels < 1 || loaded.clip.channels > 8)
        return {{}, "unsupported channel count " + std::to_string(loaded.clip.channels)};
    std::vector<float> block(static_cast<std::size_t>(5760 * loaded.clip.channels));
    for (;;) {
        const int frames
            = op_read_float(file.get(), block.data(), static_cast<int>(block.size()), nullptr);
        if (frames == OP_HOLE)
            continue; // a gap in the stream (e.g. a lost page): keep reading
        if (frames < 0) {
            if (loaded.clip.samples.empty())
                return {{},
                    "the Ogg Opus stream is damaged (opusfile error " + std::to_string(frames)
                        + ")"};
            break; // keep what decoded before the damage
        }
        if (frames == 0)
            break;
        loaded.clip.samples.insert(loaded.clip.samples.end(), block.begin(),
            block.begin() + static_cast<std::ptrdiff_t>(frames) * loaded.clip.channels);
    }
    return loaded;
}

LoadedClip readAudioFile(const std::string& path)
{
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(
        std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file)
        return {{}, "cannot be opened"};
    std::vector<std::uint8_t> bytes;
    std::uint8_t chunk[65536];
    std::size_t n = 0;
    while ((n = std::fread(chunk, 1, sizeof chunk, file.get())) > 0) {
        bytes.insert(bytes.end(), chunk, chunk + n);
        if (bytes.size() > maxAudioFileBytes)
            return {{}, "is larger than " + std::to_string(maxAudioFileBytes >> 20) + " MiB"};
    }
    if (bytes.size() >= 4 && std::memcmp(bytes.data(), "OggS", 4) == 0)
        return parseOggOpus(bytes);
    if (bytes.size() >= 4 && std::memcmp(bytes.data(), "RIFF", 4) == 0)
        return parseWav(bytes);
    return {{}, "is neither a WAV nor an Ogg Opus file"};
}

} // namespace vt::audio
