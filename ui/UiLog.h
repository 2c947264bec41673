#pragma once

#include <QLoggingCategory>

namespace vt::ui {
Q_DECLARE_LOGGING_CATEGORY(lcUi) // "vt.ui"
}
