// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WimFile.h"

struct WIMStruct;

namespace wb {

/// wimlib's handle of an open file, for engine/wim's own wimlib calls (WimWriter, WimApply, the
/// write helper's jobs; and wimbench-mount-helper until its calls move behind engine/wim). Operations
/// and the UI use WimFile, WimWriter, WimApply and WimWriteHelper instead and never see wimlib
/// types (engine/wim/README.md).
WIMStruct *wimHandle(const WimFile &file);

} // namespace wb
