#pragma once

#include "core/Operation.h"
#include "provision/OfflineImage.h"

namespace wb {

/// Shared by the provisioning operations: inspects the offline image folder, taking the
/// architecture, build and languages from the WIM XML when the folder is a WimBench mount (the
/// mount registry names the WIM and index) and from the image's own files otherwise. Logs what
/// was found and where from. Worker thread.
Result<OfflineImage> inspectOfflineImage(const QString &imageDir, OperationContext &context);

} // namespace wb
