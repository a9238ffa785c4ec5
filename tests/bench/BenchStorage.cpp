// Durable write rate: single-row transactions per second through the storage layer
// (WAL, synchronous=FULL, outbox and audit entry included) next to the sqlite3 shell doing the
// same single-row inserts on the same disk.
#include "TestSupport.h"

#include "storage/ChangeSet.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

using namespace loket;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 1000;
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-XXXXXX"));

    double layerRate = 0, bareRate = 0, shellRate = 0;
    {
        Store store(DatabaseOptions{dir.filePath(QStringLiteral("layer.db"))});
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < n; ++i) {
            ChangeSet changes(store, Actor::system());
            changes.insert(QStringLiteral("node"), {{QStringLiteral("code"), QStringLiteral("B%1").arg(i % 1000)},
                                                    {QStringLiteral("name"), QStringLiteral("bench %1").arg(i)}},
                           QStringLiteral("bench.insert"));
            if (i % 1000 == 999) {
                // keep codes unique without growing the test: tombstones are rows too, so clear them
                sql::execRaw(changes.db(), QStringLiteral("DELETE FROM node"));
            }
            changes.commit();
        }
        layerRate = n / (t.nsecsElapsed() / 1e9);

        t.restart();
        for (int i = 0; i < n; ++i) {
            WriteTransaction tx(store.db());
            sql::exec(store.db(), QStringLiteral("INSERT INTO blob(sha256, size, data, created_hlc) VALUES (?, 1, x'00', 0)"),
                      {QStringLiteral("%1").arg(i, 64, 10, QLatin1Char('0'))});
            tx.commit();
        }
        bareRate = n / (t.nsecsElapsed() / 1e9);
    }

    const QString shellDb = dir.filePath(QStringLiteral("shell.db"));
    QByteArray script = "PRAGMA journal_mode=WAL;\nPRAGMA synchronous=FULL;\nCREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT);\n";
    for (int i = 0; i < n; ++i)
        script += "BEGIN IMMEDIATE; INSERT INTO t(v) VALUES ('row " + QByteArray::number(i) + "'); COMMIT;\n";
    QProcess shell;
    QElapsedTimer t;
    t.start();
    shell.start(QStringLiteral("sqlite3"), {shellDb});
    if (shell.waitForStarted()) {
        shell.write(script);
        shell.closeWriteChannel();
        shell.waitForFinished(600000);
        shellRate = n / (t.nsecsElapsed() / 1e9);
    }

    std::printf("durable single-row transactions (WAL, synchronous=FULL), %d each, on %s\n", n, qPrintable(dir.path()));
    std::printf("  storage layer, row + outbox + audit entry : %8.0f tx/s\n", layerRate);
    std::printf("  storage layer, bare insert (WriteTransaction): %8.0f tx/s\n", bareRate);
    std::printf("  sqlite3 shell, bare insert                : %8.0f tx/s%s\n", shellRate,
                shellRate > 0 ? "" : " (sqlite3 not found)");
    return 0;
}
