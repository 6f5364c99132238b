// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppxManifest.h"
#include "BlockMap.h"
#include "ByteProgress.h"
#include "SignatureCheck.h"
#include "ZipArchive.h"

#include "core/Result.h"

#include <QFile>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace wb {

/// Whether a package or bundle carries AppxSignature.p7x and what was checked: a ZIP package's or
/// bundle's signature is verified at open (PKCS#7, central directory, content types, block map) and
/// its file records and code-integrity catalog while it is read (verify(), extractTo()); an
/// unpacked folder's signature cannot be checked (its ZIP records are gone).
enum class SignatureStatus { Absent, PresentNotVerified, Verified };
QString signatureStatusText(SignatureStatus status);

/// One file that extraction writes: payload and footprint files (AppxManifest.xml,
/// AppxBlockMap.xml, AppxSignature.p7x, AppxMetadata/CodeIntegrity.cat); never [Content_Types].xml.
struct PackageFileEntry
{
    QString name;          ///< decoded, '/' separators, checked to stay inside the target folder
    quint64 size = 0;
    bool inBlockMap = false; ///< its blocks are checked (all but AppxBlockMap.xml, AppxSignature.p7x and, when unlisted, CodeIntegrity.cat)
    qint64 zipIndex = -1;  ///< entry index for ZIP packages, -1 for unpacked folders
};

/// One app package (.appx/.msix), read from a file, from its place inside a bundle (opened in
/// place, never copied out), or from an unpacked folder. Opening checks the structure: safe entry
/// names, AppxManifest.xml, AppxBlockMap.xml (optional only for folders), [Content_Types].xml
/// (ZIP only), the block map against the ZIP directory (same files, same sizes: a declared size
/// the block map does not confirm is refused before any byte is inflated), and the manifest's
/// own blocks. verify() and extractTo() check every other block while streaming.
/// Move-only; used by one thread at a time (an operation's worker thread).
class AppxPackage
{
public:
    /// A .appx/.msix file or an unpacked package folder.
    static Result<AppxPackage> open(const QString &path);
    /// The package stored (uncompressed) at `offset`/`size` of `containerPath`; `displayName`
    /// names it in messages, e.g. "Bundle.msixbundle/App_x64.msix".
    static Result<AppxPackage> openRange(const QString &containerPath, quint64 offset, quint64 size, const QString &displayName);

    AppxPackage(AppxPackage &&) noexcept = default;
    AppxPackage &operator=(AppxPackage &&) noexcept = default;

    /// The file or folder (for a package inside a bundle: the bundle file).
    QString path() const { return m_path; }
    QString displayName() const { return m_displayName; }
    bool isFolder() const { return !m_zip.has_value(); }
    /// Where the package starts in path(): its Offset inside a bundle, 0 for a file of its own.
    quint64 offsetInFile() const;
    /// The raw bytes a signature pass over this package reads (SignatureCheck::recordBytes), 0 when
    /// it is not signed; read through the bundle's pass, these do not count in the bundle's progress.
    quint64 signedRecordBytes() const { return m_signatureCheck ? m_signatureCheck->recordBytes() : 0; }

    const AppxManifest &manifest() const { return m_manifest; }
    const PackageIdentity &identity() const { return m_manifest.identity; }
    QByteArray manifestXml() const { return m_manifestXml; }
    /// False only for an unpacked folder without AppxBlockMap.xml (its files cannot be checked).
    bool hasBlockMap() const { return m_blockMap.has_value(); }
    const BlockMap *blockMap() const { return m_blockMap ? &*m_blockMap : nullptr; }
    SignatureStatus signature() const { return m_signature; }
    /// The verified signature (signer, certificates, digests); nullptr unless signature() is Verified.
    const AppxSignature *signatureDetails() const { return m_signatureCheck ? &m_signatureCheck->signature() : nullptr; }
    bool hasCodeIntegrityCatalog() const { return m_codeIntegrity; }

    /// Every file extraction writes, in package order.
    const QList<PackageFileEntry> &files() const { return m_files; }
    /// Sum of files()' sizes: the bytes extraction writes.
    quint64 installedSize() const;

    /// Reads every file and checks every block against the block map (appx.block-hash-mismatch,
    /// appx.size-mismatch, appx.zip-crc, ...). Constant memory. Cancellation: Error::cancelled().
    /// `bundleRead`: the signature pass of the bundle this package is stored in
    /// (AppxBundle::beginSignatureRead), to read the bytes once for both signatures.
    Status verify(ByteProgress *progress = nullptr, SignatureCheck::Pass *bundleRead = nullptr) const;

    /// Writes files() into `target`, which must not exist yet (its parent must). Streams with
    /// constant memory, checks each 64 KiB block before writing it, writes into a hidden staging
    /// folder beside `target` and renames it into place only when every file was written and
    /// checked: on failure or cancellation nothing is left behind.
    Status extractTo(const QString &target, ByteProgress *progress = nullptr, SignatureCheck::Pass *bundleRead = nullptr) const;

private:
    AppxPackage() = default;
    static Result<AppxPackage> fromZip(ZipArchive zip, QString path);
    static Result<AppxPackage> fromFolder(const QString &path);
    Status finish(const QByteArray &manifestXml);
    /// Streams one file into `out` (may be null: verify only).
    Status stream(const PackageFileEntry &file, QFile *out, ByteProgress *progress, SignatureCheck::Pass *pass) const;
    /// Calls `each` for every file in package order inside one signature pass (when signed).
    Status streamAll(const std::function<Status(const PackageFileEntry &, SignatureCheck::Pass *)> &each, SignatureCheck::Pass *bundleRead) const;
    Status openSignature(const ZipArchive &zip, const QByteArray &blockMapXml);

    QString m_path;
    QString m_displayName;
    std::optional<ZipArchive> m_zip;
    AppxManifest m_manifest;
    QByteArray m_manifestXml;
    std::optional<BlockMap> m_blockMap;
    SignatureStatus m_signature = SignatureStatus::Absent;
    std::optional<SignatureCheck> m_signatureCheck;
    bool m_codeIntegrity = false;
    QList<PackageFileEntry> m_files;
};

} // namespace wb
