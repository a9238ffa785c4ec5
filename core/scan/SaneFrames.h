// Turning the frames libsane delivers into a page image: grey or RGB at 1, 8 or 16 bits, and
// three-pass colour (one frame per channel). Used by SaneScanner only.
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>

#include <sane/sane.h>

namespace loket {

struct SaneFrame
{
    SANE_Parameters params{};
    QByteArray data;
};

// The page image (Mono, Grayscale8 or RGB888) with its dots per metre set from dpi; a null image
// when the frames hold no complete line.
QImage assembleFrames(const QList<SaneFrame> &frames, int dpi);
// Whether the parameters describe a frame assembleFrames() can read (depth, sizes within reason).
bool validFrameParameters(const SANE_Parameters &p);

} // namespace loket
