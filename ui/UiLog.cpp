#include "UiLog.h"

namespace vt::ui {
Q_LOGGING_CATEGORY(lcUi, "vt.ui")
}
