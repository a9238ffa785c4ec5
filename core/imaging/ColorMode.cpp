#include "ColorMode.h"

namespace loket {

QString colorModeName(ColorMode mode)
{
    switch (mode) {
    case ColorMode::Color:
        return QStringLiteral("color");
    case ColorMode::Gray:
        return QStringLiteral("gray");
    case ColorMode::BlackWhite:
        return QStringLiteral("lineart");
    }
    return {};
}

std::optional<ColorMode> colorModeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("color") || n == QLatin1String("colour"))
        return ColorMode::Color;
    if (n == QLatin1String("gray") || n == QLatin1String("grey"))
        return ColorMode::Gray;
    if (n == QLatin1String("lineart") || n == QLatin1String("bw") || n == QLatin1String("blackwhite"))
        return ColorMode::BlackWhite;
    return std::nullopt;
}

} // namespace loket
