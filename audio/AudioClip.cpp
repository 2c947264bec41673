#include "AudioClip.h"

namespace vt::audio {

std::vector<float> AudioClip::channel(int index) const
{
    std::vector<float> out;
    if (index < 0 || index >= channels)
        return out;
    out.reserve(frames());
    for (std::size_t i = static_cast<std::size_t>(index); i < samples.size();
         i += static_cast<std::size_t>(channels))
        out.push_back(samples[i]);
    return out;
}

std::vector<float> AudioClip::mono() const
{
    if (channels == 1)
        return samples;
    std::vector<float> out(frames(), 0.0f);
    const auto count = static_cast<std::size_t>(channels);
    for (std::size_t f = 0; f < out.size(); ++f) {
        float sum = 0.0f;
        for (std::size_t c = 0; c < count; ++c)
            sum += samples[f * count + c];
        out[f] = sum / static_cast<float>(channels);
    }
    return out;
}

} // namespace vt::audio
