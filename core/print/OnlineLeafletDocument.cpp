#include "OnlineLeafletDocument.h"

#include "QrCode.h"
#include "common/Error.h"

namespace loket {

PageContent OnlineLeafletDocument::build(const Office &office)
{
    if (office.onlineUrl.trimmed().isEmpty())
        throw Error::invalid(tr("Alamat layanan daring kantor belum diisi (Pengaturan → Kantor)."));
    const auto e = &PageRenderer::esc;
    PageContent c;
    c.baseFontPt = 13;
    c.images.insert(QStringLiteral("qr"), QrCode::image(office.onlineUrl).scaled(600, 600, Qt::KeepAspectRatio, Qt::FastTransformation));
    c.html = QStringLiteral("<p align=\"center\"><b><span style=\"font-size:xx-large\">%1</span></b><br/>%2</p>")
                 .arg(tr("Urus surat dari rumah"), tr("Layanan PATEN %1 bisa diajukan secara daring, tanpa antre.").arg(e(office.name)));
    c.html += QStringLiteral("<p align=\"center\"><img src=\"qr\" width=\"%2\" height=\"%2\"/><br/>"
                             "<span style=\"font-size:x-large\"><b>%1</b></span></p>").arg(e(office.onlineUrl)).arg(PageRenderer::htmlPixels(55));
    c.html += QStringLiteral("<p><b>%1</b></p><ol><li>%2</li><li>%3</li><li>%4</li><li>%5</li><li>%6</li></ol>")
                  .arg(tr("Langkahnya:"), tr("Pindai kode QR di atas dengan kamera ponsel, atau ketik alamatnya di peramban."),
                       tr("Daftar dengan NIK dan nomor ponsel Anda."), tr("Pilih layanan yang Anda perlukan."),
                       tr("Foto atau unggah berkas persyaratan, lalu kirim."),
                       tr("Simpan nomor pelacakan yang Anda terima."));
    c.html += QStringLiteral("<p><b>%1</b></p><ul><li>%2</li><li>%3</li><li>%4</li></ul>")
                  .arg(tr("Yang perlu disiapkan:"), tr("KTP-el dan Kartu Keluarga (foto yang jelas)."),
                       tr("Surat pengantar RT/RW atau kelurahan bila layanan memerlukannya."),
                       tr("Ponsel dengan kamera dan paket data."));
    c.html += QStringLiteral("<p><b>%1</b> %2</p>")
                  .arg(tr("Cek status:"), tr("buka alamat di atas dan masukkan nomor pelacakan%1. Dokumen dapat diambil di kantor "
                                             "atau diterima sebagai PDF.")
                                              .arg(office.phone.isEmpty() ? QString() : tr(", atau hubungi %1").arg(e(office.phone))));
    c.html += QStringLiteral("<p align=\"center\">%1</p>").arg(tr("Tidak punya ponsel? Petugas loket siap membantu mengajukan atas nama Anda."));
    return c;
}

} // namespace loket
