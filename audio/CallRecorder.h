#pragma once

#include "AudioFormat.h"

#include <cstdint>
#include <cstdio>
#include <span>
#include <string>

struct OggOpusEnc;

namespace vt::audio {

// The whole call as Ogg Opus, stereo: the rep on the left, the agent on the right, frame by
// frame on the call clock. Written as it goes (libopusenc), never held in memory.
//
// Crash safety: the encoder may look ahead 0 samples and buffer at most maxPageDelayMs of
// audio before it writes a page, and every page is flushed to the file as it is written. So a
// killed process loses at most maxPageDelayMs plus one frame, and what is on disk is a valid
// stream a decoder plays to its last page (only the end-of-stream flag is missing).
class CallRecorder final {
public:
    static constexpr int maxPageDelayMs = 500;
    static constexpr int bitrate = 48000; // both channels
    static constexpr int complexity = 3;

    explicit CallRecorder(const std::string& path);
    ~CallRecorder(); // finishes the stream if finish() was not called
    CallRecorder(const CallRecorder&) = delete;
    CallRecorder& operator=(const CallRecorder&) = delete;

    explicit operator bool() const { return m_encoder != nullptr && m_error.empty(); }
    std::string error() const { return m_error; }

    bool write(
        std::span<const float, frameSamples> rep, std::span<const float, frameSamples> agent);
    // Ends the stream (end-of-stream page) and closes the file.
    bool finish();
    std::int64_t writtenMs() const { return samplesToMs(m_samples); }

private:
    static int writePage(void* user, const unsigned char* data, int length);
    static int closeFile(void* user);

    std::FILE* m_file = nullptr;
    OggOpusEnc* m_encoder = nullptr;
    std::string m_error;
    std::int64_t m_samples = 0;
    float m_interleaved[2 * frameSamples] = {};
};

} // namespace vt::audio
