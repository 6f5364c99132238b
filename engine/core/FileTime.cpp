// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileTime.h"

#include <QTimeZone>

namespace wb {

QDateTime fileTimeToUtc(quint64 ticks)
{
    if (ticks == 0)
        return {};
    constexpr qint64 kEpochDifferenceMs = 11644473600000LL; // 1601-01-01 to 1970-01-01
    return QDateTime::fromMSecsSinceEpoch(qint64(ticks / 10000) - kEpochDifferenceMs, QTimeZone::utc());
}

} // namespace wb
