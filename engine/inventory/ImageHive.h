// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "registry/Hive.h"
#include "registry/ImageHives.h"

#include <QString>

#include <optional>

namespace wb {

/// The registry hives of an offline image folder (found by registry/ImageHives), opened read-only,
/// and the few typed reads the inventory needs. Stateless; used on one worker thread.
class ImageHive
{
public:
    /// The hive, nullopt when the image has no such file, or the registry module's error when it
    /// is damaged (registry.corrupt names the file and what to do).
    static Result<std::optional<Hive>> open(const QString &root, ImageHives::Kind kind);
    /// A REG_SZ/REG_EXPAND_SZ value; empty when the key or value is absent or of another type.
    static QString string(const Hive &hive, const QString &key, const QString &name);
    /// The bytes of a REG_BINARY value; empty when the key or value is absent or of another type.
    static QByteArray binary(const Hive &hive, const QString &key, const QString &name);
    static std::optional<quint32> dword(const Hive &hive, const QString &key, const QString &name);
    static QStringList subkeys(const Hive &hive, const QString &key);
    /// SYSTEM: the control set `Select\Current` names ("ControlSet001" when it does not say).
    static QString currentControlSet(const Hive &system);
};

} // namespace wb
