// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"
#include "provision/OfflineImage.h"
#include "provision/Provisioner.h"

#include <functional>

namespace wb {

/// Shared by the provisioning operations: inspects the offline image folder, taking the
/// architecture, build and languages from the image's SOFTWARE and SYSTEM hives, else from the WIM
/// XML when the folder is a WimBench mount (the mount registry names the WIM and index), else from
/// the image's own files. Logs each fact and where it came from as a decision. Worker thread.
Result<OfflineImage> inspectOfflineImage(const QString &imageDir, OperationContext &context);

/// Inspects `imageDir` from its own files, takes the image's provisioning lock and runs `change`
/// with a Provisioner on it (Remove, Optimize, Set data file). Worker thread.
Status withLockedProvisioner(const QString &imageDir, const std::function<Status(Provisioner &)> &change);

} // namespace wb
