// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WimCaptureJob.h"
#include "WimExportJob.h"
#include "WimRebuildJob.h"

#include "core/Operation.h"
#include "core/Result.h"

#include <functional>

namespace wb {

/// The parent side of wimbench-write-helper (engine/wim/README.md, "Writes in a child process"):
/// long wimlib writes run in a child process that can be killed at once on cancel, which wimlib
/// itself cannot be inside a solid (LZMS) block. Called on an operation's worker thread.
namespace WimWriteHelper {

/// $WIMBENCH_WRITE_HELPER, else wimbench-write-helper beside the running executable, in
/// $WIMBENCH_BIN_DIR, or in ../libexec/wimbench. Empty when not found.
QString executablePath();

/// Runs `job` in the helper and relays its progress to `context` (each wimlib message through
/// WimLibrary::reportProgress with `faultPoint`, while the helper waits; between them an estimate
/// from the data read). On cancel the helper is killed within about 100 ms; an appended file gets
/// its old size and header back, so it is byte-identical. A new file's temporary is the caller's
/// to remove. Errors: wimlib's (WimLibrary::error, naming `file`), `wim.write-helper-missing`,
/// `wim.write-helper-failed`.
Status exportImage(const WimExportJob &job, OperationContext &context, const char *faultPoint, const QString &file);

/// Decides on the image a capture has scanned, before anything is written: an error stops the
/// capture (the helper is killed, nothing is written) and is what captureImage returns.
using CapturedCheck = std::function<Status(const ImageInfo &image)>;

/// Runs a capture in the helper as exportImage runs an export; the scan's progress is relayed
/// without fault points, `check` decides on the scanned image, and then the write's progress is
/// relayed with `faultPoint`. `file` is the image file named in errors (not the temporary).
Status captureImage(const WimCaptureJob &job, OperationContext &context, const char *faultPoint, const QString &file,
                    const CapturedCheck &check);

/// Runs a rebuild without an image (/Delete-Image) in the helper, as exportImage runs an export.
/// The temporary `job.destinationPath` is the caller's to remove; the source is never written.
Status rebuildWithout(const WimRebuildJob &job, OperationContext &context, const char *faultPoint, const QString &file);

} // namespace WimWriteHelper
} // namespace wb
