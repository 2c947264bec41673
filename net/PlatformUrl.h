#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace vt::net {

// The address of a training platform, checked once for everything that connects to it.
// TLS is required except on loopback, where the embedded local platform and test servers run
// over plain HTTP. Credentials, queries and fragments are refused: the URL ends up in
// settings files and logs, which must never hold a secret.
class PlatformUrl final {
    Q_DECLARE_TR_FUNCTIONS(vt::net::PlatformUrl)

public:
    static PlatformUrl parse(const QString& text);

    bool isValid() const { return m_error.isEmpty(); }
    // Translated reason the text was refused; empty when valid.
    QString error() const { return m_error; }
    // Normalised form (no trailing slash); empty when invalid.
    QString toString() const;
    QUrl url() const { return m_url; }
    bool isLoopback() const;

    static bool isLoopbackHost(const QString& host);

private:
    QUrl m_url;
    QString m_error;
};

} // namespace vt::net
