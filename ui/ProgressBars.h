// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Progress.h"

class QProgressBar;

namespace wb {

/// Shows `progress` on `bar`: a busy indicator when the total is unknown, else 0–1000 per mille.
/// GUI thread.
void showProgress(QProgressBar *bar, const Progress &progress);

} // namespace wb
