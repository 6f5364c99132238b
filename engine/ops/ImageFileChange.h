// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/FileWriteGuard.h"
#include "core/Operation.h"
#include "wim/WimFile.h"

#include <optional>
#include <utility>

namespace wb {

/// Opens an existing WIM that an operation is going to change (/Delete-Image, /Set-ImageInfo) and
/// refuses what cannot be changed safely, each with its own code `<area>.<reason>`:
/// `busy` (another WimBench process holds FileWriteLock on it), `split` (a .swm set), `read-only`
/// (marked read-only in its header or not writable), `mounted` (an image of the file is mounted:
/// the helper's open handle would write its own view of the file back, or keep serving a file that
/// was replaced), `changed` (another program wrote into it between open and write).
/// Created and used on the operation's worker thread; holds the lock until destroyed.
class ImageFileChange
{
public:
    /// `area`: the error code prefix ("delete", "imageinfo").
    ImageFileChange(QString path, QString area);

    /// Locks, checks and opens the file (with its integrity table verified when `checkIntegrity`).
    Status open(bool checkIntegrity, OperationContext &context);
    WimFile &wim() { return *m_wim; }
    /// Refuses (`<area>.changed`) when the file's size or time differ from when it was opened.
    Status checkUnchanged() const;

private:
    Status refuseMounted() const;
    Error refusal(const char *reason, const QString &message) const;

    QString m_path;
    QString m_area;
    FileWriteLock m_lock;
    std::optional<WimFile> m_wim;
    std::pair<qint64, qint64> m_version{-1, -1};
};

/// Refuses (`<area>.name-in-use`) a name that an image of `wim` other than `exceptIndex` already
/// has, compared case-insensitively because /Name selects images case-insensitively.
Status checkNameFree(const WimFile &wim, const QString &name, int exceptIndex, const QString &area);

} // namespace wb
