// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildProcess.h"

#include "spawn/Spawn.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <string>
#include <vector>

namespace wb {

QString ChildProcess::findExecutable(const QString &name, const char *envVariable)
{
    const std::string found = Spawn::findExecutable(QFile::encodeName(name).toStdString(), envVariable);
    return found.empty() ? QString() : QFileInfo(QFile::decodeName(found.c_str())).absoluteFilePath();
}

Result<ChildProcess::Started> ChildProcess::start(const QString &executable, const QStringList &arguments, int childFd,
                                                  const Options &options, const QString &errorCode, const QString &what)
{
    std::vector<std::string> argStrings;
    argStrings.push_back(QFile::encodeName(executable).toStdString());
    for (const QString &a : arguments)
        argStrings.push_back(a.toUtf8().toStdString());
    std::vector<char *> argv;
    for (std::string &s : argStrings)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    int parentFd = -1;
    const pid_t child = Spawn::start(argv.data(), childFd, options, &parentFd);
    if (child < 0)
        return Error::fromErrno(errorCode, what, errno);
    return Started{qint64(child), parentFd};
}

} // namespace wb
