// The office's identity (letterhead), its counters (nodes) and its signers.
#pragma once

#include "auth/Session.h"
#include "storage/Store.h"

#include <QByteArray>
#include <QCoreApplication>

namespace loket {

class ChangeSet;

struct Office
{
    QString id;
    QString code;          // district code, e.g. 33.02.27
    QString name;          // KECAMATAN PURWOKERTO UTARA
    QString regencyName;   // KABUPATEN BANYUMAS
    QString unitCode;      // unit code in letter numbers, e.g. PU
    QString city;          // place in the date line, e.g. Purwokerto
    QString address;
    QString postalCode;
    QString phone;
    QString email;
    QString website;
    QStringList letterheadLines;
    QString logoSha256;
    QString statusUrl;     // where residents check a request's status (printed on receipts)
    QString onlineUrl;     // the online application's address (printed on the leaflet)
    QString verifyUrl;     // the letter verification page; a letter's QR holds it + "#" + the seal
    QString numberFormat = QStringLiteral("{klasifikasi}/{nomor:04}/{unit}/{tahun}");
    QString numberRegisters = QStringLiteral("per_code");   // per_code | office
};

struct Counter
{
    QString id;
    QString code;   // L1
    QString name;   // Loket 1
    bool active = true;
};

struct Signer
{
    QString id;
    QString fullName;
    QString nip;
    QString rankGrade;       // Pembina Tk. I (IV/b)
    QString title;           // Camat Purwokerto Utara, Sekretaris Camat
    QString delegation;      // "", "a.n.", "u.b.", "Plt.", "Plh."
    QString principalTitle;  // for a.n./u.b.: CAMAT PURWOKERTO UTARA
    QString userId;
    bool active = true;
};

class OfficeService
{
    Q_DECLARE_TR_FUNCTIONS(OfficeService)

public:
    explicit OfficeService(Store &store);

    // Reading the identity needs no role: it is printed on every receipt.
    Office office() const;
    QByteArray logo() const;
    void updateOffice(const Session &session, const Office &office);
    // Accepts PNG, JPEG or SVG-free raster images up to 2 MB; an empty array removes the logo.
    void setLogo(const Session &session, const QByteArray &image);

    QList<Counter> counters() const;
    QString addCounter(const Session &session, const Counter &counter);
    void updateCounter(const Session &session, const Counter &counter);

    QList<Signer> signers(bool includeInactive = true) const;
    QString addSigner(const Session &session, const Signer &signer);
    void updateSigner(const Session &session, const Signer &signer);

    static QStringList defaultLetterhead(const Office &office);
    // Used by initialisation inside its own change set.
    static QString insertOffice(ChangeSet &changes, const Office &office);
    static QString insertCounter(ChangeSet &changes, const Counter &counter);
    static QString insertSigner(ChangeSet &changes, const Signer &signer);

private:
    static void validate(const Office &office);
    static void validate(const Counter &counter);
    static void validate(const Signer &signer);

    Store &m_store;
};

} // namespace loket
