// Reads QR codes from an image (a page rendered from a PDF, a scan, a phone photo) with
// zxing-cpp, to find a letter's seal.
#pragma once

#include <QImage>
#include <QStringList>

namespace loket {

class QrReader
{
public:
    // The texts of every QR code found, in the order the decoder reports them.
    static QStringList read(const QImage &image);
};

} // namespace loket
