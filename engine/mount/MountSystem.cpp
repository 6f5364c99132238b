// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MountSystem.h"
#include "MountTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>

#include <climits>
#include <cstdlib>

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::MountSystem)
};

QByteArray readProcFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/// A /proc folder read with readdir (no stat per entry), `name` opened relative to `at`.
class ProcDir
{
public:
    ProcDir(int at, const char *name)
    {
        const int fd = ::openat(at, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        m_dir = fd >= 0 ? ::fdopendir(fd) : nullptr;
        if (!m_dir && fd >= 0)
            ::close(fd);
    }
    ~ProcDir()
    {
        if (m_dir)
            ::closedir(m_dir);
    }
    ProcDir(const ProcDir &) = delete;
    ProcDir &operator=(const ProcDir &) = delete;
    int fd() const { return m_dir ? ::dirfd(m_dir) : -1; }
    /// The next entry's name other than "." and "..", null at the end.
    const char *next()
    {
        while (const dirent *e = m_dir ? ::readdir(m_dir) : nullptr) {
            if (std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0)
                return e->d_name;
        }
        return nullptr;
    }

private:
    DIR *m_dir = nullptr;
};

/// How processes use one folder, from /proc/<pid>/{exe,cwd,root,fd/*,maps}. Runs over every
/// process before each unmount, so it works on bytes with *at calls relative to /proc/<pid> and
/// one reused buffer (issue 16: the QString/QDir version was most of a discard's CPU time; the
/// measurements are in bench/RESULTS.md). Links are read with readlink, never stat: a hung FUSE
/// server must not hang the scan.
class ProcScan
{
public:
    explicit ProcScan(const QString &dir) : m_dir(QFile::encodeName(dir))
    {
        if (!m_dir.endsWith('/'))
            m_prefix = m_dir + '/';
        else
            m_prefix = m_dir;
        // /proc/<pid>/maps escapes a newline in a path as \012 and puts a space before the path.
        m_mapsNeedle = ' ' + QByteArray(m_prefix).replace("\n", "\\012");
    }

    /// How the process whose /proc/<pid> folder is open as `pidFd` uses the folder; empty if not.
    QString useOf(int pidFd)
    {
        // Kernel threads (and zombies) have no executable, files or memory of their own.
        if (::readlinkat(pidFd, "exe", m_link, sizeof m_link) < 0 && errno == ENOENT)
            return {};
        if (isInside(linkAt(pidFd, "cwd")))
            return Tr::tr("working directory");
        if (isInside(linkAt(pidFd, "root")))
            return Tr::tr("root directory");
        if (const QByteArray file = openFileInside(pidFd); !file.isEmpty())
            return Tr::tr("open file %1").arg(QFile::decodeName(file));
        if (const QByteArray file = mappedFileInside(pidFd); !file.isEmpty())
            return Tr::tr("mapped file %1").arg(QFile::decodeName(file));
        return {};
    }

private:
    /// The target of a /proc link without the " (deleted)" suffix; empty if unreadable.
    QByteArrayView linkAt(int at, const char *name)
    {
        const ssize_t n = ::readlinkat(at, name, m_link, sizeof m_link);
        QByteArrayView target(m_link, n > 0 ? qsizetype(n) : 0);
        if (target.endsWith(" (deleted)"))
            target.chop(10);
        return target;
    }

    bool isInside(QByteArrayView path) const { return path == QByteArrayView(m_dir) || path.startsWith(m_prefix); }

    QByteArray openFileInside(int pidFd)
    {
        ProcDir fds(pidFd, "fd");
        while (const char *fd = fds.next()) {
            const QByteArrayView target = linkAt(fds.fd(), fd);
            if (isInside(target))
                return target.toByteArray();
        }
        return {};
    }

    /// The first mapped file inside the folder: each maps line ends in the mapped path, which
    /// starts at the line's first '/'.
    QByteArray mappedFileInside(int pidFd)
    {
        if (!readAt(pidFd, "maps"))
            return {};
        for (qsizetype at = m_maps.indexOf(m_mapsNeedle); at >= 0; at = m_maps.indexOf(m_mapsNeedle, at + 1)) {
            const qsizetype lineStart = m_maps.lastIndexOf('\n', at) + 1;
            if (m_maps.indexOf('/', lineStart) != at + 1)
                continue; // the folder's name inside another path that contains a space
            const qsizetype lineEnd = m_maps.indexOf('\n', at);
            QByteArray file = m_maps.mid(at + 1, (lineEnd < 0 ? m_maps.size() : lineEnd) - at - 1);
            if (file.endsWith(" (deleted)"))
                file.chop(10);
            return file;
        }
        return {};
    }

    /// Reads the whole file `name` under `at` into m_maps (grown as needed, never shrunk).
    bool readAt(int at, const char *name)
    {
        const int fd = ::openat(at, name, O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return false;
        qsizetype size = 0;
        for (;;) {
            if (m_buffer.size() - size < 65536)
                m_buffer.resize(m_buffer.size() + 262144);
            const ssize_t n = ::read(fd, m_buffer.data() + size, size_t(m_buffer.size() - size));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                break;
            size += n;
        }
        ::close(fd);
        m_maps = QByteArray::fromRawData(m_buffer.constData(), size);
        return true;
    }

    QByteArray m_dir, m_prefix, m_mapsNeedle;
    QByteArray m_buffer;
    QByteArray m_maps; ///< raw view of m_buffer
    char m_link[PATH_MAX];
};
} // namespace

QString MountSystem::absoluteDir(const QString &path)
{
    QFileInfo fi(path);
    QString abs = QDir::cleanPath(fi.absoluteFilePath());
    const QFileInfo parent(QFileInfo(abs).path());
    const QString canonicalParent = parent.canonicalFilePath();
    if (!canonicalParent.isEmpty() && abs != QLatin1String("/"))
        abs = QDir::cleanPath(canonicalParent + QLatin1Char('/') + QFileInfo(abs).fileName());
    return abs;
}

std::optional<QString> MountSystem::mountTypeAt(const QString &dir)
{
    const std::optional<std::string> type = MountTable::typeAt(QFile::encodeName(dir).toStdString());
    return type ? std::optional<QString>(QString::fromStdString(*type)) : std::nullopt;
}

MountSystem::UnmountWait MountSystem::waitForUnmount(const QString &dir, qint64 helperPid, int ms)
{
    // Opened before the first look: a change after this open, even one before the look, makes
    // poll() return at once (proc(5): "/proc/pid/mounts ... a priority event (POLLPRI)").
    const int table = ::open("/proc/self/mountinfo", O_RDONLY | O_CLOEXEC);
    const int helper = helperPid > 0 ? int(::syscall(SYS_pidfd_open, pid_t(helperPid), 0)) : -1;
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + ms;
    UnmountWait result = UnmountWait::Unmounted;
    while (mountTypeAt(dir)) {
        if (helper < 0 && !isProcessAlive(helperPid)) {
            result = UnmountWait::HelperExited;
            break;
        }
        const qint64 left = deadline - QDateTime::currentMSecsSinceEpoch();
        if (left <= 0) {
            result = UnmountWait::TimedOut;
            break;
        }
        // Without the table's events (no /proc) or the pidfd (Linux < 5.3), look again every 5 ms.
        pollfd fds[2] = {{table, POLLPRI, 0}, {helper, POLLIN, 0}};
        const int wait = table < 0 || helper < 0 ? int(std::min<qint64>(left, 5)) : int(left);
        if (::poll(fds, 2, wait) < 0 && errno != EINTR)
            QThread::msleep(5);
        if (fds[1].revents != 0 && mountTypeAt(dir)) {
            result = UnmountWait::HelperExited;
            break;
        }
    }
    for (const int fd : {table, helper}) {
        if (fd >= 0)
            ::close(fd);
    }
    return result;
}

QStringList MountSystem::mountPointsOfType(const QByteArray &type)
{
    QStringList dirs;
    for (const MountTable::Entry &e : MountTable::entries()) {
        if (e.type == type.toStdString())
            dirs << QFile::decodeName(QByteArray::fromStdString(e.dir));
    }
    dirs.removeDuplicates();
    return dirs;
}

QStringList MountSystem::wimlibMountPoints()
{
    return mountPointsOfType(QByteArrayLiteral("fuse.wimfs"));
}

bool MountSystem::isWimlibMount(const QString &dir)
{
    const auto type = mountTypeAt(dir);
    return type && *type == QLatin1String("fuse.wimfs");
}

bool MountSystem::isStaleEndpoint(const QString &dir)
{
    struct stat st {};
    return ::stat(QFile::encodeName(dir).constData(), &st) != 0 && errno == ENOTCONN;
}

bool MountSystem::isProcessAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
    const QByteArray stat = readProcFile(QStringLiteral("/proc/%1/stat").arg(pid));
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0 || close + 2 >= stat.size())
        return false;
    const char state = stat.at(close + 2);
    return state != 'Z' && state != 'X';
}

bool MountSystem::isProcessStopped(qint64 pid)
{
    const QByteArray stat = readProcFile(QStringLiteral("/proc/%1/stat").arg(pid));
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0 || close + 2 >= stat.size())
        return false;
    const char state = stat.at(close + 2);
    return state == 'T' || state == 't';
}

QString MountSystem::commandName(qint64 pid)
{
    return QString::fromUtf8(readProcFile(QStringLiteral("/proc/%1/comm").arg(pid))).trimmed();
}

bool MountSystem::isHelperProcess(qint64 pid)
{
    // comm is cut to 15 characters: "wimbench-mount-".
    return isProcessAlive(pid) && commandName(pid).startsWith(QLatin1String("wimbench-mount"));
}

QList<ProcessUse> MountSystem::processesUsing(const QString &dir, qint64 excludePid)
{
    QList<ProcessUse> uses;
    ProcDir proc(AT_FDCWD, "/proc");
    ProcScan scan(dir);
    while (const char *name = proc.next()) {
        char *end = nullptr;
        const qint64 pid = std::strtoll(name, &end, 10);
        if (pid <= 0 || *end != '\0' || pid == excludePid)
            continue;
        const int pidFd = ::openat(proc.fd(), name, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (pidFd < 0)
            continue;
        const QString how = scan.useOf(pidFd);
        ::close(pidFd);
        if (!how.isEmpty())
            uses.append({pid, commandName(pid), how});
    }
    std::sort(uses.begin(), uses.end(), [](const ProcessUse &a, const ProcessUse &b) { return a.pid < b.pid; });
    return uses;
}

MountSystem::KernelUse MountSystem::mountInUse(const QString &dir)
{
    if (::umount2(QFile::encodeName(dir).constData(), MNT_EXPIRE) == 0)
        return KernelUse::Unmounted;
    if (errno == EAGAIN)
        return KernelUse::Unused;
    return errno == EBUSY ? KernelUse::Busy : KernelUse::Unknown;
}

QString MountSystem::describeProcesses(const QList<ProcessUse> &uses)
{
    QStringList parts;
    for (const ProcessUse &u : uses)
        parts << QStringLiteral("%1 (%2: %3)").arg(u.pid).arg(u.command, u.how);
    return parts.join(QStringLiteral(", "));
}

Status MountSystem::detachMount(const QString &dir)
{
    if (::umount2(QFile::encodeName(dir).constData(), MNT_DETACH) == 0)
        return {};
    const int err = errno;
    if (err == EINVAL && !mountTypeAt(dir))
        return {}; // already gone (another process detached it meanwhile)
    for (const QString &tool : {QStringLiteral("fusermount3"), QStringLiteral("fusermount")}) {
        const QString exe = QStandardPaths::findExecutable(tool);
        if (exe.isEmpty())
            continue;
        QProcess p;
        p.start(exe, {QStringLiteral("-u"), QStringLiteral("-z"), dir});
        if (p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return {};
    }
    return Error::make(QStringLiteral("mount.detach-failed"),
                       Tr::tr("Could not remove the mount at %1. Run \"umount -l %1\" as root.").arg(dir),
                       QStringLiteral("umount2(MNT_DETACH): %1").arg(QString::fromLocal8Bit(strerror(err))));
}

} // namespace wb
