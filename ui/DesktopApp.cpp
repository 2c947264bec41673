#include "DesktopApp.h"

#include "AppContext.h"
#include "AudioDeviceCatalog.h"
#include "Icons.h"
#include "MainWindow.h"
#include "ThemeController.h"

#include <QApplication>

namespace vt::ui {

int runDesktop(bool verbose)
{
    QApplication::setApplicationDisplayName(QStringLiteral("Voice AI Training"));
    QApplication::setDesktopFileName(QStringLiteral("voicetraining"));
    QApplication::setWindowIcon(appIcon());

    app::AppContext context(
        {verbose, verbose ? app::MessageLog::Echo::All : app::MessageLog::Echo::Problems});
    ThemeController theme(context.settings());
    app::AudioDeviceCatalog devices;
    MainWindow window(context.settings(), devices);
    window.show();
    return QApplication::exec();
}

} // namespace vt::ui
