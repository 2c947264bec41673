#pragma once

#include <QLoggingCategory>

namespace vt::app {
Q_DECLARE_LOGGING_CATEGORY(lcApp) // "vt.app"
}
