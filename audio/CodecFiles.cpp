#include "CodecFiles.h"

#include "AudioFile.h"
#include "AudioFormat.h"
#include "OggOpusWriter.h"
#include "Resampler.h"
#include "VoiceCodec.h"

#include <opus.h>

#include <cstdio>
#include <filesystem>

namespace vt::audio {
namespace {

std::int64_t fileSize(const std::string& path)
{
    std::error_code error;
    const auto size = std::filesystem::file_size(std::filesystem::u8path(path), error);
    return error ? 0 : static_cast<std::int64_t>(size);
}

// The input file, described in `report`; false (with the report's error) when unreadable.
bool load(const std::string& path, LoadedClip& loaded, CodecFileReport& report)
{
    loaded = readAudioFile(path);
    if (!loaded) {
        report.fault = CodecFileReport::Fault::Input;
        report.error = path + ": " + loaded.error;
        return false;
    }
    report.inputRate = loaded.clip.sampleRate;
    report.inputChannels = loaded.clip.channels;
    report.seconds = loaded.clip.seconds();
    return true;
}

} // namespace

CodecFileReport encodeFile(const std::string& inputPath, const std::string& outputPath)
{
    CodecFileReport report;
    LoadedClip loaded;
    if (!load(inputPath, loaded, report))
        return report;
    const AudioClip& clip = loaded.clip;
    if (clip.frames() == 0) {
        report.fault = CodecFileReport::Fault::Input;
        report.error = inputPath + ": has no audio";
        return report;
    }
    const std::vector<float> mono = resample(clip.mono(), clip.sampleRate, sampleRate);

    VoiceEncoder encoder;
    if (!encoder) {
        report.fault = CodecFileReport::Fault::Codec;
        report.error = "the Opus encoder could not start: " + encoder.errorText();
        return report;
    }
    const int preSkip = encoder.lookahead();
    OggOpusWriter writer(
        outputPath, {1, preSkip, clip.sampleRate, std::string(opus_get_version_string())});
    if (!writer) {
        report.fault = CodecFileReport::Fault::Output;
        report.error = outputPath + ": " + writer.error();
        return report;
    }
    // Enough packets for the input plus the encoder's lookahead; the last one padded with
    // silence (the file's end granule trims it again).
    const std::size_t needed = mono.size() + static_cast<std::size_t>(preSkip);
    std::array<float, packetSamples> pcm{};
    for (std::size_t at = 0; at < needed; at += packetSamples) {
        for (std::size_t i = 0; i < packetSamples; ++i)
            pcm[i] = at + i < mono.size() ? mono[at + i] : 0.0f;
        const std::vector<std::uint8_t> packet = encoder.encode(pcm);
        if (packet.empty()) {
            report.fault = CodecFileReport::Fault::Codec;
            report.error = "the Opus encoder failed: " + encoder.errorText();
            return report;
        }
        if (!writer.write(packet, static_cast<int>(packetSamples))) {
            report.fault = CodecFileReport::Fault::Output;
            report.error = outputPath + ": " + writer.error();
            return report;
        }
        ++report.packets;
    }
    if (!writer.finish(static_cast<std::int64_t>(mono.size()))) {
        report.fault = CodecFileReport::Fault::Output;
        report.error = outputPath + ": " + writer.error();
        return report;
    }
    report.outputBytes = fileSize(outputPath);
    return report;
}

CodecFileReport decodeFile(const std::string& inputPath, const std::string& outputPath)
{
    CodecFileReport report;
    LoadedClip loaded;
    if (!load(inputPath, loaded, report))
        return report;
    const std::string error = writeWav(outputPath, loaded.clip);
    if (!error.empty()) {
        report.fault = CodecFileReport::Fault::Output;
        report.error = outputPath + ": " + error;
        return report;
    }
    report.outputBytes = fileSize(outputPath);
    return report;
}

} // namespace vt::audio
