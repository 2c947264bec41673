#include "TlsTrust.h"

#include <QFile>

namespace vt::net {

Result<QList<QSslCertificate>> TlsTrust::loadBundle(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(
            tr("The certificate bundle %1 cannot be read: %2").arg(path, file.errorString()));
    }
    // A bundle is a few certificates; anything past 4 MiB is not one.
    const QByteArray pem = file.read(4 * 1024 * 1024);
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (certificates.isEmpty()) {
        return failure(tr("The certificate bundle %1 holds no PEM certificate.").arg(path));
    }
    return certificates;
}

QSslConfiguration TlsTrust::configuration(const QList<QSslCertificate>& extra)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!extra.isEmpty())
        config.addCaCertificates(extra);
    return config;
}

} // namespace vt::net
