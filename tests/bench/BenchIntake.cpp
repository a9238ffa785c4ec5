// Intake at the scale of Kabupaten Banyumas (about 1.8 million people): NIK lookup and name
// search latency over N synthetic residents, the database size, the cost of one intake commit
// next to a bare single-row insert, and receipt rendering. Usage: bench_intake [N]
#include "TestSupport.h"

#include "setup/Initializer.h"
#include "storage/ChangeSet.h"
#include "storage/Sql.h"
#include "storage/Uuid7.h"

#include <QSqlError>

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>

using namespace loket;

namespace {

const char *kFirst[] = {"Siti", "Muhammad", "Sri", "Agus", "Dwi", "Budi", "Eko", "Nur", "Ahmad", "Rina", "Wahyu", "Tri",
                        "Dewi", "Joko", "Ani", "Bayu", "Fitri", "Hendra", "Indah", "Kurniawan", "Lestari", "Mulyani",
                        "Nining", "Purwanto", "Rahmat", "Slamet", "Sugeng", "Tuti", "Umi", "Yanto", "Ratna", "Bambang"};
const char *kSecond[] = {"Rahayu", "Wibowo", "Setiawan", "Lestari", "Saputra", "Handayani", "Susanti", "Prasetyo", "Hidayat",
                         "Nugroho", "Kusuma", "Wulandari", "Santoso", "Pratiwi", "Utami", "Ramadhan", "Fauzi", "Aini",
                         "Maharani", "Purnomo", "Sulistyo", "Yuliani", "Hartono", "Kartika", "Permana", "Suharto"};

QString nikFor(qint64 i)
{
    // District of Banyumas by i, a plausible birth date, serial from the rest.
    const int district = 1 + int(i % 27);
    const int day = 1 + int((i / 27) % 28) + ((i % 2) ? 40 : 0);
    const int month = 1 + int((i / 756) % 12);
    const int year = int((i / 9072) % 90 + 10) % 100;
    const int serial = 1 + int(i / 816480 % 9999);
    return QStringLiteral("3302%1%2%3%4%5").arg(district, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0')).arg(year, 2, 10, QLatin1Char('0')).arg(serial, 4, 10, QLatin1Char('0'));
}

struct Stats
{
    double median, p95, max;
};

Stats stats(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[int(v.size() * 0.95)], v.last()};
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const qint64 n = argc > 1 ? QString::fromLatin1(argv[1]).toLongLong() : 2'000'000;
    QTemporaryDir dir(QDir::currentPath() + QStringLiteral("/bench-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("loket.db"));
    AppServices services(DatabaseOptions{path});
    Initializer::initializeDemo(services.store());
    const Session officer = services.users().login(QStringLiteral("petugas"), QStringLiteral("demo-petugas"));
    QRandomGenerator rng(20261130);

    // Synthetic residents, loaded in batches (the full-text triggers run as in real use).
    QElapsedTimer load;
    load.start();
    QSet<QString> seen;
    {
        const QSqlDatabase db = services.store().db();
        const qint64 batch = 50'000;
        for (qint64 start = 0; start < n; start += batch) {
            WriteTransaction tx(db);
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO resident(id, nik, full_name, birth_place, birth_date, sex, search_name, hlc) "
                                     "VALUES (?, ?, ?, 'Banyumas', '1990-01-01', ?, ?, 1)"));
            QVariantList ids, niks, names, sexes, folded;
            for (qint64 i = start; i < qMin(n, start + batch); ++i) {
                const QString name = QString::fromLatin1(kFirst[rng.bounded(int(std::size(kFirst)))]) + u' '
                    + QString::fromLatin1(kSecond[rng.bounded(int(std::size(kSecond)))]) + u' '
                    + QString::fromLatin1(kSecond[rng.bounded(int(std::size(kSecond)))]) + QString::number(i % 997);
                ids << Uuid7::generate();
                niks << nikFor(i);
                names << name;
                sexes << ((i % 2) ? QStringLiteral("F") : QStringLiteral("M"));
                folded << ResidentService::foldName(name);
            }
            q.addBindValue(ids);
            q.addBindValue(niks);
            q.addBindValue(names);
            q.addBindValue(sexes);
            q.addBindValue(folded);
            if (!q.execBatch()) {
                std::fprintf(stderr, "load failed: %s\n", qPrintable(q.lastError().text()));
                return 1;
            }
            tx.commit();
        }
        sql::execRaw(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        sql::execRaw(db, QStringLiteral("ANALYZE"));
    }
    const double loadSeconds = load.nsecsElapsed() / 1e9;
    const qint64 rows = sql::scalar(services.store().db(), QStringLiteral("SELECT COUNT(*) FROM resident")).toLongLong();

    QList<double> nikMs;
    for (int i = 0; i < 2000; ++i) {
        const QString nik = nikFor(rng.bounded(n));
        QElapsedTimer t;
        t.start();
        const auto r = services.residents().findByNik(officer, nik);
        nikMs << t.nsecsElapsed() / 1e6;
        if (!r)
            return std::fprintf(stderr, "NIK %s not found\n", qPrintable(nik)), 1;
    }
    QList<double> nameMs;
    int hits = 0;
    for (int i = 0; i < 300; ++i) {
        QString q = QString::fromLatin1(kFirst[rng.bounded(int(std::size(kFirst)))]).left(2 + rng.bounded(3));
        if (i % 2)
            q += u' ' + QString::fromLatin1(kSecond[rng.bounded(int(std::size(kSecond)))]).left(3);
        QElapsedTimer t;
        t.start();
        hits += int(services.residents().search(officer, q, 50).size());
        nameMs << t.nsecsElapsed() / 1e6;
    }

    // Intake commits: resident + request + requirements + event + outbox + audit, each durable.
    const int commits = 200;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < commits; ++i) {
        NewRequest req;
        req.nik = nikFor(i);
        req.serviceCode = QStringLiteral("LEGALISASI");
        req.received = {QStringLiteral("dokumen_asli"), QStringLiteral("fotokopi_dokumen")};
        req.incomplete = true;
        req.fields.insert(QStringLiteral("keperluan"), QStringLiteral("Bench"));
        services.intake().submit(officer, req);
    }
    const double intakeMs = t.nsecsElapsed() / 1e6 / commits;
    t.restart();
    for (int i = 0; i < commits; ++i) {
        WriteTransaction tx(services.store().db());
        sql::exec(services.store().db(), QStringLiteral("INSERT INTO tracking_sequence(node_code, day, last_seq) VALUES (?, 'bench', 1)"),
                  {QStringLiteral("B%1").arg(i)});
        tx.commit();
    }
    const double bareMs = t.nsecsElapsed() / 1e6 / commits;

    const QString tracking = sql::scalar(services.store().db(), QStringLiteral("SELECT tracking FROM request LIMIT 1")).toString();
    t.restart();
    const int receipts = 20;
    qint64 bytes = 0;
    for (int i = 0; i < receipts; ++i)
        bytes += services.printouts().receiptPdf(officer, tracking, PrintoutService::pageSize(QStringLiteral("a5"))).size();
    const double receiptMs = t.nsecsElapsed() / 1e6 / receipts;

    const Stats nik = stats(nikMs), name = stats(nameMs);
    std::printf("intake benchmark over %lld synthetic residents (loaded in %.1f s)\n", static_cast<long long>(rows), loadSeconds);
    std::printf("  database on disk        : %.1f MB\n", QFileInfo(path).size() / 1e6);
    std::printf("  NIK lookup              : median %.3f ms, p95 %.3f ms, max %.3f ms (target < 1 ms)\n", nik.median, nik.p95, nik.max);
    std::printf("  name search, first 50   : median %.2f ms, p95 %.2f ms, max %.2f ms (target p95 < 30 ms; %d rows found)\n",
                name.median, name.p95, name.max, hits);
    std::printf("  intake commit           : %.2f ms per request (resident check, request, requirements, events, outbox, audit)\n", intakeMs);
    std::printf("  bare single-row insert  : %.2f ms per transaction (same database, synchronous=FULL)\n", bareMs);
    std::printf("  receipt to PDF (A5)     : %.1f ms per receipt, %lld bytes each\n", receiptMs, static_cast<long long>(bytes / receipts));
    return 0;
}
