#include "EditionStore.h"

#include "ImageHive.h"

#include "provision/OfflineImage.h"

#include <QDir>

namespace wb {

Result<EditionFacts> EditionStore::read(const QString &root)
{
    EditionFacts facts;
    auto software = ImageHive::open(root, QStringLiteral("SOFTWARE"));
    if (!software)
        return software.error();
    if (*software) {
        const QString key = QStringLiteral("Microsoft\\Windows NT\\CurrentVersion");
        facts.current = ImageHive::string(**software, key, QStringLiteral("EditionID"));
        if (!facts.current.isEmpty())
            facts.currentSource = QStringLiteral("SOFTWARE\\") + key + QStringLiteral("\\EditionID");
    }
    const QString folder = OfflineImage::resolve(root, editionsFolder());
    const QStringList files = QDir(folder).entryList({QStringLiteral("*Edition.xml")}, QDir::Files, QDir::Name | QDir::IgnoreCase);
    for (const QString &file : files)
        if (file.size() > int(qstrlen("Edition.xml")))
            facts.targets << file.left(file.size() - int(qstrlen("Edition.xml")));
    facts.targets.removeIf([&](const QString &t) { return t.compare(facts.current, Qt::CaseInsensitive) == 0; });
    return facts;
}

} // namespace wb
