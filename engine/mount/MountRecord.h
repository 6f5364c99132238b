// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/FileStamp.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace wb {

/// The state of a registered mount, as /Get-MountedImageInfo reports it.
enum class MountStatus {
    Ok,           ///< registered, the helper is alive and the folder is a wimlib FUSE mount
    NeedsRemount, ///< registered but not served (killed helper, reboot, stale FUSE endpoint)
    Invalid       ///< the image file is gone or was changed underneath the mount
};
/// "Ok", "NeedsRemount", "Invalid" (as DISM and PowerShell print them).
QString mountStatusName(MountStatus status);

/// One mount in the registry. Plain value, copied freely between threads.
struct MountRecord
{
    QString mountDir;    ///< absolute, canonical folder the image is mounted on
    QString imageFile;   ///< absolute path of the .wim/.esd/.swm
    QString splitPattern;///< split sets only: glob of the other parts
    int index = 0;       ///< 1-based image index
    QString imageName;   ///< name of the image at mount time (informational)
    bool readWrite = false;
    bool supportEa = false; ///< mounted with wimlib's UNIX data (extended attributes kept)
    qint64 helperPid = 0;   ///< pid of the wimbench-mount-helper daemon serving the mount
    QString stagingDir;     ///< our per-mount folder in the scratch directory (wimlib's staging dir inside)
    QDateTime mountedAt;
    FileStamp imageStamp;

    QJsonObject toJson() const;
    static MountRecord fromJson(const QJsonObject &object);
};

} // namespace wb

Q_DECLARE_METATYPE(wb::MountRecord)
