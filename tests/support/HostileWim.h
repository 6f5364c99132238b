// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

namespace wb::test {

/// Crafting WIMs that wimlib would never write: the metadata resource of an *uncompressed* WIM
/// (WimWriteOptions::compression = Compression::None) is patched in place and its SHA-1 in the
/// lookup table is fixed, so wimlib reads the result as a well-formed file.

/// Renames every directory entry called `from` to `to` in every image (UTF-16LE names of the same
/// length: make the placeholder as long as the hostile name). Fails when `from` is not found.
Status patchWimEntryName(const QString &wimPath, const QString &from, const QString &to);

/// Points the child list of the directory `inner` at the child list of the directory `outer`
/// (its parent), so `inner` contains itself: a cycle in the directory tree.
Status makeWimCycle(const QString &wimPath, const QString &outer, const QString &inner);

} // namespace wb::test
