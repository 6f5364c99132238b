// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaptureSource.h"
#include "WimFile.h"

#include "core/Operation.h"
#include "core/Result.h"

#include <QString>

namespace wb {

/// The image fields /Set-ImageInfo changes, as wimlib's XML property paths name them (wimlib.h,
/// wimlib_set_image_property; `wiminfo --image-property NAME=VALUE`).
enum class ImageField { Name, Description, DisplayName, DisplayDescription, Flags };

/// The wimlib calls that change an open WIM in the engine's process: its XML fields and the boot
/// index in memory, the in-place write of such changes, split and verify. (Capture, export and the
/// rebuild of /Delete-Image run in wimbench-write-helper: WimWriteHelper.) Operations use these
/// instead of calling wimlib themselves. Called on the operation's worker thread with a WimFile
/// that thread owns.
namespace WimWriter {

/// Sets one XML field of image `index` (in memory). An empty value removes the field; an empty
/// name is refused by wimlib, and so is a name another image already has (WIMLIB_ERR_IMAGE_NAME_COLLISION).
Status setField(WimFile &wim, int index, ImageField field, const QString &value);

/// Makes image `index` the bootable image (0: none), in memory.
Status setBootIndex(WimFile &wim, int index);

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
