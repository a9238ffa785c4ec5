// QR codes through libqrencode, as black-and-white images with the standard quiet zone.
#pragma once

#include <QImage>
#include <QString>

namespace loket {

class QrCode
{
public:
    // One pixel per module plus a 4-module quiet zone; scale it without smoothing when drawing.
    // Throws Error::invalid when the text does not fit in a QR code.
    static QImage image(const QString &text);
};

} // namespace loket
