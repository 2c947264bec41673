// voicetraining-cli audio: the audio devices PortAudio sees, and which ones are chosen.
#include "AudioDeviceCatalog.h"
#include "Cli.h"
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
    return tr("Usage: voicetraining-cli audio devices [--json]\n"
              "\n"
              "Lists the microphones and speakers this computer offers, marks the system\n"
              "defaults with *, and shows the devices chosen in the settings.\n");
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
    if (!args.isEmpty()
        && (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"))) {
        io.out << usage();
        return exitcode::ok;
    }
    if (!args.isEmpty() && args.first() == QLatin1String("devices")) {
        if (args.size() == 1)
            return devices(settings, false, io);
        if (args.size() == 2 && args.at(1) == QLatin1String("--json"))
            return devices(settings, true, io);
    }
    io.err << usage();
    return exitcode::usage;
}

int runAudioCommand(Settings& settings, const QStringList& args, CliIo io)
{
    return AudioCommand::run(settings, args, io);
}

} // namespace vt::app
