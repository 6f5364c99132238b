#pragma once

// The image an inventory command reads: /Image:<dir> (-Path), or a WIM index with
// /ImageFile:<wim> /Index:<n> | /Name:<s> (-ImagePath, -Index, -Name), a WimBench extension.
#include "../CliContext.h"
#include "../CommandSpec.h"

#include "inventory/InventoryRoot.h"

namespace wb::cli {

QList<ParameterSpec> inventorySourceParameters();
/// The source the command line names, or a usage error (neither or both forms given).
Result<InventorySource> inventorySource(const CliContext &ctx);

} // namespace wb::cli
