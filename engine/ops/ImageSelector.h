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
    /// "index 2", "name \"Pro\"" or "the only image", for descriptions and logs.
    QString describe() const;
};

} // namespace wb
