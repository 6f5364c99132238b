// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

#include <sys/types.h>

namespace wb {

/// The unmount standby (engine/mount/README.md, "The unmount standby"): a copy of
/// wimbench-cli-core, forked by a mount command before its first line of its own code, that stays
/// for as long as the mount it made is served and runs the unmount command for it. The copy has
/// every library loaded already, so an unmount spends none of the ~5 ms a new wimbench-cli-core
/// process spends loading them (issue 16, bench/RESULTS.md).
///
/// The request carries everything a fresh process would have had: the arguments, the environment,
/// descriptors 0–2, the working folder and the umask. The copy forks a worker for it that runs
/// wimbench-cli-core's own main, and reports the worker's exit status (or the signal that ended
/// it) back to the launcher, which exits the same way. Requests are taken from the same user only,
/// in the same namespaces and root; anything else, and any failure before the worker starts, makes
/// the launcher run wimbench-cli-core itself as before. Qt-free: the launcher links it.
namespace Standby {

/// The environment variable that turns the standby off for a process and its children: "0".
inline constexpr const char *kSwitchVariable = "WIMBENCH_STANDBY";

/// wimbench-cli-core, first thing in main: for a command line naming the mount command, forks the
/// standby, which waits for `serve` (or for this process to end without it, and then exits).
/// Returns false in the command's own process, always. Returns true only in a worker the standby
/// forked for a request: `*argc` and `*argv` then hold the request's arguments (and its
/// environment, descriptors, folder and umask are in place). `warmUp`, when given, runs in the
/// standby once it listens (single-threaded, before any request): set-up that every worker would
/// otherwise repeat on the unmount's path, which the workers then inherit.
bool forkForMount(int *argc, char ***argv, void (*warmUp)() = nullptr);

/// The mount command, once `mountDir` is mounted and served by the daemon `daemonPid`: the standby
/// will take requests for that folder until the daemon exits, from when sendOrder() tells it.
/// Nothing without a standby.
void serve(const std::string &mountDir, pid_t daemonPid);
/// Right before this process exits, after its exit status was reported: sends the order serve()
/// kept, if any, and lets the standby go (without an order it exits). Sent this late so that the
/// standby's set-up (about 0.3 ms: its socket, the daemon's pidfd) does not take a processor from
/// the mount command's last steps, which the caller waits for (issue 16). Nothing without a standby.
void sendOrder();

/// Whether this process is a worker of a standby, and the pid of that standby (0 otherwise).
pid_t standbyPid();

/// In a worker, right before it exits with `status` once everything is written and closed: tells
/// the launcher at once, which then exits without waiting for this process's teardown (the
/// standby reports it otherwise). Nothing outside a worker.
void reportExit(int status);

/// The wimbench-cli launcher, for a command line naming the unmount command: runs it in the
/// standby of the folder it names and exits as the command did. Returns (having run nothing) when
/// no standby serves that folder, or one refuses: the launcher then runs wimbench-cli-core itself.
/// `core` is the path of the wimbench-cli-core the launcher would run; only a standby forked from
/// that same file serves it.
void runInStandby(int argc, char *argv[], const std::string &core);

/// `path` made absolute, its parent folder resolved (realpath) and its last component kept as it
/// is (the mount folder itself is never looked at: stat on a mount whose daemon hangs would hang).
/// Empty for "", ".", ".." or "/" as the last component, or a parent that does not resolve.
std::string canonicalFolder(const std::string &path);

} // namespace Standby
} // namespace wb
