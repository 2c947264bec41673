#include "ThemeController.h"

#include "SettingsRegistry.h"
#include "UiLog.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

namespace vt::ui {
namespace {

struct Colours {
    const char* window;
    const char* text;
    const char* base;
    const char* alternateBase;
    const char* button;
    const char* highlight;
    const char* link;
    const char* placeholder;
    const char* light;
    const char* midlight;
    const char* mid;
    const char* dark;
    const char* disabledText;
};

QPalette makePalette(const Colours& c)
{
    QPalette p;
    const QColor text(QLatin1String(c.text));
    p.setColor(QPalette::Window, QColor(QLatin1String(c.window)));
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(QLatin1String(c.base)));
    p.setColor(QPalette::AlternateBase, QColor(QLatin1String(c.alternateBase)));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(QLatin1String(c.button)));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(QLatin1String(c.highlight)));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(QLatin1String(c.link)));
    p.setColor(QPalette::LinkVisited, QColor(QLatin1String(c.link)));
    p.setColor(QPalette::PlaceholderText, QColor(QLatin1String(c.placeholder)));
    p.setColor(QPalette::ToolTipBase, QColor(QLatin1String(c.base)));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Light, QColor(QLatin1String(c.light)));
    p.setColor(QPalette::Midlight, QColor(QLatin1String(c.midlight)));
    p.setColor(QPalette::Mid, QColor(QLatin1String(c.mid)));
    p.setColor(QPalette::Dark, QColor(QLatin1String(c.dark)));
    p.setColor(QPalette::Shadow, Qt::black);
    const QColor disabled(QLatin1String(c.disabledText));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(QLatin1String(c.mid)));
    return p;
}

} // namespace

ThemeController::ThemeController(app::Settings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_systemStyle(QApplication::style()->name())
    , m_systemPalette(QApplication::palette())
{
    apply(m_settings.theme());
    connect(&m_settings, &app::Settings::changed, this, [this](const QString& key) {
        if (key == QLatin1String(app::keys::theme))
            apply(m_settings.theme());
    });
}

ThemeController::~ThemeController()
{
    apply(app::ThemeMode::System);
}

void ThemeController::apply(app::ThemeMode mode)
{
    m_mode = mode;
    const bool system = mode == app::ThemeMode::System;
    const bool dark = mode == app::ThemeMode::Dark;
    const QString style = system ? m_systemStyle : QStringLiteral("fusion");
    const QPalette palette = system     ? m_systemPalette
        : mode == app::ThemeMode::Light ? lightPalette()
                                        : darkPalette();
    // Palette first: a style change re-polishes every widget, and style sheets then resolve
    // their palette(...) references against the application palette of that moment.
    QApplication::setPalette(palette);
    if (QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(style));
    qCInfo(lcUi).noquote() << "theme"
                           << (system        ? "system"
                                      : dark ? "dark"
                                             : "light")
                           << "style" << QApplication::style()->name();
    // Widgets under a style sheet hold the palette it resolved; have them resolve it again.
    for (QWidget* widget : QApplication::allWidgets()) {
        if (!widget->styleSheet().isEmpty())
            widget->setStyleSheet(widget->styleSheet());
    }
}

QPalette ThemeController::lightPalette()
{
    return makePalette({"#f4f5f7", "#1d1f23", "#ffffff", "#f0f2f5", "#eceef1", "#2f6fed", "#1f5fd6",
        "#6b7280", "#ffffff", "#e3e6ea", "#c9ced6", "#a0a6b0", "#9aa0a8"});
}

QPalette ThemeController::darkPalette()
{
    return makePalette({"#1f2125", "#e6e6e6", "#16181b", "#24272b", "#2a2d31", "#3d7bfd", "#8ab4ff",
        "#8b9097", "#3a3e44", "#2f3237", "#3a3d42", "#121316", "#6b7077"});
}

bool ThemeController::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor errorTextColor(const QPalette& palette)
{
    return ThemeController::isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QColor hintTextColor(const QPalette& palette)
{
    return palette.color(QPalette::PlaceholderText);
}

} // namespace vt::ui
