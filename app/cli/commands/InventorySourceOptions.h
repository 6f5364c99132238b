// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The image an inventory command reads: /Image:<dir> (-Path), or a WIM index with
// /ImageFile:<wim> /Index:<n> | /Name:<s> (-ImagePath, -Index, -Name), a WimBench extension.
#include "../CliContext.h"
#include "../CommandSpec.h"

#include "inventory/InventoryRoot.h"

namespace wb::cli {

QList<ParameterSpec> inventorySourceParameters();
/// The same options for dism syntax only (for commands whose cmdlet form has its own -Path).
QList<ParameterSpec> dismInventorySourceParameters();
/// The source the command line names, or a usage error (neither or both forms given).
Result<InventorySource> inventorySource(const CliContext &ctx);
/// /Get-PackageInfo /PackageName:<identity> (DISM's CBS form), printed by ServicingCommands.cpp.
int printServicingPackageInfo(CliContext &ctx);

} // namespace wb::cli
