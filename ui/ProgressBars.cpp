// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressBars.h"

#include <QProgressBar>

namespace wb {

void showProgress(QProgressBar *bar, const Progress &progress)
{
    if (progress.total == 0) {
        bar->setRange(0, 0);
        return;
    }
    bar->setRange(0, 1000);
    bar->setValue(int(1000.0 * progress.fraction()));
}

} // namespace wb
