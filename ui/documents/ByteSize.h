// Sizes as an officer reads them: "184 KB", "2,4 MB" (decimal separator of the UI's locale).
#pragma once

#include <QLocale>
#include <QString>

namespace loket::ui {

inline QString formatByteSize(qint64 bytes)
{
    const QLocale locale;
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KB").arg(locale.toString((bytes + 1023) / 1024));
    return QStringLiteral("%1 MB").arg(locale.toString(double(bytes) / (1024.0 * 1024.0), 'f', 1));
}

} // namespace loket::ui
