// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench-mount-helper: mounts one WIM image with wimlib (FUSE) and serves it until it is
// unmounted, detached from the GUI/CLI that started it. The protocol is described in
// engine/mount/README.md.
#include "core/FaultPoint.h"
#include "core/LogLevel.h"
#include "mount/MountSystem.h"
#include "servicelog/Log.h"
#include "spawn/ArgumentGuess.h"
#include "spawn/Spawn.h"
#include "wim/WimFile.h"
#include "wim/WimLibrary.h"
#include "wim/WimMount.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <dlfcn.h>
#include <pthread.h>
#include <sys/stat.h>
#include <sys/wait.h>
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
/// Bytes read from the ready socket after the --prewarm arguments: the start of the go-ahead.
std::string g_pending;

/// Runs in the child of every fork() of this process. The only fork of interest is the one FUSE
/// makes to daemonize once the mount is established: the child reports its pid and closes its
/// copy of the ready pipe. Async-signal-safe calls only (and the fault point, for tests).
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
    wb::faultPoint("helper.daemon-forked"); // before libfuse tells its parent the set-up is done
}

/// SIGCHLD in the original helper after FUSE's daemonizing fork: the daemon has died. libfuse 2's
/// fuse_daemonize parent waits for the daemon's "set-up done" byte on a pipe whose write end it
/// keeps open itself (libfuse 2.9, lib/helper.c), so a daemon killed or stopped-and-killed before
/// it wrote that byte would leave this process waiting for ever, holding the image file open and
/// its write lock (the next mount of it: "already locked for writing"). It ends instead.
extern "C" void onDaemonEnded(int, siginfo_t *info, void *)
{
    if (info->si_code == CLD_EXITED || info->si_code == CLD_KILLED || info->si_code == CLD_DUMPED)
        ::_exit(0);
}

/// Arms onDaemonEnded, and ends at once when the daemon has died before that.
void endWithTheDaemon()
{
    struct sigaction action
    {};
    action.sa_sigaction = onDaemonEnded;
    action.sa_flags = SA_SIGINFO | SA_NOCLDSTOP;
    ::sigaction(SIGCHLD, &action, nullptr);
    siginfo_t info{};
    if (::waitid(P_ALL, 0, &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_pid != 0)
        ::_exit(0);
}

void report(const QByteArray &line);

/// The folder being mounted, and this process's argument area, for afterForkInParent.
QString g_mountDir;
wb::Spawn::ArgumentArea g_argumentArea;

/// Runs in this process after each of its fork() calls. The fork FUSE makes to daemonize comes
/// once the mount exists, and libfuse 2's fuse_daemonize then only waits for the daemon's set-up
/// and exits 0: this process has nothing more to report. It says "daemonized" and closes its end
/// of the ready socket, so the starter reads end-of-file without waiting for this process's exit,
/// which unmaps all it had read (about a millisecond, issue 16). A fork before the mount exists
/// (libfuse running fusermount for a user who may not mount) changes nothing. Its command line no
/// longer names the folder either: until it has exited, nothing (cleanup's helperServing) may take
/// it for the daemon. And it ends when the daemon dies before its set-up is done (endWithTheDaemon).
void afterForkInParent()
{
    if (g_readyFd < 0 || !wb::MountSystem::isWimlibMount(g_mountDir))
        return;
    endWithTheDaemon();
    wb::Spawn::rewriteArguments(g_argumentArea, {"wimbench-mount-helper", "--daemonized"});
    report("daemonized");
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
/// name that does not exist) and reports "image <index> <parts>\t<name>\t<parts glob>". `readAhead`: the
/// same file already opened the same way (`Prewarm`).
wb::Result<std::pair<wb::WimFile, int>> openImage(const Arguments &a, std::optional<wb::WimFile> readAhead)
{
    using namespace wb;
    WimOpenOptions options;
    options.splitPattern = a.swm;
    options.writeAccess = a.readWrite; // wimlib_mount_image read-write needs it
    auto wim = readAhead ? Result<WimFile>(std::move(*readAhead)) : WimFile::open(a.image, options);
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

/// A helper started by the wimbench-cli launcher (--prewarm, then the command's own arguments):
/// the arguments the command sends once it has parsed and checked them, and the image it read
/// ahead meanwhile.
struct Prewarm
{
    std::vector<std::string> received;
    std::vector<char *> argv;
    QString image; ///< what was read ahead: absolute path, index asked for (0: the only one), mode
    int index = 0;
    bool readWrite = true;
    std::optional<wb::WimFile> wim;
    bool argumentsShown = true; ///< Spawn::rewriteArguments succeeded (always true without --prewarm)
};

/// Which image the command line (argv[1] on) probably mounts: /ImageFile:<path> or -ImagePath <path>,
/// /Index:<n> or -Index <n>, read-only with /ReadOnly or -ReadOnly (any case). Only a guess to
/// read ahead with, made while the command is still starting: the arguments it sends decide, and
/// the image is opened again unless they name the same file, index and mode. No guess (empty
/// path) for a selection by name, split sets and /CheckIntegrity, which mount differently.
void guessImage(int argc, char *const argv[], Prewarm *p)
{
    using wb::ArgumentGuess::optionValue;
    const std::string image = optionValue(argc, argv, "/ImageFile:", "-ImagePath");
    p->image = image.empty() ? QString() : QFileInfo(QString::fromUtf8(image)).absoluteFilePath();
    p->index = std::atoi(optionValue(argc, argv, "/Index:", "-Index").c_str());
    p->readWrite = !wb::ArgumentGuess::hasAny(argc, argv, {"/ReadOnly", "-ReadOnly"});
    if (wb::ArgumentGuess::hasPrefixed(argc, argv, {"/Name:", "/SWMFile:"})
        || wb::ArgumentGuess::hasAny(argc, argv, {"-Name", "-SwmFile", "/CheckIntegrity", "-CheckIntegrity"}))
        p->image.clear();
}

/// Opens the guessed image (a regular file only) and reads the guessed image's metadata, as
/// `openImage` and `WimMount::prepare` would; nothing on any failure (the real open reports it).
void readAhead(Prewarm *p)
{
    struct stat st;
    if (p->image.isEmpty() || p->index < 0 || ::stat(QFile::encodeName(p->image).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return;
    wb::WimOpenOptions options;
    options.writeAccess = p->readWrite;
    auto wim = wb::WimFile::open(p->image, options);
    if (!wim)
        return;
    const auto index = wim->resolveImage(p->index > 0 ? std::optional<int>(p->index) : std::nullopt, QString());
    if (index)
        (void)wb::WimMount::prepare(*wim, *index);
    p->wim = std::move(*wim);
}

/// The image read ahead, when the arguments the command sent ask for exactly that one; a wrong
/// guess is closed here (its metadata is not kept for the daemon's lifetime).
std::optional<wb::WimFile> takeReadAhead(Prewarm &p, const Arguments &a)
{
    std::optional<wb::WimFile> wim = std::exchange(p.wim, std::nullopt);
    if (!wim || a.image != p.image || a.index != p.index || !a.name.isEmpty() || !a.swm.isEmpty() || a.readWrite != p.readWrite)
        return std::nullopt;
    return wim;
}

/// --prewarm (started by the wimbench-cli launcher before the command was parsed): reads the real
/// arguments from descriptor 3, as the starter sends them once it knows the request: their count
/// in decimal, then each argument, every one ended by a NUL byte. False at end-of-file first (the
/// command did not mount, or died).
bool receiveArguments(const char *self, std::vector<std::string> *received)
{
    std::string data;
    char buf[4096];
    std::vector<std::string> parts;
    size_t want = 0;
    while (parts.empty() || parts.size() < want + 1) {
        const ssize_t n = ::read(3, buf, sizeof buf);
        if (n <= 0)
            return false;
        data.append(buf, size_t(n));
        for (std::string &part : wb::Spawn::takeNulEnded(&data))
            parts.push_back(std::move(part));
        if (!parts.empty())
            want = std::strtoul(parts.front().c_str(), nullptr, 10);
    }
    g_pending = data; // the go-ahead may follow at once on the same stream
    received->assign({self});
    received->insert(received->end(), parts.begin() + 1, parts.begin() + 1 + long(want));
    return true;
}

/// --prewarm: reads the image ahead, then replaces argc/argv with the arguments the command sends.
/// False when it sends none (it did not mount, or died): the helper then exits.
bool takePrewarmedArguments(int &argc, char **&argv, Prewarm &p)
{
    guessImage(argc - 1, argv + 1, &p); // the command's arguments follow --prewarm
    wb::WimLibrary::initialise();
    readAhead(&p);
    if (!receiveArguments(argv[0], &p.received))
        return false;
    // Shown in /proc/<pid>/cmdline as for a helper started with them: cleanup finds a helper
    // by --dir and --registry there (MountManager::helperServing). The launcher leaves room.
    p.argumentsShown = wb::Spawn::rewriteArguments(g_argumentArea, p.received);
    for (std::string &arg : p.received)
        p.argv.push_back(arg.data());
    argc = int(p.argv.size());
    p.argv.push_back(nullptr);
    argv = p.argv.data();
    return true;
}

/// --wait-go: reads the starter's answer on the ready socket, "mount <staging folder>\n" (the folder
/// empty for read-only), the last thing it sends, so it is read in blocks, not byte by byte.
/// Anything else, or end-of-file (the starter refused, failed or was killed): nullopt, and the
/// helper exits without mounting.
std::optional<QString> waitForGo()
{
    std::string data = std::exchange(g_pending, {});
    char buf[512];
    while (data.find('\n') == std::string::npos) {
        const ssize_t n = ::read(g_readyFd, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return std::nullopt;
        data.append(buf, size_t(n));
    }
    const QByteArray line = QByteArray::fromStdString(data.substr(0, data.find('\n')));
    if (!line.startsWith("mount "))
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
    g_argumentArea = wb::Spawn::argumentArea(argc, argv);
    Prewarm prewarm;
    if (argc >= 2 && std::strcmp(argv[1], "--prewarm") == 0 && !takePrewarmedArguments(argc, argv, prewarm))
        return 0; // not needed after all: nothing was logged or mounted
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
    if (!prewarm.argumentsShown)
        wb::Log::warning(kComponent,
                         QStringLiteral("Mount helper: its arguments do not fit the room the launcher left; "
                                        "/Cleanup-Mountpoints will not recognise it by its command line"));
    std::optional<wb::WimFile> readAhead = takeReadAhead(prewarm, a);
    if (readAhead)
        wb::Log::debug(kComponent, QStringLiteral("Mount helper: %1 was opened and read ahead").arg(a.image));
    auto opened = openImage(a, std::move(readAhead));
    if (!opened)
        return fail(0, opened.error().code, opened.error().message);
    wb::WimFile &wimFile = opened->first;
    a.index = opened->second;
    if (a.waitForGo) {
        // The image's directory tree is read now, while the starter runs its checks, instead of
        // after the go-ahead inside wimlib_mount_image (issue 16); an error there is met again
        // and reported by the mount below.
        (void)wb::WimMount::prepare(wimFile, a.index);
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
    g_mountDir = a.dir;
    ::pthread_atfork(nullptr, &afterForkInParent, &afterForkInChild);
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
