// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InfFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::InfFile)
};

constexpr qsizetype kMaxFileSize = 16 * 1024 * 1024;
constexpr qsizetype kMaxLineLength = 4096; // "General Syntax Rules for INF Files": 4096 characters a line

Error damaged(const QString &fileName, const QString &what, int line = 0)
{
    const QString where = line > 0 ? Tr::tr("%1, line %2").arg(fileName).arg(line) : fileName;
    return Error::make(QStringLiteral("inventory.inf-damaged"),
                       Tr::tr("The driver setup file %1 is damaged: %2. It is skipped; replace the driver package if Windows needs it.")
                           .arg(where, what));
}

Result<QString> decode(const QByteArray &bytes, const QString &fileName)
{
    std::optional<QStringConverter::Encoding> encoding;
    qsizetype skip = 0;
    if (bytes.startsWith("\xff\xfe")) {
        encoding = QStringConverter::Utf16LE;
        skip = 2;
    } else if (bytes.startsWith("\xfe\xff")) {
        encoding = QStringConverter::Utf16BE;
        skip = 2;
    } else if (bytes.startsWith("\xef\xbb\xbf")) {
        encoding = QStringConverter::Utf8;
        skip = 3;
    } else if (bytes.size() >= 2 && bytes.at(0) != 0 && bytes.at(1) == 0) {
        encoding = QStringConverter::Utf16LE; // UTF-16LE without a byte order mark
    }
    if (!encoding) {
        if (bytes.contains('\0'))
            return damaged(fileName, Tr::tr("it holds NUL bytes but is not UTF-16 text"));
        return QString::fromLatin1(bytes);
    }
    QStringDecoder decoder(*encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(QByteArrayView(bytes).sliced(skip));
    if (decoder.hasError() || !text.isValidUtf16() || text.contains(QChar(0)))
        return damaged(fileName, Tr::tr("its text is not valid %1").arg(QString::fromLatin1(QStringConverter::nameForEncoding(*encoding))));
    return text;
}

/// Removes a `;` comment outside quotes; false when a quote is not closed.
bool stripComment(QString &line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == u'"')
            quoted = !quoted;
        else if (line.at(i) == u';' && !quoted) {
            line.truncate(i);
            break;
        }
    }
    return !quoted;
}

/// Splits at `separator` outside quotes and removes the quotes (`""` inside quotes is a quote).
/// Copies runs between quotes and separators, not single characters (bench/RESULTS.md, inventory).
QStringList splitFields(QStringView text, QChar separator, int maxParts = -1)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    qsizetype run = 0; // start of the characters not copied yet
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            current += text.sliced(run, i - run);
            if (quoted && i + 1 < text.size() && text[i + 1] == u'"') {
                current += u'"';
                ++i;
            } else {
                quoted = !quoted;
            }
            run = i + 1;
        } else if (c == separator && !quoted && (maxParts < 0 || parts.size() + 1 < maxParts)) {
            current += text.sliced(run, i - run);
            parts << current.trimmed();
            current.clear();
            run = i + 1;
        }
    }
    current += text.sliced(run);
    parts << current.trimmed();
    return parts;
}

/// The position of the first `=` outside quotes, or -1.
qsizetype equalsSign(const QString &line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line.at(i) == u'"')
            quoted = !quoted;
        else if (line.at(i) == u'=' && !quoted)
            return i;
    }
    return -1;
}

InfLine parseLine(const QString &line, int number)
{
    InfLine l;
    l.lineNumber = number;
    const qsizetype eq = equalsSign(line);
    if (eq >= 0) {
        l.key = splitFields(QStringView(line).left(eq), QChar(0)).value(0);
        l.values = splitFields(QStringView(line).mid(eq + 1), u',');
    } else {
        l.values = splitFields(line, u',');
    }
    return l;
}

} // namespace

Result<InfFile> InfFile::load(const QString &path, const QString &displayName)
{
    const QString shown = displayName.isEmpty() ? path : displayName;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(QStringLiteral("inventory.inf-unreadable"),
                           Tr::tr("Could not read the driver setup file %1. Check that it exists and is readable.").arg(shown),
                           file.errorString());
    if (file.size() > kMaxFileSize)
        return damaged(shown, Tr::tr("it is larger than 16 MiB"));
    return parse(file.readAll(), shown);
}

namespace {

/// The lower-case name of the section a `[name]` line opens.
Result<QString> sectionName(const QString &line, const QString &fileName, int lineNumber)
{
    const qsizetype close = line.indexOf(u']');
    if (close < 0)
        return damaged(fileName, Tr::tr("a section name has no closing ']'"), lineNumber);
    const QString section = line.mid(1, close - 1).trimmed().toLower();
    if (section.isEmpty())
        return damaged(fileName, Tr::tr("a section has no name"), lineNumber);
    return section;
}

/// The `[Strings]` and `[Strings.<langid>]` sections as tables: section -> lower-case key -> text.
QMap<QString, QHash<QString, QString>> stringTables(const QMap<QString, QList<InfLine>> &sections)
{
    QMap<QString, QHash<QString, QString>> tables;
    for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
        if (it.key() != QLatin1String("strings") && !it.key().startsWith(QLatin1String("strings.")))
            continue;
        QHash<QString, QString> &strings = tables[it.key()];
        for (const InfLine &l : it.value())
            if (!l.key.isEmpty())
                strings.insert(l.key.toLower(), l.values.join(u','));
    }
    return tables;
}

} // namespace

Result<InfFile> InfFile::parse(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.size() > kMaxFileSize)
        return damaged(fileName, Tr::tr("it is larger than 16 MiB"));
    auto text = decode(bytes, fileName);
    if (!text)
        return text.error();
    InfFile inf;
    inf.m_fileName = fileName;
    const QStringList physical = text->split(u'\n');
    QString section;
    QString pending; // a line continued with a trailing backslash
    int pendingStart = 0;
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QString line = physical.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.size() > kMaxLineLength)
            return damaged(fileName, Tr::tr("a line is longer than 4096 characters"), int(i + 1));
        if (!stripComment(line))
            return damaged(fileName, Tr::tr("a quoted string is not closed"), int(i + 1));
        line = line.trimmed();
        if (pending.isEmpty())
            pendingStart = int(i + 1);
        if (line.endsWith(u'\\')) {
            line.chop(1);
            pending += line;
            if (pending.size() > kMaxLineLength)
                return damaged(fileName, Tr::tr("a continued line is longer than 4096 characters"), pendingStart);
            continue;
        }
        line = QString(pending + line).trimmed();
        pending.clear();
        if (line.isEmpty())
            continue;
        if (line.startsWith(u'[')) {
            auto name = sectionName(line, fileName, pendingStart);
            if (!name)
                return name.error();
            section = *name;
            inf.m_sections[section]; // an empty section still exists
            continue;
        }
        if (section.isEmpty())
            continue; // text before the first section is ignored, as Windows does
        inf.m_sections[section] << parseLine(line, pendingStart);
    }
    inf.m_strings = stringTables(inf.m_sections);
    return inf;
}

bool InfFile::hasSection(const QString &section) const
{
    return m_sections.contains(section.toLower());
}

QList<InfLine> InfFile::lines(const QString &section) const
{
    return m_sections.value(section.toLower());
}

QStringList InfFile::values(const QString &section, const QString &key) const
{
    const auto it = m_sections.constFind(section.toLower());
    if (it == m_sections.cend())
        return {};
    for (const InfLine &l : it.value()) {
        if (l.key.compare(key, Qt::CaseInsensitive) != 0)
            continue;
        QStringList resolved;
        for (const QString &v : l.values)
            resolved << resolve(v);
        return resolved;
    }
    return {};
}

QString InfFile::value(const QString &section, const QString &key) const
{
    return values(section, key).value(0);
}

QString InfFile::resolve(const QString &text) const
{
    if (!text.contains(u'%'))
        return text;
    const QHash<QString, QString> localized = m_strings.value(QStringLiteral("strings.") + m_language);
    const QHash<QString, QString> neutral = m_strings.value(QStringLiteral("strings"));
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u'%', i);
        const qsizetype close = open < 0 ? -1 : text.indexOf(u'%', open + 1);
        if (close < 0) {
            out += text.mid(i);
            break;
        }
        out += text.mid(i, open - i);
        const QString token = text.mid(open + 1, close - open - 1);
        if (token.isEmpty())
            out += u'%';
        else if (const auto l = localized.constFind(token.toLower()); l != localized.cend())
            out += *l;
        else if (const auto n = neutral.constFind(token.toLower()); n != neutral.cend())
            out += *n;
        else
            out += text.mid(open, close - open + 1);
        i = close + 1;
    }
    return out;
}

} // namespace wb
