#include "SigningKey.h"

#include "LetterSeal.h"
#include "common/Error.h"

#include <sodium.h>

namespace loket {

namespace {

void ensureSodium()
{
    if (sodium_init() < 0)
        throw Error::storage(SigningKey::tr("Pustaka kriptografi (libsodium) tidak dapat dimulai."));
}

// The secretbox key derived from the passphrase, in guarded memory.
struct DerivedKey
{
    unsigned char *bytes = static_cast<unsigned char *>(sodium_malloc(crypto_secretbox_KEYBYTES));
    ~DerivedKey() { sodium_free(bytes); }
};

void derive(DerivedKey &out, const QString &passphrase, const QByteArray &salt, qint64 ops, qint64 mem)
{
    if (!out.bytes)
        throw Error::storage(SigningKey::tr("Memori terkunci untuk kunci tidak tersedia."));
    const QByteArray utf8 = passphrase.toUtf8();
    if (salt.size() != crypto_pwhash_SALTBYTES || ops < qint64(crypto_pwhash_OPSLIMIT_MIN) || mem < qint64(crypto_pwhash_MEMLIMIT_MIN)
        || mem > qint64(1) << 31 || ops > qint64(crypto_pwhash_OPSLIMIT_SENSITIVE))   // a tampered row must not hang signing
        throw Error::invalid(SigningKey::tr("Parameter kunci tanda tangan tidak sah."));
    if (crypto_pwhash(out.bytes, crypto_secretbox_KEYBYTES, utf8.constData(), quint64(utf8.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), quint64(ops), size_t(mem),
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw Error::storage(SigningKey::tr("Memori tidak cukup untuk membuka kunci tanda tangan."));
}

} // namespace

SealedKey SigningKey::generate(const QString &passphrase)
{
    ensureSodium();
    if (passphrase.size() < kMinPassphrase)
        throw Error::invalid(tr("Frasa sandi tanda tangan paling sedikit %1 karakter.").arg(kMinPassphrase));
    SealedKey key;
    key.opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    key.memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    key.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(key.salt.data(), size_t(key.salt.size()));

    key.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    unsigned char *secret = static_cast<unsigned char *>(sodium_malloc(crypto_sign_SECRETKEYBYTES));
    if (!secret)
        throw Error::storage(tr("Memori terkunci untuk kunci tidak tersedia."));
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(key.publicKey.data()), secret);

    DerivedKey box;
    try {
        derive(box, passphrase, key.salt, key.opsLimit, key.memLimit);
    } catch (...) {
        sodium_free(secret);
        throw;
    }
    QByteArray sealed(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + crypto_sign_SECRETKEYBYTES, '\0');
    auto *nonce = reinterpret_cast<unsigned char *>(sealed.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, secret, crypto_sign_SECRETKEYBYTES, nonce, box.bytes);
    sodium_free(secret);
    key.sealedSecret = sealed;
    key.keyId = QString::fromLatin1(LetterSeal::keyIdOf(key.publicKey).toHex());
    return key;
}

UnsealedKey::~UnsealedKey()
{
    sodium_free(m_secret);
}

std::unique_ptr<UnsealedKey> UnsealedKey::unseal(const SealedKey &key, const QString &passphrase)
{
    ensureSodium();
    if (key.sealedSecret.size() != int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + crypto_sign_SECRETKEYBYTES)
        || key.publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        throw Error::storage(tr("Kunci tanda tangan %1 rusak.").arg(key.keyId));
    DerivedKey box;
    derive(box, passphrase, key.salt, key.opsLimit, key.memLimit);
    std::unique_ptr<UnsealedKey> out(new UnsealedKey);
    out->m_secret = static_cast<unsigned char *>(sodium_malloc(crypto_sign_SECRETKEYBYTES));
    if (!out->m_secret)
        throw Error::storage(tr("Memori terkunci untuk kunci tidak tersedia."));
    const auto *nonce = reinterpret_cast<const unsigned char *>(key.sealedSecret.constData());
    if (crypto_secretbox_open_easy(out->m_secret, nonce + crypto_secretbox_NONCEBYTES,
                                   crypto_secretbox_MACBYTES + crypto_sign_SECRETKEYBYTES, nonce, box.bytes) != 0)
        throw Error::auth(tr("Frasa sandi tanda tangan salah."));
    // The secret key holds its public half: it must be the key on record.
    if (QByteArray(reinterpret_cast<const char *>(out->m_secret) + crypto_sign_SEEDBYTES, crypto_sign_PUBLICKEYBYTES) != key.publicKey)
        throw Error::storage(tr("Kunci tanda tangan %1 tidak cocok dengan kunci publiknya.").arg(key.keyId));
    out->m_keyId = key.keyId;
    return out;
}

QByteArray UnsealedKey::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()), m_secret);
    return signature;
}

} // namespace loket
