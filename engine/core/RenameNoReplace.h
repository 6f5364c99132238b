// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb {

/// Moves `from` to `to` in one step unless `to` exists, so a file that appeared at `to` meanwhile
/// is never replaced: renameat2(RENAME_NOREPLACE), or where the file system lacks it a hard link
/// plus unlink, or (no hard links either, e.g. FAT) a checked rename. Returns 0 or an errno value
/// (EEXIST when `to` exists). Any thread.
int renameNoReplace(const QString &from, const QString &to);

} // namespace wb
