// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

namespace wb::test {

/// Writes the bundled sample image to `out` (beside it first, then renamed): a small Windows-like
/// tree captured into a WIM with two indexes (Windows 11 Pro and Enterprise layouts; x64, en-US
/// default + fr-FR, edition, version, installation type). wimbench-make-sample and
/// wimbench-screenshots build it with this.
Status writeSampleImage(const QString &out);

} // namespace wb::test
