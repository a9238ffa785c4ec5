// Official Indonesian region codes (provinces, regencies, districts; villages of Banyumas),
// shipped inside the application from idn-area-data 4.0.1 (ODbL 1.0).
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace loket {

struct Region
{
    QString code;   // 33, 33.02, 33.02.27 or 33.02.27.1005
    QString parentCode;
    QString name;
};

class RegionDirectory
{
public:
    // The shared, lazily loaded directory (thread-safe after the first call).
    static const RegionDirectory &instance();

    // Name of the region with that dotted code, or an empty string.
    QString name(const QString &code) const;
    bool contains(const QString &code) const { return m_regions.contains(code); }
    // Villages (kelurahan/desa) of a district, by code.
    QList<Region> villagesOf(const QString &districtCode) const;

private:
    RegionDirectory();
    void load(const QString &resource);

    QHash<QString, Region> m_regions;
};

} // namespace loket
