#include "QrCode.h"

#include "common/Error.h"

#include <memory>
#include <qrencode.h>

namespace loket {

QImage QrCode::image(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M),
                                                         &QRcode_free);
    if (!code)
        throw Error::invalid(QStringLiteral("QR code cannot hold %1 bytes").arg(utf8.size()));
    const int quiet = 4;
    const int size = code->width + 2 * quiet;
    QImage img(size, size, QImage::Format_Mono);
    img.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    img.fill(0);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                img.setPixel(x + quiet, y + quiet, 1);
    return img;
}

} // namespace loket
