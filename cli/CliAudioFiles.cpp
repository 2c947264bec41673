// voicetraining-cli audio encode|decode: files through the call's codec (audio/CodecFiles.h).
#include "CliAudio.h"

#include "CodecFiles.h"

namespace vt::app {

class AudioFilesCommand final {
    Q_DECLARE_TR_FUNCTIONS(vt::app::AudioFilesCommand)

public:
    static int run(bool encode, const QStringList& args, CliIo io);

private:
    static int exitFor(const audio::CodecFileReport& report);
};

int AudioFilesCommand::exitFor(const audio::CodecFileReport& report)
{
    // A file we cannot use is the caller's input, like a bad value; the rest is a failure.
    return report.fault == audio::CodecFileReport::Fault::Input ? exitcode::usage
                                                                : exitcode::failure;
}

int AudioFilesCommand::run(bool encode, const QStringList& args, CliIo io)
{
    const QString usage = encode
        ? tr("Usage: voicetraining-cli audio encode IN.wav OUT.opus\n"
             "\n"
             "Encodes a WAV (or Ogg Opus) file exactly as a call sends the rep's voice: mono,\n"
             "48 kHz, 20 ms Opus packets at 24 kbit/s, and writes them as Ogg Opus.\n")
        : tr("Usage: voicetraining-cli audio decode IN.opus OUT.wav\n"
             "\n"
             "Decodes an Ogg Opus file (a call recording, or the output of “audio encode”)\n"
             "to a 16-bit WAV file at 48 kHz with the file's channels.\n");
    if (args.size() == 1
        && (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"))) {
        io.out << usage;
        return exitcode::ok;
    }
    if (args.size() != 2 || args.at(0).startsWith(QLatin1Char('-'))
        || args.at(1).startsWith(QLatin1Char('-'))) {
        io.err << usage;
        return exitcode::usage;
    }
    const std::string in = args.at(0).toStdString();
    const std::string out = args.at(1).toStdString();
    const audio::CodecFileReport report
        = encode ? audio::encodeFile(in, out) : audio::decodeFile(in, out);
    if (!report) {
        io.err << QStringLiteral("voicetraining-cli: ") << QString::fromStdString(report.error)
               << '\n';
        return exitFor(report);
    }
    const double kilobytes = static_cast<double>(report.outputBytes) / 1000.0;
    if (encode) {
        const double kbits = report.seconds > 0 ? kilobytes * 8.0 / report.seconds : 0.0;
        io.out << tr("%1 → %2: %3 s of audio (%4 Hz, %n channel(s)), %5 packets, %6 kB, %7 kbit/s",
            nullptr, report.inputChannels)
                      .arg(args.at(0), args.at(1))
                      .arg(report.seconds, 0, 'f', 2)
                      .arg(report.inputRate)
                      .arg(report.packets)
                      .arg(kilobytes, 0, 'f', 1)
                      .arg(kbits, 0, 'f', 1)
               << '\n';
    } else {
        io.out << tr(
            "%1 → %2: %3 s of audio, %n channel(s) at %4 Hz, %5 kB", nullptr, report.inputChannels)
                      .arg(args.at(0), args.at(1))
                      .arg(report.seconds, 0, 'f', 2)
                      .arg(report.inputRate)
                      .arg(kilobytes, 0, 'f', 1)
               << '\n';
    }
    return exitcode::ok;
}

int runAudioEncode(const QStringList& args, CliIo io)
{
    return AudioFilesCommand::run(true, args, io);
}

int runAudioDecode(const QStringList& args, CliIo io)
{
    return AudioFilesCommand::run(false, args, io);
}

} // namespace vt::app
