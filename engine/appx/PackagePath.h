// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace wb {

/// What a path given by the user holds, judged by its name (and, for folders, by their manifest).
enum class PackageFormat {
    Unknown,
    Package,       ///< .appx / .msix file
    Bundle,        ///< .appxbundle / .msixbundle file (inner packages inside or, flat, beside it)
    Folder,        ///< unpacked package: a folder with AppxManifest.xml
    BundleFolder   ///< unpacked bundle: a folder with AppxMetadata/AppxBundleManifest.xml
};

/// Names inside packages: percent-decoding of ZIP entry names (OPC part names) and the safety
/// rules every name must pass before anything is written under it. Pure functions, any thread.
namespace PackagePath {

/// Decodes %XX escapes of a raw ZIP entry name and the UTF-8 that results. A '%' that is not
/// followed by two hexadecimal digits, or bytes that are not UTF-8, give appx.bad-entry-name.
Result<QString> decodeEntryName(const QByteArray &raw, const QString &packageFile);

/// Percent-encodes a name for a ZIP entry as MakeAppx does (everything outside unreserved
/// characters, '/' and a few safe punctuation marks).
QByteArray encodeEntryName(const QString &name);

/// Checks that `name` (a decoded entry name, or a file name from a manifest) stays inside the
/// folder it is written to: not empty, not absolute, no drive letter or ':' at all, no '.' or '..'
/// segment, no control characters. '\' counts as a separator. Returns the name with '/'
/// separators, or appx.unsafe-entry-name naming the entry and the package.
Result<QString> checkRelative(const QString &name, const QString &packageFile);

/// Case-insensitive (ASCII/Unicode simple folding) comparison of part names, with '\' and '/'
/// treated alike, as OPC and the block map need.
bool sameName(const QString &a, const QString &b);
/// The key sameName() compares: lower case, '/' separators.
QString nameKey(const QString &name);

/// `relative` (a safe relative name) under `folder`, matching each segment case-insensitively when
/// the exact name does not exist (packages copied from Windows keep the names' case loosely).
/// Returns the existing path, or the exact (non-existing) path when nothing matches.
QString resolveInFolder(const QString &folder, const QString &relative);

/// .appx/.msix/.appxbundle/.msixbundle by extension, or a folder holding AppxManifest.xml or
/// AppxMetadata/AppxBundleManifest.xml; Unknown otherwise (also for paths that do not exist).
PackageFormat detectFormat(const QString &path);
/// True when detectFormat() is not Unknown: what a drop on the window or a file picker accepts.
bool looksLikePackage(const QString &path);

} // namespace PackagePath
} // namespace wb
