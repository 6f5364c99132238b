// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppxPackage.h"
#include "BundleManifest.h"
#include "ByteProgress.h"
#include "ZipArchive.h"

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace wb {

/// Where one of a bundle's packages is.
struct BundlePackageLocation
{
    enum class Kind {
        Embedded, ///< stored inside the bundle file at the manifest's Offset
        File,     ///< a file beside the bundle (flat bundle) or in an unpacked bundle folder
        Missing   ///< neither
    };
    Kind kind = Kind::Missing;
    QString path; ///< the bundle file (Embedded) or the package file (File, and where it was looked for when Missing)
    quint64 offset = 0;
};

/// A bundle (.appxbundle/.msixbundle), a flat bundle (inner packages as sibling files) or an
/// unpacked bundle folder. Opening checks AppxMetadata/AppxBundleManifest.xml against the
/// bundle's block map and every embedded package against its manifest entry: stored, not deflated
/// (appx.bundle-package-compressed), same size (appx.bundle-package-size-mismatch), data at the
/// declared Offset (appx.bundle-package-offset-mismatch). Packages found nowhere are listed by
/// missingPackages() and refused by openPackage(). Move-only; one thread at a time.
class AppxBundle
{
public:
    /// A bundle file or an unpacked bundle folder.
    static Result<AppxBundle> open(const QString &path);

    AppxBundle(AppxBundle &&) noexcept = default;
    AppxBundle &operator=(AppxBundle &&) noexcept = default;

    QString path() const { return m_path; }
    bool isFolder() const { return !m_zip.has_value(); }
    /// True when at least one package is (or should be) a separate file rather than inside the bundle.
    bool isFlat() const;

    const BundleManifest &manifest() const { return m_manifest; }
    const PackageIdentity &identity() const { return m_manifest.identity; }
    const QList<BundlePackageEntry> &packages() const { return m_manifest.packages; }
    QList<BundlePackageEntry> applicationPackages() const;
    SignatureStatus signature() const { return m_signature; }
    /// The verified signature of the bundle itself; nullptr unless signature() is Verified.
    const AppxSignature *signatureDetails() const { return m_signatureCheck ? &m_signatureCheck->signature() : nullptr; }
    /// Compares the bundle's file-records digest (every byte of the bundle before its signature,
    /// inner packages included) with its signature; nothing to do when unsigned. Reads the bundle
    /// once; progress and cancellation through `progress`.
    Status verifySignature(ByteProgress *progress = nullptr) const;
    /// For a signed ZIP bundle: one pass over the bundle's records (AXPC). Give it to the inner
    /// packages' verify()/extractTo() in the order of offsetInFile(), then to
    /// extractFootprintTo() or finishSignatureRead(): every byte of the bundle is read once, for
    /// the bundle's signature and for the inner packages' own (and their block maps) alike.
    /// appx.signature-missing for an unsigned bundle.
    Result<SignatureCheck::Pass> beginSignatureRead(ByteProgress *progress) const;
    /// Reads what the inner packages did not (up to the bundle's signature) and compares AXPC.
    static Status finishSignatureRead(SignatureCheck::Pass &read) { return read.finish(); }

    BundlePackageLocation location(const BundlePackageEntry &entry) const;
    bool isPresent(const BundlePackageEntry &entry) const { return location(entry).kind != BundlePackageLocation::Kind::Missing; }
    /// File names of the packages that are neither inside the bundle nor beside it.
    QStringList missingPackages() const;

    /// appx.bundle-no-application-package when the bundle holds only resource packages (it cannot
    /// be provisioned on its own).
    Status requireApplicationPackage() const;
    /// appx.bundle-package-missing naming every missing file, if any.
    Status requireAllPresent() const;

    /// Opens one inner package in place (never copied out) and checks its identity against the
    /// bundle: name, publisher, version, architecture, resource id and type
    /// (appx.bundle-package-identity-mismatch); appx.bundle-package-missing when it is absent.
    Result<AppxPackage> openPackage(const BundlePackageEntry &entry) const;

    /// The bundle's own footprint files (AppxMetadata/AppxBundleManifest.xml, AppxBlockMap.xml,
    /// AppxSignature.p7x when present; never the inner packages or [Content_Types].xml) written
    /// into `target` as AppxPackage::extractTo() does: checked, staged, nothing left on failure.
    /// A signed bundle is first checked: `bundleRead` finished, or without it verifySignature().
    Status extractFootprintTo(const QString &target, ByteProgress *progress = nullptr, SignatureCheck::Pass *bundleRead = nullptr) const;
    /// The files extractFootprintTo() writes, with '/' separators.
    QStringList footprintFiles() const;
    /// The bytes extractFootprintTo() writes (and reports to its progress).
    quint64 footprintBytes() const;
    /// The raw bytes the bundle's signature read hashes (every record before its signature), 0
    /// when it is not signed.
    quint64 signedRecordBytes() const { return m_signatureCheck ? m_signatureCheck->recordBytes() : 0; }

private:
    AppxBundle() = default;
    /// The footprint files by name, with their bytes.
    QList<std::pair<QString, QByteArray>> footprint() const;
    static Result<AppxBundle> fromZip(ZipArchive zip, const QString &path);
    static Result<AppxBundle> fromFolder(const QString &path);
    Status checkEmbedded(const BundlePackageEntry &entry, const ZipEntry &zipEntry) const;
    Status checkFile(const BundlePackageEntry &entry, const QString &file) const;
    Status openSignature(const ZipArchive &zip, const ZipEntry &signature);

    QString m_path;
    std::optional<ZipArchive> m_zip;
    BundleManifest m_manifest;
    QByteArray m_manifestXml;
    std::optional<BlockMap> m_blockMap;
    QByteArray m_blockMapXml;
    QByteArray m_signatureBytes;
    SignatureStatus m_signature = SignatureStatus::Absent;
    std::shared_ptr<const SignatureCheck> m_signatureCheck;
    QList<BundlePackageLocation> m_locations; ///< parallel to m_manifest.packages
};

} // namespace wb
