// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DriverPackage.h"
#include "InfFile.h"

#include "core/Result.h"

namespace wb {

class OperationContext;

/// The driver packages of an offline image folder, read from `Windows/INF/oem*.inf` (third-party
/// packages, published as oemN.inf) and `Windows/System32/DriverStore/FileRepository/<name>.inf_<arch>_<hash>/<name>.inf`
/// (every staged package; those not published as oemN.inf are inbox). An oemN.inf is matched
/// to its driver store folder by identical content (Windows copies the INF when it publishes it).
/// The DRIVERS hive (DriverDatabase) also marks as third party the packages it publishes as oemN.inf
/// whose Windows/INF copy is missing; a damaged DRIVERS hive is an error.
/// Damaged INF files are skipped with a warning. Used on one worker thread; value type.
class DriverStore
{
public:
    static QString infFolder() { return QStringLiteral("Windows/INF"); }
    static QString repositoryFolder() { return QStringLiteral("Windows/System32/DriverStore/FileRepository"); }

    /// Reads the packages under `root`: third-party ones, and with `includeInbox` the inbox ones too.
    /// Each INF that cannot be read is skipped; its error goes to `problems` and the log.
    static Result<QList<DriverPackage>> scan(const QString &root, bool includeInbox, OperationContext &context,
                                             QStringList *problems = nullptr);
    /// The fields of one package read from its INF.
    static DriverPackage describe(const InfFile &inf);
    /// The devices the INF installs (its [Manufacturer] models).
    static QList<DriverDevice> devices(const InfFile &inf);
    /// True for "oem<digits>.inf" (any case).
    static bool isPublishedName(const QString &fileName);
};

} // namespace wb
