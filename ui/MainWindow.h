#pragma once

#include <QHash>
#include <QMainWindow>

class QStackedWidget;

namespace vt::app {
class AudioDeviceCatalog;
class Settings;
} // namespace vt::app

namespace vt::ui {

class NavigationRail;

// The main window: the navigation rail and the pages. Only pages with real content are
// added; its geometry and the last page shown are restored at the next start.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(
        app::Settings& settings, app::AudioDeviceCatalog& devices, QWidget* parent = nullptr);

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
    NavigationRail* m_rail;
    QStackedWidget* m_stack;
    QHash<QString, QWidget*> m_pages;
};

} // namespace vt::ui
