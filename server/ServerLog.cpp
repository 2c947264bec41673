#include "ServerLog.h"

namespace vt::server {

Q_LOGGING_CATEGORY(lcServer, "vt.server")

} // namespace vt::server
