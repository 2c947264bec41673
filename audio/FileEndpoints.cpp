#include "FileEndpoints.h"

#include "AudioFile.h"
#include "AudioFormat.h"

#include <algorithm>

namespace vt::audio {

FileIo::FileIo(const AudioClip& microphone, std::string speakerPath, bool realTime)
    : m_capture(microphone, realTime, true)
    , m_playback(std::move(speakerPath), sampleRate, realTime)
{
}

FileCapture::FileCapture(const AudioClip& clip, bool realTime, bool silenceAfter)
    : m_samples(clip.mono())
    , m_rate(clip.sampleRate)
    , m_realTime(realTime)
    , m_silenceAfter(silenceAfter)
{
}

std::size_t FileCapture::read(float* out, std::size_t max)
{
    std::size_t want = max;
    if (m_realTime) {
        const auto now = std::chrono::steady_clock::now();
        if (!m_started) {
            m_start = now;
            m_started = true;
        }
        const auto elapsedUs
            = std::chrono::duration_cast<std::chrono::microseconds>(now - m_start).count();
        const std::int64_t due = elapsedUs * m_rate / 1'000'000;
        want = static_cast<std::size_t>(
            std::clamp<std::int64_t>(due - m_delivered, 0, static_cast<std::int64_t>(max)));
    }
    const std::size_t fromFile
        = std::min(want, m_samples.size() - std::min(m_position, m_samples.size()));
    std::copy_n(m_samples.begin() + static_cast<std::ptrdiff_t>(m_position), fromFile, out);
    m_position += fromFile;
    std::size_t total = fromFile;
    if (m_silenceAfter && fromFile < want) {
        std::fill_n(out + fromFile, want - fromFile, 0.0f);
        total = want;
    }
    m_delivered += static_cast<std::int64_t>(total);
    return total;
}

FilePlayback::FilePlayback(std::string path, int sampleRate, bool realTime)
    : m_path(std::move(path))
    , m_rate(sampleRate)
    , m_realTime(realTime)
{
}

FilePlayback::~FilePlayback()
{
    if (!m_saved && !m_path.empty())
        save();
}

void FilePlayback::advance() const
{
    std::size_t take = m_queued.size();
    if (m_realTime) {
        const auto elapsedUs = std::chrono::duration_cast<std::chrono::microseconds>(
            std::chrono::steady_clock::now() - m_start)
                                   .count();
        const std::int64_t due = elapsedUs * m_rate / 1'000'000;
        take = static_cast<std::size_t>(
            std::clamp<std::int64_t>(due - m_consumed, 0, static_cast<std::int64_t>(take)));
    }
    m_heard.insert(
        m_heard.end(), m_queued.begin(), m_queued.begin() + static_cast<std::ptrdiff_t>(take));
    m_queued.erase(m_queued.begin(), m_queued.begin() + static_cast<std::ptrdiff_t>(take));
    m_consumed += static_cast<std::int64_t>(take);
}

std::size_t FilePlayback::write(const float* data, std::size_t count)
{
    m_queued.insert(m_queued.end(), data, data + count);
    advance();
    return count;
}

std::int64_t FilePlayback::consumed() const
{
    advance();
    return m_consumed;
}

void FilePlayback::discardQueued()
{
    advance();
    const std::size_t fade
        = std::min<std::size_t>(m_queued.size(), static_cast<std::size_t>(m_rate / 200));
    for (std::size_t i = 0; i < fade; ++i)
        m_heard.push_back(m_queued[i] * (1.0f - static_cast<float>(i) / static_cast<float>(fade)));
    m_consumed += static_cast<std::int64_t>(m_queued.size());
    m_heard.resize(
        m_heard.size() + m_queued.size() - fade, 0.0f); // the rest of the time passes silently
    m_queued.clear();
}

std::string FilePlayback::save()
{
    m_saved = true;
    advance();
    std::vector<float> all = m_heard;
    all.insert(all.end(), m_queued.begin(), m_queued.end());
    return writeWav(m_path, AudioClip{m_rate, 1, std::move(all)});
}

} // namespace vt::audio
