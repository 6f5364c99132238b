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
/// the image's own files. Logs each fact and where it came from as a decision. With `hives`, the
/// SOFTWARE hive parsed for the facts stays there for the command's Provisioner. Worker thread.
Result<OfflineImage> inspectOfflineImage(const QString &imageDir, OperationContext &context, HiveCache *hives = nullptr);

/// Inspects `imageDir` from its own files, takes the image's provisioning lock and runs `change`
/// with a Provisioner on it (Remove, Optimize, Set data file); the SOFTWARE hive is parsed once
/// for both (HiveCache). Worker thread.
Status withLockedProvisioner(const QString &imageDir, const std::function<Status(Provisioner &)> &change);

} // namespace wb
