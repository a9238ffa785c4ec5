#include "LetterSeal.h"

#include "common/Error.h"

#include <QCryptographicHash>
#include <QUrl>
#include <QUuid>
#include <QtEndian>
#include <sodium.h>

namespace loket {

namespace {

const QByteArray kContext = QByteArrayLiteral("LOKET-SEAL-1\n");

void appendText(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = LetterSeal::fitted(text).toUtf8();
    out.append(char(quint8(utf8.size())));
    out.append(utf8);
}

QString takeText(const QByteArray &body, int &pos)
{
    if (pos >= body.size())
        throw Error::invalid(LetterSeal::tr("Segel terpotong."));
    const int n = quint8(body.at(pos++));
    if (pos + n > body.size())
        throw Error::invalid(LetterSeal::tr("Segel terpotong."));
    const QByteArray utf8 = body.mid(pos, n);
    pos += n;
    const QString text = QString::fromUtf8(utf8);
    if (text.toUtf8() != utf8)
        throw Error::invalid(LetterSeal::tr("Segel memuat teks yang bukan UTF-8."));
    return text;
}

} // namespace

QString SealFields::letterUuid() const
{
    return QUuid::fromRfc4122(letterId).toString(QUuid::WithoutBraces);
}

QString SealFields::keyIdHex() const
{
    return QString::fromLatin1(keyId.toHex());
}

QString LetterSeal::fitted(const QString &text)
{
    if (text.toUtf8().size() <= kMaxTextBytes)
        return text;
    const QString ellipsis = QStringLiteral("…");
    QString cut;
    for (const QChar c : text) {
        // Never split a surrogate pair: add both halves together.
        if (c.isLowSurrogate() && !cut.isEmpty() && cut.back().isHighSurrogate()) {
            cut.append(c);
            continue;
        }
        if ((cut + c + ellipsis).toUtf8().size() > kMaxTextBytes)
            break;
        cut.append(c);
    }
    if (!cut.isEmpty() && cut.back().isHighSurrogate())
        cut.chop(1);
    return cut + ellipsis;
}

QByteArray LetterSeal::signedMessage(const QByteArray &body)
{
    return QByteArray(kContext + body);
}

QByteArray LetterSeal::encodeBody(const SealFields &f)
{
    if (f.letterId.size() != 16 || f.keyId.size() != 8 || f.contentHash.size() != 32 || !f.date.isValid())
        throw Error::invalid(tr("Data segel tidak lengkap."));
    QByteArray out;
    out.append(char(kVersion));
    out.append(f.letterId);
    const quint32 ymd = quint32(f.date.year() * 10000 + f.date.month() * 100 + f.date.day());
    char date[4];
    qToBigEndian(ymd, date);
    out.append(date, 4);
    out.append(f.keyId);
    out.append(f.contentHash);
    appendText(out, f.number);
    appendText(out, f.subject);
    appendText(out, f.residentName);
    return out;
}

SealFields LetterSeal::decodeBody(const QByteArray &body)
{
    if (body.isEmpty() || quint8(body.at(0)) != kVersion)
        throw Error::invalid(tr("Versi segel tidak dikenal."));
    if (body.size() < 1 + 16 + 4 + 8 + 32 + 3)
        throw Error::invalid(tr("Segel terpotong."));
    SealFields f;
    int pos = 1;
    f.letterId = body.mid(pos, 16);
    pos += 16;
    const quint32 ymd = qFromBigEndian<quint32>(body.constData() + pos);
    pos += 4;
    f.date = QDate(int(ymd / 10000), int(ymd / 100 % 100), int(ymd % 100));
    if (!f.date.isValid())
        throw Error::invalid(tr("Tanggal dalam segel tidak sah."));
    f.keyId = body.mid(pos, 8);
    pos += 8;
    f.contentHash = body.mid(pos, 32);
    pos += 32;
    f.number = takeText(body, pos);
    f.subject = takeText(body, pos);
    f.residentName = takeText(body, pos);
    if (pos != body.size())
        throw Error::invalid(tr("Segel memuat data berlebih."));
    return f;
}

QString LetterSeal::token(const QByteArray &body, const QByteArray &signature)
{
    return QString::fromLatin1(QByteArray(body + signature).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void LetterSeal::split(const QString &tokenOrUrl, QByteArray *body, QByteArray *signature)
{
    QString token = tokenOrUrl.trimmed();
    if (token.size() > 4096)
        throw Error::invalid(tr("Teks terlalu panjang untuk sebuah segel surat."));
    const qsizetype hash = token.indexOf(u'#');
    if (hash >= 0)
        token = token.mid(hash + 1);
    for (const QChar c : std::as_const(token))
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_')
            throw Error::invalid(tr("Bukan segel surat Loket: memuat karakter \"%1\".").arg(c));
    const auto decoded = QByteArray::fromBase64Encoding(token.toLatin1(), QByteArray::Base64UrlEncoding
                                                                              | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() < crypto_sign_BYTES + 1)
        throw Error::invalid(tr("Bukan segel surat Loket."));
    // Only the one canonical spelling of the bytes is a token: a last character that differs only
    // in its unused bits decodes to the same bytes, and must not verify as the same token.
    if (decoded.decoded.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) != token.toLatin1())
        throw Error::invalid(tr("Segel tidak ditulis dalam bentuk bakunya."));
    *body = decoded.decoded.left(decoded.decoded.size() - crypto_sign_BYTES);
    *signature = decoded.decoded.right(crypto_sign_BYTES);
}

QByteArray LetterSeal::keyIdOf(const QByteArray &publicKey)
{
    return QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(8);
}

bool LetterSeal::verifySignature(const QByteArray &body, const QByteArray &signature, const QByteArray &publicKey)
{
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    const QByteArray message = signedMessage(body);
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()),
                                       quint64(message.size()),
                                       reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

} // namespace loket
