// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

#include <QTextStream>

namespace wb::cli {

/// The list of commands (`wimbench-cli /?`).
void printGeneralHelp(QTextStream &out);
/// One command's syntax and options in the syntax asked for (`/Get-ImageInfo /?`, `Get-WindowsImage -?`).
void printCommandHelp(QTextStream &out, const CommandSpec &spec, Syntax syntax);

} // namespace wb::cli
