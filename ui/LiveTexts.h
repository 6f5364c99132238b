// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>

namespace wb {

/// The translated texts of a view that follow a live language switch (issue 19 defect 6): add()
/// runs a setter (which calls tr()) now and again on every retranslate(). Held by the view whose
/// widgets the setters touch, on the GUI thread.
class LiveTexts
{
public:
    void add(std::function<void()> apply);
    void retranslate() const;

private:
    std::vector<std::function<void()>> m_apply;
};

} // namespace wb
