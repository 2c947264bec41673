#include "AudioFileFuzzTarget.h"

#include "AudioFile.h"
#include "AudioFormat.h"
#include "Resampler.h"

#include <cmath>
#include <cstdlib>
#include <span>

namespace vt::test {
namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void use(const audio::LoadedClip& loaded)
{
    if (!loaded) {
        check(!loaded.error.empty());
        return;
    }
    const audio::AudioClip& clip = loaded.clip;
    check(clip.channels >= 1 && clip.channels <= 8);
    check(clip.sampleRate >= 8000 && clip.sampleRate <= 192000);
    check(clip.samples.size() % static_cast<std::size_t>(clip.channels) == 0);
    for (const float s : clip.samples)
        check(std::isfinite(s) && std::fabs(s) <= 1e6f);
    const std::vector<float> mono = clip.mono();
    check(mono.size() == clip.frames());
    const std::vector<float> at48k = audio::resample(mono, clip.sampleRate, audio::sampleRate);
    check(at48k.size() <= mono.size() * static_cast<std::size_t>(audio::sampleRate)
                / static_cast<std::size_t>(clip.sampleRate)
            + 1);
}

} // namespace

int fuzzAudioFile(const std::uint8_t* data, std::size_t size)
{
    const std::span<const std::uint8_t> bytes(data, size);
    bool truncated = false;
    use(audio::parseWav(bytes, &truncated));
    use(audio::parseOggOpus(bytes));
    return 0;
}

} // namespace vt::test
