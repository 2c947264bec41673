#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace vt::net {

// Certificate authorities trusted besides the system's: the network.ca_bundle setting, for
// companies whose proxy inspects TLS with its own CA. Everything that connects to the
// platform (REST, the voice gateway, diagnostics) uses configuration().
class TlsTrust final {
    Q_DECLARE_TR_FUNCTIONS(vt::net::TlsTrust)

public:
    // The PEM file's certificates; nothing and `error` (a sentence) when the file cannot be
    // read or holds none.
    static Result<QList<QSslCertificate>> loadBundle(const QString& path);
    // The default TLS configuration plus `extra` authorities.
    static QSslConfiguration configuration(const QList<QSslCertificate>& extra);
};

} // namespace vt::net
