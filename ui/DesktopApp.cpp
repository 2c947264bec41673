#include "DesktopApp.h"

#include "AppContext.h"
#include "AudioDeviceCatalog.h"
#include "Icons.h"
#include "MainWindow.h"
#include "PracticeWorkspace.h"
#include "ThemeController.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

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
    app::PracticeWorkspace workspace(context.settings());
    QString error;
    const bool opened = workspace.open(&error);
    MainWindow window(context.settings(), devices, workspace);
    window.show();
    if (!opened) {
        QMessageBox::critical(&window, MainWindow::tr("Voice AI Training"),
            MainWindow::tr("Your practice data could not be opened: %1").arg(error));
        return 1;
    }
    // Connect once the window is on screen: the embedded platform starts here.
    QTimer::singleShot(0, &workspace, &app::PracticeWorkspace::start);
    return QApplication::exec();
}

} // namespace vt::ui
