// voicetraining-cli score: the shared scoring module on files, for reps, trainers and the
// platform team checking a scenario's rubric (docs/scoring.md).
#include "Cli.h"

#include "Report.h"
#include "Scenario.h"
#include "ScoringVersion.h"
#include "Transcript.h"

#include <QFile>
#include <QFileInfo>

namespace vt::app {

class ScoreCommand final {
    Q_DECLARE_TR_FUNCTIONS(vt::app::ScoreCommand)

public:
    static int run(const QStringList& args, CliIo io);

private:
    static constexpr qint64 maxInputBytes = 16 * qint64{1024} * 1024;
    static QString usage();
    static bool read(const QString& path, std::string& contents, CliIo io);
};

QString ScoreCommand::usage()
{
    return tr("Usage: voicetraining-cli score --transcript FILE --scenario FILE [--pretty]\n"
              "                             [--scoring-version VERSION]\n"
              "\n"
              "Scores a call transcript against a scenario's rubric and prints the KPIs, the\n"
              "score and the breakdown with its evidence as JSON (docs/scoring.md), with the\n"
              "current scoring rules (%1) or an earlier version's (%2).\n"
              "Invalid input is reported on one line naming the file and the JSON path at\n"
              "fault, with exit status 2.\n")
        .arg(QLatin1String(
                 scoring::rules2_1.version.data(), qsizetype(scoring::rules2_1.version.size())),
            QStringLiteral("%1, %2").arg(QLatin1String(scoring::rules2_0.version.data(),
                                             qsizetype(scoring::rules2_0.version.size())),
                QLatin1String(scoring::rules1_1.version.data(),
                    qsizetype(scoring::rules1_1.version.size()))));
}

bool ScoreCommand::read(const QString& path, std::string& contents, CliIo io)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        io.err << tr("%1: cannot be read: %2").arg(path, file.errorString()) << '\n';
        return false;
    }
    if (file.size() > maxInputBytes) {
        io.err << tr("%1: is larger than %2 MiB").arg(path).arg(maxInputBytes / (1024 * 1024))
               << '\n';
        return false;
    }
    const QByteArray bytes = file.readAll();
    contents.assign(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    return true;
}

int ScoreCommand::run(const QStringList& args, CliIo io)
{
    QString transcriptPath;
    QString scenarioPath;
    bool pretty = false;
    const scoring::Rules* rules = &scoring::currentRules();
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            io.out << usage();
            return exitcode::ok;
        }
        if (arg == QLatin1String("--pretty")) {
            pretty = true;
        } else if (arg == QLatin1String("--scoring-version") && i + 1 < args.size()) {
            const std::string version = args.at(++i).toStdString();
            rules = scoring::rulesFor(version);
            if (!rules) {
                io.err << tr("--scoring-version: %1 is not a scoring version this program knows")
                              .arg(args.at(i))
                       << '\n';
                return exitcode::usage;
            }
        } else if ((arg == QLatin1String("--transcript") || arg == QLatin1String("--scenario"))
            && i + 1 < args.size()) {
            (arg == QLatin1String("--transcript") ? transcriptPath : scenarioPath) = args.at(++i);
        } else {
            io.err << usage();
            return exitcode::usage;
        }
    }
    if (transcriptPath.isEmpty() || scenarioPath.isEmpty()) {
        io.err << usage();
        return exitcode::usage;
    }

    std::string transcriptText;
    std::string scenarioText;
    if (!read(transcriptPath, transcriptText, io) || !read(scenarioPath, scenarioText, io))
        return exitcode::usage;
    const scoring::Parsed<scoring::Transcript> transcript
        = scoring::parseTranscript(transcriptText);
    if (!transcript) {
        io.err << transcriptPath << QStringLiteral(": ")
               << QString::fromStdString(transcript.error().line()) << '\n';
        return exitcode::usage;
    }
    const scoring::Parsed<scoring::Scenario> scenario = scoring::parseScenario(scenarioText);
    if (!scenario) {
        io.err << scenarioPath << QStringLiteral(": ")
               << QString::fromStdString(scenario.error().line()) << '\n';
        return exitcode::usage;
    }
    io.out << QString::fromStdString(
        scoring::scoreReport(transcript.value(), scenario.value(), pretty, *rules))
           << '\n';
    return exitcode::ok;
}

int runScoreCommand(Settings&, const QStringList& args, CliIo io)
{
    return ScoreCommand::run(args, io);
}

} // namespace vt::app
