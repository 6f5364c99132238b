// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;
class QWidget;

namespace wb {

/// What a status line says, for its colour.
enum class StatusKind { Neutral, Success, Warning, Error };

/// The colour of a status line of `kind` for `palette`: Neutral is the palette's window text;
/// the others are a red, amber or green whose lightness follows the palette (light text on a dark
/// window, dark text on a light one), so they stay readable in dark themes. GUI thread.
QColor statusColour(const QPalette &palette, StatusKind kind);
/// Gives `widget` (a label) the text colour of `kind` through its palette (no style sheet).
void setStatusKind(QWidget *widget, StatusKind kind);

} // namespace wb
