// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

#include <vector>

namespace wb {

class LogIndex;

/// Writes the entries `rows` of `index` to `path` as they are in the log file, one line each,
/// through QSaveFile (a failed export leaves an existing file as it was). Runs on the Log tab's
/// export worker thread; `index` is the worker's own copy.
Status writeLogEntries(const LogIndex &index, const std::vector<int> &rows, const QString &path);

} // namespace wb
