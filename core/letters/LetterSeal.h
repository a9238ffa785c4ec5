// The seal printed on a letter as a QR code: a compact token (format v1, documented in
// docs/letter-seal.md) that carries what a reader compares with the paper (number, date, subject,
// resident name), the SHA-256 of the letter's canonical content, the key id and an Ed25519
// signature over all of it. Anyone with the office's public keys verifies it offline.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace loket {

struct SealFields
{
    QByteArray letterId;     // 16 bytes (the letter's UUID)
    QDate date;              // issue date
    QByteArray keyId;        // 8 bytes: the first 8 bytes of SHA-256(public key)
    QByteArray contentHash;  // 32 bytes: SHA-256 of the canonical content
    QString number;
    QString subject;
    QString residentName;

    QString letterUuid() const;   // "0194…-…" as stored
    QString keyIdHex() const;
};

class LetterSeal
{
    Q_DECLARE_TR_FUNCTIONS(LetterSeal)

public:
    static constexpr int kVersion = 1;
    static constexpr int kMaxTextBytes = 255;   // number, subject and name each (longer is cut, with "…")

    // The bytes that are signed: a fixed ASCII context, then the body.
    static QByteArray signedMessage(const QByteArray &body);
    static QByteArray encodeBody(const SealFields &fields);
    // Throws Error::invalid when the bytes are not a v1 body.
    static SealFields decodeBody(const QByteArray &body);

    // body || signature, base64url without padding.
    static QString token(const QByteArray &body, const QByteArray &signature);
    // Splits a token (or a URL whose fragment is the token) into body and signature; throws
    // Error::invalid saying what is wrong when it is not a token of this format.
    static void split(const QString &tokenOrUrl, QByteArray *body, QByteArray *signature);

    static QByteArray keyIdOf(const QByteArray &publicKey);
    static bool verifySignature(const QByteArray &body, const QByteArray &signature, const QByteArray &publicKey);
    // Text cut to at most kMaxTextBytes of UTF-8 on a character boundary, "…" marking a cut.
    static QString fitted(const QString &text);
};

} // namespace loket
