#include "MountTestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <sys/mount.h>
#include <unistd.h>

namespace wb::test {

QString fuseUnavailableReason()
{
    if (!QFileInfo::exists(QStringLiteral("/dev/fuse")))
        return QStringLiteral("/dev/fuse is absent: FUSE mounts cannot be made on this machine");
    if (::access("/dev/fuse", R_OK | W_OK) != 0)
        return QStringLiteral("/dev/fuse cannot be opened for reading and writing by this user");
    return {};
}

bool isMountPoint(const QString &dir)
{
    QFile f(QStringLiteral("/proc/self/mountinfo"));
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
                QProcess::execute(QStringLiteral("fusermount3"), {QStringLiteral("-u"), QStringLiteral("-z"), dir});
        }
    }
    m_dirs.clear();
    return stillMounted;
}

} // namespace wb::test
