#include "PdfDocument.h"

#include "common/Error.h"
#include "imaging/ImageTools.h"

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace loket {

namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;

// Poppler writes its complaints about damaged files to stderr; they go to the log instead.
void routePopplerMessages()
{
    static std::once_flag once;
    std::call_once(once, [] {
        poppler::set_debug_error_function(
            [](const std::string &message, void *) { spdlog::debug("poppler: {}", message); }, nullptr);
    });
}

std::unique_ptr<poppler::page> pageOf(const poppler::document &doc, int index)
{
    if (index < 0 || index >= doc.pages())
        return {};
    return std::unique_ptr<poppler::page>(doc.create_page(index));
}

// Width and height in points as shown (a page turned by a quarter has them swapped).
QSizeF shownPoints(const poppler::page &page)
{
    const poppler::rectf box = page.page_rect(poppler::crop_box);
    const bool turned = page.orientation() == poppler::page::landscape || page.orientation() == poppler::page::seascape;
    return turned ? QSizeF(box.height(), box.width()) : QSizeF(box.width(), box.height());
}

} // namespace

PdfDocument::PdfDocument(const QByteArray &bytes, const QString &name)
    : m_bytes(bytes)
{
    routePopplerMessages();
    const QString shown = name.isEmpty() ? tr("PDF") : QStringLiteral("\"%1\"").arg(name.left(120));
    if (m_bytes.size() > std::numeric_limits<int>::max())
        throw Error::invalid(tr("Berkas %1 terlalu besar untuk dibuka.").arg(shown));
    m_doc.reset(poppler::document::load_from_raw_data(m_bytes.constData(), int(m_bytes.size())));
    if (!m_doc)
        throw Error::invalid(tr("Berkas %1 bukan PDF yang dapat dibaca: isinya rusak.").arg(shown));
    if (m_doc->is_locked())
        throw Error::invalid(tr("Berkas %1 dikunci dengan kata sandi; minta berkas tanpa kata sandi.").arg(shown));
    m_pageCount = m_doc->pages();
    if (m_pageCount <= 0)
        throw Error::invalid(tr("Berkas %1 tidak berisi halaman.").arg(shown));
}

PdfDocument::~PdfDocument() = default;

QSizeF PdfDocument::pageSizeMm(int index) const
{
    const auto page = pageOf(*m_doc, index);
    if (!page)
        return {};
    return shownPoints(*page) / kPointsPerMm;
}

QImage PdfDocument::render(int index, double dpi) const
{
    const auto page = pageOf(*m_doc, index);
    if (!page || !(dpi > 0))
        return {};
    const QSizeF points = shownPoints(*page);
    if (points.isEmpty())
        return {};
    // The largest resolution that keeps the image within the pixel limit.
    const double limit = std::sqrt(double(kMaxRenderPixels) / (points.width() * points.height())) * 72.0 * 0.998;
    dpi = std::min({dpi, limit, 1200.0});

    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_antialiasing, true);
    renderer.set_render_hint(poppler::page_renderer::text_hinting, true);
    renderer.set_image_format(poppler::image::format_argb32);
    renderer.set_paper_color(0xffffffff);
    const poppler::image drawn = renderer.render_page(page.get(), dpi, dpi);
    if (!drawn.is_valid() || drawn.width() <= 0 || drawn.height() <= 0)
        return {};
    // Poppler's ARGB32 is Qt's ARGB32 (native-endian 0xAARRGGBB); copy out of Poppler's buffer.
    const QImage view(reinterpret_cast<const uchar *>(drawn.const_data()), drawn.width(), drawn.height(),
                      drawn.bytes_per_row(), QImage::Format_ARGB32);
    QImage out = view.convertToFormat(QImage::Format_RGB32);
    setDpi(out, int(std::lround(dpi)));
    return out;
}

QImage PdfDocument::renderToFit(int index, const QSize &box) const
{
    const QSizeF mm = pageSizeMm(index);
    if (mm.isEmpty() || box.isEmpty())
        return {};
    const double dpi = std::min(box.width() / (mm.width() / 25.4), box.height() / (mm.height() / 25.4));
    QImage image = render(index, dpi);
    if (image.width() > box.width() || image.height() > box.height())
        image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

} // namespace loket
