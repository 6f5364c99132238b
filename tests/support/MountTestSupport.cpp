// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MountTestSupport.h"

#include "mount/MountSystem.h"
#include "mount/UnmountQueues.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <sys/mount.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace wb::test {

QString fuseUnavailableReason()
{
    if (!QFileInfo::exists(u"/dev/fuse"_s))
        return u"/dev/fuse is absent: FUSE mounts cannot be made on this machine"_s;
    if (::access("/dev/fuse", R_OK | W_OK) != 0)
        return u"/dev/fuse cannot be opened for reading and writing by this user"_s;
    return {};
}

qint64 helperProcessFor(const QString &dir)
{
    for (const QString &p : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = p.toLongLong(&ok);
        if (!ok || !MountSystem::isHelperProcess(pid))
            continue;
        QFile f(u"/proc/%1/cmdline"_s.arg(pid));
        if (f.open(QIODevice::ReadOnly) && f.readAll().split('\0').contains(QFile::encodeName(dir)))
            return pid;
    }
    return 0;
}

namespace {
/// The live (not zombie) processes: pid, parent pid and command line arguments.
struct ProcessEntry
{
    qint64 pid = 0;
    qint64 parent = 0;
    QList<QByteArray> arguments;
};

QList<ProcessEntry> liveProcesses()
{
    QList<ProcessEntry> list;
    for (const QString &p : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = p.toLongLong(&ok);
        QFile stat(u"/proc/%1/stat"_s.arg(p));
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(p));
        if (!ok || !stat.open(QIODevice::ReadOnly) || !cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 2 || fields[0] == "Z")
            continue;
        list.append({pid, fields[1].toLongLong(), cmdline.readAll().split('\0')});
    }
    return list;
}
} // namespace

QList<qint64> processesHolding(const QString &file)
{
    const QString target = QFileInfo(file).absoluteFilePath();
    QList<qint64> holders;
    for (const ProcessEntry &e : liveProcesses()) {
        const QDir fds(u"/proc/%1/fd"_s.arg(e.pid));
        for (const QFileInfo &fd : fds.entryInfoList(QDir::System | QDir::NoDotAndDotDot)) {
            if (fd.symLinkTarget() == target) {
                holders.append(e.pid);
                break;
            }
        }
    }
    return holders;
}

qint64 standbyProcessFor(const QString &dir)
{
    for (const ProcessEntry &e : liveProcesses()) {
        const qsizetype i = e.arguments.indexOf("--standby");
        if (i == 1 && e.arguments.value(2) == QFile::encodeName(dir))
            return e.pid;
    }
    return 0;
}

bool standbyWaitingFor(const QString &dir)
{
    for (const ProcessEntry &e : liveProcesses()) {
        if (e.arguments.value(1) != "--standby"
            && QFileInfo(QString::fromUtf8(e.arguments.value(0))).fileName().startsWith(u"wimbench-cli"_s)
            && e.arguments.join(' ').contains(QFile::encodeName(dir)))
            return true;
    }
    return false;
}

QList<qint64> childProcesses(qint64 pid)
{
    QList<qint64> children;
    for (const ProcessEntry &e : liveProcesses()) {
        if (e.parent == pid)
            children.append(e.pid);
    }
    return children;
}

bool isMountPoint(const QString &dir)
{
    QFile f(u"/proc/self/mountinfo"_s);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QByteArray escaped = QFile::encodeName(dir);
    escaped.replace("\\", "\\134").replace(" ", "\\040").replace("\t", "\\011").replace("\n", "\\012");
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() > 4 && fields[4] == escaped)
            return true;
    }
    return false;
}

MountGuard::~MountGuard()
{
    release();
}

QString MountGuard::newFolder(const QString &dir)
{
    QDir().mkpath(dir);
    add(dir);
    return dir;
}

void MountGuard::add(const QString &dir)
{
    if (!m_dirs.contains(dir))
        m_dirs << dir;
}

QStringList MountGuard::release()
{
    QStringList stillMounted;
    for (const QString &dir : m_dirs) {
        for (int i = 0; i < 4 && isMountPoint(dir); ++i) {
            if (i == 0)
                stillMounted << dir;
            if (::umount2(QFile::encodeName(dir).constData(), MNT_DETACH) != 0)
                QProcess::execute(u"fusermount3"_s, {u"-u"_s, u"-z"_s, dir});
        }
    }
    m_dirs.clear();
    // Saves a test killed leave wimlib's message queues behind and the system allows 256
    // (engine/mount/README.md): remove those idle for a second, by when a live save's queue is
    // held open by both of its ends, so removing its name changes nothing for it.
    UnmountQueues::removeStale(std::chrono::seconds(1), UnmountQueues::listingDir());
    return stillMounted;
}

} // namespace wb::test
