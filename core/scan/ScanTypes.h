// What a scan asks of a scanner and what it brings back, independent of SANE's C types.
#pragma once

#include <QImage>
#include <QList>
#include <QMap>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <functional>

namespace loket {

struct ScanDevice
{
    QString name;     // SANE device name, e.g. "test:0" or "epson2:libusb:001:004"
    QString vendor;
    QString model;
    QString type;     // "flatbed scanner", "virtual device" ...
};

struct ScanSettings
{
    QString source = QStringLiteral("flatbed");   // flatbed | adf
    QString mode = QStringLiteral("gray");        // color | gray | lineart
    int resolution = 200;                         // dpi; the nearest the device offers is used
    QString pageSize = QStringLiteral("a4");      // a4 | f4 | id-card
    // Device-specific SANE options by name (e.g. the test backend's "read-delay" = "yes").
    QMap<QString, QString> extraOptions;

    // Paper size in millimetres for a page size name; throws Error::invalid for an unknown one.
    static QSizeF pageSizeMm(const QString &name);
    // Throws Error::invalid naming the first setting that is not one of the accepted values.
    void validate() const;
};

// A named set of settings offered per kind of paper ("KTP: colour 300 dpi, card size").
struct ScanPreset
{
    QString key;
    QString label;
    ScanSettings settings;
    static QList<ScanPreset> defaults();
};

struct ScannedPage
{
    QImage image;     // Grayscale8, RGB888 or Mono; dots per metre set from the resolution
    int dpi = 0;
};

struct ScanCallbacks
{
    // Fraction (0..1, or -1 when the page height is unknown) of page `index` (0-based) read so far.
    std::function<void(int index, double fraction)> progress;
    // A page has been read completely; it is also in the returned list.
    std::function<void(const ScannedPage &page, int index)> pageDone;
    // The device reported a state that ends the scan (jam, no paper …), with the officer's
    // message; called before the device is told to stop, because some backends wedge there.
    std::function<void(const QString &message)> failing;
};

struct ScanOutcome
{
    QList<ScannedPage> pages;
    bool cancelled = false;   // the pages read before the cancel are in pages; the caller decides whether to keep them
};

} // namespace loket
