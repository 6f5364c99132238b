// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventWait.h"

#include "ops/Engine.h"

namespace wb::test {

/// Runs the event loop until every operation started on `engine` has finished and its finished()
/// has been delivered (the handles' own release follows in the same loop); false when `timeoutMs`
/// passes first. Header-only, so the support library needs no link to the operations.
inline bool waitForEngineIdle(Engine &engine, int timeoutMs = 60000)
{
    return waitUntil([&engine] { return engine.runningCount() == 0; }, timeoutMs);
}

} // namespace wb::test
