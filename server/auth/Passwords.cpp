#include "Passwords.h"

#include <sodium.h>

#include <QRandomGenerator>

namespace vt::server {
namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

QByteArray Passwords::hash(const QString& password)
{
    if (!sodiumReady())
        return {};
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(crypto_pwhash_STRBYTES, '\0');
    if (crypto_pwhash_str(out.data(), utf8.constData(),
            static_cast<unsigned long long>(utf8.size()), opsLimit, memLimit)
        != 0)
        return {};
    out.truncate(qstrnlen(out.constData(), out.size()));
    return out;
}

bool Passwords::verify(const QByteArray& encodedHash, const QString& password)
{
    if (!sodiumReady() || encodedHash.isEmpty() || encodedHash.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    QByteArray terminated = encodedHash;
    terminated.append('\0');
    return crypto_pwhash_str_verify(terminated.constData(), utf8.constData(),
               static_cast<unsigned long long>(utf8.size()))
        == 0;
}

const QByteArray& Passwords::decoy()
{
    static const QByteArray hashOfNothing = [] {
        QByteArray random(24, '\0');
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(random.data()), 6);
        return hash(QString::fromLatin1(random.toBase64()));
    }();
    return hashOfNothing;
}

} // namespace vt::server
