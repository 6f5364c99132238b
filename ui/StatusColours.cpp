// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusColours.h"

#include <QApplication>
#include <QPalette>
#include <QWidget>

namespace wb {

QColor statusColour(const QPalette &palette, StatusKind kind)
{
    if (kind == StatusKind::Neutral)
        return palette.color(QPalette::WindowText);
    const bool darkWindow = palette.color(QPalette::Window).lightness() < 128;
    const int hue = kind == StatusKind::Error ? 0 : kind == StatusKind::Warning ? 40 : 125;
    // Contrast of at least 4.5:1 against the window in both cases (WCAG AA for normal text).
    return QColor::fromHsl(hue, darkWindow ? 180 : 220, darkWindow ? 175 : 75);
}

void setStatusKind(QWidget *widget, StatusKind kind)
{
    // Start from the application's palette so that a colour set before does not feed back.
    QPalette palette = widget->parentWidget() ? widget->parentWidget()->palette() : QApplication::palette(widget);
    palette.setColor(QPalette::WindowText, statusColour(palette, kind));
    widget->setPalette(palette);
}

} // namespace wb
