#include "DesktopTray.h"

#include "DueReminder.h"
#include "Icons.h"
#include "PracticeWorkspace.h"
#include "Settings.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace vt::ui {

DesktopTray::DesktopTray(
    app::PracticeWorkspace& workspace, app::Settings& settings, QWidget* window)
    : QObject(window)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_window(window)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return; // no tray on this desktop: reminders are on the home page
    m_menu = new QMenu;
    m_icon = new QSystemTrayIcon(appIcon(), this);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason r) {
        if (r == QSystemTrayIcon::Trigger || r == QSystemTrayIcon::DoubleClick) {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        }
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        m_window->showNormal();
        m_window->activateWindow();
    });
    connect(&m_workspace, &app::PracticeWorkspace::catalogChanged, this, [this] {
        if (!m_workspace.catalogLoading())
            remind();
    });
    retranslate();
    m_icon->show();
}

DesktopTray::~DesktopTray()
{
    delete m_menu;
}

bool DesktopTray::remind()
{
    if (!m_icon)
        return false;
    const std::optional<app::DueReminder::Message> m = app::DueReminder::due(
        m_workspace.assignments()->items(), QDateTime::currentDateTime(), m_settings.remindedOn());
    if (!m)
        return false;
    m_icon->showMessage(m->title, m->body, appIcon(), 10000);
    m_settings.setRemindedOn(QDate::currentDate());
    m_settings.sync();
    return true;
}

void DesktopTray::retranslate()
{
    if (!m_icon)
        return;
    m_menu->clear();
    m_menu->addAction(tr("Open Voice AI Training"), m_window, [this] {
        m_window->showNormal();
        m_window->activateWindow();
    });
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), m_window, &QWidget::close);
    m_icon->setToolTip(tr("Voice AI Training"));
}

} // namespace vt::ui
