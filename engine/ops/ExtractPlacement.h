// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace wb {

/// Where the chosen items of an extraction land below the destination folder.
enum class ExtractLayout {
    /// Flat unless two chosen items have the same name (case-insensitive); then BelowCommonParent.
    /// What the window uses (ui/README.md, "Extract").
    Auto,
    /// Each item directly in the destination under its own name; two items with one name are refused.
    Flat,
    /// Each item with its folders below the deepest folder that holds all chosen items
    /// (/Windows/System32/a.dll and /Windows/SysWOW64/a.dll → System32/a.dll, SysWOW64/a.dll).
    BelowCommonParent,
};

/// What happens to an item whose target already exists in the destination. An existing folder
/// met by an incoming folder is merged (no question), as file managers do.
enum class ExtractConflictAction {
    Refuse,    ///< the extraction fails before anything is written (extract.exists)
    Overwrite, ///< the existing file (or folder) is replaced; it is kept aside until the end, so a failure restores it
    Skip,      ///< the existing one stays, the incoming one is not written
    Rename,    ///< the incoming one is written as "name (2).ext" (the first free number)
};

/// A target that exists already: `relativePath` is '/'-separated below the destination.
struct ExtractConflict
{
    QString relativePath;
    bool incomingIsDirectory = false;
    bool existingIsDirectory = false;
};

/// The caller's answers: one action per conflicting relative path, `defaultAction` for the rest.
struct ExtractConflictPolicy
{
    ExtractConflictAction defaultAction = ExtractConflictAction::Refuse;
    QHash<QString, ExtractConflictAction> perPath;

    ExtractConflictAction actionFor(const QString &relativePath) const
    {
        return perPath.value(relativePath, defaultAction);
    }
};

/// Moves staged (already extracted) items into the destination with a journal, applying a
/// conflict policy; `rollback()` undoes every move and restores replaced items. Worker thread of
/// ExtractFilesOperation; staging and destination are on one file system (renames only).
class ExtractMerge
{
public:
    ExtractMerge(QString destination, QString asideFolder, ExtractConflictPolicy policy);

    /// Moves `staged` to `<destination>/<relativePath>` (merging folders into existing folders).
    /// On failure the moves made so far stay recorded; call rollback().
    Status moveInto(const QString &staged, const QString &relativePath);
    void rollback();

    const QStringList &skipped() const { return m_skipped; }
    /// "old relative path → new relative path" of renamed items.
    const QList<std::pair<QString, QString>> &renamed() const { return m_renamed; }
    const QStringList &overwritten() const { return m_overwritten; }

    /// `target` or, when it exists, "name (n).ext" with the first free n ≥ 2 (Windows Explorer's form).
    static QString freeName(const QString &target);
    /// Exists as anything, a dangling symbolic link included.
    static bool occupied(const QString &path);

private:
    Status resolveConflict(const QString &staged, const QString &target, const QString &relativePath);
    Status move(const QString &from, const QString &to);

    struct Step
    {
        QString target;
        QString aside; ///< where the replaced item was put; empty when nothing was replaced
    };
    QString m_destination;
    QString m_aside;
    ExtractConflictPolicy m_policy;
    QList<Step> m_journal;
    QStringList m_skipped;
    QStringList m_overwritten;
    QList<std::pair<QString, QString>> m_renamed;
};

} // namespace wb
