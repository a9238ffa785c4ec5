// The messages between the desktop app and loket-scan-worker, the process that drives libsane for
// it. Scanning runs in that separate process because SANE backends can wedge the process that
// scans (several, the test backend among them, stop their reader thread with an asynchronous
// pthread_cancel that can leave a malloc or loader lock held) or crash it; a wedged worker is
// killed and started again, and the counter's app never freezes.
//
// A frame is a 32-bit big-endian length followed by that many bytes: a QDataStream of the message
// type, its fields (a QVariantMap) and the blob's size, then the blob's raw bytes (a page's
// pixels, written straight from the image). Both ends are built from this file; the worker's
// "hello" carries kWireVersion and the app refuses a worker of another version.
#pragma once

#include "ScanCapabilities.h"
#include "ScanTypes.h"

#include <QByteArray>
#include <QImage>
#include <QVariantMap>
#include <optional>

namespace loket::wire {

inline constexpr int kWireVersion = 1;
// A frame larger than this is refused as corrupt (a 600-dpi colour F4 page is ~ 120 MB).
inline constexpr quint32 kMaxFrameBytes = 256u * 1024 * 1024;

struct Message
{
    QString type;
    QVariantMap fields;
    QByteArray blob;
};

QByteArray encode(const Message &message);
// The length and the head of a frame whose blob (blobSize bytes) is written right after it.
QByteArray encodeHead(const QString &type, const QVariantMap &fields, qsizetype blobSize);

// Collects bytes as they arrive and hands out whole messages.
class FrameReader
{
public:
    void append(const QByteArray &bytes) { m_buffer.append(bytes); }
    // The next whole message, or nothing until more bytes arrive. After a corrupt frame (too
    // large, unreadable) isCorrupt() is true and nothing more is returned.
    std::optional<Message> next();
    bool isCorrupt() const { return m_corrupt; }

private:
    QByteArray m_buffer;
    qsizetype m_start = 0;   // where the next frame begins in m_buffer
    bool m_corrupt = false;
};

QVariantMap toMap(const ScanSettings &settings);
ScanSettings settingsFromMap(const QVariantMap &map);
QVariantMap toMap(const ScanCapabilities &capabilities);
ScanCapabilities capabilitiesFromMap(const QVariantMap &map);
QVariantList toList(const QList<ScanDevice> &devices);
QList<ScanDevice> devicesFromList(const QVariantList &list);

// A page as a message: its pixels in the blob, their layout in the fields. pageHeader gives the
// fields only, for a writer that sends the image's bits itself (no copy).
Message pageHeader(const QImage &image, int dpi, int index);
Message pageMessage(const QImage &image, int dpi, int index);
// The page of a "page" message; a null image when the fields and the blob do not agree.
QImage pageImage(const Message &message);

} // namespace loket::wire
