#include "NetLog.h"

namespace vt::net {
Q_LOGGING_CATEGORY(lcNet, "vt.net")
}
