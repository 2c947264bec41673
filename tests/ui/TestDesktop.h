#pragma once

// What runDesktop() builds for the trainee screens' tests, over a settings file of the
// test's own: settings, language, theme, devices, the practice workspace (opened, not
// connected) and the main window. Widgets are found by objectName.
#include "AudioDeviceCatalog.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "PracticeWorkspace.h"
#include "Settings.h"
#include "ThemeController.h"

#include <QAccessible>
#include <QSettings>
#include <QStringList>

#include <memory>

namespace vt::test {

// The controls under `root` that a keyboard reaches (visible in `window`) and that have no
// accessible name, as "objectName (Class)"; empty when every one is named.
inline QStringList unnamedControls(const QWidget* root, const QWidget* window)
{
    QStringList unnamed;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window) || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QStringLiteral("%1 (%2)").arg(
                w->objectName(), QLatin1String(w->metaObject()->className())));
    }
    return unnamed;
}

struct TestDesktop {
    explicit TestDesktop(const QString& settingsFile)
        : settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat), app::Policy())
        , theme(settings)
        , workspace(settings)
    {
        languages.follow(settings);
        const Result<void> result = workspace.open();
        opened = result.ok();
        if (!opened)
            qWarning("workspace: %s", qPrintable(result.error()));
        window = std::make_unique<ui::MainWindow>(settings, devices, workspace);
    }

    template <typename T> T* find(const char* name) const
    {
        T* widget = window->findChild<T*>(QLatin1String(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }

    app::Settings settings;
    app::LanguageManager languages;
    ui::ThemeController theme;
    app::AudioDeviceCatalog devices;
    app::PracticeWorkspace workspace;
    bool opened = false;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace vt::test
