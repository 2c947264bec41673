#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace vt::audio {

// A whole piece of audio in memory: interleaved float samples in [-1, 1].
struct AudioClip {
    int sampleRate = 0;
    int channels = 0;
    std::vector<float> samples; // interleaved

    std::size_t frames() const
    {
        return channels > 0 ? samples.size() / static_cast<std::size_t>(channels) : 0;
    }
    double seconds() const
    {
        return sampleRate > 0 ? static_cast<double>(frames()) / sampleRate : 0.0;
    }
    // Channel `channel` alone.
    std::vector<float> channel(int channel) const;
    // All channels averaged.
    std::vector<float> mono() const;
};

// A clip, or why there is none ("rep.wav: the fmt chunk is missing").
struct LoadedClip {
    AudioClip clip;
    std::string error; // empty on success
    explicit operator bool() const { return error.empty(); }
};

} // namespace vt::audio
