#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace vt::server {

// The platform's signing secret (tokens, recording links): read from `path`, or on first
// start 32 random bytes written there, readable by the owner only. Empty (and `error`) on
// failure or when the file holds fewer than 32 bytes.
Result<QByteArray> loadOrCreateSecret(const QString& path);

} // namespace vt::server
