// What a scanner can do, in the words of ScanSettings: the sources, colour modes, resolutions and
// paper sizes a scan with it can use. Read from the device by SaneScanner::capabilities(), so a
// form offers only those instead of letting the officer find out from an error after pressing scan.
#pragma once

#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace loket {

struct ScanCapabilities
{
    QStringList sources;       // "flatbed", "adf" (the values of ScanSettings::source)
    QStringList modes;         // "color", "gray", "lineart" (line art also as grey at 1 bit)
    QList<int> resolutions;    // dpi values worth offering, ascending, within what validate() accepts
    int minResolution = 0;     // the device's own bounds in dpi; 0 when it does not say
    int maxResolution = 0;
    bool resolutionRange = false;   // any value between the bounds (else only the listed ones)
    QSizeF maxAreaMm;          // the largest scan area; empty when the device does not say
    QStringList pageSizes;     // "a4", "f4", "id-card" that fit in maxAreaMm

    // Every choice, for a device not asked (yet): what the forms offered before asking.
    static ScanCapabilities everything();
    // The dpi values offered for a device with a continuous range (75 … 1200).
    static QList<int> standardResolutions();
    // The page sizes (ScanSettings::pageSize values) that fit in an area; all of them when the
    // area is empty (unknown).
    static QStringList pageSizesFitting(const QSizeF &areaMm);

    bool hasSource(const QString &source) const { return sources.contains(source); }
    bool hasMode(const QString &mode) const { return modes.contains(mode); }
    bool fits(const QString &pageSize) const { return pageSizes.contains(pageSize); }
    // The offered resolution nearest to dpi (dpi itself when nothing is listed).
    int nearestResolution(int dpi) const;
    // The value of offered nearest to dpi (dpi itself when offered is empty).
    static int nearestOf(const QList<int> &offered, int dpi);
};

} // namespace loket
