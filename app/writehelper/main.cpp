// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench-write-helper: runs one long wimlib write (an image export) for the engine in a process
// of its own, which the engine kills when the operation is cancelled: wimlib checks for abort
// only between chunks, and a solid LZMS chunk is 64 MiB. Protocol: engine/wim/README.md.
#include "wim/WimExportJob.h"

#include <QStringList>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <dlfcn.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
/// Bytes read from regular files by this process: the data wimlib reads from the source, which
/// the engine shows as progress while the compressor works on a solid block.
std::atomic<quint64> g_bytesRead{0};

void count(int fd, ssize_t n)
{
    struct stat st;
    if (n > 0 && ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode))
        g_bytesRead.fetch_add(quint64(n), std::memory_order_relaxed);
}
} // namespace

// wimlib reads WIM resources with read() and pread64(); these wrappers in the executable take
// precedence over libc's for libwim (as the mount helper's write wrappers do) and only count.
extern "C" ssize_t read(int fd, void *buf, size_t size)
{
    using Fn = ssize_t (*)(int, void *, size_t);
    static const Fn real = reinterpret_cast<Fn>(::dlsym(RTLD_NEXT, "read"));
    const ssize_t n = real(fd, buf, size);
    count(fd, n);
    return n;
}

extern "C" ssize_t pread64(int fd, void *buf, size_t size, off_t offset)
{
    using Fn = ssize_t (*)(int, void *, size_t, off_t);
    static const Fn real = reinterpret_cast<Fn>(::dlsym(RTLD_NEXT, "pread64"));
    const ssize_t n = real(fd, buf, size, offset);
    count(fd, n);
    return n;
}

extern "C" ssize_t pread(int fd, void *buf, size_t size, off_t offset)
{
    return pread64(fd, buf, size, offset);
}

int main(int argc, char *argv[])
{
    // Fault points belong to the engine process that relays this helper's progress.
    ::unsetenv("WIMBENCH_FAULT");
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromUtf8(argv[i]);
    int reportFd = -1;
    const auto job = wb::WimExportJob::fromArguments(arguments, &reportFd);
    if (!job) {
        std::fprintf(stderr, "usage: wimbench-write-helper export --report-fd <fd> --source <wim> --index <n> --destination <wim>\n"
                             "       --name <name> [--swm <pattern>] [--append | --compression <type> --chunk-size <n>]\n"
                             "       [--solid] [--integrity] [--bootable] [--wimboot]\n"
                             "Started by WimBench; see engine/wim/README.md.\n");
        return 2;
    }
    const int status = job->run(reportFd, g_bytesRead);
    // Leave without freeing what wimlib allocated: the kernel closes the files at once.
    std::fflush(nullptr);
    ::_exit(status);
}
