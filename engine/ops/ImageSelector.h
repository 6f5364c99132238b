// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace wb {

/// Which image of a file a command means: /Index, /Name, or neither (the only image).
struct ImageSelector
{
    std::optional<int> index;
    QString name;

    bool isSet() const { return index.has_value() || !name.isEmpty(); }
    /// "index 2", "name \"Pro\"" or "the only image", in English: for parameters and logs.
    QString describe() const;
    /// The same in the user's language: for descriptions and messages.
    QString displayText() const;
};

} // namespace wb
