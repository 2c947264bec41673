#pragma once

#include <QLoggingCategory>

namespace vt::net {
Q_DECLARE_LOGGING_CATEGORY(lcNet) // "vt.net"
}
