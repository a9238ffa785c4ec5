#include "NoticeDocument.h"

#include "IndonesianDate.h"
#include "ReceiptDocument.h"
#include "common/Error.h"
#include "intake/IdentityNumber.h"

namespace loket {

PageContent NoticeDocument::build(const RequestDetails &r, const Office &office, const QDateTime &printedAt)
{
    const bool returned = r.status == QStringLiteral("returned");
    if (!returned && r.status != QStringLiteral("rejected"))
        throw Error::invalid(tr("Permohonan %1 berstatus %2: pemberitahuan hanya untuk permohonan yang dikembalikan atau ditolak.")
                                 .arg(r.tracking, ReceiptDocument::statusLabel(r.status)));
    const QString eventType = returned ? QStringLiteral("returned") : QStringLiteral("rejected");
    const RequestEvent *last = nullptr;
    for (const RequestEvent &e : r.events)
        if (e.type == eventType)
            last = &e;
    const auto e = &PageRenderer::esc;
    PageContent c;
    c.html = QStringLiteral("<p align=\"center\"><b><span style=\"font-size:large\">%1</span></b></p>")
                 .arg(returned ? tr("PEMBERITAHUAN PENGEMBALIAN BERKAS") : tr("PEMBERITAHUAN PENOLAKAN PERMOHONAN"));
    c.html += QStringLiteral("<p>%1</p><table cellpadding=\"2\">").arg(tr("Kepada Yth."));
    auto row = [&](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td width=\"160\">%1</td><td>: %2</td></tr>").arg(e(label), value);
    };
    c.html += row(tr("Nama"), QStringLiteral("<b>%1</b>").arg(e(r.resident.fullName)));
    c.html += row(tr("NIK"), e(IdentityNumber::mask(r.resident.nik)));
    c.html += row(tr("Nomor pelacakan"), QStringLiteral("<b>%1</b>").arg(e(r.tracking)));
    c.html += row(tr("Layanan"), e(r.service.name));
    c.html += row(tr("Diajukan"), e(IndonesianDate::formatDateTime(r.submittedAt)));
    c.html += QStringLiteral("</table>");
    if (returned) {
        QString missing;
        for (const RequirementState &req : r.requirements)
            if (!req.received && req.mandatory)
                missing += QStringLiteral("<li>%1</li>").arg(e(req.label));
        c.html += QStringLiteral("<p>%1</p>").arg(tr("Permohonan Anda belum dapat kami proses dan dikembalikan untuk dilengkapi."));
        if (last && !last->note.isEmpty())
            c.html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Alasan:"), e(last->note));
        if (!missing.isEmpty())
            c.html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>").arg(tr("Yang perlu dilengkapi:"), missing);
        c.html += QStringLiteral("<p>%1</p>").arg(
            tr("Bawa kelengkapan tersebut ke loket PATEN dengan menyebutkan nomor pelacakan di atas. Jangka waktu "
               "penyelesaian dihentikan sementara sampai berkas lengkap diterima."));
    } else {
        c.html += QStringLiteral("<p>%1</p>").arg(tr("Dengan menyesal kami sampaikan bahwa permohonan Anda tidak dapat dikabulkan."));
        c.html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Alasan:"), e(last ? last->note : QString()));
        c.html += QStringLiteral("<p>%1</p>").arg(tr("Apabila Anda keberatan, sampaikan pengaduan melalui: %1")
                                                      .arg(e(r.service.complaintChannel)));
    }
    c.html += QStringLiteral("<table width=\"100%\"><tr><td></td><td align=\"right\">%1, %2<br/>%3<br/><br/><br/><b>%4</b></td></tr></table>")
                  .arg(e(office.city), e(IndonesianDate::format(printedAt.date())), tr("Petugas,"),
                       e(last ? last->actorName : r.officerName));
    return c;
}

} // namespace loket
