// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace wb {

/// A progress report: what stage the work is in and how far it is (done of total, in the stage's
/// unit, usually bytes). total == 0 means the amount is unknown.
struct Progress
{
    QString stage;
    quint64 done = 0;
    quint64 total = 0;

    /// 0..1, or -1 when the total is unknown.
    double fraction() const { return total == 0 ? -1.0 : double(done) / double(total); }
    bool operator==(const Progress &) const = default;
};

} // namespace wb

Q_DECLARE_METATYPE(wb::Progress)
