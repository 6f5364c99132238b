// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

namespace wb {

/// The GUI's rendering of an engine Remedy (core/Remedy.h): the advice as a tab, button or menu
/// path ("In the Mounts tab, select … and choose Remount."), translated. "" for Kind::None.
/// The command line's counterpart, in dism.exe or PowerShell syntax, is app/cli/RemedyText.h.
QString remedyText(const Remedy &remedy);

/// "message remedy": what views show for a failed operation (instead of `error.message` alone).
QString errorText(const Error &error);

} // namespace wb
