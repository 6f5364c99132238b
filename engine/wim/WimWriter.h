// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WimFile.h"

#include "core/Operation.h"
#include "core/Result.h"

#include <QString>

namespace wb {

/// The image fields /Set-ImageInfo changes, as wimlib's XML property paths name them (wimlib.h,
/// wimlib_set_image_property; `wiminfo --image-property NAME=VALUE`).
enum class ImageField { Name, Description, DisplayName, DisplayDescription, Flags };

/// The wimlib calls that change an open WIM: deleting an image, changing its XML fields and the
/// boot index in memory, and writing the result (in place, or rebuilt into another file). Operations
/// use these instead of calling wimlib themselves. Called on the operation's worker thread with a
/// WimFile that thread owns.
/// How a folder or NTFS volume is captured into an image (wimlib_add_image's flags and config).
struct CaptureSource
{
    QString path;          ///< a folder, or a file or block device holding an NTFS volume
    bool ntfsVolume = false; ///< capture through NTFS-3G (WIMLIB_ADD_FLAG_NTFS)
    QString configFile;    ///< WimScript.ini-format capture configuration; empty: DISM's default exclusions
    bool bootable = false; ///< WIMLIB_ADD_FLAG_BOOT: the new image becomes the boot index
    bool noRpFix = false;  ///< keep absolute reparse targets as they are (WIMLIB_ADD_FLAG_NORPFIX)
    bool wimBoot = false;  ///< WIMLIB_ADD_FLAG_WIMBOOT
    bool extendedAttributes = false; ///< folder sources: keep UNIX data and xattrs (WIMLIB_ADD_FLAG_UNIX_DATA)
};

namespace WimWriter {

/// Captures `source` as a new last image named `name` (in memory until written). Without a config
/// file the capture uses wimlib's Windows configuration (WIMLIB_ADD_FLAG_WINCONFIG), whose
/// exclusions are DISM's defaults (engine/ops/CaptureImageOperation.md). Scanning reports progress
/// and honours cancel through `context`.
Status addImage(WimFile &wim, const CaptureSource &source, const QString &name, OperationContext &context);

/// Writes a new WIM built in memory (WimFile::createNew) to `path` (a temporary beside the final
/// name), fsynced; `solid` for recovery compression, `integrity` for an integrity table.
Status writeNew(WimFile &wim, const QString &path, bool solid, bool integrity, OperationContext &context, const char *faultPoint);

/// Removes image `index` from the open file (in memory; nothing is written). wimlib renumbers the
/// later images and moves or clears the boot index.
Status deleteImage(WimFile &wim, int index);

/// Sets one XML field of image `index` (in memory). An empty value removes the field; an empty
/// name is refused by wimlib, and so is a name another image already has (WIMLIB_ERR_IMAGE_NAME_COLLISION).
Status setField(WimFile &wim, int index, ImageField field, const QString &value);

/// Makes image `index` the bootable image (0: none), in memory.
Status setBootIndex(WimFile &wim, int index);

/// Writes every image of `wim` into the new file `path` (a full rebuild, so data of deleted images
/// is dropped), keeping the file's GUID, compression, solid and pipable format; with an integrity
/// table when `integrity`; fsynced. Progress and cancel through `context`; `faultPoint` names the
/// point hit with each wimlib progress message (FaultPoint.h).
Status rebuildInto(WimFile &wim, const QString &path, bool integrity, OperationContext &context, const char *faultPoint);

/// wimlib's in-place append (wimlib_overwrite without REBUILD): changed metadata and the XML go
/// after the old end of the file and the header is rewritten last; on failure or cancel wimlib
/// truncates the file back and restores its header. `integrity` writes an integrity table.
Status overwriteInPlace(WimFile &wim, bool integrity, OperationContext &context, const char *faultPoint);

/// Splits the open (non-solid, single-part) file into parts of at most `partBytes` (wimlib_split):
/// `firstPart` and `<stem>2.swm`, `<stem>3.swm`, … beside it, fsynced; with an integrity table in
/// each part when `integrity`. Progress and cancel through `context`, `faultPoint` with each message.
/// Errors name `shownAs` (where the parts go in the end) instead of `firstPart` (a staging path).
Status split(WimFile &wim, const QString &firstPart, const QString &shownAs, quint64 partBytes, bool integrity, OperationContext &context,
             const char *faultPoint);

/// Opens the file at `path` and checks that every image's metadata and data can be read and match
/// their hashes (wimlib_verify_wim), e.g. a rebuilt file before it replaces the original.
Status verifyFile(const QString &path, OperationContext &context);

} // namespace WimWriter
} // namespace wb
