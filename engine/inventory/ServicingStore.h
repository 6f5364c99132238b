// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CbsPackage.h"

#include "core/Result.h"

#include <QStringList>

namespace wb {

class OperationContext;

/// The servicing packages of an offline image folder: every manifest in Windows/servicing/Packages
/// (`<identity>.mum`), with its optional features, and from the SOFTWARE hive's
/// `Microsoft\Windows\CurrentVersion\Component Based Servicing\Packages\<identity>` the package's
/// CurrentState, Visibility and install time (InstallTimeHigh/Low, a FILETIME) and each feature's
/// state (value `<feature>` of its `Updates` subkey). Damaged manifests are skipped with a warning
/// (and listed in `problems`); a damaged hive is an error. Used on one worker thread.
class ServicingStore
{
public:
    static QString packagesFolder() { return QStringLiteral("Windows/servicing/Packages"); }
    static Result<QList<CbsPackage>> scan(const QString &root, OperationContext &context, QStringList *problems = nullptr);
    static QString registryKey() { return QStringLiteral("Microsoft\\Windows\\CurrentVersion\\Component Based Servicing\\Packages"); }
};

} // namespace wb
