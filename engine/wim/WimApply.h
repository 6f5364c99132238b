// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WimFile.h"

#include "core/Operation.h"
#include "core/Result.h"

#include <QString>
#include <QStringList>

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

/// The wimlib calls that write an image's files out: the whole image, or chosen paths of it. wimlib
/// checks every file's SHA-1 while writing it (a mismatch fails). Progress and cancel through
/// `context`. Worker thread of the operation that owns `wim`.
namespace WimApply {
/// Applies image `index` to `target`; `faultPoint` names the point hit with each wimlib progress
/// message (FaultPoint.h).
Status applyImage(WimFile &wim, int index, const ApplyTarget &target, OperationContext &context, const char *faultPoint);

/// How extractPaths lays the chosen paths out below the target folder.
enum class PathLayout {
    Tree, ///< each at its path inside the image (its parent folders created)
    Flat  ///< each directly in the target (WIMLIB_EXTRACT_FLAG_NO_PRESERVE_DIR_STRUCTURE)
};

/// Extracts `imagePaths` ('/'-separated paths inside image `index`, folders with everything below
/// them) into the folder `target`, without Windows security descriptors (a Linux folder has no place
/// for them; wimlib_extract_paths with WIMLIB_EXTRACT_FLAG_NO_ACLS). A cancel during the call is
/// Error::cancelled(); a failure is wimlib's error after `action` ("Could not extract …", naming the
/// file). Nothing to extract is success.
Status extractPaths(const WimFile &wim, int index, const QStringList &imagePaths, const QString &target, PathLayout layout,
                    OperationContext &context, const QString &action);
} // namespace WimApply

} // namespace wb
