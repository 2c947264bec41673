#pragma once

#include <QObject>

class QMenu;
class QSystemTrayIcon;

namespace vt::app {
class PracticeWorkspace;
class Settings;
} // namespace vt::app

namespace vt::ui {

// The system-tray icon (where the desktop has a tray): open the window, quit, and once a day
// a notification of assignments overdue or due today (app::DueReminder).
class DesktopTray final : public QObject {
    Q_OBJECT

public:
    DesktopTray(app::PracticeWorkspace& workspace, app::Settings& settings, QWidget* window);
    ~DesktopTray() override;

    // Shows today's reminder when one is due; true when it did.
    bool remind();
    void retranslate();

private:
    app::PracticeWorkspace& m_workspace;
    app::Settings& m_settings;
    QWidget* m_window;
    QSystemTrayIcon* m_icon = nullptr;
    QMenu* m_menu = nullptr;
};

} // namespace vt::ui
