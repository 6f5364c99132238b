// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/ExtractPlacement.h"

#include <optional>

class QWidget;

namespace wb {

/// Asks, for each target of an extraction that exists already, whether to overwrite it, skip it
/// or keep both (the incoming one renamed "name (2).ext"), with "Do the same for the other
/// conflicts" as a file manager does. Skip is the default (Enter), so nothing is lost by accident.
/// GUI thread; modal.
class ExtractConflictQuestion
{
public:
    /// The answers as a policy for ExtractFilesOperation; nullopt when the user cancelled.
    static std::optional<ExtractConflictPolicy> ask(QWidget *parent, const QList<ExtractConflict> &conflicts,
                                                    const QString &destination);
};

} // namespace wb
