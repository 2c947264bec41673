#pragma once

#include <QString>

namespace vt::app {

// Masks secrets in text bound for a log: bearer tokens and Authorization headers, JWTs,
// token/password/secret fields in JSON and in query or form strings, and credentials in URLs.
// Every log line passes through it, so a secret logged by mistake is still never written.
QString redactSecrets(const QString& text);

} // namespace vt::app
