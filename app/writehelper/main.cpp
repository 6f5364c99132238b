// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench-write-helper: runs one long wimlib write (an image export, a capture, the rebuild of a
// file without an image) for the engine in a process of its own, which the engine kills when the operation is cancelled: wimlib checks for
// abort only between chunks, and a solid LZMS chunk is 64 MiB. Protocol: engine/wim/README.md.
#include "wim/WimCaptureJob.h"
#include "wim/WimExportJob.h"
#include "wim/WimRebuildJob.h"

#include <QStringList>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <dlfcn.h>
#include <unistd.h>

namespace {
/// Bytes read by this process: the data wimlib reads from the source, which the engine shows as
/// progress while the compressor works on a solid block. Every read counts, not only those from
/// regular files: asking the descriptor (an fstat per call) cost one system call per 32 KiB read,
/// 130,000 of them in a capture of 100,000 files (bench/RESULTS.md, 2026-12-07 06:00), and what
/// else the helper reads is tiny (its report socket: one byte per progress message; a config file).
std::atomic<quint64> g_bytesRead{0};

void count(ssize_t n)
{
    if (n > 0)
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
    count(n);
    return n;
}

extern "C" ssize_t pread64(int fd, void *buf, size_t size, off_t offset)
{
    using Fn = ssize_t (*)(int, void *, size_t, off_t);
    static const Fn real = reinterpret_cast<Fn>(::dlsym(RTLD_NEXT, "pread64"));
    const ssize_t n = real(fd, buf, size, offset);
    count(n);
    return n;
}

extern "C" ssize_t pread(int fd, void *buf, size_t size, off_t offset)
{
    return pread64(fd, buf, size, offset);
}

namespace {
/// Runs the job named by the first argument; 2 when the command line is not one of them.
int runJob(const QStringList &arguments)
{
    int reportFd = -1;
    if (const auto job = wb::WimExportJob::fromArguments(arguments, &reportFd))
        return job->run(reportFd, g_bytesRead);
    if (const auto job = wb::WimCaptureJob::fromArguments(arguments, &reportFd))
        return job->run(reportFd, g_bytesRead);
    if (const auto job = wb::WimRebuildJob::fromArguments(arguments, &reportFd))
        return job->run(reportFd, g_bytesRead);
    std::fprintf(stderr,
                 "usage: wimbench-write-helper export --report-fd <fd> --source <wim> --index <n> --destination <wim>\n"
                 "           --name <name> [--swm <pattern>] [--append | --compression <type> --chunk-size <n>]\n"
                 "           [--solid] [--integrity] [--bootable] [--wimboot]\n"
                 "       wimbench-write-helper capture --report-fd <fd> --image <wim> --source <dir or volume> --name <name>\n"
                 "           [--description <text>] [--config <file>] [--append | --compression <type> --chunk-size <n>]\n"
                 "           [--solid] [--integrity] [--ntfs] [--bootable] [--norpfix] [--wimboot] [--ea]\n"
                 "       wimbench-write-helper rebuild --report-fd <fd> --source <wim> --delete-index <n> --destination <wim>\n"
                 "           [--integrity] [--solid] [--pipable]\n"
                 "Started by WimBench; see engine/wim/README.md.\n");
    return 2;
}
} // namespace

int main(int argc, char *argv[])
{
    // Fault points belong to the engine process that relays this helper's progress.
    ::unsetenv("WIMBENCH_FAULT");
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromUtf8(argv[i]);
    const int status = runJob(arguments);
    // Leave without freeing what wimlib allocated: the kernel closes the files at once.
    std::fflush(nullptr);
    ::_exit(status);
}
