#include "PasswordHasher.h"

#include "common/Error.h"

#include <QByteArray>
#include <sodium.h>

namespace loket {

namespace {

void ensureSodium()
{
    if (sodium_init() < 0)
        throw Error::storage(QStringLiteral("libsodium could not be initialised"));
}

} // namespace

QString PasswordHasher::hash(const QString &password)
{
    ensureSodium();
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                         crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        throw Error::storage(QStringLiteral("password hashing ran out of memory"));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    ensureSodium();
    const QByteArray h = hash.toLatin1();
    QByteArray utf8 = password.toUtf8();
    const bool ok = crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return ok;
}

void PasswordHasher::burn(const QString &password)
{
    (void)hash(password);
}

} // namespace loket
