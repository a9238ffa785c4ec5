#include "ScanCapabilities.h"

#include "ScanTypes.h"

#include <cstdlib>

namespace loket {

namespace {
// Device geometry is rounded (297.18 mm for a Letter/A4 glass, 296.99 after fixed-point): a paper
// that misses by less than this still fits.
constexpr double kFitToleranceMm = 1.0;
} // namespace

ScanCapabilities ScanCapabilities::everything()
{
    ScanCapabilities c;
    c.sources = {QStringLiteral("flatbed"), QStringLiteral("adf")};
    c.modes = {QStringLiteral("color"), QStringLiteral("gray"), QStringLiteral("lineart")};
    c.resolutions = standardResolutions();
    c.resolutionRange = true;
    c.pageSizes = pageSizesFitting({});
    return c;
}

QList<int> ScanCapabilities::standardResolutions()
{
    return {75, 100, 150, 200, 300, 400, 600, 1200};
}

QStringList ScanCapabilities::pageSizesFitting(const QSizeF &areaMm)
{
    QStringList out;
    for (const QString &name : {QStringLiteral("a4"), QStringLiteral("f4"), QStringLiteral("id-card")}) {
        const QSizeF paper = ScanSettings::pageSizeMm(name);
        if (areaMm.isEmpty()
            || (paper.width() <= areaMm.width() + kFitToleranceMm && paper.height() <= areaMm.height() + kFitToleranceMm))
            out << name;
    }
    return out;
}

int ScanCapabilities::nearestResolution(int dpi) const
{
    return nearestOf(resolutions, dpi);
}

int ScanCapabilities::nearestOf(const QList<int> &offered, int dpi)
{
    int best = dpi;
    int bestDistance = -1;
    for (int candidate : offered) {
        const int distance = std::abs(candidate - dpi);
        if (bestDistance < 0 || distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace loket
