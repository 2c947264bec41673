#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace vt::app {

class Settings;

// Exit codes of voicetraining-cli, documented in its --help.
namespace exitcode {
inline constexpr int ok = 0;
inline constexpr int failure = 1; // the command ran and failed
inline constexpr int usage = 2;   // bad command line or invalid value
inline constexpr int locked = 3;  // the setting is locked by policy
} // namespace exitcode

struct CliIo {
    QTextStream& out;
    QTextStream& err;
};

// voicetraining-cli: parses the global options, sets up the app context and runs one
// subcommand. `arguments` includes the program name. Needs a QCoreApplication.
class Cli final {
    Q_DECLARE_TR_FUNCTIONS(vt::app::Cli)

public:
    static int run(const QStringList& arguments);
};

// Subcommands; each takes the arguments after its name.
int runConfigCommand(Settings& settings, const QStringList& args, CliIo io);
int runAudioCommand(Settings& settings, const QStringList& args, CliIo io);
int runScoreCommand(Settings& settings, const QStringList& args, CliIo io);
int runPracticeCommand(Settings& settings, const QStringList& args, CliIo io);
int runScenariosCommand(Settings& settings, const QStringList& args, CliIo io);
int runAssignmentsCommand(Settings& settings, const QStringList& args, CliIo io);
int runStatusCommand(Settings& settings, const QStringList& args, CliIo io);
int runSyncCommand(Settings& settings, const QStringList& args, CliIo io);
int runLoginCommand(Settings& settings, const QStringList& args, CliIo io);
int runLogoutCommand(Settings& settings, const QStringList& args, CliIo io);
int runDoctorCommand(Settings& settings, const QStringList& args, CliIo io);

} // namespace vt::app
