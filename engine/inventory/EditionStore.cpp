#include "EditionStore.h"

#include "provision/OfflineImage.h"

#include <QDir>

namespace wb {

EditionFacts EditionStore::read(const QString &root)
{
    EditionFacts facts;
    const QString folder = OfflineImage::resolve(root, editionsFolder());
    const QStringList files = QDir(folder).entryList({QStringLiteral("*Edition.xml")}, QDir::Files, QDir::Name | QDir::IgnoreCase);
    for (const QString &file : files)
        if (file.size() > int(qstrlen("Edition.xml")))
            facts.targets << file.left(file.size() - int(qstrlen("Edition.xml")));
    return facts;
}

} // namespace wb
