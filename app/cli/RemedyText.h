// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

#include "core/Error.h"

namespace wb::cli {

/// The command line's rendering of an engine Remedy (core/Remedy.h): the advice spelled in the
/// syntax the user typed, dism.exe (`/Unmount-Image /MountDir:"D" /Discard`) or PowerShell
/// (`Dismount-WindowsImage -Path "D" -Discard`). English by decision (docs/DECISIONS.md);
/// "" for Remedy::Kind::None. The GUI's counterpart is ui/RemedyText.h.
QString remedyText(const Remedy &remedy, Syntax syntax);

/// "message remedy" on one line: what the command line prints after "Error: ".
QString errorText(const Error &error, Syntax syntax);

} // namespace wb::cli
