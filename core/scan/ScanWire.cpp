#include "ScanWire.h"

#include "imaging/ImageTools.h"

#include <QDataStream>
#include <QIODevice>
#include <QtEndian>

namespace loket::wire {

QByteArray encodeHead(const QString &type, const QVariantMap &fields, qsizetype blobSize)
{
    QByteArray head;
    {
        QDataStream out(&head, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << type << fields << quint32(blobSize);
    }
    QByteArray frame(4, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(head.size() + blobSize), frame.data());
    return frame + head;
}

QByteArray encode(const Message &message)
{
    return encodeHead(message.type, message.fields, message.blob.size()) + message.blob;
}

std::optional<Message> FrameReader::next()
{
    if (m_corrupt || m_buffer.size() - m_start < 4)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData() + m_start);
    if (length > kMaxFrameBytes) {
        m_corrupt = true;
        return std::nullopt;
    }
    if (quint64(m_buffer.size() - m_start) < 4 + quint64(length))
        return std::nullopt;
    const qsizetype frameStart = m_start + 4;
    m_start = frameStart + qsizetype(length);
    // The head is read in place; the blob is copied out once.
    Message message;
    quint32 blobSize = 0;
    {
        const QByteArray frame = QByteArray::fromRawData(m_buffer.constData() + frameStart, qsizetype(length));
        QDataStream in(frame);
        in.setVersion(QDataStream::Qt_6_4);
        in >> message.type >> message.fields >> blobSize;
        const qint64 headSize = in.device() ? in.device()->pos() : -1;
        if (in.status() != QDataStream::Ok || message.type.isEmpty() || headSize < 0
            || quint64(headSize) + blobSize != length) {
            m_corrupt = true;
            return std::nullopt;
        }
        message.blob = QByteArray(frame.constData() + headSize, qsizetype(blobSize));
    }
    // What was read is dropped once it is more than what is left (amortised, no move per frame).
    if (m_start >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_start);
        m_start = 0;
    }
    return message;
}

QVariantMap toMap(const ScanSettings &settings)
{
    QVariantMap extra;
    for (auto it = settings.extraOptions.cbegin(); it != settings.extraOptions.cend(); ++it)
        extra.insert(it.key(), it.value());
    return {{QStringLiteral("source"), settings.source},       {QStringLiteral("mode"), settings.mode},
            {QStringLiteral("resolution"), settings.resolution}, {QStringLiteral("pageSize"), settings.pageSize},
            {QStringLiteral("extraOptions"), extra}};
}

ScanSettings settingsFromMap(const QVariantMap &map)
{
    ScanSettings s;
    s.source = map.value(QStringLiteral("source"), s.source).toString();
    s.mode = map.value(QStringLiteral("mode"), s.mode).toString();
    s.resolution = map.value(QStringLiteral("resolution"), s.resolution).toInt();
    s.pageSize = map.value(QStringLiteral("pageSize"), s.pageSize).toString();
    const QVariantMap extra = map.value(QStringLiteral("extraOptions")).toMap();
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        s.extraOptions.insert(it.key(), it.value().toString());
    return s;
}

QVariantMap toMap(const ScanCapabilities &c)
{
    QVariantList resolutions;
    for (int dpi : c.resolutions)
        resolutions << dpi;
    return {{QStringLiteral("sources"), c.sources},
            {QStringLiteral("modes"), c.modes},
            {QStringLiteral("resolutions"), resolutions},
            {QStringLiteral("minResolution"), c.minResolution},
            {QStringLiteral("maxResolution"), c.maxResolution},
            {QStringLiteral("resolutionRange"), c.resolutionRange},
            {QStringLiteral("maxAreaMm"), c.maxAreaMm},
            {QStringLiteral("pageSizes"), c.pageSizes}};
}

ScanCapabilities capabilitiesFromMap(const QVariantMap &map)
{
    ScanCapabilities c;
    c.sources = map.value(QStringLiteral("sources")).toStringList();
    c.modes = map.value(QStringLiteral("modes")).toStringList();
    for (const QVariant &dpi : map.value(QStringLiteral("resolutions")).toList())
        c.resolutions << dpi.toInt();
    c.minResolution = map.value(QStringLiteral("minResolution")).toInt();
    c.maxResolution = map.value(QStringLiteral("maxResolution")).toInt();
    c.resolutionRange = map.value(QStringLiteral("resolutionRange")).toBool();
    c.maxAreaMm = map.value(QStringLiteral("maxAreaMm")).toSizeF();
    c.pageSizes = map.value(QStringLiteral("pageSizes")).toStringList();
    return c;
}

QVariantList toList(const QList<ScanDevice> &devices)
{
    QVariantList list;
    for (const ScanDevice &d : devices)
        list << QVariantMap{{QStringLiteral("name"), d.name},
                            {QStringLiteral("vendor"), d.vendor},
                            {QStringLiteral("model"), d.model},
                            {QStringLiteral("type"), d.type}};
    return list;
}

QList<ScanDevice> devicesFromList(const QVariantList &list)
{
    QList<ScanDevice> devices;
    for (const QVariant &v : list) {
        const QVariantMap m = v.toMap();
        devices << ScanDevice{m.value(QStringLiteral("name")).toString(), m.value(QStringLiteral("vendor")).toString(),
                              m.value(QStringLiteral("model")).toString(), m.value(QStringLiteral("type")).toString()};
    }
    return devices;
}

Message pageHeader(const QImage &image, int dpi, int index)
{
    Message m;
    m.type = QStringLiteral("page");
    m.fields = {{QStringLiteral("index"), index},
                {QStringLiteral("dpi"), dpi},
                {QStringLiteral("width"), image.width()},
                {QStringLiteral("height"), image.height()},
                {QStringLiteral("format"), int(image.format())},
                {QStringLiteral("bytesPerLine"), int(image.bytesPerLine())}};
    if (image.colorCount() > 0) {
        QVariantList colours;
        for (QRgb c : image.colorTable())
            colours << uint(c);
        m.fields.insert(QStringLiteral("colorTable"), colours);
    }
    return m;
}

Message pageMessage(const QImage &image, int dpi, int index)
{
    Message m = pageHeader(image, dpi, index);
    m.blob = QByteArray(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes());
    return m;
}

QImage pageImage(const Message &m)
{
    const int width = m.fields.value(QStringLiteral("width")).toInt();
    const int height = m.fields.value(QStringLiteral("height")).toInt();
    const int bytesPerLine = m.fields.value(QStringLiteral("bytesPerLine")).toInt();
    const int format = m.fields.value(QStringLiteral("format")).toInt();
    const int dpi = m.fields.value(QStringLiteral("dpi")).toInt();
    if (width <= 0 || height <= 0 || bytesPerLine <= 0 || format <= QImage::Format_Invalid
        || format >= QImage::NImageFormats || qint64(bytesPerLine) * height != m.blob.size())
        return {};
    // The image keeps the blob's bytes alive instead of copying them.
    auto *bytes = new QByteArray(m.blob);
    QImage image(reinterpret_cast<uchar *>(bytes->data()), width, height, bytesPerLine, QImage::Format(format),
                 [](void *info) { delete static_cast<QByteArray *>(info); }, bytes);
    if (image.isNull() || image.bytesPerLine() != bytesPerLine)
        return {};
    const QVariantList colours = m.fields.value(QStringLiteral("colorTable")).toList();
    if (!colours.isEmpty()) {
        QList<QRgb> table;
        for (const QVariant &c : colours)
            table << QRgb(c.toUInt());
        image.setColorTable(table);
    }
    if (dpi > 0)
        setDpi(image, dpi);
    return image;
}

} // namespace loket::wire
