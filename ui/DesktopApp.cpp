#include "DesktopApp.h"

#include "AppContext.h"
#include "AudioDeviceCatalog.h"
#include "Icons.h"
#include "MainWindow.h"
#include "PracticeFlow.h"
#include "PracticeWorkspace.h"
#include "ThemeController.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace vt::ui {

int runDesktop(bool verbose, bool reportStartup)
{
    QApplication::setApplicationDisplayName(QStringLiteral("Voice AI Training"));
    // The desktop entry packaging/linux installs (and Wayland's app id).
    QApplication::setDesktopFileName(QStringLiteral("com.example.voicetraining"));
    QApplication::setWindowIcon(appIcon());

    app::AppContext context(
        {verbose, verbose ? app::MessageLog::Echo::All : app::MessageLog::Echo::Problems});
    ThemeController theme(context.settings());
    app::AudioDeviceCatalog devices;
    app::PracticeWorkspace workspace(context.settings());
    const Result<void> opened = workspace.open();
    MainWindow window(context.settings(), devices, workspace);
    window.show();
    if (!opened) {
        QMessageBox::critical(&window, MainWindow::tr("Voice AI Training"),
            MainWindow::tr("Your practice data could not be opened: %1").arg(opened.error()));
        return 1;
    }
    // Connect once the window is on screen: the embedded platform starts here.
    QTimer::singleShot(0, &workspace, &app::PracticeWorkspace::start);
    if (reportStartup) {
        // Usable: the first-run choice, or the practice home with its lists loaded.
        auto reported = std::make_shared<bool>(false);
        const auto check = [&, reported] {
            if (*reported)
                return;
            using C = app::PracticeWorkspace::Connection;
            const bool choosing = workspace.connection() == C::Choosing
                && window.practice()->step() == PracticeFlow::Step::Welcome;
            const bool home = window.practice()->step() == PracticeFlow::Step::Home
                && !workspace.catalogLoading() && workspace.scenarios()->rowCount() > 0;
            if ((choosing || home) && window.isVisible()) {
                *reported = true;
                QTextStream(stdout) << "ready" << Qt::endl;
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            }
        };
        QObject::connect(&workspace, &app::PracticeWorkspace::catalogChanged, &window, check);
        QObject::connect(&workspace, &app::PracticeWorkspace::connectionChanged, &window, check);
    }
    return QApplication::exec();
}

} // namespace vt::ui
