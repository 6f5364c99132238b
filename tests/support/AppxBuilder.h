// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wb {
class AppxSignature;
}

namespace wb::test {

using namespace Qt::StringLiterals;

/// One payload file of a generated package.
struct AppxFile
{
    QString name;       ///< decoded name with '/' separators; percent-encoded in the ZIP
    QByteArray content;
    bool deflate = true;
};

struct AppxDependencySpec
{
    QString name;
    QString publisher;
    QString minVersion;
    bool optional = false;
};

/// A package to generate with libzip: a correct AppxManifest.xml, AppxBlockMap.xml (base64
/// SHA-256 of every 64 KiB block) and [Content_Types].xml around the payload, unless one of the
/// breakage options asks for a damaged one.
struct AppxSpec
{
    enum class Schema { Windows8, Windows81, Windows10 };

    QString name = u"Contoso.Sample"_s;
    QString publisher = u"CN=Contoso Test, O=Contoso, C=US"_s;
    QString version = u"1.0.0.0"_s;
    QString architecture = u"x64"_s; ///< empty: no ProcessorArchitecture (neutral)
    QString resourceId;
    Schema schema = Schema::Windows10;
    QString displayName = u"Contoso Sample"_s;
    bool framework = false;
    bool resourcePackage = false;
    QStringList languages{u"en-US"_s};
    QList<int> scales;
    QStringList dxFeatureLevels;
    QList<AppxDependencySpec> dependencies;
    QString targetDeviceFamily = u"Windows.Universal"_s;
    QString targetDeviceMinVersion = u"10.0.17763.0"_s; ///< its MinVersion
    QString mainPackage;          ///< an optional package of this main package: <uap3:MainPackageDependency Name>
    QString mainPackagePublisher; ///< with `mainPackage`: written as <uap4:MainPackageDependency Name Publisher>
    bool modificationPackage = false; ///< <rescap6:ModificationPackage>true</...>
    QList<AppxFile> files; ///< empty: defaultPayload()
    /// Sign the package with the test signer (TestSigner.h) as `publisher`, as real packages are
    /// signed; the test trees' SOFTWARE hives trust the test root (addTestRoot). A ZIP package that
    /// uses omitBlockMap, omitContentTypes, omitManifest, manifestOverride or bombFile stays
    /// unsigned (a signature could not cover it); an unpacked folder gets AppxSignature.p7x only
    /// when `unpackedSignature` is set.
    bool signature = true;
    bool unpackedSignature = false;
    bool foreignRoot = false; ///< with `signature`: chain to TestSigner's second, unrelated root
    QString signer;         ///< with `signature`: the signer's subject, when it should differ from `publisher`

    // Breakage, for tests of refusals.
    QString corruptFile;          ///< flip one byte in the second block (or the first) of this file after hashing
    bool omitBlockMap = false;
    bool omitContentTypes = false;
    bool omitManifest = false;
    QByteArray rawEntryName;      ///< add one more entry with exactly this raw ZIP name (listed in the block map)
    QString unlistedFile;         ///< add this file to the ZIP but not to the block map
    QString bombFile;             ///< patch the ZIP directory so this file declares `bombSize` bytes
    quint32 bombSize = 0xC0000000u;
    QByteArray manifestOverride;  ///< use these bytes as AppxManifest.xml (block map made for them)
};

/// Three files: a small text file, "Assets/Logo [1].png" (a name that needs percent-encoding)
/// stored, and "bin/app.dat" of 200,000 bytes (4 blocks) deflated.
QList<AppxFile> defaultPayload();

QByteArray appxManifestXml(const AppxSpec &spec);
/// The package full name of `spec` (Name_Version_Arch_ResourceId_PublisherId).
QString packageFullName(const AppxSpec &spec);
/// base64 SHA-256 of each 64 KiB block of `data`.
QStringList blockHashes(const QByteArray &data);

Status writeAppx(const QString &path, const AppxSpec &spec);
Result<QByteArray> buildAppx(const AppxSpec &spec);
/// Writes a default package signed by the test signer as `file` and returns its signature as read
/// back (for trust tests; include appx/AppxSignature.h to use it).
Result<AppxSignature> writeSignedSample(const QString &file);
/// An unpacked package: payload, AppxManifest.xml, AppxBlockMap.xml (unless omitBlockMap) and,
/// with `signature`, AppxSignature.p7x, written into `folder`.
Status writeUnpackedPackage(const QString &folder, const AppxSpec &spec);

/// Resource packs of `app` (same name, publisher and version; neutral; ResourcePackage).
AppxSpec languagePack(const AppxSpec &app, const QString &language);
AppxSpec scalePack(const AppxSpec &app, int scale);
AppxSpec dxFeatureLevelPack(const AppxSpec &app, const QString &level);
/// An optional package of `main` (uap3:MainPackageDependency naming it; same publisher), or with
/// `modification` a modification package (uap4 with Publisher, rescap6:ModificationPackage).
AppxSpec optionalPackageSpec(const AppxSpec &main, const QString &name, bool modification = false);
/// A framework package such as Microsoft.VCLibs.140.00.
AppxSpec frameworkSpec(const QString &name, const QString &version, const QString &architecture);

/// One package of a generated bundle.
struct BundleItem
{
    AppxSpec spec;
    QString fileName;
    bool stub = false;
    bool outside = false;   ///< flat: written beside the bundle, not inside it
    bool omitFile = false;  ///< with `outside`: not written at all (a missing package)
    bool deflate = false;   ///< broken: the inner package deflated instead of stored
    qint64 sizeDelta = 0;   ///< broken: the manifest's Size differs by this much
    qint64 offsetDelta = 0; ///< broken: the manifest's Offset differs by this much
    QString manifestVersion; ///< broken: the bundle manifest claims this version instead
};

struct BundleSpec
{
    QString name = u"Contoso.Sample"_s;
    QString publisher = u"CN=Contoso Test, O=Contoso, C=US"_s;
    QString version = u"1.0.0.0"_s;
    int rootNamespaceYear = 2013;
    QList<BundleItem> items;
    bool signature = true; ///< signed like real bundles (not with omitBlockMap); the items follow their own spec
    bool omitBlockMap = false;
};

/// x86, x64 and arm64 application packages depending on Microsoft.VCLibs.140.00, resource packs
/// for en-US, fr-FR and de-DE, scale 100 and 200, and DirectX feature level dx11.
BundleSpec sampleBundle();
BundleItem bundleItem(const AppxSpec &spec, const QString &fileName);
/// A bundle manifest for `spec` with the given data offsets (by item index) and sizes.
QByteArray bundleManifestXml(const BundleSpec &spec, const QList<quint64> &offsets, const QList<quint64> &sizes);
/// Writes the bundle (and, for `outside` items, the package files beside it).
Status writeBundle(const QString &path, const BundleSpec &spec);

/// The offset of the data of each entry of a (non-ZIP64) ZIP file, by raw entry name.
QList<std::pair<QByteArray, quint64>> zipDataOffsets(const QString &path);

} // namespace wb::test
