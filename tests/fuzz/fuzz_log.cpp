// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Log reading: encoding detection and decoding (engine/log/LogTextCodec.*) and the line parser
// (engine/log/LogParser.*) over DISM, CBS and WimBench logs. The input is a log file's bytes, fed
// as the log reader feeds them: detect() on the head, lines cut with findNewline(), each decoded
// and handed to the folding parser; parseText() on the whole decoded text must agree.
//
// Invariants (abort on violation):
// - findNewline() returns a newline code unit at a code unit boundary, never before `from`;
// - UTF-16 and Latin-1 decoding round-trips through encode(); a BOM is the encoding's BOM;
// - the entries cover every line exactly once, in order: line numbers ascend without gaps and
//   the entries' raw texts joined by '\n' are the lines joined by '\n';
// - no entry spans more than 1 + MaxContinuationLines lines;
// - a header's level, component and message positions lie inside the line, in that order;
// - an entry with a level other than Unknown has a stamp that timeOfStamp/stampOf round-trip
//   and its component and level word as written in its first line;
// - pidTid(), operationMarker() and hresult() are consistent with the text they read.

#include "FuzzSupport.h"

#include "logread/LogParser.h"
#include "logread/LogTextCodec.h"

using namespace Qt::StringLiterals;

using namespace wb;

namespace {

void checkHeader(QStringView line, const LogLineHeader &h)
{
    if (!h.valid)
        return;
    FUZZ_CHECK(h.levelStart >= 20 && h.levelStart + h.levelLength <= line.size());
    FUZZ_CHECK(h.componentStart >= h.levelStart + h.levelLength && h.componentStart + h.componentLength <= line.size());
    FUZZ_CHECK(h.messageStart >= h.componentStart + h.componentLength && h.messageStart <= line.size());
    FUZZ_CHECK(LogParser::stampOf(LogParser::timeOfStamp(h.stamp)) == h.stamp);
}

void checkEntries(const QList<LogEntry> &entries, const QStringList &lines)
{
    int expectedLine = 1;
    QStringList raws;
    for (const LogEntry &e : entries) {
        FUZZ_CHECK(e.lineNumber == expectedLine);
        FUZZ_CHECK(e.lineCount >= 1 && e.lineCount <= 1 + LogParser::MaxContinuationLines);
        FUZZ_CHECK(e.lineCount == e.raw.count(QLatin1Char('\n')) + 1);
        expectedLine += e.lineCount;
        raws << e.raw;
        const QStringView first = QStringView(e.raw).left(e.raw.indexOf(QLatin1Char('\n')) < 0 ? e.raw.size() : e.raw.indexOf(QLatin1Char('\n')));
        if (e.level == LogEntryLevel::Unknown && e.levelText.isEmpty()) {
            FUZZ_CHECK(e.message == e.raw);
            FUZZ_CHECK(e.pid == 0 && e.tid == 0);
        } else {
            FUZZ_CHECK(e.stamp != 0 || LogParser::parseHeader(first).valid);
            FUZZ_CHECK(first.contains(e.levelText) && first.contains(e.component));
            FUZZ_CHECK(logEntryLevelFromWord(e.levelText) == e.level);
            FUZZ_CHECK(e.raw.endsWith(e.message));
            FUZZ_CHECK(LogParser::stampOf(LogParser::timeOfStamp(e.stamp)) == e.stamp); // TZ=UTC: no DST gap
        }
        if (e.pid != 0)
            FUZZ_CHECK(e.message.left(160).contains(u"PID="_s));
        if (const auto hr = e.hresult())
            FUZZ_CHECK(e.message.contains(u"0x"_s, Qt::CaseInsensitive));
        if (const auto marker = LogParser::operationMarker(e.message)) {
            FUZZ_CHECK(!marker->name.isEmpty());
            FUZZ_CHECK(e.message.contains(marker->name));
        }
    }
    FUZZ_CHECK_MSG(expectedLine == lines.size() + 1, QString::number(expectedLine) + QLatin1Char('/') + QString::number(lines.size()));
    FUZZ_CHECK(raws.join(QLatin1Char('\n')) == lines.join(QLatin1Char('\n')));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytes(data, size);
    const LogTextCodec codec = LogTextCodec::detect(bytes);
    FUZZ_CHECK(codec.bomLength() == codec.bom().size());
    FUZZ_CHECK(bytes.startsWith(codec.bom()));
    FUZZ_CHECK(!codec.name().isEmpty());
    FUZZ_CHECK(LogTextCodec::detect(bytes).encoding() == codec.encoding());

    // Lines as the reader cuts them.
    const char *p = bytes.constData();
    const qsizetype n = bytes.size();
    const int unit = codec.unitSize();
    QStringList lines;
    LogParser folding;
    qsizetype from = codec.bomLength();
    while (from < n) {
        qsizetype nl = codec.findNewline(p, from, n);
        if (nl >= 0) {
            FUZZ_CHECK(nl >= from && nl + unit <= n);
            FUZZ_CHECK((nl - from) % unit == 0);
            FUZZ_CHECK(codec.decode(p + nl, unit) == u"\n"_s);
        }
        const qsizetype end = nl < 0 ? n : nl;
        QString line = codec.decode(p + from, end - from);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (codec.encoding() != LogEncoding::Utf8) {
            const QString raw = codec.decode(p + from, end - from);
            const QByteArray again = codec.encode(raw);
            FUZZ_CHECK(again == QByteArray(p + from, (end - from) / unit * unit));
        }
        checkHeader(line, LogParser::parseHeader(line));
        lines << line;
        folding.addLine(line);
        FUZZ_CHECK(folding.lineCount() == lines.size());
        if (nl < 0)
            break;
        from = nl + unit;
    }
    folding.finish();
    const QList<LogEntry> entries = folding.takeEntries();
    checkEntries(entries, lines);

    // parseText over the decoded whole agrees for UTF-8 (no stray odd byte, no BOM handling).
    if (codec.encoding() == LogEncoding::Utf8 && codec.bomLength() == 0) {
        const QString text = codec.decode(bytes);
        const QList<LogEntry> again = LogParser::parseText(text);
        FUZZ_CHECK(again.size() == entries.size());
        for (qsizetype i = 0; i < again.size(); ++i)
            FUZZ_CHECK_MSG(again[i].raw == entries[i].raw && again[i].level == entries[i].level && again[i].stamp == entries[i].stamp
                               && again[i].message == entries[i].message && again[i].pid == entries[i].pid,
                           u"entry %1: parseText [%2] level %3 vs lines [%4] level %5"_s
                               .arg(i)
                               .arg(again[i].raw.toHtmlEscaped(), logEntryLevelName(again[i].level), entries[i].raw.toHtmlEscaped(),
                                    logEntryLevelName(entries[i].level)));
    }
    return 0;
}
