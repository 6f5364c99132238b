// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace wb {

/// Registry value types as stored in a hive (winnt.h REG_* numbers; Microsoft Learn "Registry Value
/// Types").
enum class RegistryType : quint32 {
    None = 0,
    String = 1,       ///< REG_SZ: UTF-16LE, NUL-terminated
    ExpandString = 2, ///< REG_EXPAND_SZ: like REG_SZ, holds %VARIABLES% left unexpanded
    Binary = 3,       ///< REG_BINARY
    Dword = 4,        ///< REG_DWORD: 32-bit little-endian
    DwordBigEndian = 5,
    Link = 6,
    MultiString = 7,  ///< REG_MULTI_SZ: UTF-16LE strings, each NUL-terminated, then one more NUL
    ResourceList = 8,
    FullResourceDescriptor = 9,
    ResourceRequirementsList = 10,
    Qword = 11,       ///< REG_QWORD: 64-bit little-endian
};

/// "REG_SZ", "REG_DWORD", ... ("REG_0x<n>" for a number winnt.h does not name).
QString registryTypeName(RegistryType type);

/// One value of a registry key: its name ("" is the key's default value), its type and its bytes
/// exactly as stored. The named constructors encode, the to*() accessors decode (nullopt when the
/// type or the size does not fit). Value type, any thread.
struct RegistryValue
{
    QString name;
    RegistryType type = RegistryType::None;
    QByteArray data;

    static RegistryValue string(const QString &name, const QString &text);
    static RegistryValue expandString(const QString &name, const QString &text);
    static RegistryValue multiString(const QString &name, const QStringList &texts);
    static RegistryValue dword(const QString &name, quint32 number);
    static RegistryValue qword(const QString &name, quint64 number);
    static RegistryValue binary(const QString &name, const QByteArray &bytes);

    /// REG_SZ or REG_EXPAND_SZ (REG_EXPAND_SZ is not expanded): the text up to the first NUL.
    /// Also accepts a string stored without its NUL or with an odd trailing byte, as Windows'
    /// RegGetValue does (the odd byte is dropped).
    std::optional<QString> toString() const;
    /// REG_MULTI_SZ: the strings, without the empty one that ends the list.
    std::optional<QStringList> toStringList() const;
    /// REG_DWORD (also REG_DWORD_BIG_ENDIAN) of exactly 4 bytes.
    std::optional<quint32> toDword() const;
    /// REG_QWORD of exactly 8 bytes.
    std::optional<quint64> toQword() const;

    /// For messages and logs: `name (REG_SZ) = "text"`, numbers in decimal and hex, binary in hex.
    QString describe() const;

    bool operator==(const RegistryValue &other) const = default;
};

} // namespace wb
