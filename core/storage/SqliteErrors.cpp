#include "SqliteErrors.h"

#include "common/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>
#include <unistd.h>

namespace loket {

namespace {

// SQLite's primary result codes (sqlite3.h); Qt reports them as the native error code.
constexpr int kPerm = 3;
constexpr int kBusy = 5;
constexpr int kLocked = 6;
constexpr int kReadOnly = 8;
constexpr int kIoErr = 10;
constexpr int kCorrupt = 11;
constexpr int kFull = 13;
constexpr int kCantOpen = 14;
constexpr int kAuth = 23;
constexpr int kNotADb = 26;

bool writable(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

bool readable(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), R_OK) == 0;
}

// Less than this left on the file system: an I/O error there is taken for a full disk.
constexpr qint64 kNearlyFull = 512 * 1024;

bool diskFull(const QString &folder)
{
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < kNearlyFull;
}

} // namespace

QString SqliteErrors::explain(const QSqlError &error, const QString &databasePath)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return {};
    return explain(code, error.databaseText().isEmpty() ? error.text() : error.databaseText(), databasePath);
}

QString SqliteErrors::explain(int sqliteCode, const QString &sqliteText, const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QString folder = info.absolutePath();
    const QString detail = QStringLiteral(" (SQLite: %1)").arg(sqliteText.trimmed());
    switch (sqliteCode & 0xff) {
    case kFull:
        return tr("Disk penuh: basis data %1 tidak dapat ditulis karena ruang di %2 sudah habis. Kosongkan ruang "
                  "disk (pindahkan atau hapus berkas yang tidak perlu, misalnya cadangan lama), lalu ulangi. "
                  "Perubahan ini tidak disimpan.").arg(databasePath, folder) + detail;
    case kIoErr:
        if (diskFull(folder))
            return tr("Disk penuh: basis data %1 tidak dapat ditulis karena ruang di %2 sudah habis. Kosongkan "
                      "ruang disk (pindahkan atau hapus berkas yang tidak perlu, misalnya cadangan lama), lalu "
                      "ulangi. Perubahan ini tidak disimpan.").arg(databasePath, folder) + detail;
        return tr("Kesalahan baca/tulis disk pada basis data %1. Disk mungkin rusak, terlepas atau penuh. Periksa "
                  "disk dan ruang kosongnya; bila disk rusak, pulihkan basis data dari cadangan "
                  "(loket-cli restore).").arg(databasePath) + detail;
    case kReadOnly:
        return tr("Basis data %1 hanya dapat dibaca: berkasnya atau folder %2 tidak dapat ditulis oleh pengguna "
                  "ini. Berikan hak tulis pada berkas dan folder itu (pemiliknya harus pengguna yang menjalankan "
                  "Loket) atau pakai basis data di folder lain (--db).").arg(databasePath, folder) + detail;
    case kPerm:
    case kAuth:
        return tr("Akses ke basis data %1 ditolak. Periksa pemilik dan hak akses berkas itu dan folder %2.")
                   .arg(databasePath, folder) + detail;
    case kCantOpen:
        if (!QFileInfo::exists(folder))
            return tr("Basis data %1 tidak dapat dibuka: folder %2 tidak ada. Buat folder itu atau pakai --db "
                      "dengan lokasi yang benar.").arg(databasePath, folder) + detail;
        if (!writable(folder))
            return tr("Basis data %1 tidak dapat dibuka: folder %2 tidak dapat ditulis oleh pengguna ini (folder "
                      "hanya-baca atau milik pengguna lain; SQLite perlu membuat berkas -wal dan -shm di sana). "
                      "Berikan hak tulis pada folder itu atau pakai basis data di folder lain (--db).")
                       .arg(databasePath, folder) + detail;
        if (info.exists() && !readable(databasePath))
            return tr("Basis data %1 tidak dapat dibuka: berkas itu tidak dapat dibaca oleh pengguna ini. Periksa "
                      "pemilik dan hak akses berkasnya.").arg(databasePath) + detail;
        return tr("Basis data %1 tidak dapat dibuka. Periksa bahwa disk terpasang dan folder %2 dapat ditulis.")
                   .arg(databasePath, folder) + detail;
    case kNotADb:
    case kCorrupt:
        return tr("Berkas %1 bukan basis data Loket atau sudah rusak. Bila ini memang basis data loket, "
                  "pulihkan dari cadangan (loket-cli restore).").arg(databasePath) + detail;
    case kBusy:
    case kLocked:
        return tr("Basis data %1 dikunci terlalu lama oleh program lain. Tunggu sebentar lalu ulangi; bila terus "
                  "terjadi, tutup program Loket lain yang memakai basis data ini.").arg(databasePath) + detail;
    default:
        return {};
    }
}

void SqliteErrors::checkWritable(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QString folder = info.absolutePath();
    if (!writable(folder))
        throw Error::storage(tr("Basis data %1 tidak dapat dibuka: folder %2 tidak dapat ditulis oleh pengguna ini "
                                "(folder hanya-baca atau milik pengguna lain; SQLite perlu membuat berkas -wal dan "
                                "-shm di sana). Berikan hak tulis pada folder itu atau pakai basis data di folder "
                                "lain (--db).").arg(databasePath, folder));
    if (info.exists() && (!readable(databasePath) || !writable(databasePath)))
        throw Error::storage(tr("Basis data %1 tidak dapat dibuka: berkas itu tidak dapat dibaca atau ditulis oleh "
                                "pengguna ini. Periksa pemilik dan hak aksesnya (pemiliknya harus pengguna yang "
                                "menjalankan Loket).").arg(databasePath));
}

} // namespace loket
