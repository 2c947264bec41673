// voicetraining-cli audio: the audio devices PortAudio sees and which ones are chosen, and the
// dispatch to the checks and file tools (CliAudioChecks.cpp, CliAudioFiles.cpp).
#include "AudioDeviceCatalog.h"
#include "CliAudio.h"
#include "Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace vt::app {

class AudioCommand final {
    Q_DECLARE_TR_FUNCTIONS(vt::app::AudioCommand)

public:
    static int run(const Settings& settings, const QStringList& args, CliIo io);

private:
    static QString usage();
    static int devices(const Settings& settings, bool json, CliIo io);
    static void printSection(
        const QString& title, const QList<AudioDeviceEntry>& devices, bool input, CliIo io);
};

QString AudioCommand::usage()
{
    return tr("Usage: voicetraining-cli audio <command> [arguments]\n"
              "\n"
              "  devices [--json]             List the microphones and speakers, mark the\n"
              "                               system defaults with * and show the chosen ones\n"
              "  meter [--seconds N] [--json] Show the chosen microphone's level and judge it\n"
              "  echo-test [--json]           Measure the speakers' echo: speakers or headset?\n"
              "  encode IN.wav OUT.opus       Encode a file with the call's voice codec\n"
              "  decode IN.opus OUT.wav       Decode an Ogg Opus file (a call recording)\n"
              "\n"
              "“audio <command> --help” explains each.\n");
}

void AudioCommand::printSection(
    const QString& title, const QList<AudioDeviceEntry>& devices, bool input, CliIo io)
{
    io.out << title << '\n';
    int shown = 0;
    for (const AudioDeviceEntry& device : devices) {
        const int channels = input ? device.inputChannels : device.outputChannels;
        if (channels <= 0)
            continue;
        const bool isDefault = input ? device.isDefaultInput : device.isDefaultOutput;
        io.out << (isDefault ? QStringLiteral("  * ") : QStringLiteral("    "))
               << tr("%1 [%2] %n channel(s), %3 Hz", nullptr, channels)
                      .arg(device.name, device.hostApi)
                      .arg(device.defaultSampleRate, 0, 'f', 0)
               << '\n';
        ++shown;
    }
    if (shown == 0)
        io.out << QStringLiteral("    ") << tr("(none)") << '\n';
}

int AudioCommand::devices(const Settings& settings, bool json, CliIo io)
{
    const AudioDeviceScan scan = AudioDeviceCatalog::scanNow();
    if (!scan.error.isEmpty()) {
        io.err << tr("voicetraining-cli: the audio system could not be opened: %1").arg(scan.error)
               << '\n';
        return exitcode::failure;
    }
    if (json) {
        QJsonArray list;
        for (const AudioDeviceEntry& device : scan.devices) {
            list.append(QJsonObject{{QStringLiteral("name"), device.name},
                {QStringLiteral("host_api"), device.hostApi},
                {QStringLiteral("input_channels"), device.inputChannels},
                {QStringLiteral("output_channels"), device.outputChannels},
                {QStringLiteral("default_sample_rate"), device.defaultSampleRate},
                {QStringLiteral("default_input"), device.isDefaultInput},
                {QStringLiteral("default_output"), device.isDefaultOutput}});
        }
        const QJsonObject root{{QStringLiteral("devices"), list},
            {QStringLiteral("chosen_input"), settings.inputDevice()},
            {QStringLiteral("chosen_output"), settings.outputDevice()}};
        io.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return exitcode::ok;
    }
    printSection(tr("Microphones:"), scan.devices, true, io);
    printSection(tr("Speakers:"), scan.devices, false, io);
    const auto chosen
        = [](const QString& name) { return name.isEmpty() ? tr("system default") : name; };
    io.out << tr("Chosen microphone: %1").arg(chosen(settings.inputDevice())) << '\n';
    io.out << tr("Chosen speaker: %1").arg(chosen(settings.outputDevice())) << '\n';
    return exitcode::ok;
}

int AudioCommand::run(const Settings& settings, const QStringList& args, CliIo io)
{
    if (args.isEmpty()) {
        io.err << usage();
        return exitcode::usage;
    }
    const QString& command = args.first();
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        io.out << usage();
        return exitcode::ok;
    }
    if (command == QLatin1String("devices")) {
        if (rest.isEmpty())
            return devices(settings, false, io);
        if (rest.size() == 1 && rest.first() == QLatin1String("--json"))
            return devices(settings, true, io);
        if (rest.size() == 1
            && (rest.first() == QLatin1String("--help") || rest.first() == QLatin1String("-h"))) {
            io.out << usage();
            return exitcode::ok;
        }
    } else if (command == QLatin1String("meter")) {
        return runAudioMeter(settings, rest, io);
    } else if (command == QLatin1String("echo-test")) {
        return runAudioEchoTest(settings, rest, io);
    } else if (command == QLatin1String("encode")) {
        return runAudioEncode(rest, io);
    } else if (command == QLatin1String("decode")) {
        return runAudioDecode(rest, io);
    }
    io.err << usage();
    return exitcode::usage;
}

int runAudioCommand(Settings& settings, const QStringList& args, CliIo io)
{
    return AudioCommand::run(settings, args, io);
}

} // namespace vt::app
