#include "GuiCommandLine.h"

#include "VersionReport.h"

#include <QTextStream>

#include <cstring>

namespace vt::app {
namespace {

bool isHelp(const char* arg)
{
    return std::strcmp(arg, "-h") == 0 || std::strcmp(arg, "--help") == 0;
}

bool isVersion(const char* arg)
{
    return std::strcmp(arg, "-v") == 0 || std::strcmp(arg, "--version") == 0;
}

} // namespace

bool GuiCommandLine::isConsoleOnly(int argc, const char* const* argv)
{
    for (int i = 1; i < argc; ++i) {
        if (isHelp(argv[i]) || isVersion(argv[i]))
            return true;
    }
    return false;
}

int GuiCommandLine::runConsole(const QStringList& arguments)
{
    QTextStream out(stdout);
    for (const QString& argument : arguments.mid(1)) {
        const QByteArray bytes = argument.toLocal8Bit();
        if (isVersion(bytes.constData())) {
            out << VersionReport::text() << '\n';
            return 0;
        }
    }
    out << tr("Usage: voicetraining [--verbose] [--report-startup]\n"
              "\n"
              "Voice AI Training: practise sales calls with an AI prospect.\n"
              "\n"
              "Options:\n"
              "  -h, --help     Show this help\n"
              "  -v, --version  Show the versions of the app and the libraries it runs with\n"
              "  --verbose      Write debug messages to stderr and to the log file\n"
              "  --report-startup  Print “ready” once the window is usable (the practice\n"
              "                 home loaded, or the first-run choice), then quit: for\n"
              "                 measuring start-up\n"
              "\n"
              "voicetraining-cli offers settings and diagnostics on the command line.\n");
    return 0;
}

bool GuiCommandLine::isVerbose(const QStringList& arguments)
{
    return arguments.contains(QLatin1String("--verbose"));
}

bool GuiCommandLine::reportsStartup(const QStringList& arguments)
{
    return arguments.contains(QLatin1String("--report-startup"));
}

} // namespace vt::app
