// Network file systems are refused for the database; detection is tested with injected mount tables.
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/MountTable.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace loket;

namespace {

const char *kMountInfo =
    "22 1 252:0 / / rw,relatime shared:1 - ext4 /dev/vda rw\n"
    "40 22 0:35 / /srv/share rw,relatime shared:20 - nfs4 fileserver:/export rw,vers=4.2\n"
    "41 22 0:36 / /mnt/kantor\\040pusat rw,relatime shared:21 - cifs //nas/arsip rw,vers=3.0\n"
    "42 40 252:1 / /srv/share/local rw,relatime shared:22 - ext4 /dev/vdb rw\n";

} // namespace

TEST_CASE("The mount table is parsed from mountinfo and from /proc/mounts")
{
    const auto m = MountTable::parse(QString::fromLatin1(kMountInfo));
    REQUIRE(m.size() == 4);
    CHECK(m[1].fsType == QStringLiteral("nfs4"));
    CHECK(m[2].mountPoint == QStringLiteral("/mnt/kantor pusat"));
    const auto p = MountTable::parse(QStringLiteral("//nas/x /mnt/x cifs rw 0 0\n"));
    REQUIRE(p.size() == 1);
    CHECK(p[0].fsType == QStringLiteral("cifs"));
}

TEST_CASE("Paths under NFS or CIFS mounts are detected - local ones are not")
{
    const auto m = MountTable::parse(QString::fromLatin1(kMountInfo));
    CHECK(MountTable::mountFor(QStringLiteral("/srv/share/loket/loket.db"), m)->fsType == QStringLiteral("nfs4"));
    CHECK(MountTable::mountFor(QStringLiteral("/mnt/kantor pusat/l1.db"), m)->fsType == QStringLiteral("cifs"));
    CHECK(MountTable::mountFor(QStringLiteral("/srv/share/local/loket.db"), m)->fsType == QStringLiteral("ext4"));
    CHECK(MountTable::mountFor(QStringLiteral("/srv/shared.db"), m)->fsType == QStringLiteral("ext4"));
    CHECK_THROWS_AS(MountTable::refuseNetworkPath(QStringLiteral("/srv/share/loket.db"), m), Error);
    CHECK_NOTHROW(MountTable::refuseNetworkPath(QStringLiteral("/home/petugas/loket.db"), m));
    CHECK(MountTable::isNetworkFileSystem(QStringLiteral("fuse.sshfs")));
    CHECK_FALSE(MountTable::isNetworkFileSystem(QStringLiteral("btrfs")));
}

TEST_CASE("Opening a database on a network share is refused with a message and creates nothing")
{
    QTemporaryDir dir;
    const QString shareDir = dir.filePath(QStringLiteral("share"));
    QDir().mkpath(shareDir);
    QFile table(dir.filePath(QStringLiteral("mountinfo")));
    REQUIRE(table.open(QIODevice::WriteOnly));
    table.write(QStringLiteral("22 1 252:0 / / rw - ext4 /dev/vda rw\n"
                               "50 22 0:40 / %1 rw - nfs fileserver:/loket rw\n").arg(QDir(shareDir).canonicalPath()).toUtf8());
    table.close();

    const QString dbPath = shareDir + QStringLiteral("/sub/loket.db");
    try {
        Database db(DatabaseOptions{dbPath, table.fileName()});
        FAIL("a database on NFS was opened");
    } catch (const Error &e) {
        CHECK(e.kind() == ErrorKind::Storage);
        CHECK(e.message().contains(QStringLiteral("nfs")));
        CHECK(e.message().contains(dbPath));
    }
    CHECK_FALSE(QFile::exists(dbPath));
    CHECK_FALSE(QDir(shareDir + QStringLiteral("/sub")).exists());
}
