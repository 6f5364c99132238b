// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WimFile.h"

#include "core/Operation.h"
#include "core/Result.h"

#include <QString>

namespace wb {

/// How an image is applied (wimlib_extract_image's flags).
struct ApplyTarget
{
    QString path;            ///< a folder, or a file or block device holding an NTFS volume
    bool ntfsVolume = false; ///< WIMLIB_EXTRACT_FLAG_NTFS (through NTFS-3G, the volume unmounted)
    bool noRpFix = false;    ///< WIMLIB_EXTRACT_FLAG_NORPFIX: keep absolute reparse targets as stored
};

/// True for a regular file or a block device: what capture and apply take as an NTFS volume
/// (anything else that is not a folder is refused). Any thread.
bool isVolumePath(const QString &path);

/// The wimlib call that applies a whole image. wimlib checks every file's SHA-1 while writing it
/// (a mismatch fails the apply). Progress and cancel through `context`; `faultPoint` names the
/// point hit with each wimlib progress message (FaultPoint.h). Worker thread of the operation that
/// owns `wim`.
namespace WimApply {
Status applyImage(WimFile &wim, int index, const ApplyTarget &target, OperationContext &context, const char *faultPoint);
}

} // namespace wb
