#pragma once

#include <QByteArray>
#include <QString>

namespace vt::server {

// Password hashes: Argon2id through libsodium's crypto_pwhash_str, with OWASP's minimum
// parameters (19 MiB of memory, 2 passes): memory-hard, and about 30 ms here, so hashing runs
// off the server's thread. The stored string carries its parameters, so stronger ones later
// still verify old hashes.
class Passwords final {
public:
    static constexpr unsigned long long opsLimit = 2;
    static constexpr std::size_t memLimit = 19u * 1024u * 1024u;

    // The encoded hash ("$argon2id$v=19$m=19456,t=2,p=1$..."), empty when out of memory.
    static QByteArray hash(const QString& password);
    static bool verify(const QByteArray& encodedHash, const QString& password);
    // A hash of a random password, to verify against when an account does not exist, so the
    // answer takes as long either way.
    static const QByteArray& decoy();
};

} // namespace vt::server
