// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryRoot.h"
#include "InventoryCache.h"

#include "core/ImagePath.h"
#include "core/Operation.h"
#include "wim/WimApply.h"
#include "wim/WimFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cerrno>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::InventoryRoot)
};

const QString kConfig = QStringLiteral("Windows/System32/config");

Error notAnImage(const QString &what)
{
    return Error::make(QStringLiteral("inventory.not-an-image"),
                       Tr::tr("%1 does not hold a Windows image: it has no Windows/System32 folder. Give the folder a Windows image is "
                              "mounted or applied to, or a Windows image of a WIM file.")
                           .arg(what));
}

/// The image path of `relative` with each component matched case-insensitively (Windows images
/// are case-insensitive, wimlib's paths on Linux are not); empty when a component is absent.
Result<QString> findFolder(const WimFile &wim, int index, const QString &relative)
{
    QString current = QStringLiteral("/");
    for (const QString &part : relative.split(u'/', Qt::SkipEmptyParts)) {
        auto children = wim.listDirectory(index, current);
        if (!children)
            return children.error();
        QString next;
        for (const DirectoryEntry &e : std::as_const(*children))
            if (e.isDirectory && e.reparseTag == 0 && e.name.compare(part, Qt::CaseInsensitive) == 0)
                next = e.path;
        if (next.isEmpty())
            return QString();
        current = next;
    }
    return current;
}

/// The files (or, for `namesOnly`, the folders) of one file set in the image.
Status collect(const WimFile &wim, int index, const InventoryFileSet &set, QStringList &files, QStringList &folders)
{
    auto folder = findFolder(wim, index, set.folder);
    if (!folder)
        return folder.error();
    if (folder->isEmpty())
        return {};
    const QRegularExpression match = QRegularExpression::fromWildcard(set.pattern, Qt::CaseInsensitive);
    const int depth = int(folder->count(u'/')) + ((set.inSubfolders || set.namesOnly) ? 1 : 0);
    // One walk over the folder (recursive only for files in subfolders) instead of one listing per subfolder.
    return wim.walk(index, *folder, set.inSubfolders, [&](const DirectoryEntry &e) {
        if (e.reparseTag != 0 || e.path.count(u'/') != depth + (set.namesOnly ? 0 : 1) || !match.match(e.name).hasMatch())
            return true;
        if (set.namesOnly && e.isDirectory)
            folders << e.path;
        else if (!set.namesOnly && !e.isDirectory)
            files << e.path;
        return true;
    });
}

Status extractFiles(const WimFile &wim, int index, const QStringList &files, const QString &target, OperationContext &context)
{
    return WimApply::extractPaths(wim, index, files, target, WimApply::PathLayout::Tree, context,
                                  Tr::tr("Could not extract the files the inventory reads from image %1 of %2").arg(index).arg(wim.path()));
}

} // namespace

namespace {
/// `indexText` / `nameText` have the file as %1 and the index or name as %2.
QString sourceText(const InventorySource &source, const QString &indexText, const QString &nameText)
{
    if (!source.isWim())
        return source.folder;
    if (source.index)
        return indexText.arg(source.wimFile, QString::number(*source.index));
    if (!source.name.isEmpty())
        return nameText.arg(source.wimFile, source.name);
    return source.wimFile;
}
} // namespace

QString InventorySource::describe() const
{
    return sourceText(*this, QStringLiteral("%1, index %2"), QStringLiteral("%1, name \"%2\""));
}

QString InventorySource::displayText() const
{
    return sourceText(*this, Tr::tr("%1, index %2", "an image file and one of its images"),
                      Tr::tr("%1, name \"%2\"", "an image file and one of its images"));
}

QList<InventoryFileSet> InventoryRoot::fileSets(unsigned topics)
{
    QList<InventoryFileSet> sets;
    if (topics & DriversTopic)
        sets << InventoryFileSet{QStringLiteral("Windows/INF"), QStringLiteral("oem*.inf")}
             << InventoryFileSet{QStringLiteral("Windows/System32/DriverStore/FileRepository"), QStringLiteral("*.inf"), true}
             << InventoryFileSet{kConfig, QStringLiteral("DRIVERS")};
    if (topics & EditionsTopic)
        sets << InventoryFileSet{QStringLiteral("Windows/servicing/Editions"), QStringLiteral("*.xml")}
             << InventoryFileSet{kConfig, QStringLiteral("SOFTWARE")};
    if (topics & InternationalTopic)
        sets << InventoryFileSet{kConfig, QStringLiteral("SYSTEM")} << InventoryFileSet{kConfig, QStringLiteral("DEFAULT")};
    if (topics & PackagesTopic)
        sets << InventoryFileSet{QStringLiteral("Windows/servicing/Packages"), QStringLiteral("*.mum")}
             << InventoryFileSet{kConfig, QStringLiteral("SOFTWARE")};
    if (topics & AppsTopic)
        sets << InventoryFileSet{QStringLiteral("ProgramData/Microsoft/Windows"), QStringLiteral("AppxProvisioning.xml")}
             << InventoryFileSet{QStringLiteral("ProgramData/Microsoft/Windows/WimBench"), QStringLiteral("*.json")}
             << InventoryFileSet{QStringLiteral("Program Files/WindowsApps"), QStringLiteral("*"), false, true}
             // Each package's manifest, for the app's display name (Properties/DisplayName).
             << InventoryFileSet{QStringLiteral("Program Files/WindowsApps"), QStringLiteral("AppxManifest.xml"), true}
             << InventoryFileSet{QStringLiteral("Windows/System32"), QStringLiteral("ntoskrnl.exe")}
             // HiveFacts (architecture, build, languages) read the same hives as for the folder.
             << InventoryFileSet{kConfig, QStringLiteral("SOFTWARE")} << InventoryFileSet{kConfig, QStringLiteral("SYSTEM")};
    return sets;
}

QString InventoryRoot::scratchRoot(const OperationContext &context)
{
    // The files are small and short-lived: without a scratch directory chosen by the user they go
    // to /dev/shm (memory) when it is there, because creating and deleting thousands of small files
    // on a busy disk cost more than reading them (bench/RESULTS.md, inventory).
    if (!context.settings().scratchDirectory.isEmpty())
        return context.settings().scratchDirectory;
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    return shm.isDir() && shm.isWritable() ? shm.absoluteFilePath() : QString();
}

Result<InventoryExtraction> InventoryRoot::extract(const InventorySource &source, unsigned topics, const QString &target,
                                                   const QSet<QString> &present, OperationContext &context)
{
    context.progress(Tr::tr("Finding the files to read"), 0, 0);
    WimOpenOptions options;
    options.splitPattern = source.splitPattern;
    auto wim = WimFile::open(source.wimFile, options, &context);
    if (!wim)
        return wim.error();
    const auto index = wim->resolveImage(source.index, source.name);
    if (!index)
        return index.error();
    auto system32 = findFolder(*wim, *index, QStringLiteral("Windows/System32"));
    if (!system32)
        return system32.error();
    if (system32->isEmpty())
        return notAnImage(Tr::tr("Image %1 of %2").arg(*index).arg(source.wimFile));
    InventoryExtraction out;
    out.index = *index;
    out.folders << *system32;
    QStringList files;
    for (const InventoryFileSet &set : fileSets(topics))
        WB_TRY(collect(*wim, *index, set, files, out.folders));
    files.removeDuplicates(); // SOFTWARE is read by several topics
    for (const QString &f : std::as_const(files))
        if (!present.contains(f))
            out.files << f;
    for (const QString &f : std::as_const(out.folders))
        if (!QDir().mkpath(target + f))
            return Error::fromErrno(QStringLiteral("inventory.scratch-failed"),
                                    Tr::tr("Could not create a folder in the scratch directory %1.").arg(target), errno);
    context.progress(Tr::tr("Extracting %n file(s)", nullptr, int(out.files.size())), 0, 0);
    WB_TRY(extractFiles(*wim, *index, out.files, target, context));
    const ImageInfo info = wim->imageInfo(*index);
    out.facts = WimImageFacts{QStringLiteral("WIM XML of %1, index %2").arg(source.wimFile).arg(*index), info.architecture,
                              info.versionBuild, info.languages};
    context.info(QStringLiteral("Inventory of %1: extracted %2 file(s) into %3").arg(source.describe()).arg(out.files.size()).arg(target));
    return out;
}

InventoryRoot::InventoryRoot() = default;
InventoryRoot::InventoryRoot(InventoryRoot &&) noexcept = default;
InventoryRoot &InventoryRoot::operator=(InventoryRoot &&) noexcept = default;
InventoryRoot::~InventoryRoot() = default;

Result<InventoryRoot> InventoryRoot::openUncached(const InventorySource &source, unsigned topics, OperationContext &context)
{
    auto scratch = ScratchDirectory::create(scratchRoot(context));
    if (!scratch)
        return scratch.error();
    InventoryRoot root;
    root.m_path = scratch->filePath(QStringLiteral("image"));
    auto extracted = extract(source, topics, root.m_path, {}, context);
    if (!extracted)
        return extracted.error();
    root.m_facts = extracted->facts;
    root.m_extracted = int(extracted->files.size());
    root.m_scratch = std::move(*scratch);
    return root;
}

Result<InventoryRoot> InventoryRoot::open(const InventorySource &source, unsigned topics, OperationContext &context)
{
    InventoryRoot root;
    if (!source.isWim()) {
        root.m_path = QFileInfo(source.folder).absoluteFilePath();
        if (!QFileInfo(ImagePath::resolve(root.m_path, QStringLiteral("Windows/System32"))).isDir())
            return notAnImage(root.m_path);
        return root;
    }
    auto cached = InventoryCache::open(scratchRoot(context), source, topics, context);
    if (!cached)
        return cached.error();
    if (!cached->has_value())
        return openUncached(source, topics, context);
    InventoryCache::Entry &entry = **cached;
    root.m_path = entry.imagePath;
    root.m_facts = entry.facts;
    root.m_extracted = entry.extracted;
    root.m_reused = entry.extracted == 0;
    root.m_lease = std::make_unique<InventoryCacheLease>(std::move(entry.lease));
    return root;
}

} // namespace wb
