#include "Cli.h"

#include "AppContext.h"
#include "VersionReport.h"

#include <array>
#include <cstdio>

namespace vt::app {
namespace {

struct Command {
    const char* name;
    const char* summary;
    int (*run)(Settings&, const QStringList&, CliIo);
};

const std::array<Command, 11> commands{{
    {"practice",
        QT_TRANSLATE_NOOP("vt::app::Cli", "Have a practice call with the AI prospect and score it"),
        &runPracticeCommand},
    {"scenarios", QT_TRANSLATE_NOOP("vt::app::Cli", "List the scenarios you can practise"),
        &runScenariosCommand},
    {"assignments",
        QT_TRANSLATE_NOOP("vt::app::Cli", "List your assignments, due dates and progress"),
        &runAssignmentsCommand},
    {"status",
        QT_TRANSLATE_NOOP("vt::app::Cli", "Show the attempts waiting to upload and the last sync"),
        &runStatusCommand},
    {"sync", QT_TRANSLATE_NOOP("vt::app::Cli", "Upload the attempts saved on this computer now"),
        &runSyncCommand},
    {"login",
        QT_TRANSLATE_NOOP("vt::app::Cli", "Sign in to your organisation's platform and keep it"),
        &runLoginCommand},
    {"logout", QT_TRANSLATE_NOOP("vt::app::Cli", "Sign out of the platform"), &runLogoutCommand},
    {"doctor",
        QT_TRANSLATE_NOOP("vt::app::Cli", "Check the platform, sign-in, voice, audio and keychain"),
        &runDoctorCommand},
    {"config",
        QT_TRANSLATE_NOOP("vt::app::Cli", "Show and change settings (list, get, set, unset)"),
        &runConfigCommand},
    {"audio",
        QT_TRANSLATE_NOOP("vt::app::Cli", "Audio devices, level and echo checks, the call codec"),
        &runAudioCommand},
    {"score", QT_TRANSLATE_NOOP("vt::app::Cli", "Score a transcript against a scenario"),
        &runScoreCommand},
}};

QString helpText()
{
    QString text = Cli::tr("Usage: voicetraining-cli [--verbose] <command> [arguments]\n"
                           "\n"
                           "Voice AI Training on the command line: settings and diagnostics.\n"
                           "\n"
                           "Commands:\n");
    for (const Command& command : commands) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QLatin1String(command.name), -11)
                    .arg(QCoreApplication::translate("vt::app::Cli", command.summary));
    }
    text += Cli::tr("\n"
                    "Options:\n"
                    "  -h, --help     Show this help; “<command> --help” shows a command's own\n"
                    "  -v, --version  Show the versions of the app and the libraries it runs with\n"
                    "  --verbose      Write debug messages to stderr and to the log file\n"
                    "\n"
                    "Exit status: 0 success, 1 failure, 2 invalid usage or value, 3 setting "
                    "locked by policy.\n");
    return text;
}

} // namespace

int Cli::run(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    enum class Action { Command, Help, Version } action = Action::Command;
    bool verbose = false;
    qsizetype i = 1;
    for (; i < arguments.size() && arguments.at(i).startsWith(QLatin1Char('-')); ++i) {
        const QString& option = arguments.at(i);
        if (option == QLatin1String("--verbose")) {
            verbose = true;
        } else if (option == QLatin1String("-h") || option == QLatin1String("--help")) {
            action = Action::Help;
        } else if (option == QLatin1String("-v") || option == QLatin1String("--version")) {
            action = Action::Version;
        } else {
            err << tr("voicetraining-cli: unknown option “%1”. Try --help.").arg(option) << '\n';
            return exitcode::usage;
        }
    }

    // The CLI's stderr carries its own messages; the log goes there too only with --verbose.
    AppContext context({verbose, verbose ? MessageLog::Echo::All : MessageLog::Echo::Nothing});
    if (action == Action::Help) {
        out << helpText();
        return exitcode::ok;
    }
    if (action == Action::Version) {
        out << VersionReport::text() << '\n';
        return exitcode::ok;
    }
    if (i >= arguments.size()) {
        err << helpText();
        return exitcode::usage;
    }
    const QString& name = arguments.at(i);
    for (const Command& command : commands) {
        if (name == QLatin1String(command.name))
            return command.run(context.settings(), arguments.mid(i + 1), {out, err});
    }
    err << tr("voicetraining-cli: unknown command “%1”. Try --help.").arg(name) << '\n';
    return exitcode::usage;
}

} // namespace vt::app
