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
namespace WimWriter {

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

/// Opens the file at `path` and checks that every image's metadata and data can be read and match
/// their hashes (wimlib_verify_wim), e.g. a rebuilt file before it replaces the original.
Status verifyFile(const QString &path, OperationContext &context);

} // namespace WimWriter
} // namespace wb
