// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StepRunner.h"

#include "core/FaultPoint.h"
#include "core/Operation.h"

namespace wb {

void StepRunner::add(std::function<Status()> apply, const char *faultAfter)
{
    ChangeStep step;
    step.apply = std::move(apply);
    step.faultAfter = faultAfter;
    add(std::move(step));
}

Status StepRunner::run()
{
    for (; m_next < m_steps.size(); ++m_next) {
        const ChangeStep &step = m_steps[m_next];
        if (step.cancellable && m_context && m_context->isCancelled()) {
            rollback();
            return Error::cancelled();
        }
        if (step.faultBefore)
            faultPoint(step.faultBefore);
        if (const Status s = step.apply(); !s.ok()) {
            rollback();
            return s;
        }
        if (step.faultAfter)
            faultPoint(step.faultAfter);
    }
    return {};
}

void StepRunner::rollback()
{
    for (size_t i = m_next; i-- > 0;) {
        if (m_steps[i].undo)
            m_steps[i].undo();
    }
    m_steps.clear(); // a rolled back runner runs nothing more
    m_next = 0;
}

} // namespace wb
