// Argon2id password hashes through libsodium's crypto_pwhash_str (salt and limits inside the string).
#pragma once

#include <QString>

namespace loket {

class PasswordHasher
{
public:
    static QString hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);
    // A hash made with the same limits, used to spend the same time on unknown user names.
    static void burn(const QString &password);
};

} // namespace loket
