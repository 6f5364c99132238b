// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/LogLevel.h"

#include <QString>

namespace wb {

/// Settings every operation sees: the scratch directory and the log. Plain value, copied into
/// each operation's context when it starts.
struct EngineSettings
{
    QString scratchDirectory; ///< empty = the system's temporary folder
    QString logPath;          ///< empty = Log::defaultPath()
    LogLevel logLevel = LogLevel::WarningsInfo;
};

} // namespace wb
