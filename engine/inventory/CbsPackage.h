// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace wb {

/// An optional feature: an `<update>` of a package manifest that has a `<selectable>` element
/// (what DISM's /Get-Features lists). Value type.
struct CbsFeature
{
    QString name;
    QString displayName;
    QString description;
    QString restart;              ///< the manifest's restart attribute ("possible", "required"), may be empty
    QString package;              ///< identity of the package that defines it
    std::optional<quint32> state; ///< from the SOFTWARE hive, when the image has one
};

/// A capability (Feature on Demand) declared by a package manifest: `<declareCapability>` holding
/// `<capability><capabilityIdentity name language version/>` (seen in real FoD manifests, not a
/// published schema; inventory/README.md). Its state is the declaring package's CBS state. Value type.
struct CbsCapability
{
    QString name;        ///< DISM's capability name `Name~~~language~version`, e.g. Language.Basic~~~en-US~0.0.1.0
    QString displayName; ///< from `<displayInformation displayName>` when the manifest has it
    QString description;
    QString package;     ///< identity of the declaring package
    std::optional<quint32> state;
};

/// A servicing (CBS) package of an image: its manifest Windows/servicing/Packages/<identity>.mum and,
/// when the SOFTWARE hive is there, its registration under Component Based Servicing\Packages. Value type.
struct CbsPackage
{
    QString identity;     ///< name~publicKeyToken~arch~language~version (the manifest's file name)
    QString name;
    QString version;
    QString architecture;
    QString language;     ///< empty for neutral packages
    QString releaseType;  ///< "Feature Pack", "Language Pack", "Update", "Security Update", "OnDemand Pack", "Foundation", ...
    QString restart;
    QString manifestPath; ///< image-relative
    std::optional<quint32> currentState;
    std::optional<quint32> visibility; ///< 1 visible, 2 hidden
    QDateTime installTime;
    QList<CbsFeature> features;
    QList<CbsCapability> capabilities;
};

/// DISM's name for a CBS CurrentState value (0x70 Installed, 0x40 Staged, 0x60 Install Pending,
/// ...; table in inventory/README.md), or the raw value in hex when the meaning is not known.
QString cbsStateName(quint32 state);
/// DISM's name for a feature's state: Enabled (Installed), Disabled (Staged, Resolved...),
/// Disabled with Payload Removed (Absent), Enable Pending, Disable Pending; raw hex otherwise.
QString featureStateName(quint32 state);
/// DISM's name for a capability's state (DismPackageFeatureState as /Get-Capabilities prints it):
/// Installed (Installed, Permanent), Not Present (Absent), Staged, Install Pending, Uninstall
/// Pending, Superseded, Partially Installed; raw hex otherwise.
QString capabilityStateName(quint32 state);

} // namespace wb
