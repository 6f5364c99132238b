// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb {

/// Paths inside a Windows image folder on a case-sensitive Linux file system. Any thread.
namespace ImagePath {

/// `relative` ('/' or '\' separated) below `root`, matching each existing path component
/// case-insensitively as Windows would (Windows/System32/config/SOFTWARE finds
/// windows/system32/CONFIG/software). Components that do not exist keep the case given.
QString resolve(const QString &root, const QString &relative);

} // namespace ImagePath

} // namespace wb
