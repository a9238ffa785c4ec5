// A signer's Ed25519 key pair (libsodium). The secret key exists unencrypted only in locked,
// zeroed-on-free memory while a letter is being signed; at rest it is sealed with a key derived
// from the signer's passphrase by Argon2id. The passphrase itself is never stored.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <memory>

namespace loket {

struct SealedKey
{
    QString keyId;          // hex of the first 8 bytes of SHA-256(public key)
    QByteArray publicKey;   // 32 bytes
    QByteArray sealedSecret;   // nonce || secretbox(secret key)
    QByteArray salt;
    qint64 opsLimit = 0;
    qint64 memLimit = 0;
};

// The unsealed secret key, held in sodium_malloc'd memory and wiped when destroyed.
class UnsealedKey
{
    Q_DECLARE_TR_FUNCTIONS(UnsealedKey)

public:
    UnsealedKey(const UnsealedKey &) = delete;
    UnsealedKey &operator=(const UnsealedKey &) = delete;
    ~UnsealedKey();

    // Throws Error::auth when the passphrase does not open the key (nothing else is said).
    static std::unique_ptr<UnsealedKey> unseal(const SealedKey &key, const QString &passphrase);
    const QString &keyId() const { return m_keyId; }
    QByteArray sign(const QByteArray &message) const;

private:
    UnsealedKey() = default;
    unsigned char *m_secret = nullptr;
    QString m_keyId;
};

class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(SigningKey)

public:
    static constexpr int kMinPassphrase = 10;
    // A fresh key pair sealed with passphrase; throws Error::invalid for a passphrase too short.
    static SealedKey generate(const QString &passphrase);
};

} // namespace loket
