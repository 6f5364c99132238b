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
};

} // namespace wb
