// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <functional>
#include <vector>

namespace wb {

class OperationContext;

/// One step of a change to an image: what it does, how to take it back, and the fault points
/// around it (docs/FAULTS.md). A step without `undo` has nothing to take back (it only wrote into
/// a staging folder, or it is past the point of no return).
struct ChangeStep
{
    std::function<Status()> apply;
    std::function<void()> undo;
    bool cancellable = false;          ///< checked for cancellation before it starts
    const char *faultBefore = nullptr; ///< fault point hit before apply
    const char *faultAfter = nullptr;  ///< fault point hit after a successful apply
};

/// Runs steps in order; when one fails, or cancellation is asked for before a cancellable step,
/// undoes the steps done so far in reverse order and returns that error (Error::cancelled() for a
/// cancellation). The shape of kpmcore's Operation/Job pair. Used on one worker thread; owned by
/// the code that builds the steps.
class StepRunner
{
public:
    explicit StepRunner(OperationContext *context) : m_context(context) {}

    void add(ChangeStep step) { m_steps.push_back(std::move(step)); }
    /// A step without undo.
    void add(std::function<Status()> apply, const char *faultAfter = nullptr);
    /// Runs the steps not run yet. On failure every step done by this runner is undone (also
    /// those of earlier run() calls), so a caller may run in phases.
    Status run();
    /// Undoes every step done so far, in reverse order (for a failure outside the steps).
    void rollback();

private:
    OperationContext *m_context = nullptr;
    std::vector<ChangeStep> m_steps;
    size_t m_next = 0;  ///< first step not run yet
};

} // namespace wb
