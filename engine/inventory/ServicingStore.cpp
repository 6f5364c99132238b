#include "ServicingStore.h"
#include "MumManifest.h"

#include "core/Operation.h"
#include "provision/OfflineImage.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::ServicingStore)
};
} // namespace

Result<QList<CbsPackage>> ServicingStore::scan(const QString &root, OperationContext &context, QStringList *problems)
{
    QList<CbsPackage> packages;
    const QString folder = OfflineImage::resolve(root, packagesFolder());
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.mum")}, QDir::Files, QDir::Name | QDir::IgnoreCase);
    quint64 done = 0;
    for (const QString &file : files) {
        if (context.isCancelled())
            return Error::cancelled();
        context.progress(Tr::tr("Reading package manifests"), done++, quint64(files.size()));
        const QString relative = packagesFolder() + u'/' + file;
        auto package = MumManifest::load(folder + u'/' + file, relative);
        if (!package) {
            context.warning(package.error().oneLine());
            if (problems)
                *problems << package.error().message;
            continue;
        }
        package->manifestPath = relative;
        packages << *package;
    }
    return packages;
}

} // namespace wb
