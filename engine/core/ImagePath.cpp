// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImagePath.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace wb::ImagePath {

QString resolve(const QString &root, const QString &relative)
{
    QString current = root;
    // Both separators; a plain split (a QRegularExpression here was compiled on every call).
    const QStringList parts = QString(relative).replace(u'\\', u'/').split(u'/', Qt::SkipEmptyParts);
    for (int i = 0; i < parts.size(); ++i) {
        const QString direct = current + QLatin1Char('/') + parts[i];
        if (QFileInfo::exists(direct)) {
            current = direct;
            continue;
        }
        QString found;
        const QStringList entries = QDir(current).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &e : entries) {
            if (e.compare(parts[i], Qt::CaseInsensitive) == 0) {
                found = e;
                break;
            }
        }
        if (found.isEmpty()) {
            // Keep the rest as given.
            return current + QLatin1Char('/') + parts.mid(i).join(QLatin1Char('/'));
        }
        current += QLatin1Char('/') + found;
    }
    return current;
}

} // namespace wb::ImagePath
