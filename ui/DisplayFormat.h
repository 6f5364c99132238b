// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace wb {

/// How the window shows sizes, times, attributes and absent values. Pure formatting, GUI thread.
class DisplayFormat
{
public:
    /// "0 bytes", "512 bytes", "1.5 KiB", "3.2 GiB" in the current locale.
    static QString size(quint64 bytes);
    /// Local date and time in the current locale's short format; empty for an invalid time.
    static QString time(const QDateTime &time);
    /// "Read-only, Hidden, System, Directory" for FILE_ATTRIBUTE_* bits.
    static QString attributeNames(quint32 attributes);
    /// The text shown for a field the image does not record.
    static QString absent();
    static QString yesNo(bool value);
    /// A path inside an image as Windows and the command line write it: `\Windows\System32`.
    static QString imagePath(const QString &path);
    /// "12 seconds", "3 min 05 s", "1 h 02 min".
    static QString duration(qint64 seconds);
    /// "`stage` — about 3 min 05 s left", or `stage` alone when `secondsLeft` is not positive.
    static QString withTimeLeft(const QString &stage, qint64 secondsLeft);
};

} // namespace wb
