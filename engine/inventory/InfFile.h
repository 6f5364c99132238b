// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace wb {

/// One line of an INF section: `key = value, value, ...` or a line without '=' (then `key` is
/// empty and the whole line is in `values`). Quotes are removed, `%strkey%` tokens are kept as
/// written until InfFile::resolve().
struct InfLine
{
    QString key;
    QStringList values;
    int lineNumber = 0;
};

/// A Windows INF file (driver setup information), parsed after Microsoft Learn's "General Syntax
/// Rules for INF Files": case-insensitive sections (a repeated section continues the first), `;`
/// comments outside quotes, a trailing `\` continues a line, `"..."` quoting with `""` for a quote,
/// `%strkey%` tokens resolved from `[Strings.<langid>]` and then `[Strings]`, `%%` for a percent
/// sign. Files are UTF-16 (LE/BE, with BOM), UTF-8 with BOM, or ANSI (read as Latin-1).
/// Damaged or hostile files (unterminated section names or quotes, NUL bytes in 8-bit text, lines
/// over 4096 characters, files over 16 MiB) are refused with inventory.inf-damaged.
/// Value type, used on one worker thread at a time.
class InfFile
{
public:
    /// `displayName` names the file in error messages (e.g. its path inside the image); default `path`.
    static Result<InfFile> load(const QString &path, const QString &displayName = {});
    /// `fileName` names the file in error messages.
    static Result<InfFile> parse(const QByteArray &bytes, const QString &fileName);

    QString fileName() const { return m_fileName; }
    bool hasSection(const QString &section) const;
    /// The names of all sections, in lower case.
    QStringList sectionNames() const { return m_sections.keys(); }
    /// The lines of a section (empty when absent).
    QList<InfLine> lines(const QString &section) const;
    /// The first value of the first line with `key` in `section`, resolved; empty when absent.
    QString value(const QString &section, const QString &key) const;
    /// All values of the first line with `key` in `section`, resolved.
    QStringList values(const QString &section, const QString &key) const;
    /// Replaces `%strkey%` tokens with [Strings.<langId>] (4 hex digits, e.g. "0407") entries,
    /// then [Strings]; an unknown token is kept as written; `%%` becomes `%`.
    QString resolve(const QString &text) const;
    /// The language of the localized [Strings.<id>] section used first (default "0409").
    void setLanguage(const QString &langId) { m_language = langId.toLower(); }

private:
    QString m_fileName;
    QString m_language = QStringLiteral("0409");
    QMap<QString, QList<InfLine>> m_sections; ///< lower-case name -> lines
    QMap<QString, QHash<QString, QString>> m_strings; ///< "strings" / "strings.0407" -> lower-case key -> text
};

} // namespace wb
