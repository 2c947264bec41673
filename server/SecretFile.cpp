#include "SecretFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

namespace vt::server {

Result<QByteArray> loadOrCreateSecret(const QString& path)
{
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            return failure(
                QStringLiteral("cannot read the secret %1: %2").arg(path, existing.errorString()));
        }
        const QByteArray secret = existing.readAll().trimmed();
        if (secret.size() < 32) {
            return failure(QStringLiteral("the secret in %1 is shorter than 32 bytes").arg(path));
        }
        return secret;
    }
    QByteArray random(32, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(random.data()), 8);
    const QByteArray secret
        = random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QSaveFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly)) {
        return failure(
            QStringLiteral("cannot create the secret %1: %2").arg(path, file.errorString()));
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(secret + '\n');
    if (!file.commit()) {
        return failure(
            QStringLiteral("cannot create the secret %1: %2").arg(path, file.errorString()));
    }
    return secret;
}

} // namespace vt::server
