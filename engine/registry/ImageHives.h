// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace wb {

/// Where the registry hives of an offline Windows image folder are: Windows/System32/config/<NAME>
/// (and the default user's profile hive), found case-insensitively as Windows would find them
/// (an image applied or mounted on Linux keeps the case it was captured with). Any thread.
namespace ImageHives {

enum class Kind {
    Software,    ///< Windows/System32/config/SOFTWARE (HKLM\SOFTWARE)
    System,      ///< Windows/System32/config/SYSTEM (HKLM\SYSTEM)
    Default,     ///< Windows/System32/config/DEFAULT (HKU\.DEFAULT)
    Drivers,     ///< Windows/System32/config/DRIVERS (HKLM\DRIVERS, Windows 8 and later)
    Components,  ///< Windows/System32/config/COMPONENTS (component store, loaded by servicing)
    DefaultUser, ///< Users/Default/NTUSER.DAT (copied for each new user)
};

/// "SOFTWARE", "SYSTEM", "DEFAULT", "DRIVERS", "COMPONENTS", "NTUSER.DAT".
QString fileName(Kind kind);
/// The path inside the image as Windows names it: "Windows/System32/config/SOFTWARE", ...
QString relativePath(Kind kind);
/// The hive's file in the image at `imageRoot` (each component matched case-insensitively);
/// nullopt when the image has no such file (a bare folder, a WinPE without DRIVERS, ...).
std::optional<QString> locate(const QString &imageRoot, Kind kind);

} // namespace ImageHives

} // namespace wb
