// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProvisionSupport.h"
#include "core/FileWriteGuard.h"

#include "core/Operation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>

namespace wb::ProvisionSupport {
namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::Provisioner)
};
} // namespace

void logDecision(OperationContext *context, const ProvisionDecision &d)
{
    if (!context)
        return;
    // The servicing log is never translated: the code's English sentence (an old sidecar's
    // decision has only the sentence it was stored with).
    const QString reason = d.why.isPlain() && d.why.toEnglish().isEmpty() ? d.reason : d.why.toEnglish();
    context->decision(QStringLiteral("%1: %2 (%3)").arg(d.package, d.included ? QStringLiteral("included") : QStringLiteral("skipped"), reason));
}

void info(OperationContext *context, const QString &text)
{
    if (context)
        context->info(text);
}

bool cancelled(OperationContext *context)
{
    return context && context->isCancelled();
}

bool mkpathTracked(const QString &path, QStringList &created)
{
    const QStringList missing = missingFolders(path);
    for (auto it = missing.crbegin(); it != missing.crend(); ++it) {
        if (!QDir().mkdir(*it))
            return false;
        created << *it;
    }
    return true;
}

void removeCreated(const QStringList &created)
{
    for (auto it = created.crbegin(); it != created.crend(); ++it)
        QDir().rmdir(*it);
}

QStringList missingFolders(const QString &path)
{
    QStringList missing;
    QString p = QDir::cleanPath(path);
    while (!p.isEmpty() && !QFileInfo::exists(p)) {
        missing << p;
        const QString parent = QFileInfo(p).path();
        if (parent == p)
            break;
        p = parent;
    }
    return missing;
}

Status renameOrFail(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return Error::fromErrno(QStringLiteral("provision.write-failed"),
                                Tr::tr("%1 could not be moved into place as %2; the image was left as it was.").arg(from, to), errno);
    return {};
}

void renameQuietly(const QString &from, const QString &to)
{
    (void)std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData());
}

void restoreFile(const QString &path, bool existed, const QByteArray &bytes)
{
    if (!existed) {
        QFile::remove(path);
        return;
    }
    (void)writeFileAtomically(path, bytes); // best effort: an undo that cannot write leaves the newer file
}

Result<QByteArray> readSmallFile(const QString &path, const QString &what)
{
    QFile f(path);
    if (!QFileInfo(path).isFile() || !f.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("provision.input-unreadable"),
                           Tr::tr("The %1 %2 cannot be read. Check the path.").arg(what, path), f.errorString());
    return f.readAll();
}

} // namespace wb::ProvisionSupport
