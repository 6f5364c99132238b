// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RegistryValue.h"

#include <QtEndian>

namespace wb {
namespace {

QByteArray utf16le(const QString &text)
{
    QByteArray out;
    out.resize(text.size() * 2);
    for (qsizetype i = 0; i < text.size(); ++i)
        qToLittleEndian<quint16>(text.at(i).unicode(), out.data() + 2 * i);
    return out;
}

QByteArray nulTerminated(const QString &text)
{
    return utf16le(text) + QByteArray(2, '\0');
}

/// The UTF-16LE code units of `data` (an odd last byte is dropped).
QString fromUtf16le(const QByteArray &data)
{
    QString out;
    out.resize(data.size() / 2);
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i] = QChar(qFromLittleEndian<quint16>(data.constData() + 2 * i));
    return out;
}

bool isStringType(RegistryType t)
{
    return t == RegistryType::String || t == RegistryType::ExpandString;
}

} // namespace

QString registryTypeName(RegistryType type)
{
    switch (type) {
    case RegistryType::None: return QStringLiteral("REG_NONE");
    case RegistryType::String: return QStringLiteral("REG_SZ");
    case RegistryType::ExpandString: return QStringLiteral("REG_EXPAND_SZ");
    case RegistryType::Binary: return QStringLiteral("REG_BINARY");
    case RegistryType::Dword: return QStringLiteral("REG_DWORD");
    case RegistryType::DwordBigEndian: return QStringLiteral("REG_DWORD_BIG_ENDIAN");
    case RegistryType::Link: return QStringLiteral("REG_LINK");
    case RegistryType::MultiString: return QStringLiteral("REG_MULTI_SZ");
    case RegistryType::ResourceList: return QStringLiteral("REG_RESOURCE_LIST");
    case RegistryType::FullResourceDescriptor: return QStringLiteral("REG_FULL_RESOURCE_DESCRIPTOR");
    case RegistryType::ResourceRequirementsList: return QStringLiteral("REG_RESOURCE_REQUIREMENTS_LIST");
    case RegistryType::Qword: return QStringLiteral("REG_QWORD");
    }
    return QStringLiteral("REG_0x%1").arg(quint32(type), 0, 16);
}

RegistryValue RegistryValue::string(const QString &name, const QString &text)
{
    return {name, RegistryType::String, nulTerminated(text)};
}

RegistryValue RegistryValue::expandString(const QString &name, const QString &text)
{
    return {name, RegistryType::ExpandString, nulTerminated(text)};
}

RegistryValue RegistryValue::multiString(const QString &name, const QStringList &texts)
{
    QByteArray data;
    for (const QString &t : texts)
        data += nulTerminated(t);
    data += QByteArray(2, '\0');
    return {name, RegistryType::MultiString, data};
}

RegistryValue RegistryValue::dword(const QString &name, quint32 number)
{
    QByteArray data(4, '\0');
    qToLittleEndian(number, data.data());
    return {name, RegistryType::Dword, data};
}

RegistryValue RegistryValue::qword(const QString &name, quint64 number)
{
    QByteArray data(8, '\0');
    qToLittleEndian(number, data.data());
    return {name, RegistryType::Qword, data};
}

RegistryValue RegistryValue::binary(const QString &name, const QByteArray &bytes)
{
    return {name, RegistryType::Binary, bytes};
}

std::optional<QString> RegistryValue::toString() const
{
    if (!isStringType(type))
        return std::nullopt;
    QString text = fromUtf16le(data);
    const qsizetype nul = text.indexOf(QChar(0));
    if (nul >= 0)
        text.truncate(nul);
    return text;
}

std::optional<QStringList> RegistryValue::toStringList() const
{
    if (type != RegistryType::MultiString)
        return std::nullopt;
    QStringList out = fromUtf16le(data).split(QChar(0));
    // "a\0b\0\0" splits into a, b, "", "": the list ends at the first empty string.
    const qsizetype end = out.indexOf(QString());
    if (end >= 0)
        out = out.mid(0, end);
    return out;
}

std::optional<quint32> RegistryValue::toDword() const
{
    if (data.size() != 4)
        return std::nullopt;
    if (type == RegistryType::Dword)
        return qFromLittleEndian<quint32>(data.constData());
    if (type == RegistryType::DwordBigEndian)
        return qFromBigEndian<quint32>(data.constData());
    return std::nullopt;
}

std::optional<quint64> RegistryValue::toQword() const
{
    if (type != RegistryType::Qword || data.size() != 8)
        return std::nullopt;
    return qFromLittleEndian<quint64>(data.constData());
}

QString RegistryValue::describe() const
{
    QString shown;
    if (const auto s = toString())
        shown = QLatin1Char('"') + *s + QLatin1Char('"');
    else if (const auto l = toStringList())
        shown = QLatin1Char('"') + l->join(QStringLiteral("\", \"")) + QLatin1Char('"');
    else if (const auto d = toDword())
        shown = QStringLiteral("%1 (0x%2)").arg(*d).arg(*d, 8, 16, QLatin1Char('0'));
    else if (const auto q = toQword())
        shown = QStringLiteral("%1 (0x%2)").arg(*q).arg(*q, 16, 16, QLatin1Char('0'));
    else
        shown = QString::fromLatin1(data.toHex(' '));
    const QString shownName = name.isEmpty() ? QStringLiteral("(Default)") : name;
    return QStringLiteral("%1 (%2) = %3").arg(shownName, registryTypeName(type), shown);
}

} // namespace wb
