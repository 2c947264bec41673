// The whole engine with files for microphone and speaker, driven offline so every number is
// exact: packets out, agent audio in, talk segments on the call clock, barge-in, recording.
#include "AudioEngine.h"
#include "AudioFile.h"
#include "FileEndpoints.h"
#include "Packets.h"
#include "Speech.h"
#include "Vad.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace vt::audio;

namespace {

struct Recorder final : AudioEngine::Listener {
    std::vector<EncodedPacket> packets;
    std::vector<std::int64_t> repStarts;
    std::vector<TalkSegment> repSegments;
    std::vector<std::int64_t> agentStarts;
    std::vector<TalkSegment> agentSegments;
    std::vector<PlaybackPipeline::FlushResult> flushes;
    int levelReports = 0;

    void packet(const EncodedPacket& p) override { packets.push_back(p); }
    void repSpeechStarted(std::int64_t ms) override { repStarts.push_back(ms); }
    void repSegment(const TalkSegment& s) override { repSegments.push_back(s); }
    void agentStarted(std::int64_t ms) override { agentStarts.push_back(ms); }
    void agentSegment(const TalkSegment& s) override { agentSegments.push_back(s); }
    void agentFlushed(const PlaybackPipeline::FlushResult& f) override { flushes.push_back(f); }
    void levels(const Levels&, const Levels&) override { ++levelReports; }
    void device(const AudioEngine::DeviceEvent& e) override { devices.push_back(e.kind); }
    void speakerGap() override { ++speakerGaps; }
    std::vector<AudioEngine::DeviceEvent::Kind> devices;
    int speakerGaps = 0;
};

AudioClip clipOf(std::vector<float> samples)
{
    return AudioClip{sampleRate, 1, std::move(samples)};
}

// The first and last sample above `threshold`.
std::pair<std::size_t, std::size_t> extent(const std::vector<float>& x, float threshold = 0.01f)
{
    std::size_t first = x.size();
    std::size_t last = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (std::abs(x[i]) > threshold) {
            first = std::min(first, i);
            last = i;
        }
    }
    return {first, last};
}

// Files, plus underflows the test injects: the device seam's fault injection.
class UnderflowingIo final : public AudioIo {
public:
    explicit UnderflowingIo(std::unique_ptr<FileIo> files)
        : m_files(std::move(files))
    {
    }
    CaptureEndpoint& capture() override { return m_files->capture(); }
    PlaybackEndpoint& playback() override { return m_files->playback(); }
    bool start(std::string* error) override { return m_files->start(error); }
    void stop() override { m_files->stop(); }
    IoCounters counters() const override { return {0, underflows, 0}; }
    std::string describe() const override { return m_files->describe(); }
    std::string microphoneName() const override { return m_files->microphoneName(); }
    FileIo& files() { return *m_files; }

    std::uint64_t underflows = 0; // set by the test between runs, on the engine's thread

private:
    std::unique_ptr<FileIo> m_files;
};

// Files whose speaker plays `lagFrames` behind what was written (a real device's queue), and
// that fail when the test says so: the device seam's fault injection for a lost device. What
// the speaker really played (all that was written but the lag) goes to `played` when the
// engine lets go of it.
class FailingIo final : public AudioIo {
public:
    FailingIo(const AudioClip& microphone, std::int64_t lagFrames, std::vector<float>* played)
        : m_files(microphone, std::string(), false)
        , m_playback(m_files.playback(), lagFrames * frameSamples)
        , m_played(played)
    {
    }
    ~FailingIo() override
    {
        *m_played = m_files.speaker().heard();
        m_played->resize(std::size_t(m_playback.consumed()));
    }
    CaptureEndpoint& capture() override { return m_files.capture(); }
    PlaybackEndpoint& playback() override { return m_playback; }
    bool start(std::string*) override { return true; }
    void stop() override { }
    bool failed() const override { return fail; }
    std::string failure() const override { return "injected"; }
    std::string describe() const override { return "failing → failing"; }
    std::string microphoneName() const override { return "failing"; }
    bool fail = false;

private:
    class Lagging final : public PlaybackEndpoint {
    public:
        Lagging(PlaybackEndpoint& inner, std::int64_t lag)
            : m_inner(inner)
            , m_lag(lag)
        {
        }
        int sampleRate() const override { return m_inner.sampleRate(); }
        std::size_t write(const float* data, std::size_t count) override
        {
            return m_inner.write(data, count);
        }
        std::int64_t consumed() const override
        {
            return std::max<std::int64_t>(0, m_inner.consumed() - m_lag);
        }
        void discardQueued() override { m_inner.discardQueued(); }

    private:
        PlaybackEndpoint& m_inner;
        std::int64_t m_lag;
    };

    FileIo m_files;
    Lagging m_playback;
    std::vector<float>* m_played;
};

// Files whose speaker stalls when the test says so, its stream still running: while stalled
// it plays nothing and what is written waits in its queue; when it resumes after a
// discardQueued(), that queue is dropped (as the real device's first callback does). What it
// played goes to `played`. The device seam's fault injection for a stalled speaker.
class StallingIo final : public AudioIo {
public:
    StallingIo(const AudioClip& microphone, std::vector<float>* played)
        : m_files(microphone, std::string(), false)
        , m_speaker(*this)
        , m_played(played)
    {
    }
    ~StallingIo() override { *m_played = m_speaker.heard; }
    CaptureEndpoint& capture() override { return m_files.capture(); }
    PlaybackEndpoint& playback() override { return m_speaker; }
    bool start(std::string*) override { return true; }
    void stop() override { }
    bool speakerStalled() const override { return m_stalled; }
    std::string describe() const override { return "stalling → stalling"; }
    std::string microphoneName() const override { return "stalling"; }
    void stall() { m_stalled = true; }
    void resume()
    {
        m_stalled = false;
        if (m_speaker.discard)
            m_speaker.consumedSamples += static_cast<std::int64_t>(m_speaker.queue.size());
        else
            m_speaker.heard.insert(
                m_speaker.heard.end(), m_speaker.queue.begin(), m_speaker.queue.end());
        m_speaker.queue.clear();
        m_speaker.discard = false;
    }

private:
    struct Speaker final : PlaybackEndpoint {
        explicit Speaker(const StallingIo& owner)
            : m_owner(owner)
        {
        }
        int sampleRate() const override { return vt::audio::sampleRate; }
        std::size_t write(const float* data, std::size_t count) override
        {
            if (m_owner.m_stalled) {
                queue.insert(queue.end(), data, data + count);
            } else {
                heard.insert(heard.end(), data, data + count);
                consumedSamples += static_cast<std::int64_t>(count);
            }
            return count;
        }
        std::int64_t consumed() const override { return consumedSamples; }
        void discardQueued() override { discard = m_owner.m_stalled; }

        const StallingIo& m_owner;
        std::vector<float> heard;
        std::vector<float> queue;
        std::int64_t consumedSamples = 0;
        bool discard = false;
    };

    FileIo m_files;
    Speaker m_speaker;
    std::vector<float>* m_played;
    bool m_stalled = false;
};

// Files whose speaker plays 0.5 % slower than the microphone records: two devices' clocks
// drifting apart. By the time the microphone has delivered 1000 samples, the speaker has
// played 995 (of what was written).
// A speaker whose clock is not the microphone's: `consumedAt` says how many samples it has
// played once the microphone has delivered some.
class DriftingIo final : public AudioIo {
public:
    using Consumption = std::int64_t (*)(std::int64_t delivered);
    DriftingIo(const AudioClip& microphone, Consumption consumedAt)
        : m_files(microphone, std::string(), false)
        , m_microphone(m_files.capture())
        , m_speaker(m_files.playback(), m_microphone, consumedAt)
    {
    }
    CaptureEndpoint& capture() override { return m_microphone; }
    PlaybackEndpoint& playback() override { return m_speaker; }
    bool start(std::string* error) override { return m_files.start(error); }
    void stop() override { m_files.stop(); }
    std::string describe() const override { return "drifting → drifting"; }
    std::string microphoneName() const override { return "drifting"; }
    std::int64_t queued() const { return m_speaker.written - m_speaker.consumed(); }

private:
    struct Microphone final : CaptureEndpoint {
        explicit Microphone(CaptureEndpoint& inner)
            : m_inner(inner)
        {
        }
        int sampleRate() const override { return m_inner.sampleRate(); }
        std::size_t read(float* out, std::size_t max) override
        {
            const std::size_t n = m_inner.read(out, max);
            delivered += static_cast<std::int64_t>(n);
            return n;
        }
        bool finished() const override { return m_inner.finished(); }

        CaptureEndpoint& m_inner;
        std::int64_t delivered = 0;
    };
    struct Speaker final : PlaybackEndpoint {
        Speaker(PlaybackEndpoint& inner, const Microphone& clock, Consumption consumedAt)
            : m_inner(inner)
            , m_clock(clock)
            , m_consumedAt(consumedAt)
        {
        }
        int sampleRate() const override { return m_inner.sampleRate(); }
        std::size_t write(const float* data, std::size_t count) override
        {
            written += static_cast<std::int64_t>(count);
            return m_inner.write(data, count);
        }
        std::int64_t consumed() const override
        {
            return std::min(written, m_consumedAt(m_clock.delivered));
        }
        void discardQueued() override { }

        PlaybackEndpoint& m_inner;
        const Microphone& m_clock;
        Consumption m_consumedAt;
        std::int64_t written = 0;
    };

    FileIo m_files;
    Microphone m_microphone;
    Speaker m_speaker;
};

AudioEngine::Options plain()
{
    AudioEngine::Options options;
    options.processing = {false, false, false}; // exact comparisons: no processing
    return options;
}

} // namespace

class TestAudioEngine final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void repSpeechBecomesPackets();
    void agentAudioIsHeardAndTimed();
    void backToBackUtterancesAreHeardApart();
    void bargeInCutsTheAgentAndSaysWhatWasHeard();
    void speakerUnderflowsGrowTheCushionWithoutMovingTheClock();
    void recordsBothSidesAligned();
    void muteSendsSilence();
    void aShortDeviceLossIsBridgedAndTheAgentContinuesWhereItStopped();
    void aLongDeviceLossIsReportedAndStillLosesNoWords();
    void aStalledSpeakerHoldsTheAgentAndLosesNoWords();
    void driftingClocksSkipAFrameASecondAtMost();
    void lateCallbackBurstsSkipNothing();

private:
    QTemporaryDir m_dir;
    std::vector<float> m_rep;   // 48 kHz
    std::vector<float> m_agent; // 48 kHz
};

void TestAudioEngine::initTestCase()
{
    const QString rep = m_dir.filePath(QStringLiteral("rep.wav"));
    const QString agent = m_dir.filePath(QStringLiteral("agent.wav"));
    vt::test::synthesizeSpeech(
        QStringLiteral("Hi, this is Dana from Summit Lending, do you have two minutes?"), rep,
        QStringLiteral("espeak-ng"));
    vt::test::synthesizeSpeech(
        QStringLiteral("Honestly I already have a decent rate with my bank, so I am not sure this "
                       "is worth my time at all."),
        agent);
    m_rep = vt::test::loadMono48k(rep);
    m_agent = vt::test::loadMono48k(agent);
}

void TestAudioEngine::repSpeechBecomesPackets()
{
    std::vector<float> mic(48000, 0.0f); // a second of silence, then the rep
    mic.insert(mic.end(), m_rep.begin(), m_rep.end());
    mic.resize(mic.size() + 48000, 0.0f);
    Recorder listener;
    auto io = std::make_unique<FileIo>(clipOf(mic), std::string(), false);
    AudioEngine engine(std::move(io), plain(), listener);
    engine.runUntil(static_cast<std::int64_t>(mic.size()) / samplesPerMs);
    engine.stop();

    QCOMPARE(listener.packets.size(), mic.size() / packetSamples);
    for (std::size_t i = 0; i < listener.packets.size(); ++i) {
        QCOMPARE(listener.packets[i].sequence, std::uint32_t(i));
        QCOMPARE(listener.packets[i].timestampMs, std::int64_t(i) * packetMs);
    }
    const double correlation
        = vt::test::envelopeCorrelation(mic, vt::test::decodePackets(listener.packets), 312);
    QVERIFY2(correlation >= 0.9, qPrintable(QString::number(correlation)));
    // One turn, starting when the speech does.
    QCOMPARE(listener.repSegments.size(), std::size_t{1});
    QCOMPARE(listener.repStarts.size(), std::size_t{1});
    const auto [first, last] = extent(mic);
    QVERIFY(std::abs(double(listener.repSegments[0].startMs) - double(first) / samplesPerMs) <= 60);
    QVERIFY(std::abs(double(listener.repSegments[0].endMs) - double(last) / samplesPerMs) <= 60);
    QCOMPARE(listener.repStarts[0], listener.repSegments[0].startMs);
    QVERIFY(listener.levelReports >= int(mic.size() / frameSamples / 4) - 1); // 25 per second
}

void TestAudioEngine::agentAudioIsHeardAndTimed()
{
    const QString speaker = m_dir.filePath(QStringLiteral("speaker.wav"));
    const std::vector<float> mic(m_agent.size() + 48000 * 2, 0.0f);
    Recorder listener;
    auto io = std::make_unique<FileIo>(clipOf(mic), speaker.toStdString(), false);
    FileIo* files = io.get();
    AudioEngine engine(std::move(io), plain(), listener);
    engine.runUntil(1000); // the agent starts answering at 1 s
    const std::vector<EncodedPacket> packets = vt::test::encodePackets(m_agent);
    for (const EncodedPacket& p : packets)
        engine.pushAgentPacket(p); // all at once: the network delivered a burst
    engine.runUntil(static_cast<std::int64_t>(mic.size()) / samplesPerMs);
    const std::vector<float> heard = files->speaker().heard();
    engine.stop();

    const double correlation = vt::test::envelopeCorrelation(
        m_agent, std::vector<float>(heard.begin() + 48000 + 480, heard.end()), 0);
    QVERIFY2(correlation >= 0.9, qPrintable(QString::number(correlation)));
    QCOMPARE(listener.agentStarts.size(), std::size_t{1});
    QCOMPARE(listener.agentSegments.size(), std::size_t{1});
    // Heard from the frame in which the packets arrived, for exactly as long as they last.
    // Frame 100 covers call time [1000, 1010) and is the first to carry the agent.
    QCOMPARE(listener.agentStarts[0], std::int64_t{1000});
    QCOMPARE(listener.agentSegments[0].startMs, std::int64_t{1000});
    QCOMPARE(listener.agentSegments[0].endMs - listener.agentSegments[0].startMs,
        std::int64_t(packets.size()) * packetMs + frameMs); // plus the faded-out concealment frame
    QCOMPARE(QString::fromStdString(files->speaker().save()), QString());
    const LoadedClip saved = readAudioFile(speaker.toStdString());
    QVERIFY2(saved, saved.error.c_str());
    QCOMPARE(saved.clip.frames(), heard.size());
}

void TestAudioEngine::backToBackUtterancesAreHeardApart()
{
    // Two agent utterances arrive as one unbroken run of packets, the second's first packet
    // marked: two segments, the second starting where the first ended.
    const std::vector<float> mic(m_agent.size() * 2 + 48000 * 2, 0.0f);
    Recorder listener;
    AudioEngine engine(
        std::make_unique<FileIo>(clipOf(mic), std::string(), false), plain(), listener);
    engine.runUntil(1000);
    std::vector<EncodedPacket> packets = vt::test::encodePackets(m_agent);
    const std::size_t firstCount = packets.size();
    std::vector<EncodedPacket> second = vt::test::encodePackets(m_agent);
    for (EncodedPacket& p : second)
        p.sequence += std::uint32_t(firstCount);
    packets.insert(packets.end(), second.begin(), second.end());
    packets[0].utteranceStart = true;
    packets[firstCount].utteranceStart = true;
    for (const EncodedPacket& p : packets)
        engine.pushAgentPacket(p);
    engine.runUntil(static_cast<std::int64_t>(mic.size()) / samplesPerMs);
    engine.stop();

    QCOMPARE(listener.agentStarts.size(), std::size_t{2});
    QCOMPARE(listener.agentSegments.size(), std::size_t{2});
    QCOMPARE(listener.agentSegments[0].startMs, std::int64_t{1000});
    QCOMPARE(listener.agentSegments[0].endMs, std::int64_t(1000 + firstCount * packetMs));
    QCOMPARE(listener.agentSegments[1].startMs, listener.agentSegments[0].endMs);
    QCOMPARE(listener.agentStarts[1], listener.agentSegments[1].startMs);
}

void TestAudioEngine::speakerUnderflowsGrowTheCushionWithoutMovingTheClock()
{
    // The device runs dry six times while the agent talks: the engine adds a frame of cushion
    // each time, four at most, and the agent's timing on the call clock does not move.
    const std::vector<float> mic(m_agent.size() + 48000 * 2, 0.0f);
    Recorder listener;
    auto io = std::make_unique<UnderflowingIo>(
        std::make_unique<FileIo>(clipOf(mic), std::string(), false));
    UnderflowingIo* device = io.get();
    AudioEngine engine(std::move(io), plain(), listener);
    engine.runUntil(1000);
    const std::vector<EncodedPacket> packets = vt::test::encodePackets(m_agent);
    for (const EncodedPacket& p : packets)
        engine.pushAgentPacket(p);
    for (std::uint64_t k = 1; k <= 6; ++k) {
        device->underflows = k;
        engine.runUntil(1000 + std::int64_t(k) * 200);
    }
    const auto callMs = static_cast<std::int64_t>(mic.size()) / samplesPerMs;
    engine.runUntil(callMs);
    const std::vector<float> heard = device->files().speaker().heard();
    engine.stop();

    QCOMPARE(engine.stats().extraCushionFrames, 4);
    QCOMPARE(heard.size(), std::size_t(callMs / frameMs + 4) * frameSamples);
    QCOMPARE(listener.agentStarts, std::vector<std::int64_t>{1000});
    QCOMPARE(listener.agentSegments.size(), std::size_t{1});
    QCOMPARE(listener.agentSegments[0].startMs, std::int64_t{1000});
    QCOMPARE(listener.agentSegments[0].endMs - listener.agentSegments[0].startMs,
        std::int64_t(packets.size()) * packetMs + frameMs);
}

void TestAudioEngine::bargeInCutsTheAgentAndSaysWhatWasHeard()
{
    // The agent speaks from 0.5 s; the rep starts talking at 2.0 s, over it.
    std::vector<float> mic(96000, 0.0f);
    mic.insert(mic.end(), m_rep.begin(), m_rep.end());
    mic.resize(mic.size() + 48000, 0.0f);
    Recorder listener;
    auto io = std::make_unique<FileIo>(clipOf(mic), std::string(), false);
    FileIo* files = io.get();
    AudioEngine engine(std::move(io), plain(), listener);
    engine.runUntil(500);
    for (const EncodedPacket& p : vt::test::encodePackets(m_agent))
        engine.pushAgentPacket(p);
    engine.runUntil(static_cast<std::int64_t>(mic.size()) / samplesPerMs);
    const std::vector<float> heard = files->speaker().heard();
    engine.stop();

    QCOMPARE(listener.flushes.size(), std::size_t{1});
    const PlaybackPipeline::FlushResult& flush = listener.flushes[0];
    QVERIFY(flush.wasPlaying);
    // Reported once, as cut off: not also as heard to its end.
    QVERIFY(listener.agentSegments.empty());
    QVERIFY(flush.segment);
    const TalkSegment& agent = *flush.segment;
    // Cut when the rep's speech was detected: within two frames of its start.
    QVERIFY(!listener.repStarts.empty());
    QVERIFY(agent.endMs >= listener.repStarts[0]
        && agent.endMs <= listener.repStarts[0] + 2 * frameMs + frameMs);
    // What was reported as played is what the speaker actually played, to the millisecond.
    QCOMPARE(flush.playedMs, agent.endMs - agent.startMs);
    // Silence frames are exact zeros: every non-zero sample is agent audio that was delivered.
    const auto [first, last] = extent(heard, 0.0f);
    const double audibleMs = double(last + 1 - first) / samplesPerMs;
    QVERIFY2(std::abs(audibleMs - double(flush.playedMs)) <= frameMs,
        qPrintable(
            QStringLiteral("audible %1 ms, reported %2 ms").arg(audibleMs).arg(flush.playedMs)));
    // After the cut, silence within one frame.
    const std::size_t cut = static_cast<std::size_t>(agent.endMs * samplesPerMs) + frameSamples;
    QVERIFY(std::all_of(heard.begin() + static_cast<std::ptrdiff_t>(cut), heard.end(),
        [](float s) { return std::abs(s) < 1e-6f; }));
}

void TestAudioEngine::recordsBothSidesAligned()
{
    const QString recording = m_dir.filePath(QStringLiteral("call.opus"));
    std::vector<float> mic(48000 * 4, 0.0f);
    std::copy(m_rep.begin(),
        m_rep.begin() + std::min<std::ptrdiff_t>(std::ptrdiff_t(m_rep.size()), 48000),
        mic.begin() + 48000 * 3);
    Recorder listener;
    AudioEngine::Options options = plain();
    options.recordingPath = recording.toStdString();
    options.bargeIn = false;
    AudioEngine engine(
        std::make_unique<FileIo>(clipOf(mic), std::string(), false), options, listener);
    engine.runUntil(1000);
    for (const EncodedPacket& p :
        vt::test::encodePackets(std::vector<float>(m_agent.begin(), m_agent.begin() + 48000)))
        engine.pushAgentPacket(p);
    engine.runUntil(4000);
    engine.stop();
    QCOMPARE(engine.stats().recordedMs, std::int64_t{4000});

    const LoadedClip clip = readAudioFile(recording.toStdString());
    QVERIFY2(clip, clip.error.c_str());
    QCOMPARE(clip.clip.channels, 2);
    // Opus adds its lookahead in front; compare onsets.
    const auto [repFirst, repLast] = extent(clip.clip.channel(0), 0.02f);
    const auto [agentFirst, agentLast] = extent(clip.clip.channel(1), 0.02f);
    const auto [repTruth, repTruthLast] = extent(mic, 0.02f);
    QVERIFY2(std::abs(double(repFirst) - double(repTruth)) / samplesPerMs < 15,
        qPrintable(QString::number(repFirst)));
    QVERIFY2(std::abs(double(agentFirst) / samplesPerMs - 1000.0
                 - double(extent(m_agent, 0.02f).first) / samplesPerMs)
            < 15,
        qPrintable(QString::number(agentFirst)));
    Q_UNUSED(repLast);
    Q_UNUSED(agentLast);
    Q_UNUSED(repTruthLast);
}

void TestAudioEngine::muteSendsSilence()
{
    std::vector<float> mic = m_rep;
    Recorder listener;
    AudioEngine engine(
        std::make_unique<FileIo>(clipOf(mic), std::string(), false), plain(), listener);
    engine.setMuted(true);
    engine.runUntil(static_cast<std::int64_t>(mic.size()) / samplesPerMs);
    engine.stop();
    QVERIFY(!listener.packets.empty());
    const std::vector<float> decoded = vt::test::decodePackets(listener.packets);
    QVERIFY(
        std::all_of(decoded.begin(), decoded.end(), [](float s) { return std::abs(s) < 1e-3f; }));
    QVERIFY(listener.repSegments.empty());
}

void TestAudioEngine::aShortDeviceLossIsBridgedAndTheAgentContinuesWhereItStopped()
{
    // The devices fail 1 s into the agent's line with 8 frames written but not yet played;
    // they reopen at once. Nothing is reported to the rep, nothing is cut: the 7 frames after
    // the one the speaker was in play again on the new speaker, so the line is heard whole.
    const std::vector<float> silence(m_agent.size() + 48000 * 3, 0.0f);
    Recorder listener;
    std::vector<float> heard; // by the first speaker
    auto first = std::make_unique<FailingIo>(clipOf(silence), 8, &heard);
    FailingIo* lost = first.get();
    FileIo* second = nullptr;
    AudioEngine engine(std::move(first), plain(), listener, [&](std::string*) {
        auto io = std::make_unique<FileIo>(clipOf(silence), std::string(), false);
        second = io.get();
        return io;
    });
    engine.runUntil(1000);
    const std::vector<EncodedPacket> packets = vt::test::encodePackets(m_agent);
    for (const EncodedPacket& p : packets)
        engine.pushAgentPacket(p);
    engine.runUntil(2000);
    lost->fail = true;
    engine.runUntil(static_cast<std::int64_t>(silence.size()) / samplesPerMs);
    QVERIFY(second); // and the first is gone
    const std::vector<float> after = second->speaker().heard();
    heard.insert(heard.end(), after.begin(), after.end());
    engine.stop();

    QCOMPARE(engine.stats().deviceFailures, 1ULL);
    QVERIFY(listener.devices.empty()); // bridged: no banner
    QCOMPARE(listener.speakerGaps, 1);
    QVERIFY(listener.flushes.empty()); // nothing cut
    // Heard once the first speaker's 80 ms queue played out.
    QCOMPARE(listener.agentStarts, std::vector<std::int64_t>{1080});
    QCOMPARE(listener.agentSegments.size(), std::size_t{1});
    // Its length on the call clock: 70 ms played again, less the first device's 80 ms queue
    // (the second has none).
    QCOMPARE(listener.agentSegments[0].endMs - listener.agentSegments[0].startMs,
        std::int64_t(packets.size()) * packetMs + frameMs + 70 - 80);
    // The speaker's two devices together played the whole line: at most one 10 ms frame
    // missing where the first one stopped.
    const double correlation = vt::test::envelopeCorrelation(
        m_agent, std::vector<float>(heard.begin() + 48000 + 480, heard.end()), 0);
    QVERIFY2(correlation >= 0.93, qPrintable(QString::number(correlation)));
    const auto [from, to] = extent(heard);
    const auto [agentFrom, agentTo] = extent(m_agent);
    QVERIFY2(std::llabs(std::int64_t(to - from) - std::int64_t(agentTo - agentFrom))
            <= std::int64_t{frameSamples + frameSamples / 4}, // the frame, and the threshold's edge
        qPrintable(QStringLiteral("%1 vs %2").arg(to - from).arg(agentTo - agentFrom)));
}

void TestAudioEngine::aLongDeviceLossIsReportedAndStillLosesNoWords()
{
    // The devices cannot be reopened for 400 ms of wall time: past the bridge, the loss is
    // reported (the banner), attempts that fail meanwhile say so, and the new microphone's
    // first samples say the audio is back. The agent's line still plays whole.
    const std::vector<float> silence(m_agent.size() + 48000 * 3, 0.0f);
    Recorder listener;
    std::vector<float> heard;
    auto first = std::make_unique<FailingIo>(clipOf(silence), 8, &heard);
    FailingIo* lost = first.get();
    QElapsedTimer outage;
    int attempts = 0;
    AudioEngine engine(
        std::move(first), plain(), listener, [&](std::string* error) -> std::unique_ptr<AudioIo> {
            ++attempts;
            if (outage.elapsed() < 400) {
                *error = "no device yet";
                return nullptr;
            }
            return std::make_unique<FileIo>(clipOf(silence), std::string(), false);
        });
    engine.runUntil(1000);
    for (const EncodedPacket& p : vt::test::encodePackets(m_agent))
        engine.pushAgentPacket(p);
    engine.runUntil(2000);
    lost->fail = true;
    outage.start();
    engine.runUntil(static_cast<std::int64_t>(silence.size()) / samplesPerMs);
    engine.stop();

    using K = AudioEngine::DeviceEvent::Kind;
    QVERIFY(listener.devices.size() >= 3);
    QCOMPARE(listener.devices.front(), K::Lost);
    QCOMPARE(listener.devices.back(), K::Reopened);
    QCOMPARE(std::count(listener.devices.begin(), listener.devices.end(), K::Lost), 1);
    QVERIFY(std::count(listener.devices.begin(), listener.devices.end(), K::Unavailable) >= 1);
    // Retried every 50 ms within the bridge, then once a second: a handful of attempts.
    QVERIFY2(attempts >= 5 && attempts <= 8, qPrintable(QString::number(attempts)));
    QVERIFY(listener.flushes.empty());
    QCOMPARE(listener.agentSegments.size(), std::size_t{1});
}

void TestAudioEngine::aStalledSpeakerHoldsTheAgentAndLosesNoWords()
{
    // A second into the agent's line the speaker stops asking for audio for 700 ms of call
    // clock, its stream still running (PortAudio restarting a stalled ALSA stream). The agent
    // waits for it and goes on where it stopped: nobody is told, nothing is skipped or cut,
    // the line is heard whole and lasts 700 ms longer on the call clock.
    const std::vector<float> silence(m_agent.size() + 48000 * 3, 0.0f);
    Recorder listener;
    std::vector<float> heard;
    auto io = std::make_unique<StallingIo>(clipOf(silence), &heard);
    StallingIo* speaker = io.get();
    auto engine = std::make_unique<AudioEngine>(std::move(io), plain(), listener);
    engine->runUntil(1000);
    const std::vector<EncodedPacket> packets = vt::test::encodePackets(m_agent);
    for (const EncodedPacket& p : packets)
        engine->pushAgentPacket(p);
    engine->runUntil(2000);
    speaker->stall();
    engine->runUntil(2700);
    speaker->resume();
    engine->runUntil(static_cast<std::int64_t>(silence.size()) / samplesPerMs);
    const AudioEngine::Stats stats = engine->stats();
    engine.reset(); // and its speaker with it: `heard` is what it played

    QCOMPARE(stats.speakerStalls, 1ULL);
    QCOMPARE(stats.deviceFailures, 0ULL);
    QCOMPARE(stats.speakerFramesSkipped, 0ULL);
    QVERIFY(listener.devices.empty()); // no banner
    QCOMPARE(listener.speakerGaps, 1);
    QVERIFY(listener.flushes.empty()); // nothing cut
    QCOMPARE(listener.agentSegments.size(), std::size_t{1});
    const std::int64_t lasted = listener.agentSegments[0].endMs - listener.agentSegments[0].startMs;
    const std::int64_t line = std::int64_t(packets.size()) * packetMs;
    QVERIFY2(std::llabs(lasted - (line + 700)) <= 4 * frameMs,
        qPrintable(QStringLiteral("%1 vs %2 + 700").arg(lasted).arg(line)));
    // What the speaker played, end to end, is the whole line: at most a frame missing.
    const double correlation = vt::test::envelopeCorrelation(
        m_agent, std::vector<float>(heard.begin() + 48000, heard.end()), 0);
    QVERIFY2(correlation >= 0.93, qPrintable(QString::number(correlation)));
    const auto [from, to] = extent(heard);
    const auto [agentFrom, agentTo] = extent(m_agent);
    QVERIFY2(std::llabs(std::int64_t(to - from) - std::int64_t(agentTo - agentFrom))
            <= std::int64_t{frameSamples + frameSamples / 4},
        qPrintable(QStringLiteral("%1 vs %2").arg(to - from).arg(agentTo - agentFrom)));
}

void TestAudioEngine::driftingClocksSkipAFrameASecondAtMost()
{
    // 60 s with a speaker 0.5 % slow (5 ms a second): the queue would grow by 300 ms. The
    // guard skips one frame a second once the queue has stayed over 8 frames for a whole
    // second: it keeps the queue bounded, and skips nothing before the queue is long.
    Recorder listener;
    auto io = std::make_unique<DriftingIo>(clipOf(std::vector<float>(48000 * 60, 0.0f)),
        [](std::int64_t delivered) { return delivered * 995 / 1000; });
    DriftingIo* drifting = io.get();
    AudioEngine engine(std::move(io), plain(), listener);
    engine.runUntil(16000);
    QCOMPARE(engine.stats().speakerFramesSkipped, 0ULL); // 80 ms of drift: under the limit
    engine.runUntil(60000);
    const AudioEngine::Stats stats = engine.stats();
    const std::int64_t queued = drifting->queued();
    engine.stop();
    QVERIFY2(stats.speakerFramesSkipped >= 10 && stats.speakerFramesSkipped <= 45,
        qPrintable(QString::number(stats.speakerFramesSkipped)));
    QVERIFY2(queued <= 11 * frameSamples, qPrintable(QString::number(queued)));
}

void TestAudioEngine::lateCallbackBurstsSkipNothing()
{
    // 60 s with a speaker on the microphone's clock that falls behind by up to 140 ms (late
    // callbacks on a busy machine, under the 150 ms that holds the prospect) for the first
    // 280 ms of every 2 s, then catches up at once. The queue goes over 8 frames each time,
    // but never for a whole second: no drift, nothing skipped.
    Recorder listener;
    auto io = std::make_unique<DriftingIo>(
        clipOf(std::vector<float>(48000 * 60, 0.0f)), [](std::int64_t delivered) {
            const std::int64_t phase = delivered % (2 * 48000);
            const std::int64_t lag = phase < 140 * 48 ? phase : (phase < 280 * 48 ? 140 * 48 : 0);
            return std::max<std::int64_t>(delivered - lag, 0);
        });
    DriftingIo* bursty = io.get();
    AudioEngine engine(std::move(io), plain(), listener);
    std::int64_t longestQueue = 0;
    for (std::int64_t ms = 100; ms <= 60000; ms += 10) {
        engine.runUntil(ms);
        longestQueue = std::max(longestQueue, bursty->queued());
    }
    const AudioEngine::Stats stats = engine.stats();
    engine.stop();
    QVERIFY2(longestQueue > 8 * frameSamples, qPrintable(QString::number(longestQueue)));
    QCOMPARE(stats.speakerFramesSkipped, 0ULL);
    QCOMPARE(stats.speakerStalls, 0ULL);
}
QTEST_GUILESS_MAIN(TestAudioEngine)
#include "TestAudioEngine.moc"
