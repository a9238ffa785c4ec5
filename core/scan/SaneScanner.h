// Scanning through libsane: device discovery, opening a device by name, setting source, mode,
// resolution and paper geometry by the standard option names, and reading pages (the document
// feeder until it is empty). The frame formats SANE can deliver are all assembled: grey and RGB
// at 1, 8 or 16 bits, three-pass colour (separate red, green and blue frames) and hand scanners
// that do not know the page height in advance. Errors become loket::Error with a message an
// officer understands ("Kertas macet di pengumpan").
//
// A SaneScanner is used from one thread at a time (the scanning worker); cancel() may be called
// from any other thread. libsane itself is initialised once per process and every call into it,
// except sane_cancel, is serialised.
#pragma once

#include "ScanCapabilities.h"
#include "ScanTypes.h"

#include <QCoreApplication>
#include <atomic>
#include <memory>

namespace loket {

class SaneScanner
{
    Q_DECLARE_TR_FUNCTIONS(SaneScanner)

public:
    // The devices libsane finds (may take seconds with network scanners: call it off the GUI thread).
    static QList<ScanDevice> devices();

    // Opens the device; throws Error::device (busy, gone, access denied) or Error::notFound.
    explicit SaneScanner(const QString &deviceName);
    ~SaneScanner();
    SaneScanner(const SaneScanner &) = delete;
    SaneScanner &operator=(const SaneScanner &) = delete;

    const QString &deviceName() const { return m_name; }
    // The values the device offers for its "source" and "mode" options and its resolution range.
    QStringList sources() const;
    QStringList modes() const;
    QList<int> resolutions() const;
    // What a scan with this device can use, in ScanSettings' words (see ScanCapabilities), as the
    // device describes itself now.
    ScanCapabilities capabilities() const;

    // Applies the settings and scans: one page from the flatbed, or every page in the feeder.
    // Throws Error::invalid for settings the device cannot do, Error::device for paper and device
    // states. A cancel() returns the outcome with cancelled = true.
    ScanOutcome scan(const ScanSettings &settings, const ScanCallbacks &callbacks = {});
    // Stops the scan in progress as soon as the device allows; safe from any thread.
    void cancel();

    // The message for a SANE status, in the user's language.
    static QString statusMessage(int saneStatus);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    QString m_name;
    std::atomic_bool m_cancelled{false};
};

} // namespace loket
