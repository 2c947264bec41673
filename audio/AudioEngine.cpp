#include "AudioEngine.h"

#include "AudioLog.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace vt::audio {
namespace {

constexpr int maxQueuedFrames = 8;
constexpr int driftWindowFrames = 100; // a second: drift shows as a queue that never shrinks
constexpr int maxExtraCushionFrames = 4;
constexpr int retryMs = 1000;
constexpr int bridgeRetryMs = 50;

std::int64_t wallClockMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

AudioEngine::AudioEngine(
    std::unique_ptr<AudioIo> io, Options options, Listener& listener, Reopen reopen)
    : m_io(std::move(io))
    , m_options(std::move(options))
    , m_listener(listener)
    , m_reopen(std::move(reopen))
{
    if (!m_options.recordingPath.empty()) {
        m_recorder = std::make_unique<CallRecorder>(m_options.recordingPath);
        if (!*m_recorder)
            qCWarning(lcAudio) << "the call recording cannot be written:"
                               << m_recorder->error().c_str();
    }
}

AudioEngine::~AudioEngine()
{
    stop();
}

void AudioEngine::configure()
{
    const int delay = m_options.referenceDelayFrames >= 0
        ? m_options.referenceDelayFrames
        : std::max(0,
            static_cast<int>(std::lround(m_io->roundTripLatency() * 100)) + m_io->primeFrames()
                - 1);
    if (!m_capture)
        m_capture = std::make_unique<CapturePipeline>(
            CapturePipeline::Options{m_options.processing, delay});
    m_inResampler = std::make_unique<Resampler>(m_io->capture().sampleRate(), sampleRate);
    m_outResampler = std::make_unique<Resampler>(sampleRate, m_io->playback().sampleRate());
    m_written = 0;
    m_writtenBase = m_io->playback().consumed();
    m_speakerMap.clear();
    m_extraCushionFrames = 0;
    m_seenUnderflows = m_io->counters().playbackUnderflows;
    m_queueFrames = 0;
    m_shortestQueue = std::numeric_limits<std::int64_t>::max();
    const std::int64_t streamStart = m_playback.producedSamples();
    for (int i = 0; i < m_io->primeFrames(); ++i)
        writeSilence(streamStart);
    m_ioOpen = true;
}

bool AudioEngine::start(std::string* error)
{
    if (!m_io) {
        *error = "no audio device was given";
        return false;
    }
    if (!m_io->start(error))
        return false;
    configure();
    m_running = true;
    m_worker = std::thread([this] {
        while (m_running.load()) {
            if (!step())
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    });
    return true;
}

void AudioEngine::runUntil(std::int64_t untilMs)
{
    if (!m_io)
        return;
    if (!m_ioOpen) {
        std::string error;
        if (!m_io->start(&error))
            return;
        configure();
    }
    while (m_capture->frameIndex() * frameMs < untilMs) {
        if (!step() && m_io->capture().finished())
            break;
    }
}

void AudioEngine::stop()
{
    if (m_running.exchange(false) && m_worker.joinable())
        m_worker.join();
    finish();
}

void AudioEngine::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_capture) {
        const Stats done = stats();
        qCInfo(lcAudio).nospace() << "audio engine done: " << done.callClockMs << " ms of call, "
                                  << done.speakerFramesSkipped << " agent frames skipped, "
                                  << done.speakerStalls << " speaker stalls held, "
                                  << done.deviceFailures << " device failures";
        if (const std::optional<TalkSegment> last = m_capture->finish())
            m_listener.repSegment(*last);
    }
    if (m_ioOpen) {
        reportHeard();
        m_io->stop();
    }
    if (m_recorder)
        m_recorder->finish();
}

void AudioEngine::pushAgentPacket(EncodedPacket packet)
{
    const std::lock_guard lock(m_mutex);
    m_incoming.push_back(std::move(packet));
}

void AudioEngine::flushAgent()
{
    m_flushRequested.store(true);
}

AudioEngine::Stats AudioEngine::stats() const
{
    const std::lock_guard lock(m_mutex);
    return m_stats;
}

std::string AudioEngine::recordingError() const
{
    return m_recorder ? m_recorder->error() : std::string();
}

bool AudioEngine::step()
{
    if (!m_ioOpen) {
        checkDevices();
        return false;
    }
    std::vector<EncodedPacket> incoming;
    {
        const std::lock_guard lock(m_mutex);
        incoming.swap(m_incoming);
    }
    const std::int64_t now = m_capture->frameIndex() * frameMs;
    for (EncodedPacket& packet : incoming)
        m_playback.push(std::move(packet), now);
    if (m_flushRequested.exchange(false))
        doFlush();
    m_capture->setMuted(m_muted.load());

    // Microphone samples, converted to 48 kHz at the edge.
    m_deviceIn.resize(static_cast<std::size_t>(m_io->capture().sampleRate() / 100));
    const std::size_t got = m_io->capture().read(m_deviceIn.data(), m_deviceIn.size());
    if (got > 0 && m_outage)
        endOutage();
    if (got > 0)
        m_inResampler->process(std::span<const float>(m_deviceIn.data(), got), m_micPending);
    std::size_t used = 0;
    for (; used + frameSamples <= m_micPending.size(); used += frameSamples)
        processFrame(
            std::span<const float, frameSamples>(m_micPending.data() + used, frameSamples));
    m_micPending.erase(
        m_micPending.begin(), m_micPending.begin() + static_cast<std::ptrdiff_t>(used));

    reportHeard();
    checkDevices();
    return got > 0;
}

void AudioEngine::processFrame(std::span<const float, frameSamples> mic)
{
    // While the speaker is held, the agent's stream stands still and plays nothing.
    static const JitterBuffer::Frame nothing{};
    const JitterBuffer::Frame& agent = m_speakerHeld ? nothing : m_playback.produce();

    const std::int64_t streamEnd = m_playback.producedSamples();
    const std::int64_t streamStart = streamEnd - std::int64_t{frameSamples};

    // The speaker ran dry since the last frame: the devices' callbacks come in bigger bursts
    // than the cushion covers. One more frame of cushion (up to maxExtraCushionFrames), so it
    // does not happen again at every burst.
    const std::uint64_t underflows = m_io->counters().playbackUnderflows;
    if (underflows != m_seenUnderflows) {
        m_seenUnderflows = underflows;
        m_listener.speakerGap();
        if (m_extraCushionFrames < maxExtraCushionFrames) {
            ++m_extraCushionFrames;
            writeSilence(streamStart);
        }
    }

    // To the speaker, unless its queue has stayed long for a whole second (two clocks drifting
    // apart): then one frame is skipped. A burst of late callbacks is not drift, and a pause
    // long enough to fill the queue is held (holdSpeaker) instead.
    const std::int64_t queued = m_written - (m_io->playback().consumed() - m_writtenBase);
    m_shortestQueue = std::min(m_shortestQueue, queued);
    bool skip = false;
    if (++m_queueFrames >= driftWindowFrames) {
        skip = !m_speakerHeld
            && m_shortestQueue > maxQueuedFrames * m_io->playback().sampleRate() / 100;
        m_queueFrames = 0;
        m_shortestQueue = std::numeric_limits<std::int64_t>::max();
    }
    if (!skip && !m_speakerHeld) {
        m_deviceOut.clear();
        m_outResampler->process(agent.pcm, m_deviceOut);
        const auto n = static_cast<std::int64_t>(
            m_io->playback().write(m_deviceOut.data(), m_deviceOut.size()));
        const std::int64_t played
            = m_deviceOut.empty() ? 0 : frameSamples * n / std::int64_t(m_deviceOut.size());
        m_speakerMap.push_back({m_written, m_written + n, streamStart, streamStart + played});
        m_written += n;
    }

    CapturePipeline::Output out = m_capture->process(mic, agent.pcm);
    m_listener.frame(mic, out.processed, agent.pcm);
    if (out.packet)
        m_listener.packet(*out.packet);
    if (out.speechStarted) {
        m_listener.repSpeechStarted((m_capture->frameIndex() - Vad::minActiveFrames) * frameMs);
        if (m_options.bargeIn && m_playback.agentAudible())
            doFlush();
    }
    if (out.segment)
        m_listener.repSegment(*out.segment);
    if (m_recorder && *m_recorder)
        m_recorder->write(out.processed, agent.pcm);
    if (m_capture->frameIndex() % 4 == 0)
        m_listener.levels(out.levels, m_playback.levels());

    const std::lock_guard lock(m_mutex);
    m_stats.callClockMs = m_capture->frameIndex() * frameMs;
    m_stats.packetsSent += out.packet ? 1 : 0;
    m_stats.speakerFramesSkipped += skip ? 1 : 0;
    m_stats.jitter = m_playback.stats();
    m_stats.recordedMs = m_recorder ? m_recorder->writtenMs() : 0;
    m_stats.device = m_io->counters();
    m_stats.extraCushionFrames = m_extraCushionFrames;
}

void AudioEngine::writeSilence(std::int64_t streamPosition)
{
    std::vector<float> silence(static_cast<std::size_t>(m_io->playback().sampleRate() / 100), 0.0f);
    const auto n
        = static_cast<std::int64_t>(m_io->playback().write(silence.data(), silence.size()));
    m_speakerMap.push_back({m_written, m_written + n, streamPosition, streamPosition});
    m_written += n;
}

// The speaker's position in our 48 kHz stream: which written piece the endpoint is consuming
// now, and how far into it. Silence written for cushion stands still; skipped frames are
// simply not in the map.
std::int64_t AudioEngine::speakerPosition()
{
    const std::int64_t consumed = m_io->playback().consumed() - m_writtenBase;
    while (m_speakerMap.size() > 1 && m_speakerMap.front().deviceEnd <= consumed)
        m_speakerMap.pop_front();
    if (m_speakerMap.empty())
        return m_playback.producedSamples();
    const SpeakerPiece& piece = m_speakerMap.front();
    if (consumed >= piece.deviceEnd)
        return piece.streamEnd;
    if (consumed <= piece.deviceStart || piece.deviceEnd == piece.deviceStart)
        return piece.streamStart;
    return piece.streamStart
        + (piece.streamEnd - piece.streamStart) * (consumed - piece.deviceStart)
        / (piece.deviceEnd - piece.deviceStart);
}

void AudioEngine::reportHeard()
{
    const PlaybackPipeline::Heard heard
        = m_playback.played(speakerPosition(), m_capture->frameIndex() * frameMs);
    if (heard.agentStartedMs)
        m_listener.agentStarted(*heard.agentStartedMs);
    if (heard.agentSegment)
        m_listener.agentSegment(*heard.agentSegment);
}

void AudioEngine::doFlush()
{
    const std::int64_t position = speakerPosition();
    m_io->playback().discardQueued();
    const PlaybackPipeline::FlushResult result
        = m_playback.flush(position, m_capture->frameIndex() * frameMs);
    m_listener.agentFlushed(result);
}

void AudioEngine::checkDevices()
{
    const std::int64_t wallMs = wallClockMs();
    if (m_outage && !m_lostReported && wallMs - m_lostAtMs >= bridgeMs)
        reportLost();
    if (m_ioOpen) {
        const bool stalled = m_io->speakerStalled();
        if (stalled && !m_speakerHeld)
            holdSpeaker(wallMs);
        else if (!stalled && m_speakerHeld)
            releaseSpeaker(wallMs);
    }
    if (m_ioOpen && !m_io->failed())
        return;
    if (m_ioOpen) {
        qCWarning(lcAudio).noquote() << "audio devices failed:" << m_io->describe().c_str() << "("
                                     << m_io->failure().c_str() << ")";
        // What the old speaker had not played yet is played on the new one.
        const int again = m_playback.rewind(speakerPosition());
        if (again > 0)
            qCDebug(lcAudio) << again << "frames of agent audio will be played again";
        if (!m_outage) {
            m_outage = true;
            m_lostAtMs = wallMs;
            m_lostReported = false;
            m_lostDevices = m_io->describe();
            m_lostReason = m_io->failure();
        }
        m_io->stop();
        m_ioOpen = false;
        m_speakerHeld = false;
        m_retryAtMs = wallMs;
        {
            const std::lock_guard lock(m_mutex);
            ++m_stats.deviceFailures;
        }
        if (!m_reopen && !m_lostReported)
            reportLost();
    }
    if (!m_reopen || wallMs < m_retryAtMs)
        return;
    m_retryAtMs = wallMs + (m_lostReported ? retryMs : bridgeRetryMs);
    std::string error;
    std::unique_ptr<AudioIo> replacement = m_reopen(&error);
    if (!replacement || !replacement->start(&error)) {
        if (m_lostReported)
            m_listener.device({DeviceEvent::Kind::Unavailable, {}, error});
        return;
    }
    m_io = std::move(replacement);
    configure();
}

// The speaker stopped asking for audio on a stream that still runs: the agent's audio it had
// not played is taken back (rewind) and held, so the agent waits rather than talking into a
// speaker nobody hears, and what the device still had queued is dropped when it resumes.
void AudioEngine::holdSpeaker(std::int64_t wallMs)
{
    m_speakerHeld = true;
    m_heldAtMs = wallMs;
    const int again = m_playback.rewind(speakerPosition());
    m_io->playback().discardQueued();
    {
        const std::lock_guard lock(m_mutex);
        ++m_stats.speakerStalls;
    }
    qCInfo(lcAudio).noquote() << "the speaker stalled on" << m_io->describe().c_str() << ";"
                              << again << "frames of agent audio held until it runs again";
}

// Its callbacks are back (the first one dropped the old queue): the speaker starts again
// from where it stopped, on a fresh map of what is written to it.
void AudioEngine::releaseSpeaker(std::int64_t wallMs)
{
    m_speakerHeld = false;
    qCInfo(lcAudio).noquote() << "the speaker runs again; held for" << wallMs - m_heldAtMs << "ms";
    configure();
    m_listener.speakerGap();
}

// The reopened microphone delivers: the outage is over. Heard within bridgeMs, nobody is told
// but a log and the echo measurements (the speaker's timing moved).
void AudioEngine::endOutage()
{
    m_outage = false;
    const std::int64_t tookMs = wallClockMs() - m_lostAtMs;
    qCInfo(lcAudio).noquote() << "audio continues on" << m_io->describe().c_str() << "after"
                              << tookMs << "ms";
    if (m_lostReported)
        m_listener.device({DeviceEvent::Kind::Reopened, m_io->describe(), {}});
    else
        m_listener.speakerGap();
}

void AudioEngine::reportLost()
{
    m_lostReported = true;
    m_listener.device({DeviceEvent::Kind::Lost, m_lostDevices, m_lostReason});
}

} // namespace vt::audio
