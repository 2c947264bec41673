#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace vt::app {

// The GUI executable's own options. --help and --version print text and exit, so they must
// work without a display: main() checks isConsoleOnly() before creating a QApplication.
class GuiCommandLine final {
    Q_DECLARE_TR_FUNCTIONS(vt::app::GuiCommandLine)

public:
    static bool isConsoleOnly(int argc, const char* const* argv);
    // Answers a console-only invocation (needs a QCoreApplication); returns the exit code.
    static int runConsole(const QStringList& arguments);
    static bool isVerbose(const QStringList& arguments);
    static bool reportsStartup(const QStringList& arguments);
};

} // namespace vt::app
