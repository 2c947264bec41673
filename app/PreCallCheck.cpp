#include "PreCallCheck.h"

#include "AppLog.h"
#include "Settings.h"
#include "WatchedCheck.h"

#include "AudioEngine.h"
#include "DeviceStreams.h"
#include "EchoTest.h"
#include "MicrophoneCheck.h"

#include <QDate>

#include <atomic>

namespace vt::app {
namespace {

constexpr int startupMs = 5000;         // devices that never deliver fail after this
constexpr std::int64_t minFrames = 150; // 1.5 s of listening before a verdict passes

} // namespace

PreCallCheck::PreCallCheck(Settings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this, &PreCallCheck::poll);
    m_reopen.setSingleShot(true);
    m_reopen.setInterval(reopenDelayMs);
    connect(&m_reopen, &QTimer::timeout, this, [this] {
        if (m_speakers == Speakers::Playing) {
            --m_speakerAttempt; // the same attempt, on the devices opened again
            playTestSound();
        } else {
            openMicrophone();
        }
    });
}

PreCallCheck::~PreCallCheck()
{
    stop();
}

bool PreCallCheck::passedToday(const Settings& settings)
{
    return settings.precheckPassedOn() == QDate::currentDate();
}

bool PreCallCheck::passed() const
{
    return m_micPassed && (m_speakers == Speakers::Fine || m_speakers == Speakers::UseHeadset);
}

void PreCallCheck::stop()
{
    m_poll.stop();
    m_reopen.stop();
    if (m_engine)
        m_engine->stop();
    m_engine.reset();
    m_listener.reset();
}

bool PreCallCheck::openEngine(bool echoTest)
{
    m_listener = echoTest ? std::make_unique<WatchedCheck>(*m_echo)
                          : std::make_unique<WatchedCheck>(*m_check);
    std::string error;
    std::unique_ptr<audio::DeviceStreams> streams = audio::DeviceStreams::open(
        {m_settings.inputDevice().toStdString(), m_settings.outputDevice().toStdString()}, &error);
    audio::AudioEngine::Options options;
    // The echo test measures the call's own chain; the meter, the microphone itself (not what
    // AGC makes of it).
    options.processing = echoTest ? audio::EchoTest::processing()
                                  : audio::EchoCanceller::Options{false, false, false};
    options.bargeIn = false; // the test sound's echo must not silence it
    if (streams) {
        m_engine = std::make_unique<audio::AudioEngine>(std::move(streams), options, *m_listener);
        if (!m_engine->start(&error))
            m_engine.reset();
    }
    m_error = QString::fromStdString(error);
    return m_engine != nullptr;
}

void PreCallCheck::startMicrophone()
{
    stop();
    if (m_speakers == Speakers::Playing)
        m_speakers = Speakers::NotRun;
    m_check = std::make_unique<audio::MicrophoneCheck>();
    m_reopens = 0;
    m_microphone = Microphone::Listening;
    openMicrophone();
}

void PreCallCheck::openMicrophone()
{
    stop();
    if (!openEngine(false)) {
        if (reopenLater())
            return;
        m_microphone = Microphone::Failed;
        Q_EMIT changed();
        return;
    }
    m_started.start();
    m_poll.start();
    Q_EMIT changed();
}

void PreCallCheck::startSpeakerTest()
{
    m_speakerAttempt = 0;
    m_reopens = 0;
    playTestSound();
}

bool PreCallCheck::reopenLater()
{
    if (m_reopens >= maxReopens)
        return false;
    ++m_reopens;
    qCInfo(lcApp).noquote() << "the audio devices stopped during the check (" << m_error
                            << "); opening them again," << m_reopens << "of" << maxReopens;
    m_reopen.start();
    return true;
}

void PreCallCheck::playTestSound()
{
    ++m_speakerAttempt;
    stop();
    if (m_microphone == Microphone::Listening)
        m_microphone = m_micPassed ? Microphone::Good : Microphone::Off;
    m_echo = std::make_unique<audio::EchoTest>();
    m_speakers = Speakers::Playing;
    if (!openEngine(true)) {
        if (reopenLater())
            return;
        m_speakers = Speakers::Failed;
        Q_EMIT changed();
        return;
    }
    for (audio::EncodedPacket& packet : audio::EchoTest::testPackets())
        m_engine->pushAgentPacket(std::move(packet));
    m_speakers = Speakers::Playing;
    m_started.start();
    m_poll.start();
    Q_EMIT changed();
}

void PreCallCheck::poll()
{
    if (!m_engine)
        return;
    const audio::AudioEngine::Stats stats = m_engine->stats();
    const bool stalled = stats.callClockMs == 0 && m_started.elapsed() > startupMs;
    if (m_listener->lost() || stalled) {
        stop();
        m_error = tr("The audio device stopped delivering sound.");
        if (reopenLater())
            return;
        if (m_speakers == Speakers::Playing)
            m_speakers = Speakers::Failed;
        else
            m_microphone = Microphone::Failed;
        Q_EMIT changed();
        return;
    }
    if (m_speakers == Speakers::Playing) {
        const qint64 limit = startupMs + audio::EchoTest::leadSilenceMs + audio::EchoTest::signalMs
            + audio::EchoTest::tailMs + 2000;
        if (m_echo->done() || m_started.elapsed() > limit)
            finishSpeakerTest();
        return;
    }
    const audio::Levels levels = m_check->current();
    Q_EMIT levelChanged(levels.rmsDb, levels.heldPeakDb);
    const audio::MicrophoneCheck::Summary summary = m_check->summary();
    if (summary.frames < minFrames)
        return;
    using V = audio::MicrophoneCheck::Verdict;
    Microphone now = Microphone::Listening;
    switch (summary.verdict) {
    case V::NoSignal:
        now = Microphone::NoSignal;
        break;
    case V::Clipping:
        now = Microphone::Clipping;
        break;
    case V::TooQuiet:
        now = Microphone::TooQuiet;
        break;
    case V::Noisy:
        now = Microphone::Noisy;
        break;
    case V::Good:
        now = Microphone::Good;
        break;
    }
    const bool usable = now == Microphone::Good || now == Microphone::Noisy;
    if (now != m_microphone || (usable && !m_micPassed)) {
        m_microphone = now;
        m_micPassed = m_micPassed || usable;
        markPassed();
        Q_EMIT changed();
    }
}

void PreCallCheck::finishSpeakerTest()
{
    stop();
    const audio::EchoTest::Result r = m_echo->result();
    if (!r.complete) {
        m_speakers = Speakers::Failed;
        m_error = tr("The test sound could not be played and heard in time.");
    } else if (r.measureAgain() && m_speakerAttempt < audio::EchoTest::maxAttempts) {
        playTestSound();
        return;
    } else {
        m_speakers = r.verdict == audio::EchoTest::Verdict::UseHeadset ? Speakers::UseHeadset
                                                                       : Speakers::Fine;
    }
    markPassed();
    Q_EMIT changed();
}

void PreCallCheck::markPassed()
{
    if (!passed())
        return;
    m_settings.setPrecheckPassedOn(QDate::currentDate());
    m_settings.sync();
}

QString PreCallCheck::microphoneAdvice() const
{
    switch (m_microphone) {
    case Microphone::Off:
        return tr("Start the microphone check, then say a few words as you would on a call.");
    case Microphone::Listening:
        return tr("Listening… say a few words as you would on a call.");
    case Microphone::NoSignal:
        return tr("No sound at all: the microphone is muted, blocked by the system's privacy "
                  "settings, or not connected.");
    case Microphone::Clipping:
        return tr("Too loud: the sound distorts. Lower the microphone's input gain or move it "
                  "a little away from your mouth.");
    case Microphone::TooQuiet:
        return tr("Too quiet: keep talking, move the microphone closer or raise its input "
                  "gain.");
    case Microphone::Noisy:
        return tr("Your voice comes through, but the background is loud: a quieter place or "
                  "a headset will score more fairly.");
    case Microphone::Good:
        return tr("Your microphone sounds good.");
    case Microphone::Failed:
        return tr("The microphone could not be opened: %1").arg(m_error);
    }
    return {};
}

QString PreCallCheck::speakerAdvice() const
{
    switch (m_speakers) {
    case Speakers::NotRun:
        return tr("Play a test sound: you should hear it, and the app checks that the "
                  "prospect will not hear itself. Keep quiet while it plays (about 8 s).");
    case Speakers::Playing:
        return tr("Playing the test sound… keep quiet.");
    case Speakers::Fine:
        return tr("Speakers are fine: the prospect will not hear itself.");
    case Speakers::UseHeadset:
        return tr("Use a headset: your microphone picks up the speakers, so the prospect "
                  "would hear itself.");
    case Speakers::Failed:
        return tr("The speaker test failed: %1").arg(m_error);
    }
    return {};
}

} // namespace vt::app
