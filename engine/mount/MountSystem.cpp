// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MountSystem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>

#include <unistd.h>

#include <sys/mount.h>
#include <sys/stat.h>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::MountSystem)
};

/// mountinfo escapes space, tab, newline and backslash as \ooo.
QString unescapeMountField(const QByteArray &field)
{
    QByteArray out;
    out.reserve(field.size());
    for (int i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int v = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out.append(char(v));
                i += 3;
                continue;
            }
        }
        out.append(field[i]);
    }
    return QFile::decodeName(out);
}

QByteArray readProcFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool isInside(const QString &path, const QString &dir)
{
    if (path == dir)
        return true;
    const QString prefix = dir.endsWith(QLatin1Char('/')) ? dir : dir + QLatin1Char('/');
    return path.startsWith(prefix);
}

/// readlink of a /proc link (never stat: a hung FUSE server must not hang the scan); the
/// " (deleted)" suffix is dropped.
QString procLink(const QString &path)
{
    const QByteArray p = QFile::encodeName(path);
    char buf[4096];
    const ssize_t n = ::readlink(p.constData(), buf, sizeof buf - 1);
    if (n <= 0)
        return {};
    QString target = QFile::decodeName(QByteArray(buf, int(n)));
    if (target.endsWith(QLatin1String(" (deleted)")))
        target.chop(10);
    return target;
}
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
    const QByteArray info = readProcFile(QStringLiteral("/proc/self/mountinfo"));
    std::optional<QString> type;
    for (const QByteArray &line : info.split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 7)
            continue;
        if (unescapeMountField(fields[4]) != dir)
            continue;
        const qsizetype dash = fields.indexOf("-");
        if (dash < 0 || dash + 1 >= fields.size())
            continue;
        type = QString::fromLatin1(fields[dash + 1]); // the last mount on top wins
    }
    return type;
}

QStringList MountSystem::wimlibMountPoints()
{
    QStringList dirs;
    const QByteArray info = readProcFile(QStringLiteral("/proc/self/mountinfo"));
    for (const QByteArray &line : info.split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        const qsizetype dash = fields.indexOf("-");
        if (fields.size() < 7 || dash < 0 || dash + 1 >= fields.size())
            continue;
        if (fields[dash + 1] == "fuse.wimfs")
            dirs << unescapeMountField(fields[4]);
    }
    dirs.removeDuplicates();
    return dirs;
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
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &p : pids) {
        bool ok = false;
        const qint64 pid = p.toLongLong(&ok);
        if (!ok || pid == excludePid)
            continue;
        const QString base = QStringLiteral("/proc/") + p;
        QString how;
        if (isInside(procLink(base + QStringLiteral("/cwd")), dir))
            how = Tr::tr("working directory");
        else if (isInside(procLink(base + QStringLiteral("/root")), dir))
            how = Tr::tr("root directory");
        if (how.isEmpty()) {
            const QDir fdDir(base + QStringLiteral("/fd"));
            for (const QString &fd : fdDir.entryList(QDir::System | QDir::NoDotAndDotDot | QDir::Files | QDir::Dirs)) {
                const QString target = procLink(fdDir.filePath(fd));
                if (!target.isEmpty() && isInside(target, dir)) {
                    how = Tr::tr("open file %1").arg(target);
                    break;
                }
            }
        }
        if (how.isEmpty()) {
            const QByteArray maps = readProcFile(base + QStringLiteral("/maps"));
            for (const QByteArray &line : maps.split('\n')) {
                const qsizetype slash = line.indexOf('/');
                if (slash < 0)
                    continue;
                const QString file = QFile::decodeName(line.mid(slash));
                if (isInside(file, dir)) {
                    how = Tr::tr("mapped file %1").arg(file);
                    break;
                }
            }
        }
        if (!how.isEmpty())
            uses.append({pid, commandName(pid), how});
    }
    std::sort(uses.begin(), uses.end(), [](const ProcessUse &a, const ProcessUse &b) { return a.pid < b.pid; });
    return uses;
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
