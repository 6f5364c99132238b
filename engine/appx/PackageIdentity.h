// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PackageVersion.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace wb {

/// ProcessorArchitecture of a package (and Architecture of a bundle's package entry).
enum class PackageArchitecture { Neutral, X86, X64, Arm, Arm64, X86OnArm64 };

/// "neutral", "x86", "x64", "arm", "arm64", "x86a64": as in manifests and full names.
QString architectureName(PackageArchitecture architecture);
/// Case-insensitive; an empty string is Neutral; nullopt for anything unknown.
std::optional<PackageArchitecture> parseArchitecture(const QString &text);

/// The identity of a package or bundle, and the names Windows derives from it. Value type, any
/// thread. A bundle's identity has architecture Neutral and resource id "~".
struct PackageIdentity
{
    QString name;
    QString publisher;
    PackageVersion version;
    PackageArchitecture architecture = PackageArchitecture::Neutral;
    QString resourceId;

    /// Name_Version_Architecture_ResourceId_PublisherId, e.g.
    /// Microsoft.WindowsCalculator_10.1906.55.0_x64__8wekyb3d8bbwe.
    QString fullName() const;
    /// Name_PublisherId.
    QString familyName() const;
    QString publisherId() const { return publisherIdOf(publisher); }

    /// Crockford base32 (lower case, 13 characters) of the first 8 bytes of SHA-256 of the
    /// UTF-16LE publisher, as Windows computes it.
    static QString publisherIdOf(const QString &publisher);

    bool operator==(const PackageIdentity &) const = default;
};

} // namespace wb

Q_DECLARE_METATYPE(wb::PackageIdentity)
