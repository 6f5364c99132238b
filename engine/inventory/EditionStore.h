// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace wb {

/// The edition facts of an offline image folder. Value type.
struct EditionFacts
{
    QString current;       ///< EditionID, empty when the image does not say
    QString currentSource; ///< where it was read
    QStringList targets;   ///< editions the image can be changed to
};

/// Editions: the current one is SOFTWARE `Microsoft\Windows NT\CurrentVersion` `EditionID`; the
/// target editions are the `<EditionID>Edition.xml` files of Windows/servicing/Editions (the
/// answer files Windows applies when it changes edition), minus the current edition. A damaged
/// SOFTWARE hive is an error. Used on one worker thread.
class EditionStore
{
public:
    static QString editionsFolder() { return QStringLiteral("Windows/servicing/Editions"); }
    static Result<EditionFacts> read(const QString &root);
};

} // namespace wb
