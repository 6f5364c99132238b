// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registry/RegistryValue.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace wb::test {

using namespace Qt::StringLiterals;

/// Writes real registry hives (regf) at test time, from a tree of keys and values, without libhivex
/// (so libhivex, hivexget and hivexsh reading them back is an independent check). Layout from the
/// public format descriptions: Maxim Suhanov, "Windows registry file format specification"
/// (github.com/msuhanov/regf) and libhivex's lib/hivex-internal.h: a 4 KiB base block ("regf",
/// version 1.5, checksum), then hive bins ("hbin", 4 KiB multiples) holding 8-byte aligned cells:
/// nk (keys; Latin-1 names with the compressed-name flag, others UTF-16LE), vk (values; data of
/// up to 4 bytes inline), value lists, lh subkey lists sorted by upper-cased name with Windows'
/// hash (h = h * 37 + upper(code unit)), data cells, and one sk cell (a self-relative security
/// descriptor: Administrators and SYSTEM full control, Users read) shared by every key.
/// Values over 16,344 bytes (which need big-data records) are not supported.
class HiveBuilder
{
public:
    explicit HiveBuilder(const QString &rootName = u"ROOT"_s);
    struct Key;
    /// From a tree built directly (large generated hives, where path lookups would be slow).
    explicit HiveBuilder(const Key &root);

    /// Adds the key at `path` (backslash separated, below the root) and its missing parents.
    HiveBuilder &addKey(const QString &path);
    /// Adds `value` to the key at `path` (created as needed), replacing a value of the same name.
    HiveBuilder &setValue(const QString &path, const RegistryValue &value);

    /// The hive file's bytes.
    QByteArray build() const;
    /// Writes build() to `file` (folders created). False on a write error.
    bool writeTo(const QString &file) const;

    struct Key
    {
        QString name;
        QList<RegistryValue> values;
        QList<Key> subkeys;
    };

private:
    Key &key(const QString &path);
    Key m_root;
};

} // namespace wb::test
