// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace wb {

/// How Windows compares key and value names: case-insensitively, by upper-casing each UTF-16 code
/// unit with the simple (one-to-one) Unicode mapping, as RtlCompareUnicodeString(..., TRUE) does
/// (so "ß" stays "ß", "ı" equals "I", surrogate pairs are compared as they are). Any thread.
namespace RegistryName {

/// The form two names are compared in (each code unit upper-cased).
QString folded(const QString &name);
/// True when Windows would take `a` and `b` for the same key or value name.
bool equal(const QString &a, const QString &b);
/// The components of a key path relative to a hive's root, separated by backslashes ("\" alone or
/// "" is the root; leading, trailing and doubled backslashes are ignored). Forward slashes are
/// part of a name, as in Windows.
QStringList split(const QString &path);
/// Longest key name Windows accepts (Microsoft Learn, "Registry Element Size Limits"): 255 characters.
constexpr int MaxKeyNameLength = 255;
/// Longest value name: 16,383 characters.
constexpr int MaxValueNameLength = 16383;

} // namespace RegistryName

} // namespace wb
