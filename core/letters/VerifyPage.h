// The verification page (issue 13): one self-contained HTML file that checks a letter's seal in
// the reader's browser, from the office's public keys and revocations as they were when it was
// written. Its answers are those of `letter verify --keys` (docs/letter-seal.md).
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace loket {

struct VerifyPageResult
{
    QString file;          // DIR/index.html
    int keys = 0;
    int revoked = 0;
    QString exportedAt;    // the keys list's date, which the page shows
    QString verifyUrl;
    qint64 bytes = 0;
    QStringList warnings;  // written, but the office should know (no key yet, no https address)
};

class VerifyPage
{
    Q_DECLARE_TR_FUNCTIONS(VerifyPage)
public:
    static constexpr const char *kFileName = "index.html";

    // keys: a loket-keys/1 object (LetterService::exportKeys); emblem: the office's logo in any
    // image format Qt reads, or empty. Script and style are inlined and pinned by a
    // Content-Security-Policy of their hashes, so the page requests nothing from anywhere.
    static QByteArray html(const QJsonObject &keys, const QByteArray &emblem);

    // True when DIR/index.html exists and is not a page Loket wrote (the office's home page, say).
    static bool holdsOtherPage(const QString &dir);

    // Writes DIR/index.html atomically, readable by everyone (0644; folders it makes 0755: the
    // page is public), making DIR when missing and removing what it made when the write fails.
    // Throws Error::invalid when DIR is a file, or holds another index.html and replaceOther is
    // false; Error::storage when it cannot write.
    static VerifyPageResult write(const QString &dir, const QJsonObject &keys, const QByteArray &emblem, bool replaceOther = false);
};

} // namespace loket
