#pragma once

#include "Settings.h"

#include <QObject>
#include <QPalette>
#include <QString>

namespace vt::ui {

// Applies the ui.theme setting to the whole application, live. Light and dark use the Fusion
// style with the app's palettes; "follow system" restores the platform's own style and
// palette, captured before anything was changed.
class ThemeController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeController)

public:
    explicit ThemeController(app::Settings& settings, QObject* parent = nullptr);
    // Puts the platform's style and palette back.
    ~ThemeController() override;

    void apply(app::ThemeMode mode);
    app::ThemeMode mode() const { return m_mode; }

    static QPalette lightPalette();
    static QPalette darkPalette();
    static bool isDark(const QPalette& palette);

private:
    app::Settings& m_settings;
    QString m_systemStyle;
    QPalette m_systemPalette;
    app::ThemeMode m_mode = app::ThemeMode::System;
};

// Colours the palettes do not have: text for errors, and quieter text for hints.
QColor errorTextColor(const QPalette& palette);
QColor hintTextColor(const QPalette& palette);

} // namespace vt::ui
