// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveTexts.h"

namespace wb {

void LiveTexts::add(std::function<void()> apply)
{
    apply();
    m_apply.push_back(std::move(apply));
}

void LiveTexts::retranslate() const
{
    for (const auto &apply : m_apply)
        apply();
}

} // namespace wb
