#include "AppLog.h"

namespace vt::app {
Q_LOGGING_CATEGORY(lcApp, "vt.app")
}
