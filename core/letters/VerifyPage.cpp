#include "VerifyPage.h"

#include "common/Error.h"
#include "print/PrintoutService.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace loket {

namespace {

QString resource(const QString &path)
{
    QFile f(QStringLiteral(":/verify-page/") + path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error::storage(VerifyPage::tr("Bagian halaman verifikasi %1 tidak ada dalam program.").arg(path));
    // The CSP hashes are over the text as the browser sees it, after it drops carriage returns.
    return QString::fromUtf8(f.readAll()).remove(u'\r');
}

// Text put inside <script> or <style> must not end the element early.
QString rawText(const QString &text, const QString &name)
{
    if (text.contains(QStringLiteral("</") + name, Qt::CaseInsensitive) || text.contains(QStringLiteral("<!--")))
        throw Error::invalid(VerifyPage::tr("Isi halaman verifikasi tidak dapat disisipkan (%1).").arg(name));
    return text;
}

QString cspHash(const QString &text)
{
    return QStringLiteral("'sha256-%1'")
        .arg(QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toBase64()));
}

QString emblemTag(const QByteArray &image)
{
    QImage img = QImage::fromData(image);
    if (img.isNull())
        return {};
    if (img.height() > 160)
        img = img.scaledToHeight(160, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return QStringLiteral("<img class=\"emblem\" alt=\"\" src=\"data:image/png;base64,%1\">").arg(QString::fromLatin1(png.toBase64()));
}

// Only the fields the page uses: it is public, and a revocation's number is not needed to find it.
QJsonArray only(const QJsonArray &items, const QStringList &fields)
{
    QJsonArray out;
    for (const QJsonValue &v : items) {
        QJsonObject o;
        for (const QString &f : fields)
            o.insert(f, v.toObject().value(f));
        out.append(o);
    }
    return out;
}

// The folders of path that do not exist yet, outermost first.
QStringList missingFolders(const QString &path)
{
    QStringList out;
    for (QFileInfo f(QFileInfo(path).absoluteFilePath()); !f.exists() && !f.isRoot(); f = QFileInfo(f.absolutePath()))
        out.prepend(f.absoluteFilePath());
    return out;
}

constexpr auto kGenerator = "<meta name=\"generator\" content=\"Loket\">";

} // namespace

QByteArray VerifyPage::html(const QJsonObject &keys, const QByteArray &emblem)
{
    const QJsonObject data{
        {QStringLiteral("office"), keys.value(QStringLiteral("office"))},
        {QStringLiteral("exported_at"), keys.value(QStringLiteral("exported_at"))},
        {QStringLiteral("keys"), only(keys.value(QStringLiteral("keys")).toArray(),
                                      {QStringLiteral("key_id"), QStringLiteral("public_key"), QStringLiteral("signer"),
                                       QStringLiteral("title"), QStringLiteral("delegation"), QStringLiteral("principal_title")})},
        {QStringLiteral("revoked"), only(keys.value(QStringLiteral("revoked")).toArray(),
                                         {QStringLiteral("letter_id"), QStringLiteral("reason"), QStringLiteral("revoked_at")})}};
    // JSON only has '<' inside strings, where \u003c means the same: no "</script" can appear.
    const QString json = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)).replace(u'<', QStringLiteral("\\u003c"));
    const QString style = rawText(resource(QStringLiteral("page.css")), QStringLiteral("style"));
    const QString noble = rawText(QStringLiteral("/*! @noble/ed25519 3.2.0 (vendored unchanged below)\n%1*/\n%2\n"
                                                 "globalThis.loketNoble = Object.freeze({ verifyAsync });\n")
                                      .arg(resource(QStringLiteral("vendor/noble-ed25519/LICENSE")).replace(QStringLiteral("*/"), QStringLiteral("* /")),
                                           resource(QStringLiteral("vendor/noble-ed25519/index.js"))),
                                  QStringLiteral("script"));
    const QString script = rawText(resource(QStringLiteral("page.js")), QStringLiteral("script"));
    const QString csp = QStringLiteral("default-src 'none'; script-src %1 %2; style-src %3; img-src data:; base-uri 'none'; "
                                       "form-action 'none'")
                            .arg(cspHash(noble), cspHash(script), cspHash(style));
    const QHash<QString, QString> parts{
        {QStringLiteral("CSP"), csp},
        {QStringLiteral("OFFICE"), keys.value(QStringLiteral("office")).toString().toHtmlEscaped()},
        {QStringLiteral("STYLE"), style},
        {QStringLiteral("EMBLEM"), emblemTag(emblem)},
        {QStringLiteral("DATA"), json},
        {QStringLiteral("NOBLE"), noble},
        {QStringLiteral("SCRIPT"), script},
    };
    // One pass over the template: a part's own text is never searched for markers.
    const QString page = resource(QStringLiteral("page.html"));
    static const QRegularExpression marker(QStringLiteral("@([A-Z]+)@"));
    QString out;
    qsizetype at = 0;
    for (auto it = marker.globalMatch(page); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(page).mid(at, m.capturedStart() - at);
        out += parts.value(m.captured(1), m.captured(0));
        at = m.capturedEnd();
    }
    out += QStringView(page).mid(at);
    return out.toUtf8();
}

bool VerifyPage::holdsOtherPage(const QString &dir)
{
    QFile existing(QDir(dir).filePath(QString::fromLatin1(kFileName)));
    if (!existing.exists())
        return false;
    return !existing.open(QIODevice::ReadOnly) || !existing.read(4096).contains(kGenerator);
}

VerifyPageResult VerifyPage::write(const QString &dir, const QJsonObject &keys, const QByteArray &emblem, bool replaceOther)
{
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        throw Error::invalid(tr("%1 adalah berkas, bukan folder.").arg(dir));
    if (!replaceOther && holdsOtherPage(dir))
        throw Error::invalid(tr("Folder %1 sudah berisi index.html yang bukan halaman verifikasi Loket; pilih folder lain "
                                "atau ganti berkas itu dengan sengaja (--force).").arg(dir));
    VerifyPageResult r;
    const QByteArray bytes = html(keys, emblem);   // before anything is made on disk
    const QStringList made = missingFolders(dir);
    const auto removeMade = [&made] {
        if (!made.isEmpty())
            QDir(made.first()).removeRecursively();
    };
    if (!QDir().mkpath(dir)) {
        removeMade();   // a parent made before the failure is not left behind
        throw Error::storage(tr("Folder %1 tidak dapat dibuat.").arg(dir));
    }
    r.file = QDir(dir).filePath(QString::fromLatin1(kFileName));
    constexpr QFile::Permissions world = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    constexpr QFile::Permissions walkable = world | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    try {
        PrintoutService::writeFile(r.file, bytes);
        // The page is public by design: a web server running as another user must read it.
        QFile::setPermissions(r.file, world);
        for (const QString &folder : made)
            QFile::setPermissions(folder, walkable);
    } catch (const Error &) {
        removeMade();
        throw;
    }
    r.keys = int(keys.value(QStringLiteral("keys")).toArray().size());
    r.revoked = int(keys.value(QStringLiteral("revoked")).toArray().size());
    r.exportedAt = keys.value(QStringLiteral("exported_at")).toString();
    r.verifyUrl = keys.value(QStringLiteral("verify_url")).toString();
    r.bytes = bytes.size();
    if (r.keys == 0)
        r.warnings << tr("Belum ada kunci tanda tangan: halaman ini belum dapat mengesahkan surat apa pun.");
    if (r.verifyUrl.isEmpty())
        r.warnings << tr("Alamat verifikasi kantor belum diisi, sehingga kode QR surat belum menunjuk ke halaman ini "
                         "(letter settings --verify-url).");
    else if (!r.verifyUrl.startsWith(QStringLiteral("https://"), Qt::CaseInsensitive))
        r.warnings << tr("Alamat verifikasi %1 bukan https://: peramban hanya memeriksa tanda tangan di halaman https:// "
                         "atau yang dibuka dari berkasnya.").arg(r.verifyUrl);
    return r;
}

} // namespace loket
