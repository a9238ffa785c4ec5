#include "ServiceStandardDocument.h"

namespace loket {

QString ServiceStandardDocument::timeLimitText(int days)
{
    return days == 0 ? tr("Selesai pada hari yang sama") : tr("%n hari kerja", nullptr, days);
}

PageContent ServiceStandardDocument::build(const ServiceType &s, const Office &office)
{
    const auto e = &PageRenderer::esc;
    PageContent c;
    c.baseFontPt = 12;
    QString requirements;
    for (const Requirement &r : s.requirements)
        requirements += QStringLiteral("<li>%1%2</li>").arg(e(r.label), r.mandatory || r.label.contains(QStringLiteral("jika ada")) ? QString() : tr(" <i>(jika ada)</i>"));
    QString procedure;
    for (const QString &step : s.procedure.split(u'\n', Qt::SkipEmptyParts))
        procedure += QStringLiteral("%1<br/>").arg(e(step.trimmed()));
    auto section = [&](int n, const QString &title, const QString &body) {
        return QStringLiteral("<p><b>%1. %2</b></p><div style=\"margin-left:18px\">%3</div>").arg(n).arg(e(title), body);
    };
    c.html = QStringLiteral("<p align=\"center\"><b><span style=\"font-size:x-large\">%1</span></b><br/><b>%2</b><br/>%3</p>")
                 .arg(tr("STANDAR PELAYANAN"), e(s.name), e(s.category == QStringLiteral("perizinan") ? tr("Perizinan") : tr("Non-perizinan")));
    c.html += section(1, tr("Persyaratan"), QStringLiteral("<ol>%1</ol>").arg(requirements));
    c.html += section(2, tr("Sistem, mekanisme dan prosedur"), procedure);
    c.html += section(3, tr("Jangka waktu penyelesaian"), e(timeLimitText(s.timeLimitDays)));
    c.html += section(4, tr("Biaya/tarif"), e(s.fee.isEmpty() ? tr("Gratis") : s.fee));
    c.html += section(5, tr("Produk pelayanan"), e(s.product));
    c.html += section(6, tr("Penanganan pengaduan, saran dan masukan"), e(s.complaintChannel).replace(u'\n', QStringLiteral("<br/>")));
    if (!s.legalBasis.isEmpty())
        c.html += QStringLiteral("<p><span style=\"font-size:small\"><b>%1</b> %2</span></p>").arg(tr("Dasar hukum:"), e(s.legalBasis));
    c.html += QStringLiteral("<p align=\"center\"><span style=\"font-size:small\">%1</span></p>")
                  .arg(tr("Kode layanan %1 · %2").arg(e(s.code), e(office.name)));
    return c;
}

} // namespace loket
