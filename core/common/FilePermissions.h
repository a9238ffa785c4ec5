// Residents' data stays with the office (UU 27/2022): Loket's files are 0600 and its folders 0700,
// so another local account cannot copy NIKs, KTP scans or password hashes. New files get it from
// the process umask; files made by older versions are tightened when they are opened.
#pragma once

#include <QString>

namespace loket {

class FilePermissions
{
public:
    // umask 077 for the whole process; each program calls it first thing in main().
    static void restrictUmask();
    // chmod 0600 on an existing file owned by this user; a missing file is fine. Failures are
    // logged, never thrown: a FAT-formatted USB stick has no modes to set.
    static void tightenFile(const QString &path);
    // chmod 0700 on a folder Loket may claim: owned by this user, not a shared sticky folder such
    // as /tmp, not the home folder or the root.
    static void tightenDir(const QString &path);
    // tightenDir on the folder and every folder below it, tightenFile on every file.
    static void tightenTree(const QString &path);
    // Creates the folder (and its parents) and tightens the folder itself; false when it cannot.
    static bool makePrivateDir(const QString &path);
    // The permission bits of path (e.g. 0600), or -1 when it does not exist.
    static int mode(const QString &path);
};

} // namespace loket
