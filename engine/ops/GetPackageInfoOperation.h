// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appx/AppxBundle.h"
#include "appx/AppxManifest.h"
#include "appx/AppxPackage.h"
#include "appx/BundleManifest.h"
#include "appx/PackagePath.h"

#include "core/Operation.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace wb {

/// What Get-PackageInfo learnt about one package of a bundle.
struct InnerPackageInfo
{
    BundlePackageEntry entry;
    BundlePackageLocation location;
    std::optional<AppxManifest> manifest; ///< set when the package is present (and then checked)
    SignatureStatus signature = SignatureStatus::Absent;
    int fileCount = 0;
    quint64 installedSize = 0;
    bool verified = false;

    bool isPresent() const { return location.kind != BundlePackageLocation::Kind::Missing; }
};

/// What Get-PackageInfo learnt about a package, bundle or unpacked folder. Value type.
struct PackageInfo
{
    QString path;
    PackageFormat format = PackageFormat::Unknown;
    // Packages and unpacked folders:
    AppxManifest manifest;
    bool hasBlockMap = false;
    bool hasCodeIntegrityCatalog = false;
    // Bundles:
    BundleManifest bundle;
    QList<InnerPackageInfo> packages;
    QStringList missingPackages;
    bool flat = false;
    // Both:
    SignatureStatus signature = SignatureStatus::Absent;
    std::optional<AppxSignature> signatureDetails; ///< the package's or bundle's own verified signature
    int fileCount = 0;           ///< files extraction would write (packages), inner packages present (bundles)
    quint64 installedSize = 0;   ///< bytes extraction would write
    bool verified = false;       ///< every block of every present package was checked

    bool isBundle() const { return format == PackageFormat::Bundle || format == PackageFormat::BundleFolder; }
    /// "ZIP file records: matches", one line per signed part; empty when not signed. The file
    /// records are checked only when the contents were read (`verifyRequested`).
    QStringList signedDigestResults(bool verifyRequested) const;
    const PackageIdentity &identity() const { return isBundle() ? bundle.identity : manifest.identity; }
    bool hasApplicationPackage() const { return !isBundle() || bundle.hasApplicationPackage(); }
};

/// /Get-PackageInfo /PackagePath:<file-or-folder>: reads a package, bundle, flat bundle or
/// unpacked folder, checks its structure and (unless told not to) every block of every present
/// package against its block map, and keeps what it found in info(). A bundle whose packages are
/// partly missing is read (they are listed in info().missingPackages and logged as a warning);
/// damaged packages fail with their specific appx.* error.
class GetPackageInfoOperation : public Operation
{
public:
    explicit GetPackageInfoOperation(QString path, bool verifyPayload = true);

    QString name() const override { return QStringLiteral("Get-PackageInfo"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    QString component() const override { return QStringLiteral("AppX"); }
    Status run(OperationContext &context) override;

    const PackageInfo &info() const { return m_info; }

    /// The format of `path`, or appx.not-found / appx.unknown-format.
    static Result<PackageFormat> formatOf(const QString &path);

private:
    Status readPackage(OperationContext &context);
    Status readBundle(OperationContext &context);
    /// Every block of the inner packages present and, for a signed bundle, its file records in
    /// the same read (AppxBundle::beginSignatureRead).
    Status verifyBundle(const AppxBundle &bundle, const std::vector<std::optional<AppxPackage>> &opened, quint64 total, OperationContext &context);

    QString m_path;
    bool m_verify;
    PackageInfo m_info;
};

} // namespace wb
