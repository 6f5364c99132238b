// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSet>
#include <QString>

namespace wb {

/// Puts Windows' hash and order into the subkey lists ("lh" hash leaves) that hold keys libhivex has
/// just created with non-ASCII names. libhivex 1.3 hashes a new name over its UTF-8 bytes upper-casing
/// ASCII only and orders it by UTF-8 bytes; Windows hashes the upper-cased UTF-16 name
/// (h = 37 * h + code unit) and orders leaves by it, and compares the hash first when it looks a key
/// up by name (regf specification, "Hash leaf"). Used by Hive::commit on the written temporary file,
/// before it is synced; any thread.
namespace HiveLeaves {

/// The Windows hash of a key name.
quint32 hash(const QString &name);

/// Rewrites, in the hive file `file`, the hash of every lh entry that points at one of `nodes`
/// (absolute file offsets of nk cells) and sorts the leaves holding them by upper-cased name.
/// Other leaves and entries are not touched. registry.commit-failed when the file cannot be rewritten.
Status repair(const QString &file, const QSet<quint64> &nodes);

} // namespace HiveLeaves

} // namespace wb
