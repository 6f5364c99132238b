// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppxManifest.h"
#include "PackageIdentity.h"

#include "core/Result.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace wb {

/// One <Package> of a bundle manifest: where an inner package is and what it must be.
struct BundlePackageEntry
{
    enum class Type { Application, Resource };

    Type type = Type::Application;
    PackageVersion version;
    PackageArchitecture architecture = PackageArchitecture::Neutral;
    QString resourceId;
    QString fileName;              ///< checked to be a safe relative name
    std::optional<quint64> offset; ///< of the stored data inside the bundle; absent in flat bundles
    quint64 size = 0;
    bool isStub = false;
    QList<PackageResource> resources;
    QList<TargetDeviceFamily> targetDeviceFamilies;

    bool isApplication() const { return type == Type::Application; }
    QString typeName() const { return isApplication() ? QStringLiteral("application") : QStringLiteral("resource"); }
};

/// <OptionalBundle Name Publisher Version FileName> (related optional packages).
struct OptionalBundleEntry
{
    QString name;
    QString publisher;
    PackageVersion version;
    QString fileName;
};

/// AppxMetadata/AppxBundleManifest.xml in the 2013-2019 bundle namespaces. Elements are matched
/// by local name; unknown elements are ignored. Value type, any thread.
struct BundleManifest
{
    int schemaYear = 2013;      ///< year of the root element's namespace
    PackageIdentity identity;   ///< architecture Neutral, resource id "~"
    QList<BundlePackageEntry> packages;
    QList<OptionalBundleEntry> optionalBundles;

    /// Errors: appx.bundle-manifest-malformed (the XML cannot be read), appx.bundle-manifest-invalid,
    /// appx.bundle-manifest-missing-element,
    /// appx.bundle-manifest-invalid-value, appx.unsafe-entry-name (a FileName leaving the folder).
    static Result<BundleManifest> parse(const QByteArray &xml, const QString &file);

    bool hasApplicationPackage() const;
};

} // namespace wb

Q_DECLARE_METATYPE(wb::BundleManifest)
