#include "ExtractFilesOperation.h"

#include "wim/WimLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <wimlib.h>

#include <cerrno>
#include <cstdio>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::ExtractFilesOperation)
};
} // namespace

ExtractFilesOperation::ExtractFilesOperation(QString imagePath, ImageSelector selector, QStringList paths,
                                             QString destination, WimOpenOptions options)
    : m_imagePath(std::move(imagePath))
    , m_selector(std::move(selector))
    , m_paths(std::move(paths))
    , m_destination(std::move(destination))
    , m_options(std::move(options))
{
}

QString ExtractFilesOperation::description() const
{
    return Tr::tr("Extract %n item(s) from %1 to %2", nullptr, int(m_paths.size()))
        .arg(QFileInfo(m_imagePath).fileName(), QDir::toNativeSeparators(m_destination));
}

QList<std::pair<QString, QString>> ExtractFilesOperation::parameters() const
{
    return {{QStringLiteral("ImageFile"), m_imagePath},
            {QStringLiteral("Image"), m_selector.describe()},
            {QStringLiteral("Paths"), m_paths.join(QStringLiteral("; "))},
            {QStringLiteral("Destination"), m_destination}};
}

Status ExtractFilesOperation::run(OperationContext &context)
{
    if (m_paths.isEmpty())
        return Error::make(QStringLiteral("extract.nothing-selected"), Tr::tr("No files were chosen to extract."));
    const QFileInfo dest(m_destination);
    if (!dest.isDir())
        return Error::make(QStringLiteral("extract.destination-missing"),
                           Tr::tr("The destination folder %1 does not exist. Create it first or choose another one.")
                               .arg(QDir::toNativeSeparators(m_destination)));
    auto wim = WimFile::open(m_imagePath, m_options, &context);
    if (!wim)
        return wim.error();
    const auto index = wim->resolveImage(m_selector.index, m_selector.name);
    if (!index)
        return index.error();

    QStringList imagePaths;
    QStringList names;
    bool root = false;
    for (const QString &p : m_paths) {
        const auto entry = wim->stat(*index, p);
        if (!entry)
            return entry.error();
        root = root || entry->name.isEmpty();
        const QString name = entry->name.isEmpty() ? QStringLiteral("image-%1").arg(*index) : entry->name;
        if (names.contains(name, Qt::CaseInsensitive))
            return Error::make(QStringLiteral("extract.duplicate-name"),
                               Tr::tr("Two chosen items are both named %1; extract them one at a time.").arg(name));
        if (QFileInfo::exists(QDir(m_destination).filePath(name)))
            return Error::make(QStringLiteral("extract.exists"),
                               Tr::tr("%1 already exists in %2. Remove it or choose another folder.")
                                   .arg(name, QDir::toNativeSeparators(m_destination)));
        names << name;
        imagePaths << entry->path;
    }
    // A crafted entry name ('/' or '\\' inside it) anywhere below the chosen items refuses the
    // extraction before anything is written (wimlib would skip some and write others literally).
    for (const QString &p : std::as_const(imagePaths))
        WB_TRY(wim->walk(*index, p, true, [](const DirectoryEntry &) { return true; }, &context));
    if (root && m_paths.size() > 1)
        return Error::make(QStringLiteral("extract.root-and-more"),
                           Tr::tr("The whole image was chosen together with other items; extract the whole image on its own."));

    // Stage inside the destination (same file system), then rename each item into place.
    const QString staging = QDir(m_destination).filePath(
        QStringLiteral(".wimbench-extract-%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0')));
    if (!QDir().mkdir(staging))
        return Error::fromErrno(QStringLiteral("extract.staging-failed"),
                                Tr::tr("Could not create a staging folder in %1.").arg(QDir::toNativeSeparators(m_destination)),
                                errno);
    struct Cleanup
    {
        QString path;
        ~Cleanup() { QDir(path).removeRecursively(); }
    } cleanup{staging};

    QList<QByteArray> encoded;
    std::vector<const char *> raw;
    for (const QString &p : imagePaths)
        encoded << p.toUtf8();
    for (const QByteArray &e : encoded)
        raw.push_back(e.constData());
    WimProgressAdapter progress(wim->handle(), &context);
    // Without its structure wimlib writes the root's children straight into the target, so the
    // whole image goes into a folder named like the item it is moved as.
    const QString into = root ? QDir(staging).filePath(names.first()) : staging;
    if (root && !QDir().mkdir(into))
        return Error::fromErrno(QStringLiteral("extract.staging-failed"),
                                Tr::tr("Could not create a staging folder in %1.").arg(QDir::toNativeSeparators(m_destination)), errno);
    const QByteArray target = QFile::encodeName(into);
    const int rc = wimlib_extract_paths(wim->handle(), *index, target.constData(), raw.data(), raw.size(),
                                        WIMLIB_EXTRACT_FLAG_NO_PRESERVE_DIR_STRUCTURE | WIMLIB_EXTRACT_FLAG_NO_ACLS);
    if (rc != 0)
        return WimLibrary::error(rc, Tr::tr("Could not extract the chosen files from image %1 of %2")
                                         .arg(*index)
                                         .arg(QDir::toNativeSeparators(m_imagePath)),
                                 m_imagePath);
    if (context.isCancelled())
        return Error::cancelled();
    for (const QString &name : names) {
        const QString from = QDir(staging).filePath(name);
        const QString to = QDir(m_destination).filePath(name);
        if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
            const int err = errno;
            for (const QString &done : std::as_const(m_extracted))
                QFileInfo(done).isDir() ? void(QDir(done).removeRecursively()) : void(QFile::remove(done));
            m_extracted.clear();
            return Error::fromErrno(QStringLiteral("extract.move-failed"),
                                    Tr::tr("Could not move %1 into %2.").arg(name, QDir::toNativeSeparators(m_destination)), err);
        }
        m_extracted << to;
        context.info(QStringLiteral("Extracted %1 to %2").arg(name, to));
    }
    return {};
}

} // namespace wb
