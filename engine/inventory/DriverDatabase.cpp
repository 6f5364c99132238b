#include "DriverDatabase.h"
#include "ImageHive.h"

namespace wb {

Result<DriverDatabase> DriverDatabase::read(const QString &root)
{
    auto hive = ImageHive::open(root, ImageHives::Kind::Drivers);
    if (!hive)
        return hive.error();
    DriverDatabase db;
    if (!*hive)
        return db;
    for (const QString &folder : ImageHive::subkeys(**hive, packagesKey())) {
        const QString key = packagesKey() + u'\\' + folder;
        Entry e{ImageHive::string(**hive, key, QString()), ImageHive::string(**hive, key, QStringLiteral("Provider"))};
        if (!e.publishedName.isEmpty())
            db.m_packages.insert(folder.toLower(), e);
    }
    return db;
}

const DriverDatabase::Entry *DriverDatabase::package(const QString &folderName) const
{
    const auto it = m_packages.constFind(folderName.toLower());
    return it == m_packages.cend() ? nullptr : &*it;
}

} // namespace wb
