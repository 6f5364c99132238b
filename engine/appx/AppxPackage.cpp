// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppxPackage.h"

#include "PackagePath.h"
#include "StagingFolder.h"
#include "core/Digest.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::AppxPackage)
};

const QString ManifestName = QStringLiteral("AppxManifest.xml");
const QString BlockMapName = QStringLiteral("AppxBlockMap.xml");
const QString SignatureName = QStringLiteral("AppxSignature.p7x");
const QString ContentTypesName = QStringLiteral("[Content_Types].xml");
const QString CodeIntegrityName = QStringLiteral("AppxMetadata/CodeIntegrity.cat");
constexpr quint64 MaxManifestSize = 16u << 20;
constexpr quint64 MaxBlockMapSize = 256u << 20;

/// Reads from a ZIP entry or a file on disk.
class Source
{
public:
    virtual ~Source() = default;
    virtual Result<qint64> read(char *data, qint64 max) = 0;
};

class ZipSource : public Source
{
public:
    explicit ZipSource(ZipEntryReader reader) : m_reader(std::move(reader)) {}
    Result<qint64> read(char *data, qint64 max) override { return m_reader.read(data, max); }

private:
    ZipEntryReader m_reader;
};

/// An entry read raw from the file inside a signature pass (hashed for the signature, inflated here).
class SignedSource : public Source
{
public:
    explicit SignedSource(SignatureCheck::Pass::Reader reader) : m_reader(std::move(reader)) {}
    Result<qint64> read(char *data, qint64 max) override { return m_reader.read(data, max); }

private:
    SignatureCheck::Pass::Reader m_reader;
};

class DiskSource : public Source
{
public:
    explicit DiskSource(const QString &path) : m_file(path) {}
    bool open() { return m_file.open(QIODevice::ReadOnly); }
    QString errorString() const { return m_file.errorString(); }
    Result<qint64> read(char *data, qint64 max) override
    {
        const qint64 n = m_file.read(data, max);
        if (n < 0)
            return Error::make(QStringLiteral("appx.file-unreadable"),
                               Tr::tr("Could not read %1: %2.").arg(m_file.fileName(), m_file.errorString()));
        return n;
    }

private:
    QFile m_file;
};

Result<qint64> readFully(Source &source, char *data, qint64 want)
{
    qint64 got = 0;
    while (got < want) {
        auto n = source.read(data + got, want - got);
        if (!n)
            return n.error();
        if (*n == 0)
            break;
        got += *n;
    }
    return got;
}

/// Footprint files the block map need not list: the block map itself, the signature and the code
/// integrity catalog (both covered by the signature instead), and [Content_Types].xml. When the
/// block map does list one of them, it is checked like any other file.
bool mayBeUnmapped(const QString &name)
{
    return PackagePath::sameName(name, BlockMapName) || PackagePath::sameName(name, SignatureName)
        || PackagePath::sameName(name, ContentTypesName) || PackagePath::sameName(name, CodeIntegrityName);
}
} // namespace

QString signatureStatusText(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::Absent: return QCoreApplication::translate("wb::AppxPackage", "absent");
    case SignatureStatus::Verified: return QCoreApplication::translate("wb::AppxPackage", "verified");
    case SignatureStatus::PresentNotVerified: break;
    }
    return QCoreApplication::translate("wb::AppxPackage", "present, not verified (unpacked folder)");
}

Result<AppxPackage> AppxPackage::open(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return fromFolder(path);
    if (!info.exists())
        return Error::make(QStringLiteral("appx.not-found"), Tr::tr("The package %1 does not exist. Check the path.").arg(path));
    auto zip = ZipArchive::open(path);
    if (!zip)
        return zip.error();
    return fromZip(std::move(*zip), path);
}

Result<AppxPackage> AppxPackage::openRange(const QString &containerPath, quint64 offset, quint64 size, const QString &displayName)
{
    auto zip = ZipArchive::openRange(containerPath, offset, size, displayName);
    if (!zip)
        return zip.error();
    return fromZip(std::move(*zip), containerPath);
}

Result<AppxPackage> AppxPackage::fromZip(ZipArchive zip, QString path)
{
    AppxPackage p;
    p.m_path = std::move(path);
    p.m_displayName = zip.displayName();
    const QString pkg = p.m_displayName;

    // Names: safe, unique; compression: what OPC allows.
    QHash<QString, qint64> seen;
    QList<const ZipEntry *> entries;
    for (const ZipEntry &e : zip.entries()) {
        if (e.isDirectory)
            continue;
        auto safe = PackagePath::checkRelative(e.name, pkg);
        if (!safe)
            return safe.error();
        const QString key = PackagePath::nameKey(*safe);
        if (seen.contains(key))
            return Error::make(QStringLiteral("appx.duplicate-entry"),
                               Tr::tr("%1 contains the file %2 twice. The package is damaged or crafted.").arg(pkg, *safe));
        seen.insert(key, e.index);
        if (e.method != 0 && e.method != 8)
            return Error::make(QStringLiteral("appx.zip-unsupported"),
                               Tr::tr("%1 stores %2 with ZIP compression method %3; app packages only use stored or deflated entries.")
                                   .arg(pkg, *safe)
                                   .arg(e.method));
        entries << &e;
    }

    const ZipEntry *manifest = zip.find(ManifestName);
    if (!manifest) {
        if (zip.find(QStringLiteral("AppxMetadata/AppxBundleManifest.xml")))
            return Error::make(QStringLiteral("appx.manifest-missing"),
                               Tr::tr("%1 is a bundle, not a single package; open it as a bundle (.appxbundle or .msixbundle).").arg(pkg));
        return Error::make(QStringLiteral("appx.manifest-missing"),
                           Tr::tr("%1 has no AppxManifest.xml, so it is not an app package.").arg(pkg));
    }
    const ZipEntry *blockMapEntry = zip.find(BlockMapName);
    if (!blockMapEntry)
        return Error::make(QStringLiteral("appx.blockmap-missing"),
                           Tr::tr("%1 has no AppxBlockMap.xml, so its contents cannot be checked. The package is incomplete; "
                                  "make it again with MakeAppx or get a complete copy.")
                               .arg(pkg));
    if (!zip.find(ContentTypesName))
        return Error::make(QStringLiteral("appx.content-types-missing"),
                           Tr::tr("%1 has no [Content_Types].xml, which every app package has. The package is damaged.").arg(pkg));

    auto blockMapXml = zip.readAll(*blockMapEntry, MaxBlockMapSize);
    if (!blockMapXml)
        return blockMapXml.error();
    auto blockMap = BlockMap::parse(*blockMapXml, pkg + QLatin1Char('/') + BlockMapName);
    if (!blockMap)
        return blockMap.error();

    // The ZIP directory and the block map must describe the same files with the same sizes.
    for (const ZipEntry *e : std::as_const(entries)) {
        const QString name = PackagePath::checkRelative(e->name, pkg).value();
        PackageFileEntry f{name, e->size, false, e->index};
        if (PackagePath::sameName(name, ContentTypesName))
            continue; // never extracted
        if (const BlockMapFile *b = blockMap->find(name); b || !mayBeUnmapped(name)) {
            if (!b)
                return Error::make(
                    QStringLiteral("appx.file-not-in-blockmap"),
                    Tr::tr("%1 contains %2, which its block map does not list. The package was altered after it was made.").arg(pkg, name));
            if (b->size != e->size)
                return Error::make(QStringLiteral("appx.size-mismatch"),
                                   Tr::tr("%1: the ZIP directory declares %2 bytes for %3 but the block map says %4. "
                                          "The package is damaged or crafted (a decompression bomb); it was not unpacked.")
                                       .arg(pkg)
                                       .arg(e->size)
                                       .arg(name)
                                       .arg(b->size));
            f.inBlockMap = true;
        }
        p.m_files << f;
    }
    for (const BlockMapFile &b : blockMap->files()) {
        if (!zip.find(b.name))
            return Error::make(QStringLiteral("appx.blockmap-file-missing"),
                               Tr::tr("%1 lacks %2, which its block map lists. The package is incomplete or damaged.").arg(pkg, b.name));
    }
    p.m_blockMap = std::move(*blockMap);
    p.m_codeIntegrity = zip.find(CodeIntegrityName) != nullptr;
    WB_TRY(p.openSignature(zip, *blockMapXml));

    auto manifestXml = zip.readAll(*manifest, MaxManifestSize);
    if (!manifestXml)
        return manifestXml.error();
    p.m_zip = std::move(zip);
    WB_TRY(p.finish(*manifestXml));
    return p;
}

Result<AppxPackage> AppxPackage::fromFolder(const QString &path)
{
    AppxPackage p;
    p.m_path = QFileInfo(path).absoluteFilePath();
    p.m_displayName = p.m_path;
    const QDir root(p.m_path);
    if (!QFileInfo(root.filePath(ManifestName)).isFile())
        return Error::make(QStringLiteral("appx.manifest-missing"),
                           Tr::tr("The folder %1 has no AppxManifest.xml, so it is not an unpacked app package.").arg(p.m_path));

    QHash<QString, qsizetype> seen;
    QDirIterator it(p.m_path, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QStringList names;
    while (it.hasNext()) {
        const QString full = it.next();
        const QFileInfo fi = it.fileInfo();
        const QString relative = root.relativeFilePath(full);
        if (fi.isSymLink())
            return Error::make(QStringLiteral("appx.folder-symlink"),
                               Tr::tr("The package folder %1 contains the symbolic link %2; unpacked packages may only hold plain files.")
                                   .arg(p.m_path, relative));
        if (fi.isDir())
            continue;
        if (!fi.isFile())
            return Error::make(QStringLiteral("appx.folder-special-file"),
                               Tr::tr("The package folder %1 contains %2, which is not a regular file.").arg(p.m_path, relative));
        auto safe = PackagePath::checkRelative(relative, p.m_path);
        if (!safe)
            return safe.error();
        if (PackagePath::sameName(*safe, ContentTypesName))
            continue;
        const QString key = PackagePath::nameKey(*safe);
        if (seen.contains(key))
            return Error::make(QStringLiteral("appx.duplicate-entry"),
                               Tr::tr("The package folder %1 contains %2 twice (names differing only in case).").arg(p.m_path, *safe));
        seen.insert(key, p.m_files.size());
        p.m_files << PackageFileEntry{*safe, quint64(fi.size()), false, -1};
    }

    const QString blockMapPath = root.filePath(BlockMapName);
    if (QFileInfo(blockMapPath).isFile()) {
        QFile f(blockMapPath);
        if (!f.open(QIODevice::ReadOnly))
            return Error::make(QStringLiteral("appx.file-unreadable"), Tr::tr("Could not read %1: %2.").arg(blockMapPath, f.errorString()));
        auto blockMap = BlockMap::parse(f.read(qint64(MaxBlockMapSize)), blockMapPath);
        if (!blockMap)
            return blockMap.error();
        for (PackageFileEntry &file : p.m_files) {
            const BlockMapFile *b = blockMap->find(file.name);
            if (!b && mayBeUnmapped(file.name))
                continue;
            if (!b)
                return Error::make(
                    QStringLiteral("appx.file-not-in-blockmap"),
                    Tr::tr("The package folder %1 contains %2, which its block map does not list. The folder was altered after "
                           "the package was unpacked.")
                        .arg(p.m_path, file.name));
            if (b->size != file.size)
                return Error::make(QStringLiteral("appx.size-mismatch"),
                                   Tr::tr("%1 in the package folder %2 has %3 bytes but the block map says %4. The folder was altered.")
                                       .arg(file.name, p.m_path)
                                       .arg(file.size)
                                       .arg(b->size));
            file.inBlockMap = true;
        }
        for (const BlockMapFile &b : blockMap->files()) {
            if (!seen.contains(PackagePath::nameKey(b.name)))
                return Error::make(QStringLiteral("appx.blockmap-file-missing"),
                                   Tr::tr("The package folder %1 lacks %2, which its block map lists.").arg(p.m_path, b.name));
        }
        p.m_blockMap = std::move(*blockMap);
    }
    p.m_signature = QFileInfo(root.filePath(SignatureName)).isFile() ? SignatureStatus::PresentNotVerified : SignatureStatus::Absent;
    p.m_codeIntegrity = QFileInfo(root.filePath(CodeIntegrityName)).isFile();

    QFile manifest(root.filePath(ManifestName));
    if (manifest.size() > qint64(MaxManifestSize))
        return Error::make(QStringLiteral("appx.entry-too-large"),
                           Tr::tr("%1 is larger than a package manifest may be.").arg(manifest.fileName()));
    if (!manifest.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("appx.file-unreadable"),
                           Tr::tr("Could not read %1: %2.").arg(manifest.fileName(), manifest.errorString()));
    WB_TRY(p.finish(manifest.readAll()));
    return p;
}

Status AppxPackage::openSignature(const ZipArchive &zip, const QByteArray &blockMapXml)
{
    const ZipEntry *signature = zip.find(SignatureName);
    if (!signature) {
        if (m_codeIntegrity)
            return Error::make(QStringLiteral("appx.signature-missing"),
                               Tr::tr("%1 has a code integrity catalog (AppxMetadata/CodeIntegrity.cat) but no signature "
                                      "(AppxSignature.p7x): the package is incomplete. Sign it again or get a complete copy.")
                                   .arg(m_displayName));
        return {};
    }
    auto check = SignatureCheck::open(zip, *signature);
    if (!check)
        return check.error();
    WB_TRY(check->checkInMemory(SignedPart::BlockMap, blockMapXml));
    auto contentTypes = zip.readAll(*zip.find(ContentTypesName), MaxManifestSize);
    if (!contentTypes)
        return contentTypes.error();
    WB_TRY(check->checkInMemory(SignedPart::ContentTypes, *contentTypes));
    if (const ZipEntry *catalog = zip.find(CodeIntegrityName); catalog || !check->signature().digest(SignedPart::CodeIntegrity).isEmpty()) {
        auto bytes = catalog ? zip.readAll(*catalog, MaxManifestSize) : Result<QByteArray>(QByteArray());
        if (!bytes)
            return bytes.error();
        WB_TRY(check->checkInMemory(SignedPart::CodeIntegrity, *bytes)); // checked again as it is extracted
    }
    WB_TRY(check->checkCentralDirectory());
    // One pass in local-record order: the file-records digest is taken as the files are read.
    std::stable_sort(m_files.begin(), m_files.end(), [&](const PackageFileEntry &a, const PackageFileEntry &b) {
        return check->localOffset(zip.entries().at(a.zipIndex).rawName) < check->localOffset(zip.entries().at(b.zipIndex).rawName);
    });
    m_signatureCheck = std::move(*check);
    m_signature = SignatureStatus::Verified;
    return {};
}

Status AppxPackage::finish(const QByteArray &manifestXml)
{
    if (m_blockMap) {
        if (const BlockMapFile *b = m_blockMap->find(ManifestName))
            WB_TRY(m_blockMap->checkInMemory(*b, manifestXml, m_displayName));
    }
    auto manifest = AppxManifest::parse(manifestXml, m_displayName + QLatin1Char('/') + ManifestName);
    if (!manifest)
        return manifest.error();
    m_manifest = std::move(*manifest);
    m_manifestXml = manifestXml;
    if (m_signatureCheck && m_signatureCheck->signature().publisher() != m_manifest.identity.publisher)
        return Error::make(QStringLiteral("appx.signature-publisher-mismatch"),
                           Tr::tr("%1 is signed by \"%2\" but its manifest names the publisher \"%3\"; Windows refuses such a package. "
                                  "Sign it with a certificate whose subject is the manifest's Publisher.")
                               .arg(m_displayName, m_signatureCheck->signature().publisher(), m_manifest.identity.publisher));
    return {};
}

quint64 AppxPackage::installedSize() const
{
    quint64 total = 0;
    for (const PackageFileEntry &f : m_files)
        total += f.size;
    return total;
}

Status AppxPackage::stream(const PackageFileEntry &file, QFile *out, ByteProgress *progress, SignatureCheck::Pass *pass) const
{
    std::unique_ptr<Source> source;
    if (pass && !PackagePath::sameName(file.name, SignatureName)) {
        // A file whose every block is checked against the block map needs no CRC-32 as well (the
        // MSIX SDK checks none); the others (AppxBlockMap.xml, an unlisted catalog) keep it.
        auto reader = pass->openEntry(m_zip->entries().at(file.zipIndex), !file.inBlockMap);
        if (!reader)
            return reader.error();
        source = std::make_unique<SignedSource>(std::move(*reader));
    } else if (m_zip) {
        auto reader = m_zip->openEntry(m_zip->entries().at(file.zipIndex));
        if (!reader)
            return reader.error();
        source = std::make_unique<ZipSource>(std::move(*reader));
    } else {
        auto disk = std::make_unique<DiskSource>(QDir(m_path).filePath(file.name));
        if (!disk->open())
            return Error::make(QStringLiteral("appx.file-unreadable"),
                               Tr::tr("Could not read %1 in %2: %3.").arg(file.name, m_path, disk->errorString()));
        source = std::move(disk);
    }
    const BlockMapFile *map = file.inBlockMap && m_blockMap ? m_blockMap->find(file.name) : nullptr;
    QByteArray buffer(qsizetype(BlockMap::BlockSize), Qt::Uninitialized);
    quint64 done = 0;
    qsizetype block = 0;
    while (done < file.size) {
        if (progress && progress->isCancelled())
            return Error::cancelled();
        const qint64 want = qint64(std::min<quint64>(BlockMap::BlockSize, file.size - done));
        auto got = readFully(*source, buffer.data(), want);
        if (!got)
            return got.error();
        if (*got != want)
            return Error::make(QStringLiteral("appx.size-mismatch"),
                               Tr::tr("%1 in %2 ends after %3 bytes although %4 bytes were declared. The package is damaged.")
                                   .arg(file.name, m_displayName)
                                   .arg(done + quint64(*got))
                                   .arg(file.size));
        if (map) {
            const QByteArray hash = Digest::hash(QByteArrayView(buffer.constData(), want), m_blockMap->algorithm());
            if (block >= map->blocks.size() || hash != map->blocks.at(block))
                return Error::make(
                    QStringLiteral("appx.block-hash-mismatch"),
                    Tr::tr("Block %1 of %2 in %3 does not match its hash in the block map: the package is damaged or was "
                           "altered. Download or copy it again.")
                        .arg(block + 1)
                        .arg(file.name, m_displayName),
                    QStringLiteral("expected %1, got %2")
                        .arg(QString::fromLatin1(map->blocks.value(block).toBase64()), QString::fromLatin1(hash.toBase64())));
        }
        if (out && out->write(buffer.constData(), want) != want)
            return Error::make(QStringLiteral("appx.write-failed"),
                               Tr::tr("Could not write %1 of %2 into %3: %4. Free some space on that disk (or check that you may write "
                                      "there) and try again; nothing was left behind.")
                                   .arg(file.name, m_displayName, StagingFolder::visibleFolder(out->fileName()), out->errorString()));
        done += quint64(want);
        ++block;
        if (progress)
            progress->add(quint64(want));
    }
    char extra = 0;
    auto more = source->read(&extra, 1);
    if (!more)
        return more.error();
    if (*more != 0)
        return Error::make(QStringLiteral("appx.size-mismatch"),
                           Tr::tr("%1 in %2 holds more data than the %3 bytes declared. The package is damaged or crafted.")
                               .arg(file.name, m_displayName)
                               .arg(file.size));
    return {};
}

quint64 AppxPackage::offsetInFile() const
{
    return m_zip ? m_zip->rangeOffset() : 0;
}

Status AppxPackage::streamAll(const std::function<Status(const PackageFileEntry &, SignatureCheck::Pass *)> &each, SignatureCheck::Pass *bundleRead) const
{
    std::optional<SignatureCheck::Pass> pass;
    if (m_signatureCheck) {
        auto begun = m_signatureCheck->begin(bundleRead);
        if (!begun)
            return begun.error();
        pass.emplace(std::move(*begun));
    }
    for (const PackageFileEntry &f : m_files)
        WB_TRY(each(f, pass ? &*pass : nullptr));
    return pass ? pass->finish() : Status{};
}

Status AppxPackage::verify(ByteProgress *progress, SignatureCheck::Pass *bundleRead) const
{
    return streamAll([&](const PackageFileEntry &f, SignatureCheck::Pass *pass) { return stream(f, nullptr, progress, pass); }, bundleRead);
}

Status AppxPackage::extractTo(const QString &target, ByteProgress *progress, SignatureCheck::Pass *bundleRead) const
{
    auto staging = StagingFolder::create(target, installedSize());
    if (!staging)
        return staging.error();
    WB_TRY(streamAll([&](const PackageFileEntry &f, SignatureCheck::Pass *pass) -> Status {
        auto out = staging->createFile(f.name);
        if (!out)
            return out.error();
        WB_TRY(stream(f, out->get(), progress, pass));
        if (!(*out)->flush()) // close() hides errors; flush reports them
            return Error::make(QStringLiteral("appx.write-failed"),
                               Tr::tr("Could not write %1 of %2 into %3: %4. Free some space on that disk (or check that you may write "
                                      "there) and try again; nothing was left behind.")
                                   .arg(f.name, m_displayName, StagingFolder::visibleFolder((*out)->fileName()), (*out)->errorString()));
        (*out)->close();
        return {};
    }, bundleRead));
    return staging->commit();
}

} // namespace wb
