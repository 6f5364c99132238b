// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace wb::test {

/// Runs the event loop (posted events included, 10 ms naps) until `done()` returns true; false when
/// `timeoutMs` passes first. For tests and tools that wait for asynchronous work (indexing, filtering,
/// folder listings) without a signal to wait on.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 30000);

} // namespace wb::test
