// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench-mount-prewarm: the mount helper the wimbench-cli launcher starts for /Mount-Image before
// the command is parsed. It loads wimlib and libc only, no Qt: loading Qt Core and the engine cost
// wimbench-mount-helper about 2 ms more before its first line, on the critical path of every small
// mount (issue 16, bench/RESULTS.md). It reads the guessed image ahead, takes the command's
// arguments, and serves the mounts that match its guess itself: one image of a single-part WIM,
// chosen by index or as the only one. Everything else (a name, a split set, a file that changed or
// failed to open, a wrong guess) it hands over to wimbench-mount-helper by executing it with the
// same arguments and ready socket (engine/mount/README.md, "The launcher").
#include "HelperProcess.h"

#include "core/FaultPoint.h"
#include "servicelog/LogLine.h"
#include "spawn/ArgumentGuess.h"
#include "spawn/Spawn.h"
#include "wim/WimCodes.h"
#include "wim/WimMountFlags.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <wimlib.h>

namespace {

using namespace wb::helper;

/// The image read ahead: what was guessed from the command line, and what wimlib read.
struct ReadAhead
{
    std::string image; ///< absolute, as the command's QFileInfo::absoluteFilePath spells it
    int index = 0;     ///< as guessed (0: the only image); `selected` is the image read
    bool readWrite = true;
    WIMStruct *wim = nullptr;
    int selected = 0;
    std::string name; ///< the selected image's name
};

/// The servicing log of the mount (--log, --log-level): each line opened, appended and closed, so
/// that the daemon never holds the file; the log is rotated by the programs that write most of it.
struct MountLog
{
    std::string path;
    int level = 3; ///< 1 errors, 2 and warnings, 3 and information, 4 and debug (core/LogLevel.h)

    void write(int rank, const char *word, const std::string &message) const
    {
        if (path.empty() || rank > level)
            return;
        const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0)
            return;
        (void)wb::LogLine::append(fd, wb::LogLine::format(std::time(nullptr), word, "MOUNT", wb::LogLine::processPrefix() + message));
        if (rank == 1)
            ::fdatasync(fd); // as the engine's log flushes its errors
        ::close(fd);
    }
    void error(const std::string &m) const { write(1, "Error", m); }
    void warning(const std::string &m) const { write(2, "Warning", m); }
    void info(const std::string &m) const { write(3, "Info", m); }
    void debug(const std::string &m) const { write(4, "Debug", m); }
};

/// `path` made absolute and cleaned lexically ("." and ".." folded, no symbolic link resolved), as
/// QFileInfo::absoluteFilePath does in the command.
std::string absolutePath(const std::string &path)
{
    std::string joined = path;
    if (path.empty() || path[0] != '/') {
        char cwd[4096];
        if (::getcwd(cwd, sizeof cwd) == nullptr)
            return {};
        joined = std::string(cwd) + '/' + path;
    }
    std::vector<std::string> parts;
    size_t start = 0;
    while (start <= joined.size()) {
        const size_t end = std::min(joined.find('/', start), joined.size());
        const std::string part = joined.substr(start, end - start);
        if (part == "..") {
            if (!parts.empty())
                parts.pop_back();
        } else if (!part.empty() && part != ".")
            parts.push_back(part);
        start = end + 1;
    }
    std::string out;
    for (const std::string &part : parts)
        out += '/' + part;
    return out.empty() ? "/" : out;
}

/// size and modification time: a writer outside WimBench changes them while the file is read.
bool sameVersion(const struct stat &a, const struct stat &b)
{
    return a.st_size == b.st_size && a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec && a.st_ino == b.st_ino;
}

int visitNothing(const wimlib_dir_entry *, void *)
{
    return 0;
}

/// Opens the guessed image as wimbench-mount-helper would (for writing unless read-only, under the
/// shared content lock, FileContentLock: an OFD read lock on byte 1) and reads the selected
/// image's metadata. Nothing is kept unless it is a single-part WIM whose image exists (and that
/// may be written, read-write), read while the file did not change.
void readAhead(ReadAhead *r)
{
    struct stat before;
    if (r->image.empty() || r->index < 0 || ::stat(r->image.c_str(), &before) != 0 || !S_ISREG(before.st_mode))
        return;
    const int lockFd = ::open(r->image.c_str(), O_RDONLY | O_CLOEXEC);
    struct flock lock
    {};
    lock.l_type = F_RDLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 1; // FileContentLock's byte (engine/core/FileContentLock.cpp)
    lock.l_len = 1;
    if (lockFd >= 0)
        while (::fcntl(lockFd, F_OFD_SETLKW, &lock) != 0 && errno == EINTR) {}
    WIMStruct *wim = nullptr;
    const int rc = wimlib_open_wim(r->image.c_str(), r->readWrite ? WIMLIB_OPEN_FLAG_WRITE_ACCESS : 0, &wim);
    if (lockFd >= 0)
        ::close(lockFd);
    struct stat after;
    wimlib_wim_info info{};
    if (rc == 0)
        wimlib_get_wim_info(wim, &info);
    const int selected = r->index > 0 ? r->index : (info.image_count == 1 ? 1 : 0);
    if (rc != 0 || ::stat(r->image.c_str(), &after) != 0 || !sameVersion(before, after) || info.total_parts != 1 || selected < 1
        || selected > int(info.image_count) || (r->readWrite && info.is_readonly)) {
        wimlib_free(wim);
        return;
    }
    (void)wimlib_iterate_dir_tree(wim, selected, "", 0, &visitNothing, nullptr);
    const char *name = wimlib_get_image_name(wim, selected);
    r->name = name ? name : "";
    r->selected = selected;
    r->wim = wim;
}

/// True when the arguments ask for exactly the image read ahead, with what the fast path serves.
bool servesItself(const ReadAhead &r, const Arguments &a)
{
    return r.wim != nullptr && a.image == r.image && a.index == r.index && a.name.empty() && a.swm.empty() && a.readWrite == r.readWrite
        && a.waitForGo && a.readyFd == 3 && !a.dir.empty() && !a.log.empty() && !a.help;
}

/// Hands the mount over to wimbench-mount-helper: same arguments, same ready socket (descriptor 3),
/// and what was read after the arguments in $WIMBENCH_HELPER_PENDING. Returns only when it cannot.
int handOver(std::vector<std::string> arguments)
{
    const std::string helper = wb::Spawn::findExecutable("wimbench-mount-helper", "WIMBENCH_MOUNT_HELPER");
    if (helper.empty()) {
        reportError(0, "mount.helper-missing", "wimbench-mount-helper was not found next to wimbench-mount-prewarm");
        return 1;
    }
    if (!g_pending.empty())
        ::setenv(kPendingVariable, g_pending.c_str(), 1);
    arguments[0] = helper;
    std::vector<char *> argv;
    for (std::string &argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    ::execv(helper.c_str(), argv.data());
    reportError(0, "mount.helper-start", std::string("Could not run ") + helper + ": " + std::strerror(errno));
    return 1;
}

/// The mount itself, as wimbench-mount-helper does it after its checks (app/helper/main.cpp).
int serve(const ReadAhead &r, const Arguments &a, const MountLog &log)
{
    const std::string which = r.index > 0 ? "index " + std::to_string(r.index) : std::string("the only image");
    log.info("Mount helper: mounting " + which + " of " + a.image + " at " + a.dir + (a.readWrite ? " read-write" : " read-only"));
    log.debug("Mount helper: " + a.image + " was opened and read ahead");
    report("image " + std::to_string(r.selected) + " 1\t" + r.name + '\t');
    const std::optional<std::string> go = waitForGo();
    if (!go) {
        log.info("Mount helper: the starter did not go ahead; " + a.dir + " not mounted");
        return 0;
    }
    if (a.readWrite && go->empty()) {
        log.error("Mount helper failed: The mount helper was started with incomplete arguments. (mount.helper-usage)");
        reportError(0, "mount.helper-usage", "The mount helper was started with incomplete arguments.");
        return 1;
    }
    const pid_t starterPid = ::getpid();
    const int flags = wb::wimMountFlags(a.readWrite, a.unixData);
    armForkHandlers(a.dir);
    wb::faultPoint("helper.before-mount");
    const int rc = wimlib_mount_image(r.wim, r.selected, a.dir.c_str(), flags, a.readWrite ? go->c_str() : nullptr);
    const std::string code = wb::WimCodes::codeName(rc);
    if (::getpid() == starterPid && rc != 0) {
        const std::string message = "Could not mount index " + std::to_string(r.selected) + " of " + a.image + " at " + a.dir;
        log.error("Mount helper failed: " + message + " (" + code + ")");
        reportError(rc, code, message);
        return 1;
    }
    // Here in the daemon: the image has been unmounted (and committed, if that was asked).
    afterUnmount(a.readWrite ? *go : std::string());
    if (rc != 0)
        log.error("Mount helper: " + a.dir + " ended with " + code);
    else
        log.info("Mount helper: " + a.dir + " unmounted; helper exits");
    // As wimbench-mount-helper: no wimlib_free, the exit frees it all at once.
    ::_exit(rc == 0 ? 0 : 1);
}

} // namespace

int main(int argc, char *argv[])
{
    adoptHelperFault();
    g_argumentArea = wb::Spawn::argumentArea(argc, argv);
    if (argc < 2 || std::strcmp(argv[1], "--prewarm") != 0) {
        std::fputs("usage: wimbench-mount-prewarm --prewarm <the mount command's arguments> <room>\n"
                   "Started by the wimbench-cli launcher; see engine/mount/README.md.\n",
                   stderr);
        return 2;
    }
    // The command's arguments follow --prewarm: a guess of the image to read ahead (no guess with
    // /Name, /SWMFile or /CheckIntegrity, which mount differently).
    using wb::ArgumentGuess::optionValue;
    ReadAhead r;
    const std::string guessed = optionValue(argc - 1, argv + 1, "/ImageFile:", "-ImagePath");
    if (!guessed.empty() && !wb::ArgumentGuess::hasPrefixed(argc - 1, argv + 1, {"/Name:", "/SWMFile:"})
        && !wb::ArgumentGuess::hasAny(argc - 1, argv + 1, {"-Name", "-SwmFile", "/CheckIntegrity", "-CheckIntegrity"}))
        r.image = absolutePath(guessed);
    r.index = std::atoi(optionValue(argc - 1, argv + 1, "/Index:", "-Index").c_str());
    r.readWrite = !wb::ArgumentGuess::hasAny(argc - 1, argv + 1, {"/ReadOnly", "-ReadOnly"});
    wimlib_global_init(WIMLIB_INIT_FLAG_ASSUME_UTF8);
    readAhead(&r);

    std::vector<std::string> received;
    if (!receiveArguments(argv[0], &received)) {
        wimlib_free(r.wim);
        return 0; // not needed after all: nothing was logged or mounted
    }
    std::vector<char *> view;
    for (std::string &argument : received)
        view.push_back(argument.data());
    const Arguments a = parseArguments(int(view.size()), view.data());
    if (!servesItself(r, a))
        return handOver(received);
    g_readyFd = a.readyFd;
    const int level = a.logLevelGiven ? std::atoi(a.logLevel.c_str()) : 3;
    const MountLog log{a.log, level >= 1 && level <= 4 ? level : 3}; // as parseLogLevel's fallback
    // Shown in /proc/<pid>/cmdline as for a helper started with them: cleanup finds a helper by
    // --dir and --registry there (MountManager::helperServing). The launcher leaves room.
    if (!wb::Spawn::rewriteArguments(g_argumentArea, received))
        log.warning("Mount helper: its arguments do not fit the room the launcher left; "
                    "/Cleanup-Mountpoints will not recognise it by its command line");
    watchImageWrites(a.image);
    const int status = serve(r, a, log); // returns only when it did not mount
    wimlib_free(r.wim);
    return status;
}
