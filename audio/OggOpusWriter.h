#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace vt::audio {

// An Ogg Opus file (RFC 7845) made of Opus packets that were encoded elsewhere: the call
// codec's own packets go into the file unchanged, so a file written here sounds exactly like
// the call. Mono or stereo, 48 kHz, 20 ms packets.
//
// Granule positions count 48 kHz samples from the stream's start including the pre-skip;
// finish() ends the stream at pre-skip + `inputSamples`, so a decoder trims the padding of
// the last packet and returns exactly the input's length.
class OggOpusWriter final {
public:
    struct Header {
        int channels = 1;
        int preSkip = 0;       // samples the decoder drops at the start (encoder lookahead)
        int inputRate = 48000; // informational: the rate of the original audio
        std::string vendor;    // the encoder library's version string
    };

    OggOpusWriter(const std::string& path, const Header& header);
    ~OggOpusWriter();
    OggOpusWriter(const OggOpusWriter&) = delete;
    OggOpusWriter& operator=(const OggOpusWriter&) = delete;

    explicit operator bool() const { return m_error.empty(); }
    const std::string& error() const { return m_error; }

    // One packet of `samples` 48 kHz samples (960 for 20 ms).
    bool write(std::span<const std::uint8_t> packet, int samples);
    // Ends the stream; `inputSamples` is the original audio's length at 48 kHz.
    bool finish(std::int64_t inputSamples);

private:
    struct Stream;
    bool writePages(bool flush);
    bool submitPending(bool last, std::int64_t granule);

    std::FILE* m_file = nullptr;
    std::unique_ptr<Stream> m_stream;
    std::int64_t m_granule = 0;
    std::int64_t m_packets = 0;
    std::vector<std::uint8_t> m_pending; // the newest packet, not yet in the stream
    int m_pendingSamples = 0;
    bool m_hasPending = false;
    int m_preSkip = 0;
    bool m_finished = false;
    std::string m_path;
    std::string m_error;
};

} // namespace vt::audio
