// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HiveCache.h"

#include <QFileInfo>

namespace wb {

Result<Hive *> HiveCache::open(const QString &pathIn, Hive::Mode mode)
{
    const QString path = QFileInfo(pathIn).absoluteFilePath();
    std::unique_ptr<Hive> &slot = m_hives[path];
    if (!slot || !slot->isCurrent()) {
        slot.reset();
        auto hive = Hive::open(path, mode);
        if (!hive)
            return hive.error();
        ++m_parses;
        slot = std::make_unique<Hive>(std::move(*hive));
    }
    if (mode == Hive::Mode::Write)
        WB_TRY(slot->enableWriting());
    return slot.get();
}

} // namespace wb
