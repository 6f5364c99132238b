// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExtractPlacement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::ExtractFilesOperation)
};

bool isRealDirectory(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() && !info.isSymLink();
}

void removeAnything(const QString &path)
{
    if (isRealDirectory(path))
        QDir(path).removeRecursively();
    else
        QFile::remove(path);
}
} // namespace

ExtractMerge::ExtractMerge(QString destination, QString asideFolder, ExtractConflictPolicy policy)
    : m_destination(std::move(destination))
    , m_aside(std::move(asideFolder))
    , m_policy(std::move(policy))
{
}

bool ExtractMerge::occupied(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

QString ExtractMerge::freeName(const QString &target)
{
    if (!occupied(target))
        return target;
    const QFileInfo info(target);
    const QString name = info.fileName();
    const qsizetype dot = isRealDirectory(target) ? -1 : name.lastIndexOf(QLatin1Char('.'));
    const QString stem = dot > 0 ? name.left(dot) : name;
    const QString suffix = dot > 0 ? name.mid(dot) : QString();
    for (int n = 2;; ++n) {
        const QString candidate = info.dir().filePath(QStringLiteral("%1 (%2)%3").arg(stem).arg(n).arg(suffix));
        if (!occupied(candidate))
            return candidate;
    }
}

Status ExtractMerge::move(const QString &from, const QString &to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return {};
    const int err = errno;
    return Error::fromErrno(QStringLiteral("extract.move-failed"),
                            Tr::tr("Could not move %1 into %2.").arg(QFileInfo(to).fileName(), QFileInfo(to).path()), err);
}

Status ExtractMerge::moveInto(const QString &staged, const QString &relativePath)
{
    const QString target = QDir(m_destination).filePath(relativePath);
    if (!occupied(target)) {
        WB_TRY(move(staged, target));
        m_journal.append({target, {}});
        return {};
    }
    if (isRealDirectory(staged) && isRealDirectory(target)) {
        const QDir dir(staged);
        const QStringList children = dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &child : children)
            WB_TRY(moveInto(dir.filePath(child), relativePath + QLatin1Char('/') + child));
        return {};
    }
    return resolveConflict(staged, target, relativePath);
}

Status ExtractMerge::resolveConflict(const QString &staged, const QString &target, const QString &relativePath)
{
    switch (m_policy.actionFor(relativePath)) {
    case ExtractConflictAction::Refuse:
        return Error::make(QStringLiteral("extract.exists"),
                           Tr::tr("%1 already exists in %2. Remove it, choose another folder, or choose to overwrite, skip or rename it.")
                               .arg(relativePath, m_destination));
    case ExtractConflictAction::Skip:
        m_skipped << relativePath;
        return {};
    case ExtractConflictAction::Rename: {
        const QString renamed = freeName(target);
        WB_TRY(move(staged, renamed));
        m_journal.append({renamed, {}});
        m_renamed.append({relativePath, QDir(m_destination).relativeFilePath(renamed)});
        return {};
    }
    case ExtractConflictAction::Overwrite: {
        const QString aside = QDir(m_aside).filePath(QString::number(m_journal.size()));
        WB_TRY(move(target, aside));
        if (Status st = move(staged, target); !st.ok()) {
            (void)move(aside, target);
            return st;
        }
        m_journal.append({target, aside});
        m_overwritten << relativePath;
        return {};
    }
    }
    return {};
}

void ExtractMerge::rollback()
{
    for (auto it = m_journal.crbegin(); it != m_journal.crend(); ++it) {
        removeAnything(it->target);
        if (!it->aside.isEmpty())
            (void)move(it->aside, it->target);
    }
    m_journal.clear();
    m_skipped.clear();
    m_overwritten.clear();
    m_renamed.clear();
}

} // namespace wb
