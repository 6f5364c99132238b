#pragma once

#include "CbsPackage.h"

#include "core/Result.h"

#include <QStringList>

namespace wb {

class OperationContext;

/// The servicing packages of an offline image folder: every manifest in Windows/servicing/Packages
/// (`<identity>.mum`), with its optional features. Damaged manifests are skipped with a warning
/// (and listed in `problems`). Used on one worker thread.
class ServicingStore
{
public:
    static QString packagesFolder() { return QStringLiteral("Windows/servicing/Packages"); }
    static Result<QList<CbsPackage>> scan(const QString &root, OperationContext &context, QStringList *problems = nullptr);
};

} // namespace wb
