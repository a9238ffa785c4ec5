// Letters from draft to register: drafting from the service's template, issuing (number, seal
// and archived PDF in one transaction, the only way a request becomes `signed`), verifying a
// seal offline, revoking a letter, voiding a spoiled number, printing through CUPS with every
// print logged, the register of issued letters, and the results written back for the online
// application. Signers' keys are made and exported here too.
#pragma once

#include "LetterContent.h"
#include "LetterNumber.h"
#include "LetterSeal.h"
#include "LetterTemplate.h"
#include "auth/Session.h"
#include "storage/Store.h"

#include <QCoreApplication>
#include <QImage>
#include <QJsonObject>
#include <memory>
#include <optional>

namespace loket {

class ChangeSet;
class IntakeService;
class OfficeService;

struct LetterDraft
{
    QString requestId;
    QString tracking;
    QString status;                  // the request's
    LetterTemplate tmpl;             // the version the draft uses
    QMap<QString, QString> fields;   // a value for each template field
    bool saved = false;              // false: the template's defaults, nothing edited yet
    QStringList emptyFields() const; // labels of fields still empty (a letter is not issued with gaps)
};

struct IssuedLetter
{
    QString id;
    QString tracking;
    QString number;
    QDate date;
    QString token;
    QString url;          // what the QR holds
    QString pdfSha256;
    int pages = 0;
};

struct LetterRecord
{
    QString id;
    QString number;
    QDate date;
    QString tracking;
    QString channel;
    QString serviceCode;
    QString subject;
    QString residentName;
    QString signerName;
    QString keyId;
    QString status;       // valid | revoked | voided
    QString reason;       // of a revocation or a void
    QString pdfSha256;
    int prints = 0;
    QJsonObject toJson() const;
};

struct LetterVerdict
{
    enum class Kind { Genuine, Altered, UnknownKey, Revoked };
    Kind kind = Kind::Altered;
    QString letterId;
    QString number;
    QDate date;
    QString subject;
    QString residentName;
    QString signerName;
    QString signerTitle;
    QString keyId;
    QString reason;       // revoked: why; altered: what was found
    QString revokedAt;
    QString source;       // token, pdf, image
    QString note;         // what the check covered, e.g. the seal only, or revocations known up to a date

    bool genuine() const { return kind == Kind::Genuine; }
    // asli, diubah atau palsu, kunci tidak dikenal, dicabut
    static QString label(Kind kind);
    static QString code(Kind kind);   // genuine, altered, unknown_key, revoked
    QJsonObject toJson() const;
};

struct PrintResult
{
    QString printId;
    int jobId = 0;
    bool reprint = false;
    QString printer;
};

struct OnlineExportResult
{
    int requests = 0;
    int events = 0;
    int letters = 0;
    QStringList files;
};

class LetterService
{
    Q_DECLARE_TR_FUNCTIONS(LetterService)

public:
    LetterService(Store &store, IntakeService &intake, OfficeService &office);
    ~LetterService();

    // Where numbers come from (standalone: the local register; the sync layer sets the hub's).
    void setAllocator(std::unique_ptr<NumberAllocator> allocator);

    // --- templates (reading needs a signed-in user; saving an administrator)
    static QList<LetterTemplate> bundledTemplates();
    static void seedTemplates(ChangeSet &changes);   // the bundled version 1 of each missing service
    QList<LetterTemplate> templates(const Session &session) const;   // the latest of each service
    QList<LetterTemplate> templateHistory(const Session &session, const QString &serviceCode) const;
    LetterTemplate saveTemplate(const Session &session, LetterTemplate tmpl);   // a new version
    // A template (saved or not) drawn for a real request, for the editor's live preview.
    QByteArray templatePreviewPdf(const Session &session, const LetterTemplate &tmpl, const QString &tracking) const;

    // --- keys
    // A new key for the signer linked to the session's user; an older key is retired (it still
    // verifies the letters it sealed). Returns the key id.
    QString generateKey(const Session &session, const QString &passphrase);
    bool hasKey(const Session &session) const;
    // The office's public keys and revocations (format loket-keys/1), for other verifiers.
    QJsonObject exportKeys() const;

    // --- drafting (verifier)
    LetterDraft draft(const Session &session, const QString &tracking) const;
    // From `verified` this is the "process" step (Siapkan surat): the draft is saved and the request
    // moves to in_process together. In process, it updates the free parts. Unknown field names are
    // refused by name; fields not given keep their values.
    LetterDraft saveDraft(const Session &session, const QString &tracking, const QMap<QString, QString> &fields);
    // The draft as it will look (number and seal come at signing), marked KONSEP; `edits` are
    // field values typed but not saved yet (the editor's live preview).
    QByteArray draftPdf(const Session &session, const QString &tracking, int *pages = nullptr,
                        const QMap<QString, QString> &edits = {}) const;

    // --- issuing (signer)
    // Signs and issues the letters of the requests awaiting signature, each in its own transaction
    // (a failure leaves the others issued). The passphrase opens the key once, before anything is
    // written: a wrong one issues nothing and takes no number. `failures` gets "TRACKING: reason".
    QList<IssuedLetter> issue(const Session &session, const QStringList &trackings, const QString &passphrase,
                              QStringList *failures = nullptr);
    IssuedLetter issueOne(const Session &session, const QString &tracking, const QString &passphrase);

    // --- verifying (no log-in): with the local database's keys, or a keys file's when given.
    LetterVerdict verifyToken(const QString &tokenOrUrl, const std::optional<QJsonObject> &keys = std::nullopt) const;
    LetterVerdict verifyPdf(const QByteArray &pdf, const std::optional<QJsonObject> &keys = std::nullopt) const;
    LetterVerdict verifyImage(const QImage &image, const std::optional<QJsonObject> &keys = std::nullopt) const;
    // A token, URL, PDF file or image file: decides by what it is. Throws Error::invalid for a
    // file that is neither, or holds no seal.
    LetterVerdict verify(const QString &tokenUrlOrFile, const std::optional<QJsonObject> &keys = std::nullopt) const;

    // --- after issue
    void revoke(const Session &session, const QString &letterId, const QString &reason);
    void voidNumber(const Session &session, const QString &number, const QString &reason);
    PrintResult print(const Session &session, const QString &letterId, const QString &printer, int copies);
    // What print() sends next: the archived PDF the first time, a SALINAN copy after that.
    struct PrintPdf
    {
        QByteArray pdf;
        QString paper;   // A4 or F4
        bool reprint = false;
    };
    PrintPdf printPdf(const Session &session, const QString &letterId) const;
    QByteArray letterPdf(const Session &session, const QString &letterId) const;   // the archived PDF
    LetterRecord letter(const Session &session, const QString &letterIdOrNumber) const;
    // Issued letters, newest first; dates inclusive; search in number, name, tracking, subject.
    // limit is at most kRegisterMax: a whole year's register of a kecamatan fits many times over.
    static constexpr int kRegisterMax = 100000;
    QList<LetterRecord> list(const Session &session, const QDate &from, const QDate &to, const QString &search = {},
                             int limit = 1000) const;
    // The valid letter of a request, if any.
    std::optional<LetterRecord> currentLetter(const Session &session, const QString &tracking) const;
    static QString registerCsv(const QList<LetterRecord> &letters);

    // --- the way back to the online application (format loket-online-result/1)
    OnlineExportResult exportOnline(const Session &session, const QString &dir);

private:
    // date: the letter's date; invalid for a draft (today).
    LetterContent buildContent(const Session &session, const LetterDraft &draft, const QString &signerId,
                               const QString &number = {}, const QDate &date = {}) const;
    LetterDraft draftIn(const QSqlDatabase &db, const Session &session, const QString &tracking) const;
    LetterVerdict verifyParsed(const QString &token, const std::optional<QJsonObject> &keys, const QString &source) const;
    IssuedLetter issueWith(const Session &session, const QString &tracking, const class UnsealedKey &key, const QString &signerId);
    void afterWithdrawal(ChangeSet &changes, const QString &letterId, const QString &note);

    Store &m_store;
    IntakeService &m_intake;
    OfficeService &m_office;
    std::unique_ptr<NumberAllocator> m_allocator;
};

} // namespace loket
