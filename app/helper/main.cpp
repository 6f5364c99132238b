// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench-mount-helper: mounts one WIM image with wimlib (FUSE) and serves it until it is
// unmounted, detached from the GUI/CLI that started it. The protocol is described in
// engine/mount/README.md.
#include "core/FaultPoint.h"
#include "core/LogLevel.h"
#include "servicelog/Log.h"
#include "wim/WimFile.h"
#include "wim/WimLibrary.h"
#include "wim/WimMount.h"

#include <QByteArray>
#include <QFileInfo>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <utility>
#include <string>

#include <dlfcn.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// The image file's identity, for the helper.commit-write fault point below; set in main() once
// WIMBENCH_FAULT holds the helper's own fault (nothing before that may read it).
dev_t g_imageDevice = 0;
ino_t g_imageInode = 0;

bool isImageFile(int fd)
{
    struct stat st;
    return g_imageInode != 0 && ::fstat(fd, &st) == 0 && st.st_ino == g_imageInode && st.st_dev == g_imageDevice;
}

} // namespace

// Fault injection only (core/FaultPoint.h): wimlib writes the committed image with write() and
// pwrite(); these wrappers in the helper executable take precedence over libc's for libwim, and
// hit "helper.commit-write" before each write into the image file, so a test can kill the daemon
// in the middle of a commit. Without WIMBENCH_HELPER_FAULT they only forward the call.
extern "C" ssize_t write(int fd, const void *buf, size_t count)
{
    using Fn = ssize_t (*)(int, const void *, size_t);
    static const Fn real = reinterpret_cast<Fn>(::dlsym(RTLD_NEXT, "write"));
    if (g_imageInode != 0 && isImageFile(fd))
        wb::faultPoint("helper.commit-write");
    return real(fd, buf, count);
}

extern "C" ssize_t pwrite64(int fd, const void *buf, size_t count, off_t offset)
{
    using Fn = ssize_t (*)(int, const void *, size_t, off_t);
    static const Fn real = reinterpret_cast<Fn>(::dlsym(RTLD_NEXT, "pwrite64"));
    if (g_imageInode != 0 && isImageFile(fd))
        wb::faultPoint("helper.commit-write");
    return real(fd, buf, count, offset);
}

extern "C" ssize_t pwrite(int fd, const void *buf, size_t count, off_t offset)
{
    return pwrite64(fd, buf, count, offset);
}

namespace {

const QString kComponent = QStringLiteral("MOUNT");
int g_readyFd = -1;

/// Runs in the child of every fork() of this process. The only fork of interest is the one FUSE
/// makes to daemonize once the mount is established: the child reports its pid and closes its
/// copy of the ready pipe. Async-signal-safe calls only.
void afterForkInChild()
{
    if (g_readyFd < 0)
        return;
    char buf[48] = "forked ";
    size_t len = 7;
    char digits[24];
    size_t n = 0;
    long pid = long(::getpid());
    do {
        digits[n++] = char('0' + pid % 10);
        pid /= 10;
    } while (pid > 0 && n < sizeof digits);
    while (n > 0)
        buf[len++] = digits[--n];
    buf[len++] = '\n';
    ssize_t ignored = ::write(g_readyFd, buf, len);
    (void)ignored;
    ::close(g_readyFd);
    g_readyFd = -1;
}

void report(const QByteArray &line)
{
    if (g_readyFd < 0)
        return;
    const QByteArray data = line + '\n';
    ssize_t ignored = ::write(g_readyFd, data.constData(), size_t(data.size()));
    (void)ignored;
}

int fail(int wimlibCode, const QString &code, const QString &message)
{
    wb::Log::error(kComponent, QStringLiteral("Mount helper failed: %1 (%2)").arg(message, code));
    QString oneLine = message;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    report("error " + QByteArray::number(wimlibCode) + ' ' + code.toUtf8() + '\t' + oneLine.toUtf8());
    return 1;
}

struct Arguments
{
    QString image, dir, staging, swm, log;
    int index = 0; ///< 0: select by --name, or the only image
    QString name;
    bool readWrite = false;
    bool unixData = false;
    bool waitForGo = false; ///< --wait-go: started ahead of the starter's checks (engine/mount/README.md)
    wb::LogLevel level = wb::LogLevel::WarningsInfo;
};

/// The command line (engine/mount/README.md); nullopt after printing --help.
std::optional<Arguments> parseArguments(int argc, char *argv[])
{
    Arguments a;
    for (int i = 1; i < argc; ++i) {
        const std::string opt = argv[i];
        auto next = [&]() -> QString { return i + 1 < argc ? QString::fromUtf8(argv[++i]) : QString(); };
        if (opt == "--image")
            a.image = next();
        else if (opt == "--index")
            a.index = next().toInt();
        else if (opt == "--name")
            a.name = next();
        else if (opt == "--dir")
            a.dir = next();
        else if (opt == "--staging")
            a.staging = next();
        else if (opt == "--swm")
            a.swm = next();
        else if (opt == "--log")
            a.log = next();
        else if (opt == "--registry")
            (void)next(); // the starter's registry; read from /proc by MountManager::removeUnregisteredMounts
        else if (opt == "--log-level")
            a.level = wb::parseLogLevel(next()).value_or(wb::LogLevel::WarningsInfo);
        else if (opt == "--read-write")
            a.readWrite = true;
        else if (opt == "--unix-data")
            a.unixData = true;
        else if (opt == "--wait-go")
            a.waitForGo = true;
        else if (opt == "--ready-fd")
            g_readyFd = next().toInt();
        else if (opt == "--help" || opt == "-h") {
            std::printf("usage: wimbench-mount-helper --image <wim> [--index <n> | --name <name>] --dir <folder> --ready-fd <fd>\n"
                        "       [--read-write --staging <folder>]\n"
                        "       [--unix-data] [--swm <pattern>] [--log <file>] [--log-level 1-4] [--registry <folder>] [--wait-go]\n"
                        "Started by WimBench; see engine/mount/README.md.\n");
            return std::nullopt;
        }
    }
    return a;
}

/// Opens the image once (for writing when read-write; the parts of a split set with --swm or the default
/// glob), refuses what the starter refused before (split or read-only file read-write, an index or
/// name that does not exist) and reports "image <index> <parts>\t<name>\t<parts glob>".
wb::Result<std::pair<wb::WimFile, int>> openImage(const Arguments &a)
{
    using namespace wb;
    WimOpenOptions options;
    options.splitPattern = a.swm;
    options.writeAccess = a.readWrite; // wimlib_mount_image read-write needs it
    auto wim = WimFile::open(a.image, options);
    if (!wim)
        return wim.error();
    const WimHeaderInfo &h = wim->header();
    if (a.readWrite && h.totalParts > 1)
        return Error::make(QStringLiteral("mount.split-read-write"), QStringLiteral("%1 is a split image; mount it read-only").arg(a.image));
    if (a.readWrite && h.readOnly)
        return Error::make(QStringLiteral("mount.image-read-only"), QStringLiteral("%1 is read-only").arg(a.image));
    auto index = wim->resolveImage(a.index > 0 ? std::optional<int>(a.index) : std::nullopt, a.name);
    if (!index)
        return index.error();
    const QString glob = h.totalParts > 1 ? (a.swm.isEmpty() ? QFileInfo(a.image).absolutePath() + QLatin1Char('/')
                                                                  + QFileInfo(a.image).completeBaseName() + QStringLiteral("*.swm")
                                                            : a.swm)
                                          : QString();
    report("image " + QByteArray::number(*index) + ' ' + QByteArray::number(h.totalParts) + '\t'
           + wim->imageInfo(*index).name.toUtf8() + '\t' + glob.toUtf8());
    return std::pair<WimFile, int>(std::move(*wim), *index);
}

/// --wait-go: reads the starter's answer on the ready socket, "mount <staging folder>\n" (the folder
/// empty for read-only). Anything else, or end-of-file (the starter refused, failed or was killed):
/// nullopt, and the helper exits without mounting.
std::optional<QString> waitForGo()
{
    QByteArray line;
    char c = 0;
    ssize_t n = 0;
    while ((n = ::read(g_readyFd, &c, 1)) == 1 && c != '\n')
        line.append(c);
    if (n != 1 || !line.startsWith("mount "))
        return std::nullopt;
    return QString::fromUtf8(line.mid(6));
}

} // namespace

int main(int argc, char *argv[])
{
    // The helper's fault point comes from WIMBENCH_HELPER_FAULT (core/FaultPoint.h); a
    // WIMBENCH_FAULT inherited from the CLI that started it is not meant for it.
    if (const char *helperFault = std::getenv("WIMBENCH_HELPER_FAULT"))
        ::setenv("WIMBENCH_FAULT", helperFault, 1);
    else
        ::unsetenv("WIMBENCH_FAULT");
    const std::optional<Arguments> parsed = parseArguments(argc, argv);
    if (!parsed)
        return 0; // --help
    Arguments a = *parsed;
    wb::Log::configure(a.log, a.level);
    wb::WimLibrary::initialise();
    if (a.image.isEmpty() || a.dir.isEmpty() || a.index < 0 || (a.readWrite && a.staging.isEmpty() && !a.waitForGo))
        return fail(0, QStringLiteral("mount.helper-usage"), QStringLiteral("The mount helper was started with incomplete arguments."));

    const pid_t starterPid = ::getpid();
    if (struct stat st; wb::faultInjectionEnabled() && ::stat(a.image.toUtf8().constData(), &st) == 0) {
        g_imageDevice = st.st_dev;
        g_imageInode = st.st_ino;
    }
    const QString which = a.index > 0 ? QStringLiteral("index %1").arg(a.index)
                                      : (a.name.isEmpty() ? QStringLiteral("the only image") : QStringLiteral("\"%1\"").arg(a.name));
    wb::Log::info(kComponent, QStringLiteral("Mount helper: mounting %1 of %2 at %3 %4")
                                  .arg(which, a.image, a.dir, a.readWrite ? QStringLiteral("read-write") : QStringLiteral("read-only")));

    // The helper opens the image once and does the checks the starter used to do with a second
    // open (issue 16); a refusal is reported with the "error" line and the starter explains it.
    auto opened = openImage(a);
    if (!opened)
        return fail(0, opened.error().code, opened.error().message);
    wb::WimFile &wimFile = opened->first;
    a.index = opened->second;
    if (a.waitForGo) {
        const std::optional<QString> go = waitForGo();
        if (!go) {
            wb::Log::info(kComponent, QStringLiteral("Mount helper: the starter did not go ahead; %1 not mounted").arg(a.dir));
            return 0;
        }
        a.staging = *go;
        if (a.readWrite && a.staging.isEmpty())
            return fail(0, QStringLiteral("mount.helper-usage"), QStringLiteral("The mount helper was started with incomplete arguments."));
    }
    wb::ServeOptions serve;
    serve.readWrite = a.readWrite;
    serve.unixData = a.unixData;
    serve.stagingDir = a.staging;

    // The log file is closed across the fork FUSE makes to daemonize (buffered lines would be
    // written twice) and reopened by whichever process comes back from wimlib_mount_image.
    wb::Log::shutdown();
    ::pthread_atfork(nullptr, nullptr, &afterForkInChild);
    wb::faultPoint("helper.before-mount");
    int rc = wb::WimMount::serve(wimFile, a.index, a.dir, serve);
    wb::Log::configure(a.log, a.level);
    if (::getpid() == starterPid && rc != 0) {
        return fail(rc, wb::WimLibrary::codeName(rc), QStringLiteral("Could not mount index %1 of %2 at %3").arg(a.index).arg(a.image, a.dir));
    }
    // Here in the daemon: the image has been unmounted (and committed, if that was asked).
    wb::faultPoint("helper.after-unmount");
    if (rc != 0)
        wb::Log::error(kComponent, QStringLiteral("Mount helper: %1 ended with %2").arg(a.dir, wb::WimLibrary::codeName(rc)));
    else
        wb::Log::info(kComponent, QStringLiteral("Mount helper: %1 unmounted; helper exits").arg(a.dir));
    wb::Log::shutdown();
    // The image is unmounted and anything committed is on disk. wimlib_free() would now spend
    // about 80 ms on a 100,000-file image freeing memory the exit frees at once, and the
    // unmounting process waits for this exit; so leave without it (the kernel closes the WIM).
    ::_exit(rc == 0 ? 0 : 1);
}
