#pragma once

#include <QLoggingCategory>

namespace vt::server {

Q_DECLARE_LOGGING_CATEGORY(lcServer)

} // namespace vt::server
