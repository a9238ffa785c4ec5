// Document verbs: scanners, documents attached to a request's requirement slot (scanned or from
// files), export as PDF, the retention period and its purge.
#include "CliContext.h"

#include "common/Error.h"
#include "documents/DocumentService.h"
#include "imaging/NikOcr.h"
#include "print/PrintoutService.h"
#include "scan/SaneScanner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

namespace loket::cli {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale(QLocale::Indonesian).formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString documentText(const DocumentInfo &d)
{
    QString text = Cli::tr("%1  %2  %3 (%n halaman, %4)\n", nullptr, d.pageCount)
                       .arg(d.id, d.requirementKey, d.fileName.isEmpty() ? d.source : d.fileName, sizeText(d.bytes));
    for (const DocumentPageInfo &p : d.pages)
        text += Cli::tr("    halaman %1: %2, %3 × %4 px, %5 dpi, %6  sha256 %7%8\n")
                    .arg(p.pageNo)
                    .arg(p.mime)
                    .arg(p.pixels.width())
                    .arg(p.pixels.height())
                    .arg(p.dpi)
                    .arg(sizeText(p.size), p.sha256, p.blank ? Cli::tr("  (tampak kosong: periksa)") : QString());
    return text;
}

QJsonArray jsonStrings(const QStringList &values)
{
    return QJsonArray::fromStringList(values);
}

// What the device can do, for `scan devices`: opened briefly; a device that cannot be opened (busy,
// access denied) gets the reason instead.
void describeCapabilities(const ScanDevice &device, QJsonObject &json, QString &text)
{
    try {
        const ScanCapabilities caps = SaneScanner(device.name).capabilities();
        QJsonArray resolutions;
        for (int dpi : caps.resolutions)
            resolutions.append(dpi);
        QJsonObject c{{QStringLiteral("sources"), jsonStrings(caps.sources)},
                      {QStringLiteral("modes"), jsonStrings(caps.modes)},
                      {QStringLiteral("resolutions"), resolutions},
                      {QStringLiteral("resolution_range"), caps.resolutionRange},
                      {QStringLiteral("min_resolution"), caps.minResolution},
                      {QStringLiteral("max_resolution"), caps.maxResolution},
                      {QStringLiteral("page_sizes"), jsonStrings(caps.pageSizes)}};
        if (!caps.maxAreaMm.isEmpty())
            c.insert(QStringLiteral("max_area_mm"), QJsonObject{{QStringLiteral("width"), caps.maxAreaMm.width()},
                                                                {QStringLiteral("height"), caps.maxAreaMm.height()}});
        json.insert(QStringLiteral("capabilities"), c);

        QStringList dpis;
        for (int dpi : caps.resolutions)
            dpis << QString::number(dpi);
        QString resolutionText = dpis.join(QStringLiteral(", ")) + QStringLiteral(" dpi");
        if (caps.resolutionRange && caps.maxResolution > 0)
            resolutionText = Cli::tr("%1–%2 dpi (ditawarkan: %3)").arg(caps.minResolution).arg(caps.maxResolution).arg(resolutionText);
        QString paperText = caps.pageSizes.join(QStringLiteral(", "));
        if (!caps.maxAreaMm.isEmpty())
            paperText += Cli::tr(" (bidang pindai maks. %1 × %2 mm)")
                             .arg(QLocale(QLocale::Indonesian).toString(caps.maxAreaMm.width(), 'f', 0),
                                  QLocale(QLocale::Indonesian).toString(caps.maxAreaMm.height(), 'f', 0));
        text += Cli::tr("    sumber: %1\n    mode: %2\n    resolusi: %3\n    kertas: %4\n")
                    .arg(caps.sources.join(QStringLiteral(", ")), caps.modes.join(QStringLiteral(", ")), resolutionText, paperText);
    } catch (const Error &e) {
        json.insert(QStringLiteral("capabilities_error"), e.message());
        text += Cli::tr("    kemampuan tidak dapat dibaca: %1\n").arg(e.message());
    }
}

int scanDevices(CliContext &ctx, CliArgs &args)
{
    args.finish();
    const QList<ScanDevice> devices = SaneScanner::devices();
    QJsonArray list;
    QString text;
    for (const ScanDevice &d : devices) {
        QJsonObject device{{QStringLiteral("name"), d.name}, {QStringLiteral("vendor"), d.vendor},
                           {QStringLiteral("model"), d.model}, {QStringLiteral("type"), d.type}};
        text += QStringLiteral("%1  %2 %3 (%4)\n").arg(d.name, d.vendor, d.model, d.type);
        describeCapabilities(d, device, text);
        list.append(device);
    }
    if (devices.isEmpty())
        text = Cli::tr("Tidak ada pemindai yang ditemukan.\n");
    ctx.print(QJsonObject{{QStringLiteral("devices"), list}}, text.trimmed());
    return 0;
}

int documentAdd(CliContext &ctx, CliArgs &args)
{
    const QString key = args.required(QStringLiteral("requirement"));
    const std::optional<QString> device = args.option(QStringLiteral("scan"));
    const QStringList files = args.all(QStringLiteral("file"));
    ScanSettings settings;
    settings.source = args.option(QStringLiteral("source")).value_or(settings.source);
    settings.mode = args.option(QStringLiteral("mode")).value_or(settings.mode);
    const QString resolution = args.option(QStringLiteral("resolution")).value_or(QString::number(settings.resolution));
    settings.pageSize = args.option(QStringLiteral("page-size")).value_or(settings.pageSize);
    for (const QString &option : args.all(QStringLiteral("option"))) {
        const qsizetype eq = option.indexOf(u'=');
        if (eq <= 0)
            throw UsageError(Cli::tr("--option memerlukan NAMA=NILAI, bukan \"%1\".").arg(option.left(60)));
        settings.extraOptions.insert(option.left(eq), option.mid(eq + 1));
    }
    const QString tracking = args.positional(Cli::tr("Nomor pelacakan"));
    args.finish();
    if (device.has_value() == !files.isEmpty())
        throw UsageError(Cli::tr("Pilih salah satu: --scan PERANGKAT atau --file BERKAS ..."));
    bool ok = false;
    settings.resolution = resolution.toInt(&ok);
    if (!ok)
        throw UsageError(Cli::tr("--resolution memerlukan angka dpi, bukan \"%1\".").arg(resolution.left(20)));

    DocumentService &documents = ctx.services().documents();
    const Session &session = ctx.session();
    DocumentInfo doc;
    if (device) {
        settings.validate();
        SaneScanner scanner(*device);
        const ScanOutcome outcome = scanner.scan(settings);
        if (outcome.cancelled)
            throw Error::device(Cli::tr("Pemindaian dibatalkan: tidak ada yang disimpan."));
        QList<QImage> scans;
        for (const ScannedPage &page : outcome.pages)
            scans.append(page.image);
        const int dpi = outcome.pages.isEmpty() ? settings.resolution : outcome.pages.constFirst().dpi;
        const QList<PageToStore> pages = DocumentService::processScans(scans, dpi, settings.mode);
        doc = documents.addPages(session, tracking, key, QStringLiteral("scan"), QString(), pages);
    } else {
        doc = documents.addFiles(session, tracking, key, files);
    }
    ctx.print(doc.toJson(), Cli::tr("Dokumen disimpan:\n") + documentText(doc).trimmed());
    return 0;
}

int documentList(CliContext &ctx, CliArgs &args)
{
    const QString tracking = args.positional(Cli::tr("Nomor pelacakan"));
    args.finish();
    const QList<DocumentInfo> docs = ctx.services().documents().list(ctx.session(), tracking);
    QJsonArray list;
    QString text;
    for (const DocumentInfo &d : docs) {
        list.append(d.toJson());
        text += documentText(d);
    }
    if (docs.isEmpty())
        text = Cli::tr("Belum ada dokumen.");
    ctx.print(QJsonObject{{QStringLiteral("documents"), list}}, text.trimmed());
    return 0;
}

int documentExport(CliContext &ctx, CliArgs &args)
{
    const QString out = args.required(QStringLiteral("pdf"));
    const QString id = args.positional(Cli::tr("Nomor dokumen"));
    args.finish();
    const QByteArray pdf = ctx.services().documents().exportPdf(ctx.session(), id);
    PrintoutService::writeFile(out, pdf);
    ctx.print(QJsonObject{{QStringLiteral("pdf"), out}, {QStringLiteral("bytes"), pdf.size()}},
              Cli::tr("Dokumen ditulis ke %1 (%2).").arg(out, sizeText(pdf.size())));
    return 0;
}

int documentRetention(CliContext &ctx, CliArgs &args)
{
    const std::optional<QString> days = args.nextPositional();
    args.finish();
    DocumentService &documents = ctx.services().documents();
    if (days) {
        bool ok = false;
        const int value = days->toInt(&ok);
        if (!ok)
            throw UsageError(Cli::tr("Masa simpan memerlukan jumlah hari, bukan \"%1\".").arg(days->left(20)));
        documents.setRetentionDays(ctx.session(), value);
    }
    const int current = documents.retentionDays();
    ctx.print(QJsonObject{{QStringLiteral("retention_days"), current}},
              current > 0 ? Cli::tr("Masa simpan dokumen: %1 hari.").arg(current)
                          : Cli::tr("Masa simpan dokumen belum diatur: dokumen disimpan terus."));
    return 0;
}

int documentPurge(CliContext &ctx, CliArgs &args)
{
    args.finish();
    const PurgeResult r = ctx.services().documents().purgeExpired(ctx.session());
    ctx.print(QJsonObject{{QStringLiteral("documents"), r.documents}, {QStringLiteral("blobs_deleted"), r.blobsDeleted},
                          {QStringLiteral("bytes_freed"), r.bytesFreed}},
              Cli::tr("%n dokumen dihapus; %1 dibebaskan.", nullptr, r.documents).arg(sizeText(r.bytesFreed)));
    return 0;
}

int ocrNik(CliContext &ctx, CliArgs &args)
{
    const QString path = args.positional(Cli::tr("Berkas gambar"));
    args.finish();
    QImage first;   // only the first page is read; the others are released as they are decoded
    const CheckedFile file = FileCheck::checkFile(path, [&first](const QImage &page, int index, const QString &) {
        if (index == 0)
            first = page;
    });
    if (first.isNull())
        throw Error::invalid(Cli::tr("Berkas \"%1\" bukan gambar: NIK dibaca dari foto atau pindaian KTP.").arg(file.fileName));
    const std::optional<NikReading> reading = NikOcr::read(first);
    if (!reading)
        throw Error::notFound(Cli::tr("Tidak ada NIK yang terbaca dengan yakin pada %1.").arg(file.fileName));
    ctx.print(QJsonObject{{QStringLiteral("nik"), reading->nik},
                          {QStringLiteral("confidence"), std::round(reading->confidence * 1000) / 1000},
                          {QStringLiteral("labelled"), reading->labelled}},
              Cli::tr("NIK %1 (keyakinan %2%) — periksa dengan KTP aslinya.")
                  .arg(reading->nik)
                  .arg(int(std::lround(reading->confidence * 100))));
    return 0;
}

} // namespace

QList<Command> documentCommands()
{
    return {
        {QStringLiteral("scan devices"), QStringLiteral("scan devices"), scanDevices},
        {QStringLiteral("document add"),
         QStringLiteral("document add TRACKING --requirement KEY (--scan DEVICE [--source flatbed|adf] "
                        "[--mode color|gray|lineart] [--resolution DPI] [--page-size a4|f4|id-card] "
                        "[--option NAME=VALUE ...] | --file PATH ...)"),
         documentAdd},
        {QStringLiteral("document list"), QStringLiteral("document list TRACKING"), documentList},
        {QStringLiteral("document export"), QStringLiteral("document export DOCUMENT_ID --pdf OUT.pdf"), documentExport},
        {QStringLiteral("document retention"), QStringLiteral("document retention [DAYS]"), documentRetention},
        {QStringLiteral("document purge"), QStringLiteral("document purge"), documentPurge},
        {QStringLiteral("ocr nik"), QStringLiteral("ocr nik IMAGE"), ocrNik},
    };
}

} // namespace loket::cli
