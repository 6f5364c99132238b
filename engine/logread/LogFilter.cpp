// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogFilter.h"
#include "LogParser.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstring>

namespace wb {

namespace {

// Whether any UTF-16 unit is a surrogate (0xD800-0xDFFF), four units at a time.
bool hasSurrogates(QStringView text)
{
    const char16_t *p = text.utf16();
    qsizetype n = text.size();
    constexpr quint64 Mask = 0xF800F800F800F800ULL, Surrogate = 0xD800D800D800D800ULL;
    constexpr quint64 Ones = 0x0001000100010001ULL, Highs = 0x8000800080008000ULL;
    for (; n >= 4; n -= 4, p += 4) {
        quint64 w;
        std::memcpy(&w, p, sizeof w);
        const quint64 x = (w & Mask) ^ Surrogate; // a lane is zero where the unit is a surrogate
        if ((x - Ones) & ~x & Highs)
            return true;
    }
    for (; n > 0; --n, ++p) {
        if ((*p & 0xF800) == 0xD800)
            return true;
    }
    return false;
}

QString withoutLoneSurrogates(QStringView text)
{
    QString out = text.toString();
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out[i].isHighSurrogate() && i + 1 < out.size() && out[i + 1].isLowSurrogate())
            ++i;
        else if (out[i].isSurrogate())
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::LogFilter)
};
} // namespace

std::optional<quint32> LogFilter::levelsFromName(const QString &name)
{
    const QString n = name.trimmed();
    bool isNumber = false;
    const int rank = n.toInt(&isNumber);
    if (isNumber)
        return (rank >= 1 && rank <= 4) ? std::optional<quint32>(logLevelsUpToRank(rank)) : std::nullopt;
    auto is = [&](const char *w) { return n.compare(QLatin1String(w), Qt::CaseInsensitive) == 0; };
    if (is("Error") || is("Errors"))
        return logLevelsUpToRank(1);
    if (is("Warning") || is("Warnings"))
        return logLevelsUpToRank(2);
    if (is("Info") || is("Information") || is("WarningsInfo"))
        return logLevelsUpToRank(3);
    if (is("Debug") || is("All"))
        return logLevelsUpToRank(4);
    return std::nullopt;
}

void LogFilter::setTimeRange(const QDateTime &from, const QDateTime &to)
{
    m_from = from.isValid() ? std::optional<qint64>(LogParser::stampOf(from)) : std::nullopt;
    m_to = to.isValid() ? std::optional<qint64>(LogParser::stampOf(to)) : std::nullopt;
}

Status LogFilter::setText(const QString &text, bool regex, Qt::CaseSensitivity cs)
{
    if (regex && !text.isEmpty()) {
        // ^ and $ match at each line of a message with continuation lines.
        QRegularExpression re(text, QRegularExpression::MultilineOption
                                  | (cs == Qt::CaseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                                               : QRegularExpression::NoPatternOption));
        if (!re.isValid())
            return Error::make(QStringLiteral("usage.bad-regex"),
                               Tr::tr("\"%1\" is not a valid regular expression: %2 at position %3. Correct it, or search for plain text.")
                                   .arg(text, re.errorString())
                                   .arg(re.patternErrorOffset()));
        re.optimize();
        m_re = re;
    } else {
        m_re = QRegularExpression();
    }
    m_text = text;
    m_regex = regex;
    m_cs = cs;
    // A match in a message is a match in the raw entry too, unless the pattern depends on what
    // precedes the match (line starts, word boundaries, look-behind) or on \G.
    m_rawPrefilter = !regex
        || !(text.contains(QLatin1Char('^')) || text.contains(QLatin1String("\\A")) || text.contains(QLatin1String("\\G"))
             || text.contains(QLatin1String("\\b")) || text.contains(QLatin1String("\\B")) || text.contains(QLatin1String("(?")));
    return {};
}

bool LogFilter::isEmpty() const
{
    return m_levels == AllLogLevels && m_components.isEmpty() && !m_from && !m_to && m_text.isEmpty() && !m_operation;
}

bool LogFilter::componentMatches(const QString &name) const
{
    if (m_components.isEmpty())
        return true;
    for (const QString &c : m_components) {
        if (c.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool LogFilter::matchesFields(LogEntryLevel level, qint64 stamp, QStringView component) const
{
    if (!(m_levels & logLevelBit(level)))
        return false;
    if ((m_from || m_to) && stamp == 0)
        return false;
    if ((m_from && stamp < *m_from) || (m_to && stamp > *m_to))
        return false;
    if (m_components.isEmpty())
        return true;
    for (const QString &c : m_components) {
        if (component.compare(c, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool LogFilter::matchesIndex(int row, const LogIndexEntry &entry, const QStringList &componentNames) const
{
    if (!(m_levels & logLevelBit(entry.level)))
        return false;
    if ((m_from || m_to) && entry.stamp == 0)
        return false;
    if (m_from && entry.stamp < *m_from)
        return false;
    if (m_to && entry.stamp > *m_to)
        return false;
    if (m_operation && !m_operation->contains(row, entry))
        return false;
    if (!m_components.isEmpty() && !componentMatches(componentNames.value(entry.component)))
        return false;
    return true;
}

bool LogFilter::matchesText(QStringView message) const
{
    if (m_text.isEmpty())
        return true;
    if (m_regex) {
        // PCRE2 validates the UTF-16 of every subject, which costs more than the match itself on
        // log lines; text without surrogates is valid by construction, so only that is skipped.
        // Unpaired surrogates (possible in UTF-16 logs) would make PCRE2 refuse the whole
        // subject; they are matched as U+FFFD instead.
        const QString repaired = hasSurrogates(message) ? withoutLoneSurrogates(message) : QString();
        return m_re
            .match(repaired.isNull() ? message : QStringView(repaired), 0, QRegularExpression::NormalMatch,
                   QRegularExpression::DontCheckSubjectStringMatchOption)
            .hasMatch();
    }
    return message.contains(m_text, m_cs);
}

bool LogFilter::mayMatchRaw(QStringView raw) const
{
    if (m_text.isEmpty() || !m_rawPrefilter)
        return true;
    return matchesText(raw);
}

bool LogFilter::matches(const LogEntry &entry) const
{
    return matchesFields(entry.level, entry.stamp, entry.component) && matchesText(entry);
}

Result<std::vector<int>> LogFilter::apply(const LogIndex &index, int first, int end, const CancellationToken &cancellation,
                                          const ProgressFn &progress, const PartialFn &partial) const
{
    std::vector<int> rows;
    end = std::min(end, index.count());
    first = std::max(first, 0);
    const QStringList &names = index.components();
    QElapsedTimer timer;
    timer.start();
    auto report = [&](int row, bool force) {
        if (!force && timer.elapsed() < 100)
            return;
        timer.restart();
        if (progress)
            progress(row - first, end - first);
        if (partial && !rows.empty())
            partial(std::exchange(rows, {}));
    };
    if (!needsText()) {
        for (int row = first; row < end; ++row) {
            if ((row & 0xFFFF) == 0) {
                if (cancellation.isCancelled())
                    return Error::cancelled();
                report(row, false);
            }
            if (matchesIndex(row, index.at(row), names))
                rows.push_back(row);
        }
        report(end, true);
        return rows;
    }
    // Text: read runs of candidate rows together.
    std::vector<int> candidates;
    int row = first;
    while (row < end) {
        if (cancellation.isCancelled())
            return Error::cancelled();
        candidates.clear();
        const qint64 base = index.at(row).offset;
        while (row < end && candidates.size() < 20000 && index.at(row).offset - base < 8 * 1024 * 1024) {
            if (matchesIndex(row, index.at(row), names))
                candidates.push_back(row);
            ++row;
        }
        // Read the candidates in runs of consecutive rows.
        size_t i = 0;
        while (i < candidates.size()) {
            size_t j = i + 1;
            while (j < candidates.size() && candidates[j] == candidates[j - 1] + 1)
                ++j;
            const Status read = index.forEachMessage(candidates[i], int(j - i), [&](int r, QStringView message) {
                if (matchesText(message))
                    rows.push_back(r);
            });
            if (!read.ok())
                return read.error();
            i = j;
        }
        report(row, false);
    }
    report(end, true);
    return rows;
}

} // namespace wb
