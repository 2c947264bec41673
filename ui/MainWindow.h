#pragma once

#include <QHash>
#include <QMainWindow>

class QStackedWidget;

namespace vt::app {
class AudioDeviceCatalog;
class CommandIndex;
class PracticeWorkspace;
class Settings;
} // namespace vt::app

namespace vt::ui {

class CommandPalette;
class DesktopTray;
class NavigationRail;
class PracticeFlow;

// The main window: the navigation rail and the pages (practice, settings). Its geometry and
// the last page shown are restored at the next start; closing it during a call asks first.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(app::Settings& settings, app::AudioDeviceCatalog& devices,
        app::PracticeWorkspace& workspace, QWidget* parent = nullptr);

    PracticeFlow* practice() const { return m_practice; }
    // Ctrl+K.
    void openCommandPalette();
    void rebuildCommands();

    QString currentPage() const;
    void showPage(const QString& id);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void addPage(const QString& id, const QString& iconName, QWidget* page);
    void retranslate();
    void applyStyleSheet();

    app::Settings& m_settings;
    app::PracticeWorkspace& m_workspace;
    app::CommandIndex* m_commands;
    CommandPalette* m_palette;
    DesktopTray* m_tray;
    NavigationRail* m_rail;
    PracticeFlow* m_practice;
    QStackedWidget* m_stack;
    QHash<QString, QWidget*> m_pages;
};

} // namespace vt::ui
