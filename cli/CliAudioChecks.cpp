// voicetraining-cli audio meter|echo-test: the rep's own checks of a headset or speakers,
// on the devices chosen in the settings, through the call's audio engine.
#include "CliAudio.h"

#include "AudioEngine.h"
#include "DeviceStreams.h"
#include "EchoTest.h"
#include "MicrophoneCheck.h"
#include "Settings.h"
#include "WatchedCheck.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <chrono>
#include <cmath>
#include <thread>

namespace vt::app {
namespace {

void pause(int ms)
{
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

} // namespace

class AudioChecksCommand final {
    Q_DECLARE_TR_FUNCTIONS(vt::app::AudioChecksCommand)

public:
    static int meter(const Settings& settings, const QStringList& args, CliIo io);
    static int echoTest(const Settings& settings, const QStringList& args, CliIo io);

private:
    static constexpr int startupMs = 5000; // devices that never deliver fail after this
    static std::unique_ptr<audio::DeviceStreams> open(const Settings& settings, CliIo io);
    static QString bar(float db);
    static QString verdictText(audio::MicrophoneCheck::Verdict verdict);
    static QString verdictText(audio::EchoTest::Verdict verdict);
    static QString db(double value) { return QString::number(value, 'f', 1); }
};

std::unique_ptr<audio::DeviceStreams> AudioChecksCommand::open(const Settings& settings, CliIo io)
{
    std::string error;
    std::unique_ptr<audio::DeviceStreams> streams = audio::DeviceStreams::open(
        {settings.inputDevice().toStdString(), settings.outputDevice().toStdString()}, &error);
    if (!streams) {
        io.err << tr("voicetraining-cli: %1").arg(QString::fromStdString(error)) << '\n';
        return nullptr;
    }
    const audio::DeviceStreams::Opened& opened = streams->opened();
    if (opened.inputFellBack)
        io.err << tr("The microphone “%1” is not connected; using “%2”.")
                      .arg(settings.inputDevice(), QString::fromStdString(opened.inputName))
               << '\n';
    if (opened.outputFellBack)
        io.err << tr("The speaker “%1” is not connected; using “%2”.")
                      .arg(settings.outputDevice(), QString::fromStdString(opened.outputName))
               << '\n';
    return streams;
}

QString AudioChecksCommand::bar(float db)
{
    // −60..0 dBFS over 30 characters.
    constexpr int width = 30;
    const int filled
        = std::clamp(static_cast<int>(std::lround((db + 60.0f) / 60.0f * width)), 0, width);
    return QStringLiteral("[") + QString(filled, QLatin1Char('#'))
        + QString(width - filled, QLatin1Char('-')) + QStringLiteral("]");
}

QString AudioChecksCommand::verdictText(audio::MicrophoneCheck::Verdict verdict)
{
    using V = audio::MicrophoneCheck::Verdict;
    switch (verdict) {
    case V::NoSignal:
        return tr("No sound at all: the microphone is muted, blocked by the system's privacy "
                  "settings, or not connected.");
    case V::Clipping:
        return tr("Too loud: the sound distorts. Lower the microphone's input gain or move it "
                  "a little away from your mouth.");
    case V::TooQuiet:
        return tr("Too quiet: speak during the check, move the microphone closer or raise its "
                  "input gain.");
    case V::Noisy:
        return tr("The background is loud: find a quieter place or use a headset with a close "
                  "microphone.");
    case V::Good:
        break;
    }
    return tr("The level is good.");
}

QString AudioChecksCommand::verdictText(audio::EchoTest::Verdict verdict)
{
    using V = audio::EchoTest::Verdict;
    switch (verdict) {
    case V::NoEcho:
        return tr("The microphone does not hear the speakers: speakers are fine.");
    case V::SpeakersFine:
        return tr("The echo canceller removes what the microphone hears of the speakers: "
                  "speakers are fine.");
    case V::UseHeadset:
        break;
    }
    return tr("Too much of the speakers' sound reaches the microphone: use a headset.");
}

int AudioChecksCommand::meter(const Settings& settings, const QStringList& args, CliIo io)
{
    const QString usage = tr("Usage: voicetraining-cli audio meter [--seconds N] [--json]\n"
                             "\n"
                             "Shows the chosen microphone's level while you speak (N seconds,\n"
                             "1 to 600, default 10), then tells whether the level is right.\n");
    int seconds = 10;
    bool json = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            io.out << usage;
            return exitcode::ok;
        }
        bool ok = false;
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--seconds") && i + 1 < args.size()
            && (seconds = args.at(i + 1).toInt(&ok), ok) && seconds >= 1 && seconds <= 600) {
            ++i;
        } else {
            io.err << usage;
            return exitcode::usage;
        }
    }
    std::unique_ptr<audio::DeviceStreams> streams = open(settings, io);
    if (!streams)
        return exitcode::failure;
    const QString inputName = QString::fromStdString(streams->opened().inputName);
    audio::MicrophoneCheck check;
    WatchedCheck listener(check);
    audio::AudioEngine::Options options;
    options.processing = {false, false, false};
    options.bargeIn = false;
    audio::AudioEngine engine(std::move(streams), options, listener);
    std::string error;
    if (!engine.start(&error)) {
        io.err << tr("voicetraining-cli: %1").arg(QString::fromStdString(error)) << '\n';
        return exitcode::failure;
    }
    if (!json)
        io.out << tr(
            "Listening to “%1” for %n second(s). Speak as you would on a call.", nullptr, seconds)
                      .arg(inputName)
               << '\n'
               << Qt::flush;
    const auto started = std::chrono::steady_clock::now();
    std::int64_t shownMs = 0;
    while (engine.stats().callClockMs < std::int64_t{seconds} * 1000) {
        pause(50);
        const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now() - started)
                                .count();
        if (listener.lost() || (engine.stats().callClockMs == 0 && waited > startupMs)) {
            engine.stop();
            io.err << tr("voicetraining-cli: the microphone “%1” stopped delivering sound.")
                          .arg(inputName)
                   << '\n';
            return exitcode::failure;
        }
        const std::int64_t clock = engine.stats().callClockMs;
        if (!json && clock >= shownMs + 250) {
            shownMs = clock - clock % 250;
            const audio::Levels levels = check.current();
            io.out << QStringLiteral("%1 dBFS %2 ").arg(db(levels.rmsDb), 6).arg(bar(levels.rmsDb))
                   << tr("peak %1").arg(db(levels.heldPeakDb)) << '\n'
                   << Qt::flush;
        }
    }
    engine.stop();
    const audio::MicrophoneCheck::Summary summary = check.summary();
    static constexpr const char* verdictKeys[]
        = {"no_signal", "clipping", "too_quiet", "noisy", "good"};
    const char* key = verdictKeys[static_cast<int>(summary.verdict)];
    if (json) {
        const QJsonObject root{{QStringLiteral("device"), inputName},
            {QStringLiteral("seconds"), static_cast<double>(summary.frames) / 100.0},
            {QStringLiteral("peak_dbfs"), summary.peakDb},
            {QStringLiteral("speech_dbfs"), summary.speechDb},
            {QStringLiteral("background_dbfs"), summary.backgroundDb},
            {QStringLiteral("clipped_frames"), static_cast<double>(summary.clippedFrames)},
            {QStringLiteral("verdict"), QLatin1String(key)}};
        io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return exitcode::ok;
    }
    io.out << tr("Loudest sample %1 dBFS, speaking level %2 dBFS, background %3 dBFS.")
                  .arg(db(summary.peakDb), db(summary.speechDb), db(summary.backgroundDb))
           << '\n'
           << verdictText(summary.verdict) << '\n';
    return exitcode::ok;
}

int AudioChecksCommand::echoTest(const Settings& settings, const QStringList& args, CliIo io)
{
    const QString usage
        = tr("Usage: voicetraining-cli audio echo-test [--json]\n"
             "\n"
             "Plays a test sound on the chosen speaker for about eight seconds and measures\n"
             "how much of it the chosen microphone hears after echo cancellation (the echo\n"
             "return loss enhancement, ERLE). Keep quiet while it runs.\n"
             "Verdict: “speakers are fine” or “use a headset”.\n");
    bool json = false;
    for (const QString& arg : args) {
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            io.out << usage;
            return exitcode::ok;
        }
        if (arg != QLatin1String("--json")) {
            io.err << usage;
            return exitcode::usage;
        }
        json = true;
    }
    QString inputName;
    QString outputName;
    audio::EchoTest::Result result;
    int attempt = 0;
    while (true) {
        ++attempt;
        std::unique_ptr<audio::DeviceStreams> streams = open(settings, io);
        if (!streams)
            return exitcode::failure;
        inputName = QString::fromStdString(streams->opened().inputName);
        outputName = QString::fromStdString(streams->opened().outputName);
        audio::EchoTest test;
        WatchedCheck listener(test);
        audio::AudioEngine::Options options;
        options.processing = audio::EchoTest::processing();
        options.bargeIn = false; // the echo must not silence the sound it is the echo of
        audio::AudioEngine engine(std::move(streams), options, listener);
        std::string error;
        if (!engine.start(&error)) {
            io.err << tr("voicetraining-cli: %1").arg(QString::fromStdString(error)) << '\n';
            return exitcode::failure;
        }
        if (!json && attempt == 1)
            io.out << tr("Playing a test sound on “%1” and listening with “%2”. Keep quiet "
                         "until it ends.")
                          .arg(outputName, inputName)
                   << '\n'
                   << Qt::flush;
        for (audio::EncodedPacket& packet : audio::EchoTest::testPackets())
            engine.pushAgentPacket(std::move(packet));
        const int limitMs = startupMs + audio::EchoTest::leadSilenceMs + audio::EchoTest::signalMs
            + audio::EchoTest::tailMs + 2000;
        const auto started = std::chrono::steady_clock::now();
        while (!test.done() && !listener.lost()
            && std::chrono::steady_clock::now() - started < std::chrono::milliseconds(limitMs))
            pause(50);
        engine.stop();
        result = test.result();
        // A sound server that drops the devices for a moment spoils this run, not the next.
        if (listener.lost() && attempt < audio::EchoTest::maxAttempts) {
            if (!json)
                io.out << tr("The audio devices stopped delivering sound: trying again.") << '\n'
                       << Qt::flush;
            continue;
        }
        if (!result.complete) {
            io.err << (listener.lost()
                    ? tr("voicetraining-cli: “%1” and “%2” stopped delivering sound "
                         "during the test.")
                    : tr("voicetraining-cli: the test sound could not be played and "
                         "heard in time on “%1” and “%2”."))
                          .arg(outputName, inputName)
                   << '\n';
            return exitcode::failure;
        }
        if (!result.measureAgain() || attempt == audio::EchoTest::maxAttempts)
            break;
        if (!json)
            io.out << tr("The sound stuttered while it played, which spoils the measurement: "
                         "playing it again.")
                   << '\n'
                   << Qt::flush;
    }
    static constexpr const char* verdictKeys[] = {"no_echo", "speakers_fine", "use_headset"};
    const char* key = verdictKeys[static_cast<int>(result.verdict)];
    if (json) {
        const QJsonObject root{{QStringLiteral("input"), inputName},
            {QStringLiteral("output"), outputName},
            {QStringLiteral("signal_dbfs"), result.signalDb},
            {QStringLiteral("background_dbfs"), result.backgroundDb},
            {QStringLiteral("echo_dbfs"), result.echoDb},
            {QStringLiteral("residual_dbfs"), result.residualDb},
            {QStringLiteral("erle_db"), result.erleDb},
            {QStringLiteral("verdict"), QLatin1String(key)}, {QStringLiteral("attempts"), attempt},
            {QStringLiteral("disturbed"), result.disturbed}};
        io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return exitcode::ok;
    }
    if (result.verdict != audio::EchoTest::Verdict::NoEcho)
        io.out << tr("Echo return loss enhancement: %1 dB.").arg(db(result.erleDb)) << '\n';
    io.out << tr("The microphone heard %1 dBFS while the sound played, %2 dBFS before it; "
                 "after echo cancellation %3 dBFS.")
                  .arg(db(result.echoDb), db(result.backgroundDb), db(result.residualDb))
           << '\n'
           << verdictText(result.verdict) << '\n';
    return exitcode::ok;
}

int runAudioMeter(const Settings& settings, const QStringList& args, CliIo io)
{
    return AudioChecksCommand::meter(settings, args, io);
}

int runAudioEchoTest(const Settings& settings, const QStringList& args, CliIo io)
{
    return AudioChecksCommand::echoTest(settings, args, io);
}

} // namespace vt::app
