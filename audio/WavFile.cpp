// WAV reading and writing (RIFF): parseWav and writeWav of AudioFile.h.
#include "AudioFile.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <system_error>

namespace vt::audio {
namespace {

std::uint32_t u32(const std::uint8_t* p)
{
    return static_cast<std::uint32_t>(p[0]) | static_cast<std::uint32_t>(p[1]) << 8
        | static_cast<std::uint32_t>(p[2]) << 16 | static_cast<std::uint32_t>(p[3]) << 24;
}

std::uint16_t u16(const std::uint8_t* p)
{
    return static_cast<std::uint16_t>(p[0] | p[1] << 8);
}

LoadedClip fail(std::string message)
{
    return {{}, std::move(message)};
}

constexpr std::uint16_t formatPcm = 1;
constexpr std::uint16_t formatFloat = 3;
constexpr std::uint16_t formatExtensible = 0xFFFE;

void putU32(std::uint8_t* p, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        p[i] = static_cast<std::uint8_t>(v >> (8 * i));
}

void putU16(std::uint8_t* p, std::uint16_t v)
{
    p[0] = static_cast<std::uint8_t>(v);
    p[1] = static_cast<std::uint8_t>(v >> 8);
}

} // namespace

LoadedClip parseWav(std::span<const std::uint8_t> bytes, bool* truncated)
{
    if (truncated)
        *truncated = false;
    if (bytes.size() < 12 || std::memcmp(bytes.data(), "RIFF", 4) != 0
        || std::memcmp(bytes.data() + 8, "WAVE", 4) != 0)
        return fail("not a WAV file (no RIFF/WAVE header)");
    std::uint16_t format = 0;
    std::uint16_t channels = 0;
    std::uint32_t rate = 0;
    std::uint16_t bits = 0;
    bool haveFormat = false;
    std::size_t pos = 12;
    while (pos + 8 <= bytes.size()) {
        const std::uint8_t* chunk = bytes.data() + pos;
        std::size_t size = u32(chunk + 4);
        const std::size_t body = pos + 8;
        if (std::memcmp(chunk, "fmt ", 4) == 0) {
            if (size < 16 || body + 16 > bytes.size())
                return fail("the fmt chunk is too short");
            format = u16(bytes.data() + body);
            channels = u16(bytes.data() + body + 2);
            rate = u32(bytes.data() + body + 4);
            bits = u16(bytes.data() + body + 14);
            if (format == formatExtensible) {
                if (size < 40 || body + 26 > bytes.size())
                    return fail("the extensible fmt chunk is too short");
                format = u16(bytes.data() + body + 24); // the sub-format GUID starts with the tag
            }
            haveFormat = true;
        } else if (std::memcmp(chunk, "data", 4) == 0) {
            if (!haveFormat)
                return fail("the data chunk comes before the fmt chunk");
            if (format != formatPcm && format != formatFloat)
                return fail("unsupported sample format " + std::to_string(format)
                    + " (PCM or float expected)");
            if (channels < 1 || channels > 8)
                return fail("unsupported channel count " + std::to_string(channels));
            if (rate < 8000 || rate > 192000)
                return fail("unsupported sample rate " + std::to_string(rate));
            const bool floatSamples = format == formatFloat;
            if ((floatSamples && bits != 32)
                || (!floatSamples && bits != 16 && bits != 24 && bits != 32))
                return fail("unsupported sample size " + std::to_string(bits) + " bits");
            if (body + size > bytes.size() || size == 0) {
                // Streaming writers leave 0 or 0xFFFFFFFF; a killed one leaves less than it said.
                size = bytes.size() - body;
                if (truncated)
                    *truncated = true;
            }
            const std::size_t width = bits / 8u;
            const std::size_t frameBytes = width * channels;
            const std::size_t frames = size / frameBytes;
            LoadedClip loaded;
            loaded.clip.sampleRate = static_cast<int>(rate);
            loaded.clip.channels = channels;
            loaded.clip.samples.resize(frames * channels);
            const std::uint8_t* p = bytes.data() + body;
            for (std::size_t i = 0; i < loaded.clip.samples.size(); ++i, p += width) {
                float value = 0.0f;
                if (floatSamples) {
                    std::uint32_t raw = u32(p);
                    std::memcpy(&value, &raw, sizeof value);
                    if (!(value >= -1e6f && value <= 1e6f))
                        value = 0.0f; // NaN or absurd: silence, never poison the pipeline
                } else if (bits == 16) {
                    value = static_cast<float>(static_cast<std::int16_t>(u16(p))) / 32768.0f;
                } else if (bits == 24) {
                    const std::int32_t v
                        = static_cast<std::int32_t>(static_cast<std::uint32_t>(p[0]) << 8
                              | static_cast<std::uint32_t>(p[1]) << 16
                              | static_cast<std::uint32_t>(p[2]) << 24)
                        >> 8;
                    value = static_cast<float>(v) / 8388608.0f;
                } else {
                    value = static_cast<float>(static_cast<std::int32_t>(u32(p))) / 2147483648.0f;
                }
                loaded.clip.samples[i] = value;
            }
            return loaded;
        }
        pos = body + size + (size & 1U); // chunks are padded to even sizes
        if (pos < body)
            break; // overflow
    }
    return fail(haveFormat ? "the data chunk is missing" : "the fmt chunk is missing");
}

std::string writeWav(const std::string& path, const AudioClip& clip)
{
    if (clip.channels < 1 || clip.sampleRate <= 0)
        return "nothing to write";
    if (clip.samples.size() > (std::size_t{0xFFFFFFFFU} - 36) / 2)
        return "is too long for a WAV file (4 GiB)";
    const std::uint32_t dataBytes = static_cast<std::uint32_t>(clip.samples.size() * 2);
    std::uint8_t header[44] = {};
    std::copy_n("RIFF", 4, header);
    putU32(header + 4, 36 + dataBytes);
    std::copy_n("WAVEfmt ", 8, header + 8);
    putU32(header + 16, 16);
    putU16(header + 20, formatPcm);
    putU16(header + 22, static_cast<std::uint16_t>(clip.channels));
    putU32(header + 24, static_cast<std::uint32_t>(clip.sampleRate));
    putU32(header + 28, static_cast<std::uint32_t>(clip.sampleRate * clip.channels * 2));
    putU16(header + 32, static_cast<std::uint16_t>(clip.channels * 2));
    putU16(header + 34, 16);
    std::copy_n("data", 4, header + 36);
    putU32(header + 40, dataBytes);

    std::vector<std::uint8_t> pcm(dataBytes);
    for (std::size_t i = 0; i < clip.samples.size(); ++i) {
        const float clamped = std::max(-1.0f, std::min(1.0f, clip.samples[i]));
        putU16(pcm.data() + 2 * i,
            static_cast<std::uint16_t>(static_cast<std::int16_t>(clamped * 32767.0f)));
    }
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(
        std::fopen(path.c_str(), "wb"), &std::fclose);
    if (!file)
        return "cannot be written: " + std::generic_category().message(errno);
    if (std::fwrite(header, 1, sizeof header, file.get()) != sizeof header
        || (!pcm.empty() && std::fwrite(pcm.data(), 1, pcm.size(), file.get()) != pcm.size()))
        return "could not be written completely";
    return {};
}

} // namespace vt::audio
