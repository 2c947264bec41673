// Ogg Opus and file reading: parseOggOpus and readAudioFile of AudioFile.h.
#include "AudioFile.h"

#include <opusfile.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <system_error>

namespace vt::audio {

namespace {

// The bytes as a stream opusfile can only read, not seek: it then decodes front to back
// (with the same pre-skip and end trimming) and skips its link-scanning open, which on some
// damaged files fails and leaks the stream's tags (opusfile 0.12, found by fuzzing).
struct MemoryStream {
    std::span<const std::uint8_t> bytes;
    std::size_t position = 0;

    static int read(void* stream, unsigned char* out, int wanted)
    {
        auto* self = static_cast<MemoryStream*>(stream);
        const std::size_t n
            = std::min(static_cast<std::size_t>(wanted), self->bytes.size() - self->position);
        std::memcpy(out, self->bytes.data() + self->position, n);
        self->position += n;
        return static_cast<int>(n);
    }
};

} // namespace

LoadedClip parseOggOpus(std::span<const std::uint8_t> bytes)
{
    int error = 0;
    MemoryStream stream{bytes};
    const OpusFileCallbacks callbacks{&MemoryStream::read, nullptr, nullptr, nullptr};
    const std::unique_ptr<OggOpusFile, void (*)(OggOpusFile*)> file(
        op_open_callbacks(&stream, &callbacks, nullptr, 0, &error), &op_free);
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
        return {{}, "cannot be opened: " + std::generic_category().message(errno)};
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
