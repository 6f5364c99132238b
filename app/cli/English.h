// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace wb::cli {

/// The command line prints English by decision (docs/DECISIONS.md) and installs no translator, so
/// its sentences are plain UTF-8 literals marked with english() — not tr(), which lupdate would
/// collect into the catalogue. Same shape as tr(): with `n` >= 0, "%n" becomes the number.
inline QString english(const char *sourceText, const char *disambiguation = nullptr, int n = -1)
{
    Q_UNUSED(disambiguation);
    QString text = QString::fromUtf8(sourceText);
    if (n >= 0)
        text.replace(QLatin1StringView("%n"), QString::number(n));
    return text;
}

} // namespace wb::cli
