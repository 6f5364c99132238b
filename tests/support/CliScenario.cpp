// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliScenario.h"

#include "ImageDigest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <csignal>

using namespace Qt::StringLiterals;

namespace wb::test {

QStringList errorLines(const CliResult &r)
{
    QStringList out;
    for (const QString &line : r.err.split(u'\n'))
        if (line.startsWith(u"Error:"))
            out << line;
    return out;
}

QString refusedWith(const CliResult &r, const QString &text)
{
    if (r.exitCode != 1 || r.crashed)
        return u"exit status %1%2 instead of 1; stderr: %3"_s.arg(r.exitCode).arg(r.crashed ? u" (crashed)"_s : QString(), r.err);
    if (!r.lastErrorLine().contains(text))
        return u"the last error line does not say \"%1\": %2"_s.arg(text, r.lastErrorLine());
    return {};
}

QString failedOnceWith(const CliResult &r, const QStringList &parts)
{
    if (r.exitCode != 1 || r.crashed)
        return u"exit status %1 instead of 1; stderr: %2"_s.arg(r.exitCode).arg(r.err);
    const QStringList errors = errorLines(r);
    if (errors.size() != 1)
        return u"%1 \"Error:\" lines instead of one; stderr: %2"_s.arg(errors.size()).arg(r.err);
    for (const QString &part : parts)
        if (!errors.first().contains(part))
            return u"the error does not say \"%1\": %2"_s.arg(part, errors.first());
    return {};
}

QStringList fillIn(QStringList args, const QMap<QString, QString> &values)
{
    for (QString &arg : args)
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            arg.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return args;
}

QStringList withLogPath(QStringList args, const QString &log)
{
    if (!args.isEmpty() && args.first().startsWith(u'/'))
        return args << u"/LogPath:"_s + log;
    return args << u"-LogPath"_s << log;
}

QString loggedFailureCode(const QString &log)
{
    QFile file(log);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression failed(u" failed \\[([^\\]\\s]+)\\]"_s);
    QString code;
    for (auto it = failed.globalMatch(QString::fromUtf8(file.readAll())); it.hasNext();)
        code = it.next().captured(1);
    return code;
}

QString refusedAs(const CliResult &r, const QString &log, int exitCode, const QString &code, const QString &fragment)
{
    if (r.exitCode != exitCode || r.crashed)
        return u"exit status %1 instead of %2; stderr: %3"_s.arg(r.exitCode).arg(exitCode).arg(r.err);
    if (!r.lastErrorLine().startsWith(u"Error: "_s))
        return u"the last line of stderr is no error: %1"_s.arg(r.err);
    if (!code.isEmpty() && loggedFailureCode(log) != code)
        return u"the log records code \"%1\" instead of \"%2\"; stderr: %3"_s.arg(loggedFailureCode(log), code, r.err);
    if (!fragment.isEmpty() && !r.lastErrorLine().contains(fragment))
        return u"the last error line does not say \"%1\": %2"_s.arg(fragment, r.lastErrorLine());
    return {};
}

Untouched::Untouched(const QStringList &paths, bool mounts) : m_paths(paths), m_mounts(mounts), m_before(take())
{
}

Untouched::State Untouched::take() const
{
    State state;
    for (const QString &path : m_paths) {
        if (QFileInfo(path).isDir()) {
            const QMap<QString, QByteArray> entries = contentTreeDigest(path);
            for (auto it = entries.cbegin(); it != entries.cend(); ++it)
                state.digests.insert(path + u'/' + it.key(), it.value());
        }
        state.digests.insert(path, QFileInfo(path).isFile() ? fileSha256(path) : QFileInfo::exists(path) ? "dir"_ba : "absent"_ba);
        if (m_mounts && isMountPoint(path))
            state.mountPoints << path;
    }
    if (m_mounts)
        state.mounts = mountedImageStatus();
    return state;
}

QString Untouched::changes() const
{
    const State now = take();
    for (auto it = m_before.digests.cbegin(); it != m_before.digests.cend(); ++it)
        if (now.digests.value(it.key()) != it.value())
            return u"%1 changed (%2 -> %3)"_s.arg(it.key(), QString::fromLatin1(it.value()),
                                                  QString::fromLatin1(now.digests.value(it.key(), "absent")));
    for (auto it = now.digests.cbegin(); it != now.digests.cend(); ++it)
        if (!m_before.digests.contains(it.key()))
            return u"%1 appeared"_s.arg(it.key());
    if (now.mountPoints != m_before.mountPoints)
        return u"mount points were %1, are %2"_s.arg(m_before.mountPoints.join(u", "_s), now.mountPoints.join(u", "_s));
    if (now.mounts != m_before.mounts)
        return u"the mount registry changed: %1 mount(s) before, %2 now"_s.arg(m_before.mounts.size()).arg(now.mounts.size());
    return {};
}

bool HeldCli::hold(const QStringList &args, const QString &point)
{
    QProcessEnvironment env;
    env.insert(u"WIMBENCH_FAULT"_s, point + u":stop"_s);
    m_cli.start(args, env);
    return waitUntilStopped(m_cli.process.processId());
}

CliResult HeldCli::resume()
{
    ::kill(pid_t(m_cli.process.processId()), SIGCONT);
    return m_cli.finish();
}

int Race::winners() const
{
    return int(a.exitCode == 0) + int(b.exitCode == 0);
}

QString Race::losersRefusedWith(const QString &text) const
{
    for (const CliResult *r : {&a, &b}) {
        if (r->exitCode == 0)
            continue;
        if (const QString problem = refusedWith(*r, text); !problem.isEmpty())
            return problem;
    }
    return {};
}

Race race(const QStringList &a, const QStringList &b)
{
    BackgroundCli first, second;
    first.start(a);
    second.start(b);
    Race result;
    result.a = first.finish();
    result.b = second.finish();
    return result;
}

bool MountScenario::init(const QString &root)
{
    m_root = root;
    m_scratch = QDir(root).filePath(u"scratch"_s);
    return QDir().mkpath(m_scratch);
}

QString MountScenario::fresh(const QString &name)
{
    return QDir(m_root).filePath(u"%1%2"_s.arg(name).arg(++m_counter));
}

QString MountScenario::newMountDir()
{
    return m_guard.newFolder(fresh(u"mnt"_s));
}

QString MountScenario::copyOf(const QString &wim)
{
    const QString copy = fresh(u"image"_s) + u".wim"_s;
    return QFile::copy(wim, copy) ? copy : QString();
}

QStringList MountScenario::mountArgs(const QString &wim, const QString &dir) const
{
    return {u"/Mount-Image"_s, u"/ImageFile:"_s + wim, u"/Index:1"_s, u"/MountDir:"_s + dir, u"/ScratchDir:"_s + m_scratch};
}

QStringList MountScenario::commitArgs(const QString &dir) const
{
    return {u"/Commit-Image"_s, u"/MountDir:"_s + dir, u"/ScratchDir:"_s + m_scratch};
}

QStringList MountScenario::unmountArgs(const QString &dir, bool commit) const
{
    return {u"/Unmount-Image"_s, u"/MountDir:"_s + dir, commit ? u"/Commit"_s : u"/Discard"_s, u"/ScratchDir:"_s + m_scratch};
}

QStringList MountScenario::scratchEntries() const
{
    return QDir(m_scratch).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

QString MountScenario::discard(const QString &dir) const
{
    const CliResult r = runCli(unmountArgs(dir, false));
    if (r.exitCode != 0)
        return u"/Unmount-Image /Discard: exit status %1; stderr: %2"_s.arg(r.exitCode).arg(r.err);
    if (isMountPoint(dir))
        return u"%1 is still mounted"_s.arg(dir);
    if (mountedImageStatus().contains(dir))
        return u"%1 is still registered"_s.arg(dir);
    if (!scratchEntries().isEmpty())
        return u"left in the scratch folder: %1"_s.arg(scratchEntries().join(u", "_s));
    return {};
}

} // namespace wb::test
