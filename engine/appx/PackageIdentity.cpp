// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackageIdentity.h"

#include "core/Digest.h"

namespace wb {

QString architectureName(PackageArchitecture architecture)
{
    switch (architecture) {
    case PackageArchitecture::Neutral: return QStringLiteral("neutral");
    case PackageArchitecture::X86: return QStringLiteral("x86");
    case PackageArchitecture::X64: return QStringLiteral("x64");
    case PackageArchitecture::Arm: return QStringLiteral("arm");
    case PackageArchitecture::Arm64: return QStringLiteral("arm64");
    case PackageArchitecture::X86OnArm64: return QStringLiteral("x86a64");
    }
    return QStringLiteral("neutral");
}

std::optional<PackageArchitecture> parseArchitecture(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("neutral"))
        return PackageArchitecture::Neutral;
    if (t == QLatin1String("x86"))
        return PackageArchitecture::X86;
    if (t == QLatin1String("x64"))
        return PackageArchitecture::X64;
    if (t == QLatin1String("arm"))
        return PackageArchitecture::Arm;
    if (t == QLatin1String("arm64"))
        return PackageArchitecture::Arm64;
    if (t == QLatin1String("x86a64"))
        return PackageArchitecture::X86OnArm64;
    return std::nullopt;
}

QString PackageIdentity::fullName() const
{
    return name + QLatin1Char('_') + version.toString() + QLatin1Char('_') + architectureName(architecture) + QLatin1Char('_')
        + resourceId + QLatin1Char('_') + publisherId();
}

QString PackageIdentity::familyName() const
{
    return name + QLatin1Char('_') + publisherId();
}

QString PackageIdentity::publisherIdOf(const QString &publisher)
{
    QByteArray utf16le;
    utf16le.reserve(publisher.size() * 2);
    for (const QChar c : publisher) {
        utf16le.append(char(c.unicode() & 0xff));
        utf16le.append(char(c.unicode() >> 8));
    }
    const QByteArray hash = Digest::hash(utf16le);
    quint64 bits = 0;
    for (int i = 0; i < 8; ++i)
        bits = (bits << 8) | quint8(hash.at(i));
    // 64 bits padded with one zero bit to 65 = 13 groups of 5.
    static const char alphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";
    QString id;
    id.reserve(13);
    for (int group = 0; group < 13; ++group) {
        const int shift = 59 - 5 * group; // (bits << 1) >> (60 - 5 * group)
        const quint64 value = shift >= 0 ? (bits >> shift) : (bits << -shift);
        id.append(QLatin1Char(alphabet[value & 0x1f]));
    }
    return id;
}

} // namespace wb
