// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackagePath.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringDecoder>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::PackagePath)
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

Error unsafe(const QString &name, const QString &packageFile, const QString &why)
{
    return Error::make(QStringLiteral("appx.unsafe-entry-name"),
                       Tr::tr("%1 contains the entry \"%2\", whose name would place it outside the package folder (%3). "
                              "The package is damaged or crafted; it was not used.")
                           .arg(packageFile, name, why),
                       QStringLiteral("unsafe name: %1").arg(name));
}
} // namespace

Result<QString> PackagePath::decodeEntryName(const QByteArray &raw, const QString &packageFile)
{
    QByteArray bytes;
    bytes.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c != '%') {
            bytes.append(c);
            continue;
        }
        const int hi = i + 2 < raw.size() ? hexValue(raw.at(i + 1)) : -1;
        const int lo = i + 2 < raw.size() ? hexValue(raw.at(i + 2)) : -1;
        if (hi < 0 || lo < 0)
            return Error::make(QStringLiteral("appx.bad-entry-name"),
                               Tr::tr("%1 contains the entry \"%2\", whose name has a '%' that is not followed by two hexadecimal digits. "
                                      "The package is damaged.")
                                   .arg(packageFile, QString::fromLatin1(raw)));
        bytes.append(char(hi * 16 + lo));
        i += 2;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString name = decoder(bytes);
    if (decoder.hasError())
        return Error::make(QStringLiteral("appx.bad-entry-name"),
                           Tr::tr("%1 contains an entry whose name is not valid UTF-8 (\"%2\"). The package is damaged.")
                               .arg(packageFile, QString::fromLatin1(raw)));
    return name;
}

QByteArray PackagePath::encodeEntryName(const QString &name)
{
    // RFC 3986 unreserved characters and the sub-delimiters MakeAppx leaves alone stay as they are.
    return name.toUtf8().toPercentEncoding("/!$&'()*+,;=@");
}

Result<QString> PackagePath::checkRelative(const QString &name, const QString &packageFile)
{
    if (name.isEmpty())
        return unsafe(name, packageFile, Tr::tr("the name is empty"));
    QString n = name;
    n.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (n.startsWith(QLatin1Char('/')))
        return unsafe(name, packageFile, Tr::tr("it is an absolute path"));
    if (n.size() >= 2 && n.at(1) == QLatin1Char(':') && n.at(0).isLetter())
        return unsafe(name, packageFile, Tr::tr("it starts with a drive letter"));
    if (n.contains(QLatin1Char(':')))
        return unsafe(name, packageFile, Tr::tr("it contains ':'"));
    for (const QChar c : n) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return unsafe(name, packageFile, Tr::tr("it contains a control character"));
    }
    const QStringList segments = n.split(QLatin1Char('/'));
    for (const QString &s : segments) {
        if (s.isEmpty())
            return unsafe(name, packageFile, Tr::tr("it has an empty path segment"));
        bool onlyDotsAndSpaces = true;
        for (const QChar c : s)
            onlyDotsAndSpaces = onlyDotsAndSpaces && (c == QLatin1Char('.') || c == QLatin1Char(' '));
        if (onlyDotsAndSpaces)
            return unsafe(name, packageFile, Tr::tr("it has a \"%1\" segment").arg(s));
    }
    return n;
}

QString PackagePath::nameKey(const QString &name)
{
    QString k = name.toCaseFolded();
    k.replace(QLatin1Char('\\'), QLatin1Char('/'));
    return k;
}

bool PackagePath::sameName(const QString &a, const QString &b)
{
    return nameKey(a) == nameKey(b);
}

QString PackagePath::resolveInFolder(const QString &folder, const QString &relative)
{
    const QString exact = QDir(folder).filePath(relative);
    if (QFileInfo::exists(exact))
        return exact;
    QString current = folder;
    for (const QString &segment : relative.split(QLatin1Char('/'))) {
        const QString direct = QDir(current).filePath(segment);
        if (QFileInfo::exists(direct)) {
            current = direct;
            continue;
        }
        QString match;
        const QStringList names = QDir(current).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &name : names) {
            if (name.compare(segment, Qt::CaseInsensitive) == 0) {
                match = name;
                break;
            }
        }
        if (match.isEmpty())
            return exact;
        current = QDir(current).filePath(match);
    }
    return current;
}

PackageFormat PackagePath::detectFormat(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        const QDir dir(path);
        if (QFileInfo(dir.filePath(QStringLiteral("AppxMetadata/AppxBundleManifest.xml"))).isFile())
            return PackageFormat::BundleFolder;
        if (QFileInfo(dir.filePath(QStringLiteral("AppxManifest.xml"))).isFile())
            return PackageFormat::Folder;
        return PackageFormat::Unknown;
    }
    if (!info.isFile())
        return PackageFormat::Unknown;
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("appx") || suffix == QLatin1String("msix"))
        return PackageFormat::Package;
    if (suffix == QLatin1String("appxbundle") || suffix == QLatin1String("msixbundle"))
        return PackageFormat::Bundle;
    return PackageFormat::Unknown;
}

bool PackagePath::looksLikePackage(const QString &path)
{
    return detectFormat(path) != PackageFormat::Unknown;
}

} // namespace wb
