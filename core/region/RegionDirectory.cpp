#include "RegionDirectory.h"

#include <QFile>
#include <algorithm>

namespace loket {

const RegionDirectory &RegionDirectory::instance()
{
    static const RegionDirectory directory;
    return directory;
}

RegionDirectory::RegionDirectory()
{
    load(QStringLiteral(":/wilayah/provinces.csv"));
    load(QStringLiteral(":/wilayah/regencies.csv"));
    load(QStringLiteral(":/wilayah/districts.csv"));
    load(QStringLiteral(":/wilayah/villages-banyumas.csv"));
}

void RegionDirectory::load(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const QStringList f = line.split(u',');
        if (f.size() < 2)
            continue;
        const bool hasParent = f.size() >= 3;
        QString name = f.mid(hasParent ? 2 : 1).join(u',');
        if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
            name = name.mid(1, name.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        m_regions.insert(f[0], {f[0], hasParent ? f[1] : QString(), name});
    }
}

QString RegionDirectory::name(const QString &code) const
{
    return m_regions.value(code).name;
}

QList<Region> RegionDirectory::villagesOf(const QString &districtCode) const
{
    QList<Region> out;
    for (const Region &r : m_regions)
        if (r.parentCode == districtCode)
            out.append(r);
    std::sort(out.begin(), out.end(), [](const Region &a, const Region &b) { return a.code < b.code; });
    return out;
}

} // namespace loket
