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

#include <QSettings>

#include <memory>

namespace vt::test {

struct TestDesktop {
    explicit TestDesktop(const QString& settingsFile)
        : settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat), app::Policy())
        , theme(settings)
        , workspace(settings)
    {
        languages.follow(settings);
        QString error;
        opened = workspace.open(&error);
        if (!opened)
            qWarning("workspace: %s", qPrintable(error));
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
