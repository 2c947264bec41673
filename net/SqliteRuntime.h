#pragma once

#include <QString>

namespace vt::net {

// The SQLite version the local store runs on, asked of the database itself through Qt's
// driver (the library actually loaded, not the headers compiled against). Needs a
// QCoreApplication. Returns a sentence saying why when the driver is missing.
QString sqliteRuntimeVersion();

} // namespace vt::net
