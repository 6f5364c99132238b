// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OwnedTemporary.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <csignal>

#include <sys/stat.h>
#include <unistd.h>

namespace wb::OwnedTemporary {

namespace {
/// Start time of `pid` in seconds since the epoch, or -1 when unknown.
double processStartTime(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22 (starttime, clock ticks since boot) follows the command name in parentheses.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double ticks = fields.at(19).toDouble();
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!uptime.open(QIODevice::ReadOnly))
        return -1;
    const double up = uptime.readAll().split(' ').value(0).toDouble();
    const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    return now - up + ticks / double(::sysconf(_SC_CLK_TCK));
}
} // namespace

QString name(const QString &prefix, const QString &suffix)
{
    return QStringLiteral("%1%2-%3%4")
        .arg(prefix)
        .arg(qint64(::getpid()))
        .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'))
        .arg(suffix);
}

bool ownerGone(const QString &path, const QString &prefix)
{
    const QString fileName = QFileInfo(path).fileName();
    if (!fileName.startsWith(prefix))
        return false;
    const QString rest = fileName.mid(prefix.size());
    const qsizetype dash = rest.indexOf(QLatin1Char('-'));
    bool ok = false;
    const qint64 pid = rest.left(dash).toLongLong(&ok);
    if (dash <= 0 || !ok || pid <= 0)
        return false;
    if (pid == qint64(::getpid()))
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return true;
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    const double started = processStartTime(pid);
    // A process that started after the entry was made cannot be its owner (2 s for clock steps).
    return started > 0 && started > double(st.st_mtim.tv_sec) + 2.0;
}

} // namespace wb::OwnedTemporary
