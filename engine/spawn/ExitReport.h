// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <sys/types.h>

namespace wb {

/// A command that ends before its process has been torn down (engine/mount/README.md, "Ending
/// before the teardown"). Unmapping wimbench-cli-core's libraries, its heap and its threads takes
/// the kernel about a millisecond and a half after the last line of the command, which whoever
/// started the command waits for. For /Mount-Image the launcher (app/launcher) therefore forks:
/// its child becomes wimbench-cli-core, and the launcher itself, small and quick to end, waits for
/// the command's "exit <status>" line and ends with that status while the kernel still tears
/// wimbench-cli-core down. Without Qt: the launcher links it.
namespace ExitReport {

/// The environment variable that hands wimbench-cli-core the descriptor to report on.
inline constexpr const char *kVariable = "WIMBENCH_EXIT_REPORT";

/// In the launcher: forks. The child returns (true) and goes on to become wimbench-cli-core,
/// with $WIMBENCH_EXIT_REPORT naming its end of the report pipe and PR_SET_PDEATHSIG set to
/// SIGKILL, so a launcher killed outright takes the command with it. The parent never returns: it
/// forwards the signals someone sent it (kill, not the terminal's, which reach both) and ends as
/// the command did, by its report or, without one, by its wait status. False, with nothing
/// changed, when the pipe or the fork fails: the launcher then becomes the command itself. The
/// descriptors 0–2 must be open (the launcher puts /dev/null on a closed one first).
bool splitLauncher();

/// In wimbench-cli-core, first thing: takes the descriptor from $WIMBENCH_EXIT_REPORT (and
/// removes the variable, which is never meant for the programs it starts).
void adopt();

/// In a process forked from wimbench-cli-core that outlives the command (the unmount standby):
/// closes its copy, so that only the command itself can report, and the launcher sees
/// end-of-file when the command dies without a report.
void forget();

/// Right before _exit: tells the launcher the command's exit status. Nothing when there is no
/// launcher waiting.
void send(int status);

} // namespace ExitReport
} // namespace wb
