// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppxBundle.h"

#include "PackagePath.h"
#include "StagingFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::AppxBundle)
};

const QString BundleManifestName = QStringLiteral("AppxMetadata/AppxBundleManifest.xml");
const QString BlockMapName = QStringLiteral("AppxBlockMap.xml");
const QString SignatureName = QStringLiteral("AppxSignature.p7x");
constexpr quint64 MaxXmlSize = 16u << 20;
constexpr quint64 ProbeSize = 4096;

Result<QByteArray> readDiskFile(const QString &path, quint64 limit)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("appx.file-unreadable"), Tr::tr("Could not read %1: %2.").arg(path, f.errorString()));
    if (quint64(f.size()) > limit)
        return Error::make(QStringLiteral("appx.entry-too-large"), Tr::tr("%1 is larger than such a file may be.").arg(path));
    return f.readAll();
}

Result<QByteArray> readAt(const QString &path, quint64 offset, quint64 length)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(qint64(offset)))
        return Error::make(QStringLiteral("appx.file-unreadable"), Tr::tr("Could not read %1: %2.").arg(path, f.errorString()));
    return f.read(qint64(length));
}
} // namespace

Result<AppxBundle> AppxBundle::open(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return fromFolder(path);
    if (!info.exists())
        return Error::make(QStringLiteral("appx.not-found"), Tr::tr("The bundle %1 does not exist. Check the path.").arg(path));
    auto zip = ZipArchive::open(path);
    if (!zip)
        return zip.error();
    return fromZip(std::move(*zip), info.absoluteFilePath());
}

Result<AppxBundle> AppxBundle::fromZip(ZipArchive zip, const QString &path)
{
    AppxBundle b;
    b.m_path = path;
    for (const ZipEntry &e : zip.entries()) {
        if (!e.isDirectory) {
            auto safe = PackagePath::checkRelative(e.name, path);
            if (!safe)
                return safe.error();
        }
    }
    const ZipEntry *manifest = zip.find(BundleManifestName);
    if (!manifest) {
        if (zip.find(QStringLiteral("AppxManifest.xml")))
            return Error::make(QStringLiteral("appx.bundle-manifest-missing"),
                               Tr::tr("%1 is a single package, not a bundle; open it as a package (.appx or .msix).").arg(path));
        return Error::make(QStringLiteral("appx.bundle-manifest-missing"),
                           Tr::tr("%1 has no AppxMetadata/AppxBundleManifest.xml, so it is not an app bundle.").arg(path));
    }
    const ZipEntry *blockMapEntry = zip.find(BlockMapName);
    if (!blockMapEntry)
        return Error::make(
            QStringLiteral("appx.blockmap-missing"),
            Tr::tr("%1 has no AppxBlockMap.xml, so its bundle manifest cannot be checked. The bundle is incomplete.").arg(path));
    auto blockMapXml = zip.readAll(*blockMapEntry, MaxXmlSize);
    if (!blockMapXml)
        return blockMapXml.error();
    auto blockMap = BlockMap::parse(*blockMapXml, path + QLatin1Char('/') + BlockMapName);
    if (!blockMap)
        return blockMap.error();
    auto manifestXml = zip.readAll(*manifest, MaxXmlSize);
    if (!manifestXml)
        return manifestXml.error();
    const BlockMapFile *manifestBlocks = blockMap->find(BundleManifestName);
    if (!manifestBlocks)
        return Error::make(
            QStringLiteral("appx.file-not-in-blockmap"),
            Tr::tr("The block map of %1 does not list AppxMetadata/AppxBundleManifest.xml. The bundle was altered.").arg(path));
    WB_TRY(blockMap->checkInMemory(*manifestBlocks, *manifestXml, path));
    auto parsed = BundleManifest::parse(*manifestXml, path + QLatin1Char('/') + BundleManifestName);
    if (!parsed)
        return parsed.error();
    // MSIX SDK, src/msix/unpack/AppxPackageObject.cpp (AppxPackageObject constructor, bundles): the
    // block map holds only the bundle manifest ("Block map contains invalid files").
    for (const BundlePackageEntry &entry : std::as_const(parsed->packages)) {
        if (blockMap->find(entry.fileName))
            return Error::make(QStringLiteral("appx.bundle-blockmap-lists-package"),
                               Tr::tr("The block map of %1 lists the payload package %2; a bundle's block map lists only its bundle "
                                      "manifest. The bundle was made by a faulty tool or altered.")
                                   .arg(path, entry.fileName));
    }
    b.m_manifest = std::move(*parsed);
    b.m_manifestXml = *manifestXml;
    b.m_blockMap = std::move(*blockMap);
    b.m_blockMapXml = *blockMapXml;
    if (const ZipEntry *sig = zip.find(SignatureName))
        WB_TRY(b.openSignature(zip, *sig));
    b.m_zip = std::move(zip);

    const QDir folder = QFileInfo(path).absoluteDir();
    for (const BundlePackageEntry &entry : std::as_const(b.m_manifest.packages)) {
        BundlePackageLocation loc;
        if (const ZipEntry *inner = b.m_zip->find(entry.fileName)) {
            WB_TRY(b.checkEmbedded(entry, *inner));
            loc.kind = BundlePackageLocation::Kind::Embedded;
            loc.path = path;
            loc.offset = *entry.offset;
        } else {
            loc.path = PackagePath::resolveInFolder(folder.path(), entry.fileName);
            if (QFileInfo(loc.path).isFile()) {
                WB_TRY(b.checkFile(entry, loc.path));
                loc.kind = BundlePackageLocation::Kind::File;
            }
        }
        b.m_locations << loc;
    }
    return b;
}

Result<AppxBundle> AppxBundle::fromFolder(const QString &path)
{
    AppxBundle b;
    b.m_path = QFileInfo(path).absoluteFilePath();
    const QDir root(b.m_path);
    const QString manifestPath = root.filePath(BundleManifestName);
    if (!QFileInfo(manifestPath).isFile())
        return Error::make(
            QStringLiteral("appx.bundle-manifest-missing"),
            Tr::tr("The folder %1 has no AppxMetadata/AppxBundleManifest.xml, so it is not an unpacked bundle.").arg(b.m_path));
    auto manifestXml = readDiskFile(manifestPath, MaxXmlSize);
    if (!manifestXml)
        return manifestXml.error();
    const QString blockMapPath = root.filePath(BlockMapName);
    if (QFileInfo(blockMapPath).isFile()) {
        auto blockMapXml = readDiskFile(blockMapPath, MaxXmlSize);
        if (!blockMapXml)
            return blockMapXml.error();
        auto blockMap = BlockMap::parse(*blockMapXml, blockMapPath);
        if (!blockMap)
            return blockMap.error();
        if (const BlockMapFile *f = blockMap->find(BundleManifestName))
            WB_TRY(blockMap->checkInMemory(*f, *manifestXml, b.m_path));
        b.m_blockMap = std::move(*blockMap);
        b.m_blockMapXml = *blockMapXml;
    }
    auto parsed = BundleManifest::parse(*manifestXml, manifestPath);
    if (!parsed)
        return parsed.error();
    b.m_manifest = std::move(*parsed);
    b.m_manifestXml = *manifestXml;
    const QString signaturePath = root.filePath(SignatureName);
    if (QFileInfo(signaturePath).isFile()) {
        auto bytes = readDiskFile(signaturePath, MaxXmlSize);
        if (!bytes)
            return bytes.error();
        b.m_signatureBytes = *bytes;
        b.m_signature = SignatureStatus::PresentNotVerified;
    }
    for (const BundlePackageEntry &entry : std::as_const(b.m_manifest.packages)) {
        BundlePackageLocation loc;
        loc.path = PackagePath::resolveInFolder(root.path(), entry.fileName);
        const QFileInfo fi(loc.path);
        if (fi.isSymLink())
            return Error::make(
                QStringLiteral("appx.folder-symlink"),
                Tr::tr("The bundle folder %1 holds %2 as a symbolic link; packages must be plain files.").arg(b.m_path, entry.fileName));
        if (fi.isFile()) {
            WB_TRY(b.checkFile(entry, loc.path));
            loc.kind = BundlePackageLocation::Kind::File;
        }
        b.m_locations << loc;
    }
    return b;
}

Status AppxBundle::checkEmbedded(const BundlePackageEntry &entry, const ZipEntry &zipEntry) const
{
    if (!zipEntry.isStored())
        return Error::make(
            QStringLiteral("appx.bundle-package-compressed"),
            Tr::tr("The package %1 inside the bundle %2 is compressed; packages inside a bundle must be stored uncompressed. "
                   "The bundle was not made by MakeAppx or was repacked; make it again.")
                .arg(entry.fileName, m_path));
    if (zipEntry.size != entry.size)
        return Error::make(QStringLiteral("appx.bundle-package-size-mismatch"),
                           Tr::tr("The bundle manifest of %1 says %2 has %3 bytes, but the bundle holds %4 bytes. The bundle is damaged.")
                               .arg(m_path, entry.fileName)
                               .arg(entry.size)
                               .arg(zipEntry.size));
    if (!entry.offset)
        return Error::make(
            QStringLiteral("appx.bundle-manifest-missing-element"),
            Tr::tr("The bundle manifest of %1 lacks the Offset of %2, which is stored inside the bundle.").arg(m_path, entry.fileName));
    // The manifest's Offset must point at the entry's data: compare the first and last bytes read
    // through the ZIP directory with the bytes at Offset in the file.
    const quint64 fileSize = quint64(QFileInfo(m_path).size());
    const auto mismatch = [&] {
        return Error::make(QStringLiteral("appx.bundle-package-offset-mismatch"),
                           Tr::tr("The bundle manifest of %1 places %2 at offset %3, but its data is not there. The bundle is damaged.")
                               .arg(m_path, entry.fileName)
                               .arg(*entry.offset));
    };
    if (*entry.offset > fileSize || entry.size > fileSize - *entry.offset)
        return mismatch();
    const quint64 probe = std::min(ProbeSize, entry.size);
    for (const quint64 position : {quint64(0), entry.size - probe}) {
        auto viaZip = m_zip->readStored(zipEntry, position, probe);
        if (!viaZip)
            return viaZip.error();
        auto direct = readAt(m_path, *entry.offset + position, probe);
        if (!direct)
            return direct.error();
        if (*viaZip != *direct)
            return mismatch();
    }
    return {};
}

Status AppxBundle::checkFile(const BundlePackageEntry &entry, const QString &file) const
{
    const quint64 size = quint64(QFileInfo(file).size());
    if (size != entry.size)
        return Error::make(QStringLiteral("appx.bundle-package-size-mismatch"),
                           Tr::tr("The bundle manifest of %1 says %2 has %3 bytes, but the file %4 has %5 bytes. "
                                  "It is not the package the bundle was made with.")
                               .arg(m_path, entry.fileName)
                               .arg(entry.size)
                               .arg(file)
                               .arg(size));
    return {};
}

bool AppxBundle::isFlat() const
{
    for (const BundlePackageLocation &l : m_locations) {
        if (l.kind != BundlePackageLocation::Kind::Embedded)
            return true;
    }
    return false;
}

QList<BundlePackageEntry> AppxBundle::applicationPackages() const
{
    QList<BundlePackageEntry> result;
    for (const BundlePackageEntry &p : m_manifest.packages) {
        if (p.isApplication())
            result << p;
    }
    return result;
}

BundlePackageLocation AppxBundle::location(const BundlePackageEntry &entry) const
{
    for (qsizetype i = 0; i < m_manifest.packages.size(); ++i) {
        if (PackagePath::sameName(m_manifest.packages.at(i).fileName, entry.fileName))
            return m_locations.value(i);
    }
    return {};
}

QStringList AppxBundle::missingPackages() const
{
    QStringList missing;
    for (qsizetype i = 0; i < m_manifest.packages.size(); ++i) {
        if (m_locations.at(i).kind == BundlePackageLocation::Kind::Missing)
            missing << m_manifest.packages.at(i).fileName;
    }
    return missing;
}

Status AppxBundle::requireApplicationPackage() const
{
    if (m_manifest.hasApplicationPackage())
        return {};
    return Error::make(QStringLiteral("appx.bundle-no-application-package"),
                       Tr::tr("The bundle %1 has no application package, only resource packages, so there is nothing to provision. "
                              "Use the bundle that contains the app itself.")
                           .arg(m_path));
}

Status AppxBundle::requireAllPresent() const
{
    const QStringList missing = missingPackages();
    if (missing.isEmpty())
        return {};
    return Error::make(QStringLiteral("appx.bundle-package-missing"),
                       Tr::tr("The bundle %1 refers to packages that are neither inside it nor in its folder: %2. "
                              "Put them next to the bundle and try again.")
                           .arg(m_path, missing.join(QStringLiteral(", "))));
}

Result<AppxPackage> AppxBundle::openPackage(const BundlePackageEntry &entry) const
{
    const BundlePackageLocation loc = location(entry);
    const QString display = QFileInfo(m_path).fileName() + QLatin1Char('/') + entry.fileName;
    Result<AppxPackage> package = Error::make({}, {});
    switch (loc.kind) {
    case BundlePackageLocation::Kind::Missing:
        return Error::make(QStringLiteral("appx.bundle-package-missing"),
                           Tr::tr("The package %1 of the bundle %2 is missing: it is neither inside the bundle nor at %3. "
                                  "Put it next to the bundle and try again.")
                               .arg(entry.fileName, m_path, loc.path));
    case BundlePackageLocation::Kind::Embedded:
        package = AppxPackage::openRange(m_path, loc.offset, entry.size, display);
        break;
    case BundlePackageLocation::Kind::File:
        package = AppxPackage::open(loc.path);
        break;
    }
    if (!package)
        return package.error();
    const PackageIdentity &id = package->identity();
    const auto mismatch = [&](const QString &what, const QString &inBundle, const QString &inPackage) {
        return Error::make(QStringLiteral("appx.bundle-package-identity-mismatch"),
                           Tr::tr("The package %1 does not belong to the bundle %2: its %3 is \"%4\" but the bundle manifest says \"%5\".")
                               .arg(entry.fileName, m_path, what, inPackage, inBundle));
    };
    if (id.name != identity().name)
        return mismatch(Tr::tr("name"), identity().name, id.name);
    if (id.publisher != identity().publisher)
        return mismatch(Tr::tr("publisher"), identity().publisher, id.publisher);
    if (id.version != entry.version)
        return mismatch(Tr::tr("version"), entry.version.toString(), id.version.toString());
    if (id.architecture != entry.architecture)
        return mismatch(Tr::tr("architecture"), architectureName(entry.architecture), architectureName(id.architecture));
    if (id.resourceId.compare(entry.resourceId, Qt::CaseInsensitive) != 0)
        return mismatch(Tr::tr("resource id"), entry.resourceId, id.resourceId);
    if (entry.isApplication() && package->manifest().resourcePackage)
        return mismatch(Tr::tr("type"), entry.typeName(), QStringLiteral("resource"));
    return package;
}

Status AppxBundle::openSignature(const ZipArchive &zip, const ZipEntry &signature)
{
    auto check = SignatureCheck::open(zip, signature);
    if (!check)
        return check.error();
    WB_TRY(check->checkInMemory(SignedPart::BlockMap, m_blockMapXml));
    const ZipEntry *contentTypesEntry = zip.find(QStringLiteral("[Content_Types].xml"));
    if (!contentTypesEntry)
        return check->checkInMemory(SignedPart::ContentTypes, {});
    auto contentTypes = zip.readAll(*contentTypesEntry, MaxXmlSize);
    if (!contentTypes)
        return contentTypes.error();
    WB_TRY(check->checkInMemory(SignedPart::ContentTypes, *contentTypes));
    WB_TRY(check->checkCentralDirectory());
    auto bytes = zip.readAll(signature, MaxXmlSize);
    if (!bytes)
        return bytes.error();
    m_signatureBytes = *bytes;
    m_signatureCheck = std::make_shared<const SignatureCheck>(std::move(*check));
    m_signature = SignatureStatus::Verified;
    if (m_manifest.identity.publisher != m_signatureCheck->signature().publisher())
        return Error::make(QStringLiteral("appx.signature-publisher-mismatch"),
                           Tr::tr("%1 is signed by \"%2\" but its bundle manifest names the publisher \"%3\"; Windows refuses such a "
                                  "bundle. Sign it with a certificate whose subject is the manifest's Publisher.")
                               .arg(m_path, m_signatureCheck->signature().publisher(), m_manifest.identity.publisher));
    return {};
}

Result<SignatureCheck::Pass> AppxBundle::beginSignatureRead(ByteProgress *progress) const
{
    if (!m_signatureCheck)
        return Error::make(QStringLiteral("appx.signature-missing"), Tr::tr("%1 is not signed.").arg(m_path));
    auto pass = m_signatureCheck->begin();
    if (pass)
        pass->setProgress(progress);
    return pass;
}

Status AppxBundle::verifySignature(ByteProgress *progress) const
{
    if (!m_signatureCheck)
        return {};
    auto pass = beginSignatureRead(progress);
    if (!pass)
        return pass.error();
    return pass->finish();
}

QList<std::pair<QString, QByteArray>> AppxBundle::footprint() const
{
    QList<std::pair<QString, QByteArray>> files{{BundleManifestName, m_manifestXml}};
    if (m_blockMap)
        files.append({BlockMapName, m_blockMapXml});
    if (m_signature != SignatureStatus::Absent)
        files.append({SignatureName, m_signatureBytes});
    return files;
}

QStringList AppxBundle::footprintFiles() const
{
    QStringList files;
    for (const auto &f : footprint())
        files << f.first;
    return files;
}

quint64 AppxBundle::footprintBytes() const
{
    quint64 total = 0;
    for (const auto &f : footprint())
        total += quint64(f.second.size());
    return total;
}

Status AppxBundle::extractFootprintTo(const QString &target, ByteProgress *progress, SignatureCheck::Pass *bundleRead) const
{
    if (m_signatureCheck && bundleRead) {
        WB_TRY(bundleRead->finish());
    } else if (m_signatureCheck) { // the bundle's signature covers every byte before it; nothing is written unless it matches
        ByteProgress checking(progress ? progress->context() : nullptr, Tr::tr("Checking the bundle's signature"),
                              quint64(QFileInfo(m_path).size()));
        WB_TRY(verifySignature(&checking));
    }
    auto staging = StagingFolder::create(target, footprintBytes());
    if (!staging)
        return staging.error();
    for (const auto &[name, bytes] : footprint()) {
        if (progress && progress->isCancelled())
            return Error::cancelled();
        auto out = staging->createFile(name);
        if (!out)
            return out.error();
        if ((*out)->write(bytes) != bytes.size() || !(*out)->flush())
            return Error::make(QStringLiteral("appx.write-failed"),
                               Tr::tr("Could not write %1: %2.").arg((*out)->fileName(), (*out)->errorString()));
        (*out)->close();
        if (progress)
            progress->add(quint64(bytes.size()));
    }
    return staging->commit();
}

} // namespace wb
