// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench-cli: the command line's launcher. It links nothing but libc and spawn/Spawn (statically:
// app/CMakeLists.txt), so it runs
// in about a millisecond, where the command line program, wimbench-cli-core, spends about 8 ms
// loading Qt, wimlib, OpenSSL, libzip and their dependencies before its first line of code. For
// /Mount-Image it starts wimbench-mount-prewarm first, which loads wimlib (no Qt) and reads the
// image ahead on the other core meanwhile and then waits for its arguments (engine/mount/README.md,
// "The launcher"); and it forks first, so that the command runs in its child and it can end as soon
// as the command has reported its end, while the kernel still tears the command's process down
// (spawn/ExitReport.h, "Ending before the teardown" in engine/mount/README.md). For /Unmount-Image
// it hands the command to the mount's standby copy of wimbench-cli-core, which has
// loaded its libraries already (spawn/Standby.h), and exits as that command did. Otherwise it
// becomes wimbench-cli-core: execv, the same process, the same arguments.
#include "spawn/ArgumentGuess.h"
#include "spawn/ExitReport.h"
#include "spawn/Spawn.h"
#include "spawn/Standby.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <fcntl.h>
#include <strings.h>
#include <unistd.h>

namespace {

/// Starts the mount helper (wimbench-mount-prewarm) waiting for its arguments on descriptor 3 and tells wimbench-cli-core
/// about it in $WIMBENCH_PREWARMED_HELPER ("<pid> <descriptor>"). Nothing when it cannot: the
/// program then starts its helper itself and reports what is missing.
void startHelper(int argc, char *argv[])
{
    std::string helper = wb::Spawn::findExecutable("wimbench-mount-prewarm", "WIMBENCH_MOUNT_PREWARM");
    if (helper.empty())
        return;
    // The command's own arguments follow, from which the helper guesses the image to read ahead.
    char prewarm[] = "--prewarm";
    std::vector<char *> helperArgv{helper.data(), prewarm};
    helperArgv.insert(helperArgv.end(), argv + 1, argv + argc);
    // Room for the helper to write the arguments it is sent over its own (its /proc/<pid>/cmdline,
    // where cleanup finds a helper by --dir and --registry): five paths of up to PATH_MAX and the rest.
    std::string room(5 * 4096 + 1024, ' ');
    helperArgv.push_back(room.data());
    helperArgv.push_back(nullptr);
    wb::Spawn::Options options;
    options.twoWay = true;
    int fd = -1;
    const pid_t pid = wb::Spawn::start(helperArgv.data(), 3, options, &fd);
    if (pid < 0)
        return;
    ::fcntl(fd, F_SETFD, 0); // kept across the execv below
    const std::string value = std::to_string(pid) + ' ' + std::to_string(fd);
    ::setenv("WIMBENCH_PREWARMED_HELPER", value.c_str(), 1);
}

} // namespace

int main(int argc, char *argv[])
{
    // A closed descriptor 0, 1 or 2 would be taken by the next one opened (the mount helper's
    // socket, say), and the command's output would go there: /dev/null takes its place instead.
    for (int fd = 0; fd < 3; ++fd) {
        if (::fcntl(fd, F_GETFD) < 0)
            ::open("/dev/null", O_RDWR);
    }
    const std::string core = wb::Spawn::findExecutable("wimbench-cli-core", "WIMBENCH_CLI_CORE");
    if (core.empty()) {
        std::fprintf(stderr,
                     "Error: wimbench-cli-core was not found next to this program or in ../libexec/wimbench. "
                     "Reinstall WimBench or set WIMBENCH_CLI_CORE to its path.\n");
        return 1;
    }
    ::unsetenv("WIMBENCH_PREWARMED_HELPER"); // only ever this launcher's own
    if (wb::ArgumentGuess::namesMount(argc, argv)) {
        // A fault point addresses the command's own process (core/FaultPoint.h): no split then.
        if (std::getenv("WIMBENCH_FAULT") == nullptr)
            wb::ExitReport::splitLauncher(); // returns in the child, which becomes the command
        startHelper(argc, argv);
    } else
        wb::Standby::runInStandby(argc, argv, core); // returns only when no standby runs it
    ::execv(core.c_str(), argv);
    std::fprintf(stderr, "Error: could not run %s: %s\n", core.c_str(), std::strerror(errno));
    return 1;
}
