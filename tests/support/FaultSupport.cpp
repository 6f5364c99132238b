// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultSupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

using namespace Qt::StringLiterals;

namespace wb::test {

CliResult runCliWithFault(const QStringList &args, const QString &fault, const QProcessEnvironment &extraEnv)
{
    QProcessEnvironment env = extraEnv;
    env.insert(u"WIMBENCH_FAULT"_s, fault);
    return runCli(args, 180000, env);
}

QString diedAtFault(const CliResult &r, const QString &name)
{
    const QString marker = u"WIMBENCH_FAULT %1 "_s.arg(name);
    if (!r.crashed)
        return u"the CLI was not killed (exit %1) at %2; stderr: %3"_s.arg(r.exitCode).arg(name, r.err.right(600));
    if (!r.err.contains(marker))
        return u"the CLI died but not at %1; stderr: %2"_s.arg(name, r.err.right(600));
    return {};
}

QString imagexVerify(const QString &wimPath, const QString &refGlob)
{
    QStringList args{u"verify"_s, wimPath};
    if (!refGlob.isEmpty())
        args << u"--ref="_s + refGlob;
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(u"wimlib-imagex"_s, args);
    if (!p.waitForStarted(10000))
        return u"wimlib-imagex (wimtools) could not be started"_s;
    p.waitForFinished(180000);
    const QString out = QString::fromUtf8(p.readAll());
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return {};
    return u"wimlib-imagex verify exit %1: %2"_s.arg(p.exitCode()).arg(out);
}

QStringList strayTemporaries(const QString &folder)
{
    static const QRegularExpression saveFile(u"\\.[A-Za-z0-9]{6}$"_s);
    QStringList found;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = it.fileName();
        if (name.startsWith(QLatin1String(".wimbench-")) || name.contains(QLatin1String(".wimbench-")) || name.endsWith(QLatin1String(".tmp"))
            || ((name.endsWith(QLatin1String(".xml.")) || name.contains(QLatin1String(".xml.")) || name.contains(QLatin1String(".json.")))
                && saveFile.match(name).hasMatch()))
            found << QDir(folder).relativeFilePath(path);
    }
    found.sort();
    return found;
}

QMap<QString, QString> mountedImageStatus(const QProcessEnvironment &extraEnv)
{
    QMap<QString, QString> result;
    const CliResult r = runCli({u"/Get-MountedImageInfo"_s}, 60000, extraEnv);
    const QStringList dirs = r.fields(u"Mount Dir"_s);
    const QStringList statuses = r.fields(u"Status"_s);
    for (int i = 0; i < dirs.size() && i < statuses.size(); ++i)
        result.insert(dirs[i], statuses[i]);
    return result;
}

namespace {
QChar processState(qint64 pid)
{
    QFile f(u"/proc/%1/stat"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return QChar();
    const QByteArray line = f.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close >= 0 && close + 2 < line.size() ? QChar::fromLatin1(line.at(close + 2)) : QChar();
}
} // namespace

bool waitUntilStopped(qint64 pid, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QChar s = processState(pid);
        if (s == QLatin1Char('T') || s == QLatin1Char('t'))
            return true;
        if (s.isNull() || s == QLatin1Char('Z'))
            return false;
        QThread::msleep(5);
    }
    return false;
}

bool waitUntilGone(qint64 pid, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const QChar s = processState(pid);
        if (s.isNull() || s == QLatin1Char('Z'))
            return true;
        QThread::msleep(5);
    }
    return false;
}

void BackgroundCli::start(const QStringList &args, const QProcessEnvironment &extraEnv)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : extraEnv.keys())
        env.insert(key, extraEnv.value(key));
    process.setProcessEnvironment(env);
    process.start(cliPath(), args);
    process.waitForStarted(10000);
}

CliResult BackgroundCli::finish(int timeoutMs)
{
    CliResult r;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        r.crashed = true;
    }
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    r.crashed = r.crashed || process.exitStatus() == QProcess::CrashExit;
    r.exitCode = process.exitCode();
    return r;
}

} // namespace wb::test
