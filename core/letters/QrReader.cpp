#include "QrReader.h"

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

namespace loket {

QStringList QrReader::read(const QImage &image)
{
    if (image.isNull())
        return {};
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                                int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    QStringList out;
    for (const ZXing::Result &r : ZXing::ReadBarcodes(view, hints))
        if (r.isValid())
            out << QString::fromStdString(r.text());
    return out;
}

} // namespace loket
