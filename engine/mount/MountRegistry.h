// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MountRecord.h"

#include "core/Result.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace wb {

/// The persistent list of mounts: `mounts.json` under `$XDG_STATE_HOME/wimbench/`, shared by
/// every WimBench process (GUI, CLI). Reads take a shared and writes an exclusive flock on
/// `mounts.lock` beside it, and writes go through writeFileAtomically (write beside, rename; not
/// synced: README.md, "Registry"), so concurrent processes never see a half-written file or lose
/// each other's changes. A cheap value object:
/// create one wherever needed, on any thread.
class MountRegistry
{
public:
    /// `directory` empty means defaultDirectory().
    explicit MountRegistry(QString directory = {});

    /// `$XDG_STATE_HOME/wimbench` (XDG_STATE_HOME defaults to ~/.local/state).
    static QString defaultDirectory();
    QString filePath() const;

    /// All registered mounts.
    Result<QList<MountRecord>> records() const;
    /// The mount registered at `mountDir` (absolute), if any.
    Result<std::optional<MountRecord>> find(const QString &mountDir) const;
    /// The mounts of the image file `imageFile` (any index), compared by canonical path.
    Result<QList<MountRecord>> recordsOfImage(const QString &imageFile) const;
    /// Read-modify-write under the exclusive lock; nothing is written if `change` fails.
    Status update(const std::function<Status(QList<MountRecord> &)> &change) const;
    /// Adds `record`, replacing the one at the same folder.
    Status put(const MountRecord &record) const;
    Status remove(const QString &mountDir) const;

    /// Ok / NeedsRemount / Invalid, from the kernel's mount table, the helper process and the
    /// image file's identity. `reason` (optional) receives why, for the log.
    static MountStatus statusOf(const MountRecord &record, QString *reason = nullptr);

private:
    Result<QList<MountRecord>> readUnlocked() const;
    Status writeUnlocked(const QList<MountRecord> &records) const;
    QString m_directory;
};

} // namespace wb
