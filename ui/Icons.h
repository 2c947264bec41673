#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace vt::ui {

// A bundled monochrome icon (:/icons/<name>.svg) painted in `color`, so icons follow the
// light and dark themes. Widgets call it again on QEvent::PaletteChange.
QIcon tintedIcon(const QString& name, const QColor& color);
// The full-colour application icon.
QIcon appIcon();

} // namespace vt::ui
