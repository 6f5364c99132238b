// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PackageIdentity.h"

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace wb {

/// One <Resource> of a package (or of a bundle's package entry): a language, a scale or a
/// DirectX feature level.
struct PackageResource
{
    QString language;       ///< BCP-47 as written, e.g. "EN-US"
    std::optional<int> scale;
    QString dxFeatureLevel; ///< "dx9", "dx10", "dx11", "dx12"

    /// "Language EN-US", "Scale 200", "DXFeatureLevel dx11".
    QString describe() const;
    bool operator==(const PackageResource &) const = default;
};

/// <TargetDeviceFamily Name MinVersion MaxVersionTested>.
struct TargetDeviceFamily
{
    QString name;
    PackageVersion minVersion;
    std::optional<PackageVersion> maxVersionTested;
};

/// <PackageDependency Name Publisher MinVersion [MaxMajorVersionTested] [Optional]>.
struct PackageDependency
{
    QString name;
    QString publisher;
    PackageVersion minVersion;
    std::optional<quint16> maxMajorVersionTested;
    bool optional = false;

    QString familyName() const { return name + QLatin1Char('_') + PackageIdentity::publisherIdOf(publisher); }
};

/// <uap3:MainPackageDependency Name> (Windows 10 1607) or <uap4:MainPackageDependency Name [Publisher]>
/// (1703): this package is an optional package of the main package named here (Microsoft Learn,
/// "uap3:MainPackageDependency"; the MSIX SDK's UapManifestSchema_v3/_v4.xsd and
/// AppxManifestObject::GetMainPackageDependencies).
struct MainPackageDependency
{
    QString name;
    QString publisher; ///< empty: the optional package's own publisher (uap3 has no Publisher attribute)
};

/// AppxManifest.xml of one package, in the Windows 8 (2010), Windows 8.1 (2013) or Windows 10
/// namespace. Elements are matched by local name; unknown elements are ignored. Value type,
/// any thread.
struct AppxManifest
{
    enum class Schema { Windows8, Windows81, Windows10 };

    Schema schema = Schema::Windows10;
    PackageIdentity identity;
    QString displayName;
    QString publisherDisplayName;
    QString description;
    QString logo;
    bool framework = false;
    bool resourcePackage = false;
    bool modificationPackage = false; ///< <rescap6:ModificationPackage>true (Windows 10 1809+, an optional package)
    QList<MainPackageDependency> mainPackageDependencies;
    QList<TargetDeviceFamily> targetDeviceFamilies;
    QList<PackageDependency> dependencies;
    QList<PackageResource> resources;
    QString osMinVersion; ///< <Prerequisites><OSMinVersion> of Windows 8/8.1 manifests
    QStringList applicationIds;

    /// Parses and checks the manifest. `file` names it in messages ("App.msix/AppxManifest.xml").
    /// Errors: appx.manifest-malformed (the XML cannot be read), appx.manifest-invalid (wrong root,
    /// unknown namespace), appx.manifest-missing-element (naming the element or attribute),
    /// appx.manifest-invalid-value, appx.optional-is-framework and appx.optional-is-resource (an
    /// optional package that is also a framework or a resource package).
    static Result<AppxManifest> parse(const QByteArray &xml, const QString &file);

    QString schemaName() const;
    /// What the manifest declares the package to be (engine/appx/README.md, "Package kinds").
    enum class Kind { Application, Framework, Resource, Modification, Optional };
    Kind kind() const;
    /// Application, Framework, Resource, Optional or Modification: the kind in English, as the
    /// command line and the log write it (the window translates kind() itself).
    QString kindName() const;
    /// Has a MainPackageDependency: Windows installs it only together with its main package.
    bool isOptional() const { return !mainPackageDependencies.isEmpty(); }
    /// The publisher a MainPackageDependency names (this package's own when it names none).
    QString mainPublisher(const MainPackageDependency &d) const { return d.publisher.isEmpty() ? identity.publisher : d.publisher; }
    /// "Name (publisher)" of each MainPackageDependency, for people; empty for other packages.
    QStringList mainPackages() const;
    QStringList languages() const;
};

} // namespace wb

Q_DECLARE_METATYPE(wb::AppxManifest)
