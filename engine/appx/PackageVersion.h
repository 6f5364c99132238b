// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

#include <compare>
#include <optional>

namespace wb {

/// A package version, four 16-bit parts "Major.Minor.Build.Revision". Value type, any thread.
struct PackageVersion
{
    quint16 major = 0;
    quint16 minor = 0;
    quint16 build = 0;
    quint16 revision = 0;

    /// "1.2.3.4" (exactly four parts, each 0..65535); nullopt otherwise.
    static std::optional<PackageVersion> parse(const QString &text);
    /// As Windows writes it in full names: no leading zeros.
    QString toString() const;
    quint64 packed() const { return (quint64(major) << 48) | (quint64(minor) << 32) | (quint64(build) << 16) | revision; }

    auto operator<=>(const PackageVersion &) const = default;
    bool operator==(const PackageVersion &) const = default;
};

} // namespace wb

Q_DECLARE_METATYPE(wb::PackageVersion)
