// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QFile>
#include <QString>

#include <memory>

namespace wb {

/// Shared by package and bundle extraction: creates a staging folder beside `target` (which must
/// not exist; its parent must), checks free space for `bytes`, and renames the staging folder to
/// `target` on commit(); the destructor removes it otherwise. Worker thread; owned by the caller.
class StagingFolder
{
public:
    static Result<StagingFolder> create(const QString &target, quint64 bytes);
    /// `path` cut before its first ".wimbench-" component: the folder a technician knows, for
    /// messages about a staging file (which is gone by the time the message is read).
    static QString visibleFolder(const QString &path);
    StagingFolder(StagingFolder &&other) noexcept;
    StagingFolder &operator=(StagingFolder &&) = delete;
    ~StagingFolder();

    QString path() const { return m_staging; }
    /// Creates `relative`'s folders and opens it for writing (appx.write-failed).
    Result<std::unique_ptr<QFile>> createFile(const QString &relative) const;
    Status commit();

private:
    StagingFolder(QString staging, QString target) : m_staging(std::move(staging)), m_target(std::move(target)) {}
    QString m_staging;
    QString m_target;
    bool m_committed = false;
};

} // namespace wb
