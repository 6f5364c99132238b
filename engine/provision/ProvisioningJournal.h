// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace wb {

/// What a change to an image's apps writes down before it touches anything the list refers to, so
/// that the next locked operation can take it back or finish it when the process was killed
/// (Provisioner::recoverInterruptedCommits, docs/FAULTS.md). One type for both writers (add:
/// `WindowsApps/.wimbench-staging-<pid>-<hex>/journal.json`; remove:
/// `WindowsApps/.wimbench-removing-<pid>-<hex>.json`) and the recovery. Value type, any thread.
struct ProvisioningJournal
{
    QString app;                 ///< the list entry of the app (bundle or main package)
    QStringList folders;         ///< add: folders moved into WindowsApps; remove: folders to delete
    QString license;             ///< the license file, relative to the image root (empty: none)
    bool sidecarExisted = false; ///< add: whether the sidecar existed before
    QByteArray sidecar;          ///< add: the sidecar's bytes before
    QStringList createdFolders;  ///< add: folders (relative, deepest first) it may create
    QString hive;                ///< the SOFTWARE hive it changes (relative); empty: none
    QString appFamily;           ///< remove: the app's package family (for the registry)
    QStringList entries;         ///< remove: the list entries removed (for the registry)

    QByteArray toJson() const;
    /// nullopt when `json` is not a journal object.
    static std::optional<ProvisioningJournal> fromJson(const QByteArray &json);

    /// Written atomically (writeFileAtomically).
    Status save(const QString &file) const;
    /// nullopt when the file cannot be read or is not a journal.
    static std::optional<ProvisioningJournal> load(const QString &file);

    /// True for a folder name the recovery may touch: one plain name under WindowsApps.
    static bool isPlainFolderName(const QString &name);
};

} // namespace wb
