// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>

using namespace Qt::StringLiterals;

namespace wb::test {

QString CliResult::lastErrorLine() const
{
    const QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

QStringList CliResult::fields(const QString &name) const
{
    QStringList values;
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        const int sep = line.indexOf(u" : "_s);
        if (sep < 0)
            continue;
        if (line.left(sep).trimmed() == name)
            values << line.mid(sep + 3).trimmed();
    }
    return values;
}

QString CliResult::field(const QString &name) const
{
    const QStringList v = fields(name);
    return v.isEmpty() ? QString() : v.first();
}

QString cliPath()
{
    return qEnvironmentVariable("WIMBENCH_CLI");
}

CliResult runCli(const QStringList &args, int timeoutMs, const QProcessEnvironment &extraEnv, const QString &workingDirectory)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : extraEnv.keys())
        env.insert(key, extraEnv.value(key));
    return runProgram(cliPath(), args, env, timeoutMs, workingDirectory);
}

CliResult runProgram(const QString &program, const QStringList &args, const QProcessEnvironment &env, int timeoutMs,
                     const QString &workingDirectory)
{
    CliResult r;
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        p.setWorkingDirectory(workingDirectory);
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        r.err = u"could not start %1"_s.arg(program);
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.crashed = true;
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.crashed = r.crashed || p.exitStatus() == QProcess::CrashExit;
    r.exitCode = p.exitCode();
    return r;
}

QByteArray startUntilStderr(QProcess &p, const QByteArray &marker)
{
    p.start();
    QByteArray err;
    if (!p.waitForStarted())
        return err;
    while (!err.contains(marker) && p.state() == QProcess::Running) {
        p.waitForReadyRead(200);
        err += p.readAllStandardError();
    }
    return err;
}

bool writeHelperLeftIn(const QString &folder)
{
    QThread::msleep(200);
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        QFile cmd(u"/proc/"_s + pid + u"/cmdline"_s);
        const QByteArray line = cmd.open(QIODevice::ReadOnly) ? cmd.readAll() : QByteArray();
        if (!line.contains("wimbench-write-helper") || !line.contains(folder.toUtf8()))
            continue;
        QFile stat(u"/proc/"_s + pid + u"/stat"_s);
        if (stat.open(QIODevice::ReadOnly) && !stat.readAll().contains(") Z "))
            return true;
    }
    return false;
}

QStringList entriesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace wb::test
