// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wb::MountTable {

/// A path field of /proc/self/mountinfo as bytes: the kernel escapes space, tab, newline and
/// backslash as \ooo.
std::string unescape(std::string_view field);

/// One line of /proc/self/mountinfo: where (unescaped bytes) and what file system type.
struct Entry
{
    std::string dir;
    std::string type;
};
/// Every mount of this process's namespace, in the kernel's order (a mount on top comes later).
std::vector<Entry> entries();

/// The file system type ("fuse.wimfs", "ext4", ...) of the mount on top at `dir` (bytes, as the
/// kernel names the folder), from /proc/self/mountinfo; nullopt when nothing is mounted there.
/// Qt-free: MountSystem and wimbench-mount-prewarm share it.
std::optional<std::string> typeAt(std::string_view dir);

} // namespace wb::MountTable
