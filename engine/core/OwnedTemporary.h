// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb {

/// Names of temporary files and folders that carry the pid of the process that made them, so a
/// later run can tell the leftovers of a killed process (owner gone) from work in progress:
/// `<prefix><pid>-<16 hex digits><suffix>`. Used by export (new file), split (staging folder) and
/// provisioning (staging folder); docs/FAULTS.md. Any thread.
namespace OwnedTemporary {

/// A fresh name owned by this process.
QString name(const QString &prefix, const QString &suffix = {});

/// True when `fileName` (a name made by name() with `prefix`) belongs to a process that no longer
/// runs: its pid is gone, or the process with that pid started after `fileName` was last changed
/// (the pid was reused). `path` is the entry's full path (for its time). False when the name does
/// not carry a pid.
bool ownerGone(const QString &path, const QString &prefix);

} // namespace OwnedTemporary

} // namespace wb
