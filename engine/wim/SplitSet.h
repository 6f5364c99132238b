// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace wb {

/// The glob of the other parts of a split set whose first part is `firstPart`: `pattern`
/// (/SWMFile) when given (a relative one that matches nothing from the current folder is taken
/// relative to the first part's folder), else `<folder>/<stem>*.swm` beside the first part.
QString resolveSplitPattern(const QString &firstPart, const QString &pattern);

/// When `path` is the first part of a split set (read from its header, without wimlib): every
/// file that WimFile::open with `pattern` references as a part, the first one included, as
/// absolute paths, sorted. Empty for a file that is not split or cannot be read.
QStringList splitSetFiles(const QString &path, const QString &pattern);

} // namespace wb
