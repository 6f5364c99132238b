// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <sys/types.h>

namespace wb {

/// Finding and starting WimBench's own executables without Qt: shared by core/ChildProcess (the
/// engine's helpers) and the wimbench-cli launcher (app/launcher), which loads no library but libc
/// so that it can start a mount helper before the command line program has loaded its own
/// (engine/mount/README.md, "The launcher").
namespace Spawn {

struct Options
{
    /// The child gets its own session (setsid): no terminal, so Ctrl+C reaches only the parent,
    /// which decides what the child does.
    bool newSession = true;
    /// The child is killed (PR_SET_PDEATHSIG, SIGKILL) when the thread that started it ends,
    /// e.g. when the parent is killed. Not for the mount helper, whose daemon outlives the starter.
    bool dieWithParent = false;
    /// A connected socket pair instead of a pipe: the parent can answer on its end.
    bool twoWay = false;
};

/// The folder of the running executable (/proc/self/exe); empty when unknown.
std::string selfDirectory();

/// `$<envVariable>`, else `name` beside the running executable, in $WIMBENCH_BIN_DIR, or in
/// ../libexec/wimbench; the first that is an executable file. Empty when none is.
std::string findExecutable(const std::string &name, const char *envVariable);

/// Forks and executes `argv[0]` with `argv` (null-terminated): signal mask cleared and
/// dispositions reset, stdio on /dev/null, the write end of a new pipe (or one end of a socket
/// pair) as descriptor `childFd`, every other descriptor closed. Returns the child's pid and sets
/// `*parentFd` to the parent's end (O_CLOEXEC); -1 with errno set when it could not.
pid_t start(char *const argv[], int childFd, const Options &options, int *parentFd);

/// Sends exactly `size` bytes on the socket `fd` (without SIGPIPE), again after EINTR; false on
/// an error or a closed peer.
bool sendAll(int fd, const void *data, size_t size);

/// Reads exactly `size` bytes from `fd`, again after EINTR; false at end-of-file or on an error
/// (a receive timeout included).
bool readAll(int fd, void *data, size_t size);

/// One line from `fd` ("ok <pid>", "exit <n>", ...) without its newline, read byte by byte so
/// that nothing after it is taken; nullopt at end-of-file (or an error) before the newline.
std::optional<std::string> readLine(int fd);

/// Takes the NUL-ended strings off the front of `*data` and returns them; what follows the last
/// NUL byte (an unfinished string, or nothing) stays in `*data`.
std::vector<std::string> takeNulEnded(std::string *data);

/// Ends this process as a process with the wait status `status` ended: with its exit code, or by
/// its signal (default action; exit code 128 + the signal when that does not end the process).
[[noreturn]] void endLike(int status);

/// For the last steps of a process whose result has been handed on (the exit report, the
/// "daemonized" line): from now on it runs only when no other process wants the processor
/// (SCHED_IDLE, sched(7)), so the process it wakes with that report runs at once instead of
/// waiting for this one's teardown, which is what the caller of the command waits for on a
/// two-core machine (issue 16). Not undone: the process only ends after this. Best effort.
void yieldToOthers();

/// Puts /dev/null on descriptors 0, 1 and 2 (their output flushed by the caller), so that whoever
/// reads this process's output sees its end now rather than when the process has exited, which
/// after yieldToOthers may be later on a busy machine. Best effort.
void releaseStandardStreams();

/// The process's own argument area: argv[0] to the end of the last argument, contiguous as the
/// kernel lays it out (what /proc/<pid>/cmdline and `ps` show). Empty when it is not contiguous.
/// Take it before anything is written there: the bounds come from the strings' lengths.
struct ArgumentArea
{
    char *begin = nullptr;
    size_t size = 0;
};
ArgumentArea argumentArea(int argc, char **argv);

/// Writes `args` over `area`, padded with NUL bytes, so that /proc/<pid>/cmdline and `ps` show
/// them. False, with nothing written, when they do not fit.
bool rewriteArguments(const ArgumentArea &area, const std::vector<std::string> &args);

} // namespace Spawn
} // namespace wb
