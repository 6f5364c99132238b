// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogParser.h"

#include <QRegularExpression>

namespace wb {

namespace {

// "YYYY-MM-DD hh:mm:ss, " is 21 characters; the level word is padded to 22, the component to 6
// and followed by a space, so the message of a well-formed line starts at column 21 + 22 + 7.
constexpr qsizetype StampLength = 19;
constexpr qsizetype ComponentColumnWidth = 7;

// The header is parsed from UTF-16 text or, by the command line filter, straight from the bytes
// of an ASCII line; ch() reads one character of either.
inline char16_t ch(QStringView s, qsizetype i)
{
    return s[i].unicode();
}

inline char16_t ch(QLatin1StringView s, qsizetype i)
{
    return char16_t(static_cast<unsigned char>(s.data()[i]));
}

inline bool isDigit(char16_t c)
{
    return c >= '0' && c <= '9';
}

inline bool isDigit(QChar c)
{
    return isDigit(c.unicode());
}

template <typename View>
inline int digits(View s, qsizetype at, int count, bool *ok)
{
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = ch(s, at + i);
        if (!isDigit(c)) {
            *ok = false;
            return 0;
        }
        v = v * 10 + (c - '0');
    }
    return v;
}

template <typename View>
inline bool startsWithDate(View line)
{
    return line.size() >= 10 && isDigit(ch(line, 0)) && isDigit(ch(line, 1)) && isDigit(ch(line, 2)) && isDigit(ch(line, 3))
        && ch(line, 4) == u'-' && isDigit(ch(line, 5)) && isDigit(ch(line, 6)) && ch(line, 7) == u'-' && isDigit(ch(line, 8))
        && isDigit(ch(line, 9));
}

inline bool isBlank(char16_t c)
{
    return c == u' ' || c == u'\t';
}

template <typename View>
qsizetype skipBlanks(View s, qsizetype i)
{
    while (i < s.size() && isBlank(ch(s, i)))
        ++i;
    return i;
}

template <typename View>
qsizetype skipWord(View s, qsizetype i)
{
    while (i < s.size() && !isBlank(ch(s, i)))
        ++i;
    return i;
}

// Julian day number of a proleptic Gregorian date (what QDate::toJulianDay gives), or -1 when the
// date does not exist (QDate has no year 0).
qint64 julianDay(int year, int month, int day)
{
    static constexpr int DaysIn[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || month < 1 || month > 12 || day < 1)
        return -1;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > DaysIn[month - 1] + (month == 2 && leap ? 1 : 0))
        return -1;
    // Days from civil (H. Hinnant's algorithm), shifted from 1970-01-01 to the Julian day epoch.
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = y / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468 + 2440588;
}

bool hasControlCharacters(QStringView line)
{
    for (QChar c : line) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t') || u == 0xFFFD || u == 0x7F)
            return true;
    }
    return false;
}

quint32 readNumber(QStringView s, qsizetype at, qsizetype *end)
{
    quint64 v = 0;
    qsizetype i = at;
    while (i < s.size() && isDigit(s[i]) && i - at < 10) {
        v = v * 10 + quint64(s[i].unicode() - '0');
        ++i;
    }
    *end = i;
    return v > 0xFFFFFFFFull ? 0 : quint32(v);
}

template <typename View>
LogLineHeader parseHeaderOf(View line)
{
    LogLineHeader h;
    if (line.size() < StampLength + 1 || !startsWithDate(line) || ch(line, 10) != u' ' || ch(line, 13) != u':' || ch(line, 16) != u':')
        return h;
    bool ok = true;
    const int year = digits(line, 0, 4, &ok);
    const int month = digits(line, 5, 2, &ok);
    const int day = digits(line, 8, 2, &ok);
    const int hour = digits(line, 11, 2, &ok);
    const int minute = digits(line, 14, 2, &ok);
    const int second = digits(line, 17, 2, &ok);
    if (!ok || ch(line, StampLength) != u',')
        return h;
    const qint64 julian = julianDay(year, month, day);
    if (julian < 0 || hour > 23 || minute > 59 || second > 60)
        return h;
    h.valid = true;
    h.stamp = julian * 86400 + hour * 3600 + minute * 60 + std::min(second, 59);

    qsizetype i = skipBlanks(line, StampLength + 1);
    h.levelStart = i;
    i = skipWord(line, i);
    h.levelLength = i - h.levelStart;
    h.level = h.levelLength ? logEntryLevelFromWord(line.sliced(h.levelStart, h.levelLength)) : LogEntryLevel::Unknown;
    i = skipBlanks(line, i);
    h.componentStart = i;
    i = skipWord(line, i);
    h.componentLength = i - h.componentStart;
    // Keep a message's own indentation: in the standard layout the message starts at the column
    // after the padded component; otherwise after the single space that follows the component.
    const qsizetype standard = h.componentStart + ComponentColumnWidth;
    qsizetype m = i;
    while (m < line.size() && m < standard && ch(line, m) == u' ')
        ++m;
    if (h.componentLength == 0)
        m = line.size();
    else if (m >= standard || m >= line.size()) {
        if (m == i && m < line.size() && isBlank(ch(line, m)))
            m = i + 1; // a component longer than its column
    } else {
        m = (i < line.size() && isBlank(ch(line, i))) ? i + 1 : i;
    }
    h.messageStart = m;
    return h;
}

} // namespace

LogLineHeader LogParser::parseHeader(QStringView line)
{
    // A byte order mark at the start of a line (where two logs were written one after the other)
    // is not part of the timestamp: skip one, keeping the positions relative to `line`.
    if (!line.isEmpty() && line.front() == QChar(0xFEFF)) {
        LogLineHeader h = parseHeaderOf(line.sliced(1));
        if (h.valid) {
            ++h.levelStart;
            ++h.componentStart;
            ++h.messageStart;
        }
        return h;
    }
    return parseHeaderOf(line);
}

LogLineHeader LogParser::parseHeader(QLatin1StringView line)
{
    return parseHeaderOf(line);
}

LogParser::LineKind LogParser::classify(QStringView line, const LogLineHeader &header, bool haveEntryAbove, int continuationLines)
{
    if (header.valid)
        return header.levelLength ? LineKind::Entry : LineKind::Unknown;
    if (!haveEntryAbove || continuationLines >= MaxContinuationLines || startsWithDate(line) || hasControlCharacters(line))
        return LineKind::Unknown;
    return LineKind::Continuation;
}

std::pair<quint32, quint32> LogParser::pidTid(QStringView message)
{
    const qsizetype at = message.left(160).indexOf(u"PID=");
    if (at < 0)
        return {0, 0};
    qsizetype end = 0;
    const quint32 pid = readNumber(message, at + 4, &end);
    if (end == at + 4)
        return {0, 0};
    quint32 tid = 0;
    const qsizetype t = skipBlanks(message, end);
    if (message.mid(t).startsWith(u"TID="))
        tid = readNumber(message, t + 4, &end);
    return {pid, tid};
}

std::optional<LogOperationMarker> LogParser::operationMarker(QStringView message)
{
    const qsizetype open = message.indexOf(u"<----- ");
    if (open < 0)
        return std::nullopt;
    QStringView rest = message.mid(open + 7);
    LogOperationMarker m;
    if (rest.startsWith(u"Starting "))
        m.starting = true;
    else if (rest.startsWith(u"Ending "))
        m.starting = false;
    else
        return std::nullopt;
    rest = rest.mid(m.starting ? 9 : 7);
    const qsizetype close = rest.lastIndexOf(u" ----->");
    if (close < 0)
        return std::nullopt;
    rest = rest.left(close);
    const qsizetype colon = rest.indexOf(u": ");
    if (colon > 0) {
        m.name = rest.left(colon).toString();
        m.detail = rest.mid(colon + 2).toString();
    } else {
        m.name = rest.toString();
    }
    if (m.name.isEmpty())
        return std::nullopt;
    return m;
}

std::optional<quint32> LogParser::hresult(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral("(?:\\bHRESULT\\s*[=:]\\s*|\\bhr\\s*[=:]\\s*|\\bError\\s*[=:]?\\s*|\\berror code\\s*[=:]?\\s*)(0x[0-9a-fA-F]{1,8})\\b"),
        QRegularExpression::CaseInsensitiveOption);
    if (!text.contains(u"0x", Qt::CaseInsensitive))
        return std::nullopt;
    const auto match = re.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const quint32 v = match.capturedView(1).mid(2).toUInt(&ok, 16);
    return ok ? std::optional<quint32>(v) : std::nullopt;
}

qint64 LogParser::stampOf(const QDateTime &time)
{
    return time.date().toJulianDay() * 86400 + time.time().msecsSinceStartOfDay() / 1000;
}

QDateTime LogParser::timeOfStamp(qint64 stamp)
{
    const qint64 day = stamp >= 0 ? stamp / 86400 : (stamp - 86399) / 86400;
    const int secs = int(stamp - day * 86400);
    return QDateTime(QDate::fromJulianDay(day), QTime(0, 0).addSecs(secs));
}

LogEntry LogParser::parseEntry(QStringView raw, int firstLineNumber)
{
    LogEntry e;
    e.raw = raw.toString();
    e.lineNumber = firstLineNumber;
    e.lineCount = int(raw.count(u'\n')) + 1;
    const qsizetype nl = raw.indexOf(u'\n');
    const QStringView first = nl < 0 ? raw : raw.left(nl);
    const LogLineHeader h = parseHeader(first);
    if (!h.valid || !h.levelLength) {
        e.level = LogEntryLevel::Unknown;
        e.message = e.raw;
        if (h.valid)
            e.stamp = h.stamp;
        return e;
    }
    e.stamp = h.stamp;
    e.level = h.level;
    e.levelText = first.mid(h.levelStart, h.levelLength).toString();
    e.component = first.mid(h.componentStart, h.componentLength).toString();
    e.message = raw.mid(h.messageStart).toString();
    const auto [pid, tid] = pidTid(first.mid(h.messageStart));
    e.pid = pid;
    e.tid = tid;
    return e;
}

QList<LogEntry> LogParser::parseText(QStringView text)
{
    LogParser parser;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        QStringView line = text.mid(start, end - start);
        if (line.endsWith(u'\r'))
            line.chop(1);
        parser.addLine(line);
        start = end + 1;
    }
    parser.finish();
    return parser.takeEntries();
}

void LogParser::addLine(QStringView line)
{
    ++m_lineNumber;
    const LogLineHeader h = parseHeader(line);
    const LineKind kind = classify(line, h, m_havePending, m_pendingContinuations);
    if (kind == LineKind::Continuation) {
        m_pendingRaw += QLatin1Char('\n');
        m_pendingRaw += line;
        ++m_pendingContinuations;
        return;
    }
    flushPending();
    m_pendingRaw = line.toString();
    m_pendingFirstLine = m_lineNumber;
    m_pendingContinuations = 0;
    m_havePending = true;
}

void LogParser::finish()
{
    flushPending();
}

QList<LogEntry> LogParser::takeEntries()
{
    return std::exchange(m_done, {});
}

void LogParser::flushPending()
{
    if (!m_havePending)
        return;
    m_done.append(parseEntry(m_pendingRaw, m_pendingFirstLine));
    m_pendingRaw.clear();
    m_havePending = false;
    m_pendingContinuations = 0;
}

} // namespace wb
