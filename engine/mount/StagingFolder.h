// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace wb::StagingFolder {

/// The file in a mount's staging folder that names its mount folder, starter and helper
/// (engine/mount/README.md, step 1).
inline constexpr const char *kOwnerFile = "owner.json";

/// Removes a staging folder that holds nothing but owner.json, which is what an unmount leaves
/// (wimlib removed its own folder inside): two system calls where a recursive removal would list
/// the folder first. True when the folder is gone (or was already); false when anything else is
/// still in it, which the engine then removes recursively (MountManager) or its cleanup does.
/// Qt-free: the engine and both mount helpers' daemons share it.
bool removeEmptied(const std::string &dir);

} // namespace wb::StagingFolder
