// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace wb {

/// A Windows FILETIME (100-nanosecond intervals since 1601-01-01 UTC, Microsoft Learn "FILETIME
/// structure") as a UTC date and time; invalid for 0. Any thread.
QDateTime fileTimeToUtc(quint64 ticks);

} // namespace wb
