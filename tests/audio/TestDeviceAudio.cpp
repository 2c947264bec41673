// The engine on real devices: PortAudio → ALSA's pulse plugin → the private PulseAudio of
// tests/support/pulse-session (null sinks, the microphone being vt_mic_feed's monitor).
#include "AudioEngine.h"
#include "DeviceStreams.h"
#include "Packets.h"
#include "ProcessRun.h"
#include "SoundServerCut.h"
#include "Speech.h"
#include "VtTestConfig.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <mutex>

using namespace vt::audio;

namespace {

struct SafeRecorder final : AudioEngine::Listener {
    mutable std::mutex mutex;
    std::vector<EncodedPacket> packets;
    std::vector<AudioEngine::DeviceEvent> events;
    std::vector<TalkSegment> agentSegments;

    void packet(const EncodedPacket& p) override
    {
        const std::lock_guard lock(mutex);
        packets.push_back(p);
    }
    void device(const AudioEngine::DeviceEvent& e) override
    {
        const std::lock_guard lock(mutex);
        events.push_back(e);
    }
    void agentSegment(const TalkSegment& s) override
    {
        const std::lock_guard lock(mutex);
        agentSegments.push_back(s);
    }
    bool hasEvent(AudioEngine::DeviceEvent::Kind kind) const
    {
        const std::lock_guard lock(mutex);
        return std::any_of(events.begin(), events.end(),
            [kind](const AudioEngine::DeviceEvent& e) { return e.kind == kind; });
    }
    std::size_t packetCount() const
    {
        const std::lock_guard lock(mutex);
        return packets.size();
    }
};

QProcessEnvironment pulseEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(
        QStringLiteral("PULSE_SERVER"), QStringLiteral("unix:" VT_PULSE_ALONE_DIR "/native"));
    return env;
}

std::unique_ptr<AudioIo> openDefaults(std::string* error)
{
    return DeviceStreams::open({}, error);
}

// The best envelope correlation of `heard` against `source`, over lags up to `maxLagMs`.
double bestCorrelation(
    const std::vector<float>& source, const std::vector<float>& heard, int maxLagMs)
{
    double best = 0;
    for (int lag = 0; lag <= maxLagMs * samplesPerMs && std::size_t(lag) < heard.size();
         lag += 5 * samplesPerMs)
        best = std::max(best, vt::test::envelopeCorrelation(source, heard, std::size_t(lag)));
    return best;
}

AudioEngine::Options plain()
{
    AudioEngine::Options options;
    options.processing = {false, false, false};
    return options;
}

// The engine on the default devices, started; null (and `error`) when that fails.
std::unique_ptr<AudioEngine> startOnDefaults(
    AudioEngine::Listener& listener, std::string* error, AudioEngine::Reopen reopen = {})
{
    std::unique_ptr<AudioIo> io = openDefaults(error);
    if (!io)
        return nullptr;
    auto engine
        = std::make_unique<AudioEngine>(std::move(io), plain(), listener, std::move(reopen));
    return engine->start(error) ? std::move(engine) : nullptr;
}

} // namespace

class TestDeviceAudio final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void speechThroughTheVirtualMicrophone();
    void agentAudioReachesTheSpeaker();
    void lostDeviceFallsBackToTheDefault();
    void overflowsAreCounted();
    void aStoppedEngineHoldsNoDevice();

private:
    QTemporaryDir m_dir;
    QString m_speechWav;
    std::vector<float> m_speech;
};

void TestDeviceAudio::initTestCase()
{
    m_speechWav = m_dir.filePath(QStringLiteral("speech.wav"));
    vt::test::synthesizeSpeech(
        QStringLiteral(
            "Good morning, this is Dana from Summit Lending. I am calling about the rate "
            "on your mortgage."),
        m_speechWav);
    m_speech = vt::test::loadMono48k(m_speechWav);
}

void TestDeviceAudio::speechThroughTheVirtualMicrophone()
{
    // ALSA's pulse plugin now and then loses its stream on this shared machine ("audio devices
    // failed", a poll error in PortAudio): the engine reports it, and what was spoken meanwhile
    // is gone. Such a run says nothing of the chain; it is run again, once.
    std::vector<EncodedPacket> packets;
    for (int attempt = 1; attempt <= 2; ++attempt) {
        SafeRecorder listener;
        std::string error;
        const std::unique_ptr<AudioEngine> engine = startOnDefaults(listener, &error);
        QVERIFY2(engine, error.c_str());
        QTRY_VERIFY_WITH_TIMEOUT(listener.packetCount() > 0, 10000); // the device delivers
        // Speak into the virtual microphone.
        const vt::test::ProcessResult play = vt::test::runProcess(QStringLiteral("paplay"),
            {QStringLiteral("--device=vt_mic_feed"), m_speechWav}, pulseEnvironment());
        QVERIFY2(play.finished && play.exitCode == 0, qPrintable(play.err));
        // paplay returns once the sound server has played it; half a second more of processed
        // microphone (the call clock) brings its tail through the rings and the encoder.
        const std::int64_t playedAt = engine->stats().callClockMs;
        const bool settled = QTest::qWaitFor(
            [&] {
                return engine->stats().callClockMs >= playedAt + 500
                    || listener.hasEvent(AudioEngine::DeviceEvent::Kind::Lost);
            },
            10000);
        engine->stop();
        if (listener.hasEvent(AudioEngine::DeviceEvent::Kind::Lost) && attempt == 1) {
            qWarning("the devices were lost during the first run; running it again");
            continue;
        }
        QVERIFY(!listener.hasEvent(AudioEngine::DeviceEvent::Kind::Lost));
        QVERIFY(settled);
        packets = listener.packets;
        break;
    }

    const std::vector<float> decoded = vt::test::decodePackets(packets);
    const double correlation
        = bestCorrelation(m_speech, decoded, int(decoded.size() / samplesPerMs));
    QVERIFY2(correlation >= 0.9, qPrintable(QStringLiteral("correlation %1").arg(correlation)));
}

void TestDeviceAudio::agentAudioReachesTheSpeaker()
{
    const QString captured = m_dir.filePath(QStringLiteral("monitor.wav"));
    QProcess monitor;
    monitor.setProcessEnvironment(pulseEnvironment());
    monitor.start(QStringLiteral("parec"),
        {QStringLiteral("--device=vt_speaker.monitor"), QStringLiteral("--rate=48000"),
            QStringLiteral("--channels=1"), QStringLiteral("--format=float32le"),
            QStringLiteral("--latency-msec=20"), QStringLiteral("--file-format=wav"), captured});
    QVERIFY(monitor.waitForStarted());

    SafeRecorder listener;
    std::string error;
    const std::unique_ptr<AudioEngine> engine = startOnDefaults(listener, &error);
    QVERIFY2(engine, error.c_str());
    QTRY_VERIFY_WITH_TIMEOUT(listener.packetCount() > 0, 10000);
    for (const EncodedPacket& packet : vt::test::encodePackets(m_speech))
        engine->pushAgentPacket(packet);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const std::lock_guard lock(listener.mutex);
            return !listener.agentSegments.empty();
        }(),
        20000);
    // The agent's last sample has left the engine; 300 ms more of call clock, and it has
    // passed the sound server to the monitor's recorder.
    const std::int64_t endedAt = engine->stats().callClockMs;
    QTRY_VERIFY_WITH_TIMEOUT(engine->stats().callClockMs >= endedAt + 300, 10000);
    engine->stop();
    monitor.terminate();
    QVERIFY(monitor.waitForFinished());

    const std::vector<float> heard = vt::test::loadMono48k(captured);
    const double correlation = bestCorrelation(m_speech, heard, int(heard.size() / samplesPerMs));
    QVERIFY2(correlation >= 0.9, qPrintable(QStringLiteral("correlation %1").arg(correlation)));
}

void TestDeviceAudio::lostDeviceFallsBackToTheDefault()
{
    SafeRecorder listener;
    std::string error;
    const std::unique_ptr<AudioEngine> engine = startOnDefaults(listener, &error, &openDefaults);
    QVERIFY2(engine, error.c_str());
    QTRY_VERIFY_WITH_TIMEOUT(listener.packetCount() > 0, 10000);

    // The sound server's socket goes away: every stream on it fails.
    vt::test::SoundServerCut server(QStringLiteral(VT_PULSE_ALONE_DIR));
    QCOMPARE(server.cut(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(listener.hasEvent(AudioEngine::DeviceEvent::Kind::Lost), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        listener.hasEvent(AudioEngine::DeviceEvent::Kind::Unavailable), 10000); // retrying

    // It comes back: the engine continues on the default devices.
    QCOMPARE(server.restore(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(listener.hasEvent(AudioEngine::DeviceEvent::Kind::Reopened), 15000);
    const std::size_t before = listener.packetCount();
    QTRY_VERIFY_WITH_TIMEOUT(listener.packetCount() > before + 10, 15000); // audio flows again
    QCOMPARE(engine->stats().deviceFailures, 1ULL);
    engine->stop();
}

void TestDeviceAudio::overflowsAreCounted()
{
    // Nobody reads the microphone: after half a second its ring is full and samples are lost.
    std::string error;
    std::unique_ptr<DeviceStreams> streams = DeviceStreams::open({}, &error);
    QVERIFY2(streams, error.c_str());
    QCOMPARE(streams->counters().captureOverflows, 0ULL);
    QVERIFY2(streams->start(&error), error.c_str());
    QTRY_VERIFY_WITH_TIMEOUT(streams->counters().captureOverflows > 0, 10000);
    // The ring is full: it holds at least half a second.
    std::vector<float> held(sampleRate);
    QVERIFY(streams->capture().read(held.data(), held.size()) >= std::size_t(sampleRate / 2));
    streams->stop();
}

void TestDeviceAudio::aStoppedEngineHoldsNoDevice()
{
    // Once a call or check stops, its streams are gone from the sound server (the desktop's
    // microphone indicator goes off), although the engine object lives on with the results.
    const auto streamsOnTheServer = [] {
        int count = 0;
        for (const char* kind : {"source-outputs", "sink-inputs"}) {
            const vt::test::ProcessResult list = vt::test::runProcess(QStringLiteral("pactl"),
                {QStringLiteral("list"), QStringLiteral("short"), QString::fromLatin1(kind)},
                pulseEnvironment());
            count += int(list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size());
        }
        return count;
    };
    const int before = streamsOnTheServer();
    SafeRecorder listener;
    std::string error;
    const std::unique_ptr<AudioEngine> engine = startOnDefaults(listener, &error);
    QVERIFY2(engine, error.c_str());
    QTRY_VERIFY_WITH_TIMEOUT(listener.packetCount() > 0, 10000);
    QCOMPARE(streamsOnTheServer(), before + 2); // a microphone and a speaker stream
    engine->stop();
    QTRY_COMPARE_WITH_TIMEOUT(streamsOnTheServer(), before, 5000);
}

QTEST_GUILESS_MAIN(TestDeviceAudio)
#include "TestDeviceAudio.moc"
