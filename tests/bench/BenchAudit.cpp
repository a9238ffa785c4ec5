// audit verify over a busy office's history: N requests with 5 events each, all written through
// ChangeSet (so every row has its hashed audit entry), then the whole chain and every request and
// event row checked. Usage: bench_audit [N] [DB]; with DB (a database this left behind, see
// KEEP=1) only the verification runs.
#include "audit/AuditLog.h"
#include "setup/AppServices.h"
#include "setup/Initializer.h"
#include "storage/ChangeSet.h"
#include "storage/Sql.h"
#include "storage/Uuid7.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <cstdio>

using namespace loket;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const qint64 n = argc > 1 ? QString::fromLatin1(argv[1]).toLongLong() : 50'000;
    const int eventsPerRequest = 5;
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-XXXXXX"));
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("KEEP"));
    const QString existing = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    const QString path = existing.isEmpty() ? dir.filePath(QStringLiteral("loket.db")) : existing;
    AppServices services(DatabaseOptions{path});
    if (existing.isEmpty())
        Initializer::initializeDemo(services.store());
    const QSqlDatabase db = services.store().db();
    const Actor officer{sql::scalar(db, QStringLiteral("SELECT id FROM app_user WHERE username = 'petugas'")).toString(),
                        QStringLiteral("petugas"), QStringLiteral("officer")};
    const QString serviceId = sql::scalar(db, QStringLiteral("SELECT id FROM service_type WHERE code = 'SKD'")).toString();
    const QStringList types{QStringLiteral("submitted"), QStringLiteral("verified"), QStringLiteral("in_process"),
                            QStringLiteral("awaiting_signature"), QStringLiteral("signed")};

    QElapsedTimer load;
    load.start();
    const qint64 batch = 500;
    for (qint64 start = 0; existing.isEmpty() && start < n; start += batch) {
        ChangeSet changes(services.store(), officer);
        const QString residentId = changes.insert(
            QStringLiteral("resident"),
            {{QStringLiteral("nik"), QStringLiteral("33022701019%1").arg(start / batch, 5, 10, QLatin1Char('0'))},
             {QStringLiteral("full_name"), QStringLiteral("Warga %1").arg(start)}, {QStringLiteral("sex"), QStringLiteral("F")}},
            QStringLiteral("resident.create"));
        for (qint64 i = start; i < std::min(n, start + batch); ++i) {
            const QString requestId = changes.insert(
                QStringLiteral("request"),
                {{QStringLiteral("tracking"), QStringLiteral("B-%1").arg(i)}, {QStringLiteral("channel"), QStringLiteral("walk_in")},
                 {QStringLiteral("resident_id"), residentId}, {QStringLiteral("service_id"), serviceId},
                 {QStringLiteral("service_code"), QStringLiteral("SKD")}, {QStringLiteral("status"), QStringLiteral("signed")},
                 {QStringLiteral("submitted_at"), QStringLiteral("2026-11-30T08:00:00")},
                 {QStringLiteral("submitted_date"), QStringLiteral("2026-11-30")}, {QStringLiteral("due_date"), QStringLiteral("2026-12-07")}},
                QStringLiteral("request.create"));
            for (int e = 0; e < eventsPerRequest; ++e)
                changes.insert(QStringLiteral("request_event"),
                               {{QStringLiteral("request_id"), requestId}, {QStringLiteral("type"), types.at(e)},
                                {QStringLiteral("actor_name"), QStringLiteral("petugas")}, {QStringLiteral("role"), QStringLiteral("officer")},
                                {QStringLiteral("node_id"), changes.node().nodeId}, {QStringLiteral("node_code"), changes.node().nodeCode},
                                {QStringLiteral("at"), QStringLiteral("2026-11-30T08:00:00")}},
                               QStringLiteral("request.") + types.at(e));
        }
        changes.commit();
    }
    const double loadS = load.nsecsElapsed() / 1e9;
    const qint64 entries = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
    std::printf("bench_audit: %lld requests, %lld events, %lld audit entries, database %.0f MB (written in %.1f s)\n", n,
                n * eventsPerRequest, entries, QFileInfo(path).size() / 1e6, loadS);

    for (int run = 0; run < 2; ++run) {
        QElapsedTimer t;
        t.start();
        const AuditVerification v = AuditLog::verify(db);
        std::printf("  audit verify (run %d): %.2f s, ok=%d, %lld entries, %lld rows checked, %lld findings\n", run + 1,
                    t.nsecsElapsed() / 1e9, v.ok ? 1 : 0, v.entries, v.rowsChecked, v.findingCount);
        if (!v.ok)
            return 1;
    }
    return 0;
}
