// voicetraining: the desktop app.
#include "BuildInfo.h"
#include "DesktopApp.h"
#include "GuiCommandLine.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    if (vt::app::GuiCommandLine::isConsoleOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        vt::app::applyApplicationIdentity();
        return vt::app::GuiCommandLine::runConsole(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    vt::app::applyApplicationIdentity();
    const QStringList arguments = QCoreApplication::arguments();
    return vt::ui::runDesktop(vt::app::GuiCommandLine::isVerbose(arguments),
        vt::app::GuiCommandLine::reportsStartup(arguments));
}
