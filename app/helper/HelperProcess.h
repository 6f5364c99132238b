// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What both mount helpers do the same way, Qt-free: wimbench-mount-helper (app/helper/main.cpp,
// on the engine) and wimbench-mount-prewarm (app/prewarm/main.cpp, on wimlib alone) share their
// command line, the ready socket's lines, the fork handlers around FUSE's daemonizing fork and the
// fault points of the daemon's writes (engine/mount/README.md).
#pragma once

#include "spawn/Spawn.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wb::helper {

/// Set by wimbench-mount-prewarm when it hands a mount over to wimbench-mount-helper: the bytes it
/// read from the ready socket after the arguments (the start of the go-ahead), for g_pending.
inline constexpr const char *kPendingVariable = "WIMBENCH_HELPER_PENDING";

/// The helper's command line (engine/mount/README.md, step 2), as bytes.
struct Arguments
{
    std::string image, dir, staging, swm, log, name;
    int index = 0; ///< 0: select by --name, or the only image
    bool readWrite = false;
    bool unixData = false;
    bool waitForGo = false;     ///< --wait-go: started ahead of the starter's checks
    bool logLevelGiven = false; ///< --log-level was given
    std::string logLevel = "3"; ///< --log-level as given ("1".."4" from the starter)
    int readyFd = -1;           ///< --ready-fd
    bool help = false;          ///< --help or -h
};

/// Parses the command line (argv[1] on); unknown options are ignored as before.
Arguments parseArguments(int argc, char *const argv[]);
/// The usage text of --help.
const char *usage();

/// The ready socket (or pipe) to the starter: --ready-fd, -1 once closed.
extern int g_readyFd;
/// Bytes read from the ready socket after the --prewarm arguments: the start of the go-ahead.
extern std::string g_pending;
/// This process's argument area (Spawn::argumentArea, taken first thing in main).
extern Spawn::ArgumentArea g_argumentArea;

/// Writes `line` and a newline to the starter (nothing once the socket is closed).
void report(std::string_view line);
/// "error <wimlib code> <code>\t<message on one line>".
void reportError(int wimlibCode, std::string_view code, std::string message);

/// --prewarm: reads the real arguments from descriptor 3 (their count in decimal, then each one,
/// every one ended by a NUL byte). False at end-of-file first (the command did not mount, or died).
/// `received` gets `self` and the arguments; what followed them is left in g_pending.
bool receiveArguments(const char *self, std::vector<std::string> *received);

/// --wait-go: the starter's answer, "mount <staging folder>\n" (the folder empty for read-only);
/// nullopt for anything else or end-of-file (the starter refused, failed or was killed).
std::optional<std::string> waitForGo();

/// The image file's identity for the helper.commit-write fault point (set only when a fault is
/// injected): the daemon's writes into that file hit it.
void watchImageWrites(const std::string &image);

/// Arms the fork handlers around FUSE's daemonizing fork of a mount at `dir`: the child reports
/// "forked <pid>" and closes its copy of the ready socket; this process, once the folder is a
/// fuse.wimfs mount, says "daemonized", closes its end and ends on its daemon's death.
void armForkHandlers(const std::string &dir);

/// In the daemon, once wimlib_mount_image has returned (the image unmounted, and committed if that
/// was asked): the fault point helper.after-unmount, then the removal of the staging folder
/// `stagingDir` (empty for read-only), which the unmounting command leaves to this process
/// (MountManager::AfterUnmount::MountGone; mount/StagingFolder.h).
void afterUnmount(const std::string &stagingDir);

/// WIMBENCH_HELPER_FAULT becomes this process's WIMBENCH_FAULT; an inherited WIMBENCH_FAULT (the
/// CLI's own) is dropped (core/FaultPoint.h). First thing in main.
void adoptHelperFault();

} // namespace wb::helper
