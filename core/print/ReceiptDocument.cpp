#include "ReceiptDocument.h"

#include "IndonesianDate.h"
#include "QrCode.h"
#include "intake/IdentityNumber.h"

namespace loket {

QString ReceiptDocument::channelLabel(const QString &channel)
{
    if (channel == QStringLiteral("walk_in"))
        return tr("Langsung di loket");
    if (channel == QStringLiteral("assisted"))
        return tr("Daring, diajukan oleh petugas atas nama pemohon");
    if (channel == QStringLiteral("online"))
        return tr("Daring");
    return channel;
}

QString ReceiptDocument::statusLabel(const QString &status)
{
    static const QMap<QString, const char *> labels{
        {QStringLiteral("submitted"), QT_TR_NOOP("Diajukan")},
        {QStringLiteral("returned"), QT_TR_NOOP("Dikembalikan: persyaratan belum lengkap")},
        {QStringLiteral("verified"), QT_TR_NOOP("Terverifikasi")},
        {QStringLiteral("in_process"), QT_TR_NOOP("Diproses")},
        {QStringLiteral("awaiting_signature"), QT_TR_NOOP("Menunggu tanda tangan")},
        {QStringLiteral("signed"), QT_TR_NOOP("Ditandatangani")},
        {QStringLiteral("ready"), QT_TR_NOOP("Siap diambil")},
        {QStringLiteral("completed"), QT_TR_NOOP("Selesai")},
        {QStringLiteral("rejected"), QT_TR_NOOP("Ditolak")},
        {QStringLiteral("cancelled"), QT_TR_NOOP("Dibatalkan")},
    };
    return labels.contains(status) ? tr(labels.value(status)) : status;
}

PageContent ReceiptDocument::build(const RequestDetails &r, const Office &office, const QDateTime &printedAt)
{
    const auto e = &PageRenderer::esc;
    PageContent c;
    c.images.insert(QStringLiteral("qr"), QrCode::image(r.tracking).scaled(600, 600, Qt::KeepAspectRatio, Qt::FastTransformation));

    QString received, missing;
    for (const RequirementState &req : r.requirements) {
        const QString item = QStringLiteral("<li>%1%2</li>").arg(e(req.label), req.mandatory || req.label.contains(QStringLiteral("jika ada")) ? QString() : tr(" (jika ada)"));
        (req.received ? received : missing) += item;
    }
    auto row = [&](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td width=\"32%\">%1</td><td>: %2</td></tr>").arg(e(label), value);
    };

    c.html = QStringLiteral("<p align=\"center\"><b><span style=\"font-size:large\">%1</span></b><br/>%2</p>")
                 .arg(tr("TANDA TERIMA PERMOHONAN"), e(r.service.name));
    c.html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr><td valign=\"middle\">"
                             "%1<br/><span style=\"font-family:'DejaVu Sans Mono'; font-size:xx-large\"><b>%2</b></span>"
                             "<br/>%3</td><td align=\"right\"><img src=\"qr\" width=\"%4\" height=\"%4\"/></td></tr></table>")
                  .arg(tr("Nomor pelacakan:"), e(r.tracking), tr("Sebutkan nomor ini setiap menanyakan permohonan Anda."))
                  .arg(PageRenderer::htmlPixels(30));
    c.html += QStringLiteral("<table width=\"100%\" cellpadding=\"2\">");
    c.html += row(tr("Nama pemohon"), QStringLiteral("<b>%1</b>").arg(e(r.resident.fullName)));
    c.html += row(tr("NIK"), e(IdentityNumber::mask(r.resident.nik)));
    c.html += row(tr("Layanan"), e(r.service.code + QStringLiteral(" — ") + r.service.name));
    c.html += row(tr("Saluran"), e(channelLabel(r.channel)));
    c.html += row(tr("Diajukan"), e(IndonesianDate::formatDateTime(r.submittedAt)));
    c.html += row(tr("Perkiraan selesai"), QStringLiteral("<b>%1</b>").arg(e(IndonesianDate::formatWithWeekday(r.dueDate))));
    c.html += row(tr("Status"), e(statusLabel(r.status)));
    c.html += row(tr("Biaya"), e(r.service.fee.isEmpty() ? tr("Gratis") : r.service.fee));
    c.html += QStringLiteral("</table>");
    c.html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(tr("Berkas yang diterima:"), received.isEmpty() ? tr("<li>—</li>") : received);
    if (!missing.isEmpty())
        c.html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(
            r.incomplete ? tr("BELUM LENGKAP — berkas yang harus dibawa:") : tr("Berkas yang belum diserahkan:"), missing);
    const QString phone = office.phone.isEmpty() ? QString() : tr(", atau hubungi %1").arg(e(office.phone));
    if (office.statusUrl.isEmpty())
        c.html += QStringLiteral("<p>%1</p>").arg(tr("Tanyakan status permohonan dengan menyebutkan nomor pelacakan di loket PATEN%1.").arg(phone));
    else
        c.html += QStringLiteral("<p>%1</p>").arg(tr("Cek status tanpa datang ke kantor: buka <b>%1</b> lalu masukkan nomor pelacakan "
                                                     "atau pindai kode QR di atas%2.").arg(e(office.statusUrl), phone));
    c.html += QStringLiteral("<p>%1</p>").arg(tr("Bawa tanda terima ini dan KTP-el asli saat mengambil dokumen."));
    c.html += QStringLiteral("<table width=\"100%\"><tr><td>%1</td><td align=\"right\">%2<br/><br/><b>%3</b></td></tr></table>")
                  .arg(tr("Dicetak %1").arg(e(IndonesianDate::formatDateTime(printedAt))), tr("Petugas loket,"),
                       e(r.officerName));
    return c;
}

} // namespace loket
