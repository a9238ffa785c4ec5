// The workflow at the scale of a busy office: opening and filtering the queue over N requests
// (time to the first page, time per filter change) next to a bare SQL query for the same rows,
// status derivation of a request with 50 events next to reading those events, and online import
// throughput for a batch with one attachment per request. Usage: bench_workflow [N] [IMPORT]
#include "online/OnlineImport.h"
#include "setup/AppServices.h"
#include "setup/Initializer.h"
#include "storage/ChangeSet.h"
#include "storage/Sql.h"
#include "storage/Uuid7.h"
#include "storage/WriteTransaction.h"
#include "workflow/WorkflowService.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace loket;

namespace {

double medianMs(int runs, const std::function<void()> &f)
{
    QList<double> v;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        v << t.nsecsElapsed() / 1e6;
    }
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

QString nikFor(qint64 i)
{
    const int day = 1 + int(i % 28);
    const int month = 1 + int((i / 28) % 12);
    const int serial = 1 + int((i / 336) % 9999);
    return QStringLiteral("330227%1%2%3%4").arg(day, 2, 10, QLatin1Char('0')).arg(month, 2, 10, QLatin1Char('0'))
        .arg(90).arg(serial, 4, 10, QLatin1Char('0'));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const qint64 n = argc > 1 ? QString::fromLatin1(argv[1]).toLongLong() : 300'000;
    const int importN = argc > 2 ? QString::fromLatin1(argv[2]).toInt() : 10'000;
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-XXXXXX"));
    AppServices services(DatabaseOptions{dir.filePath(QStringLiteral("loket.db"))});
    Initializer::initializeDemo(services.store());
    const Session officer = services.users().login(QStringLiteral("petugas"), Initializer::demoPassword(QStringLiteral("petugas")));
    const Session verifier = services.users().login(QStringLiteral("verifikator"), Initializer::demoPassword(QStringLiteral("verifikator")));
    const QSqlDatabase db = services.store().db();

    // N requests over a year of days, spread over services, channels and statuses, for N/10
    // residents (a resident comes back); bulk-loaded.
    const QStringList services_ = {QStringLiteral("SKD"), QStringLiteral("SKTM"), QStringLiteral("LEGALISASI"),
                                   QStringLiteral("ADMINDUK"), QStringLiteral("SKTS")};
    const QStringList channels = {QStringLiteral("walk_in"), QStringLiteral("online"), QStringLiteral("assisted")};
    const QStringList statuses = {QStringLiteral("submitted"), QStringLiteral("verified"), QStringLiteral("in_process"),
                                  QStringLiteral("completed"), QStringLiteral("completed"), QStringLiteral("completed"),
                                  QStringLiteral("returned"), QStringLiteral("ready")};
    QMap<QString, QString> serviceIds;
    for (const QString &code : services_)
        serviceIds[code] = sql::scalar(db, QStringLiteral("SELECT id FROM service_type WHERE code = ?"), {code}).toString();
    QElapsedTimer load;
    load.start();
    QStringList residentIds;
    const qint64 batch = 20'000;
    for (qint64 start = 0; start < n; start += batch) {
        WriteTransaction tx(db);
        QSqlQuery r(db), q(db);
        r.prepare(QStringLiteral("INSERT INTO resident(id, nik, full_name, birth_place, birth_date, sex, search_name, hlc) "
                                 "VALUES (?, ?, ?, 'Banyumas', '1990-01-01', 'F', ?, 1)"));
        q.prepare(QStringLiteral("INSERT INTO request(id, tracking, channel, resident_id, service_id, service_code, status, "
                                 "submitted_at, submitted_date, due_date, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"));
        QVariantList rid, nik, name, folded, id, tracking, channel, resident, sid, scode, status, at, day, due;
        for (qint64 i = start; i < std::min(n, start + batch); ++i) {
            if (i % 10 == 0) {
                residentIds << Uuid7::generate();
                rid << residentIds.constLast();
                nik << nikFor(i / 10);
                name << QStringLiteral("Warga %1").arg(i / 10);
                folded << QStringLiteral("warga %1").arg(i / 10);
            }
            const QString residentId = residentIds.at(int((i * 7919) % residentIds.size()));
            const QDate d = QDate(2026, 1, 1).addDays(int(i % 330));
            id << Uuid7::generate();
            tracking << QStringLiteral("B%1-%2").arg(i / 9999).arg(i % 9999);
            channel << channels.at(int(i % 3));
            resident << residentId;
            const QString code = services_.at(int(i % services_.size()));
            sid << serviceIds.value(code);
            scode << code;
            status << statuses.at(int((i / 7) % statuses.size()));
            at << d.startOfDay().toString(Qt::ISODate);
            day << d.toString(Qt::ISODate);
            due << d.addDays(7).toString(Qt::ISODate);
        }
        for (const QVariantList &l : {rid, nik, name, folded})
            r.addBindValue(l);
        for (const QVariantList &l : {id, tracking, channel, resident, sid, scode, status, at, day, due})
            q.addBindValue(l);
        if ((!rid.isEmpty() && !r.execBatch()) || !q.execBatch())
            return std::fprintf(stderr, "load failed: %s %s\n", qPrintable(r.lastError().text()), qPrintable(q.lastError().text())), 1;
        tx.commit();
    }
    sql::execRaw(db, QStringLiteral("ANALYZE"));
    const double loadS = load.nsecsElapsed() / 1e9;

    std::printf("bench_workflow: %lld requests (loaded in %.1f s)\n", n, loadS);
    std::printf("  %-52s %9s\n", "queue", "median ms");
    auto page = [&](QueueFilter f) {
        f.limit = 200;
        return medianMs(7, [&] { services.workflow().queue(officer, f); });
    };
    const double bare = medianMs(7, [&] {
        auto q = sql::exec(db, QStringLiteral("SELECT q.tracking, q.status, q.channel, q.service_code, r.full_name, "
                                                   "q.submitted_at, q.due_date FROM request q JOIN resident r ON r.id = q.resident_id "
                                                   "WHERE q.deleted = 0 ORDER BY q.due_date, q.submitted_at LIMIT 200"));
        while (q.next()) {
        }
    });
    std::printf("  %-52s %9.2f\n", "bare SQL: first 200 rows by due date (baseline)", bare);
    std::printf("  %-52s %9.2f\n", "open the queue: first 200 rows", page({}));
    QueueFilter f;
    f.status = QStringLiteral("submitted");
    std::printf("  %-52s %9.2f\n", "filter: status submitted", page(f));
    f = {};
    f.channel = QStringLiteral("online");
    std::printf("  %-52s %9.2f\n", "filter: channel online", page(f));
    f = {};
    f.serviceCode = QStringLiteral("SKTM");
    std::printf("  %-52s %9.2f\n", "filter: service SKTM", page(f));
    f = {};
    f.overdueOnly = true;
    std::printf("  %-52s %9.2f\n", "filter: overdue", page(f));
    f = {};
    f.status = QStringLiteral("returned");
    f.channel = QStringLiteral("assisted");
    f.serviceCode = QStringLiteral("SKD");
    std::printf("  %-52s %9.2f\n", "filter: returned + assisted + SKD", page(f));

    // Status derivation of a request with 50 events (verify / return / resubmit cycles).
    NewRequest req;
    req.nik = QStringLiteral("3302275505900003");
    req.serviceCode = QStringLiteral("SKD");
    req.received = {QStringLiteral("ktp"), QStringLiteral("kk"), QStringLiteral("pengantar_rt_rw"), QStringLiteral("pengantar_kelurahan")};
    Resident res;
    res.nik = req.nik;
    res.fullName = QStringLiteral("Siti Bench");
    res.birthPlace = QStringLiteral("Banyumas");
    res.birthDate = QDate(1990, 5, 15);
    res.sex = QStringLiteral("F");
    res.address = QStringLiteral("Jl. Bench");
    res.rt = QStringLiteral("001");
    res.rw = QStringLiteral("001");
    res.villageCode = QStringLiteral("33.02.27.1005");
    req.resident = res;
    const QString t = services.intake().submit(officer, req).tracking;
    for (int i = 0; i < 49; ++i) {
        if (i % 2 == 0)
            services.workflow().advance(verifier, t, QStringLiteral("return"), QStringLiteral("Foto buram"));
        else
            services.workflow().advance(officer, t, QStringLiteral("resubmit"), QString());
    }
    const QString requestId = sql::scalar(db, QStringLiteral("SELECT id FROM request WHERE tracking = ?"), {t}).toString();
    const int events = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM request_event WHERE request_id = ?"), {requestId}).toInt();
    const QDate today = QDate::currentDate();
    const double derive = medianMs(51, [&] { WorkflowService::derive(db, requestId, today); });
    const double read = medianMs(51, [&] {
        auto q = sql::exec(db, QStringLiteral("SELECT * FROM request_event WHERE request_id = ? ORDER BY hlc, node_id"), {requestId});
        while (q.next()) {
        }
    });
    std::printf("  %-52s %9.3f\n", qPrintable(QStringLiteral("bare SQL: read the %1 events (baseline)").arg(events)), read);
    std::printf("  %-52s %9.3f\n", qPrintable(QStringLiteral("derive the status from %1 events").arg(events)), derive);

    // Online import: IMPORT requests in one file, one PNG attachment each.
    QImage img(300, 200, QImage::Format_RGB32);
    img.fill(Qt::white);
    QByteArray png;
    {
        QBuffer b(&png);
        b.open(QIODevice::WriteOnly);
        img.save(&b, "PNG");
    }
    const QString attachment = QString::fromLatin1(png.toBase64());
    QJsonArray requests;
    for (int i = 0; i < importN; ++i)
        requests.append(QJsonObject{
            {QStringLiteral("format"), QStringLiteral("loket-online-request/1")},
            {QStringLiteral("portal_id"), QStringLiteral("BENCH-%1").arg(i)},
            {QStringLiteral("submitted_at"), QStringLiteral("2026-11-30T08:15:00+07:00")},
            {QStringLiteral("service_code"), QStringLiteral("SKD")},
            {QStringLiteral("applicant"), QJsonObject{{QStringLiteral("nik"), nikFor(n / 10 + 1 + i)},
                                                      {QStringLiteral("full_name"), QStringLiteral("Pemohon %1").arg(i)},
                                                      {QStringLiteral("birth_place"), QStringLiteral("Purwokerto")},
                                                      {QStringLiteral("birth_date"), QStringLiteral("1990-05-15")},
                                                      {QStringLiteral("sex"), QStringLiteral("F")},
                                                      {QStringLiteral("village_code"), QStringLiteral("33.02.27.1003")}}},
            {QStringLiteral("fields"), QJsonObject{{QStringLiteral("keperluan"), QStringLiteral("Bench")}}},
            {QStringLiteral("attachments"), QJsonArray{QJsonObject{{QStringLiteral("requirement"), QStringLiteral("ktp")},
                                                                   {QStringLiteral("file_name"), QStringLiteral("ktp.png")},
                                                                   {QStringLiteral("content_base64"), attachment}}}}});
    const QString file = dir.filePath(QStringLiteral("batch.json"));
    // One counter issues at most 9,728 tracking numbers a day (sequence 0001-9999 less the numbers
    // whose check value is 36): a batch larger than that is imported over two days, as it would be.
    const int firstDay = std::min(importN, 9000);
    auto writeBatch = [&](const QString &path, int from, int to) {
        QFile out(path);
        out.open(QIODevice::WriteOnly);
        out.write(QJsonDocument(QJsonObject{{QStringLiteral("requests"), QJsonArray::fromVariantList(
                                                                              requests.toVariantList().mid(from, to - from))}})
                      .toJson(QJsonDocument::Compact));
    };
    writeBatch(file, 0, firstDay);
    const QString secondFile = dir.filePath(QStringLiteral("batch-2.json"));
    writeBatch(secondFile, firstDay, importN);
    const qint64 tomorrow = QDateTime::currentMSecsSinceEpoch() + qint64(24) * 3600 * 1000;
    QElapsedTimer imp;
    imp.start();
    QList<ImportOutcome> outcomes = OnlineImport(services.store()).importPath(officer, file);
    double seconds = imp.nsecsElapsed() / 1e9;
    if (importN > firstDay) {
        AppServices nextDay(DatabaseOptions{dir.filePath(QStringLiteral("loket.db"))}, [tomorrow] { return tomorrow; });
        const Session nextOfficer = nextDay.users().login(QStringLiteral("petugas"), Initializer::demoPassword(QStringLiteral("petugas")));
        QElapsedTimer second;
        second.start();
        outcomes += OnlineImport(nextDay.store()).importPath(nextOfficer, secondFile);
        seconds += second.nsecsElapsed() / 1e9;
    }
    int imported = 0;
    QString firstRejection;
    for (const ImportOutcome &o : outcomes) {
        imported += o.result == QStringLiteral("imported");
        if (o.result == QStringLiteral("rejected") && firstRejection.isEmpty())
            firstRejection = o.reason;
    }
    std::printf("  %-52s %9.0f requests/s (%d of %d imported in %.1f s, each its own durable transaction)\n",
                "online import, one attachment each", imported / seconds, imported, importN, seconds);
    if (imported != importN)
        std::fprintf(stderr, "rejected: %s\n", qPrintable(firstRejection));
    return imported == importN ? 0 : 1;
}
