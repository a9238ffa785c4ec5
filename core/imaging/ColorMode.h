// How a page is kept: in colour (photos, KTP), in grey (most documents) or in black and white
// (bilevel, the smallest for plain text). The names match the scan modes "color", "gray" and
// "lineart" so a scan setting and a storage mode can be converted into each other.
#pragma once

#include <QString>
#include <optional>

namespace loket {

// Resolution pages are kept at by default: small, still sharp enough to read and print.
constexpr int kDefaultStorageDpi = 200;

enum class ColorMode {
    Color,
    Gray,
    BlackWhite,
};

// "color", "gray" or "lineart".
QString colorModeName(ColorMode mode);
// Accepts "color"/"colour", "gray"/"grey" and "lineart"/"bw"/"blackwhite"; nothing otherwise.
std::optional<ColorMode> colorModeFromName(const QString &name);

} // namespace loket
