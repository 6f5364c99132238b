// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadLogOperation.h"

#include "logread/LogIndex.h"
#include "logread/LogParser.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::ReadLogOperation)
};
constexpr qint64 BlockBytes = 4 * 1024 * 1024;
} // namespace

ReadLogOperation::ReadLogOperation(QString logPath, LogFilter filter, int maxEntries)
    : m_logPath(std::move(logPath)), m_filter(std::move(filter)), m_maxEntries(maxEntries)
{
}

QString ReadLogOperation::description() const
{
    return Tr::tr("Read log entries of %1").arg(QFileInfo(m_logPath).fileName());
}

QList<std::pair<QString, QString>> ReadLogOperation::parameters() const
{
    QStringList levels;
    for (int i = 0; i < LogEntryLevelCount; ++i) {
        if (m_filter.levels() & logLevelBit(LogEntryLevel(i)))
            levels << logEntryLevelName(LogEntryLevel(i));
    }
    return {{QStringLiteral("LogFile"), m_logPath},
            {QStringLiteral("Levels"), levels.join(QLatin1Char(','))},
            {QStringLiteral("Component"), m_filter.components().join(QLatin1Char(','))},
            {QStringLiteral("Match"), m_filter.text() + (m_filter.isRegex() ? QStringLiteral(" (regex)") : QString())}};
}

void ReadLogOperation::startEntry(const LogLineHeader &header, QStringView component, LogParser::LineKind kind, int lineNumber)
{
    finishEntry();
    const LogEntryLevel level = kind == LogParser::LineKind::Entry ? header.level : LogEntryLevel::Unknown;
    if (kind != LogParser::LineKind::Entry)
        component = {};
    ++m_total;
    ++m_levelCounts[size_t(level)];
    m_pending = true;
    m_keep = m_filter.matchesFields(level, header.valid ? header.stamp : 0, component);
    m_firstLine = lineNumber;
    m_continuations = 0;
    m_raw.clear();
}

void ReadLogOperation::finishEntry()
{
    if (!m_pending)
        return;
    m_pending = false;
    if (!m_keep)
        return;
    if (!m_filter.mayMatchRaw(m_raw))
        return;
    LogEntry e = LogParser::parseEntry(m_raw, m_firstLine);
    if (!m_filter.matchesText(e))
        return;
    if (m_maxEntries >= 0 && m_entries.size() >= m_maxEntries) {
        m_truncated = true;
        return;
    }
    m_entries.append(std::move(e));
}

Status ReadLogOperation::run(OperationContext &context)
{
    const QString stage = Tr::tr("Reading %1").arg(QFileInfo(m_logPath).fileName());
    auto file = LogFileHandle::open(m_logPath);
    if (!file)
        return file.error();
    const qint64 total = (*file)->size();
    auto head = (*file)->read(0, 8192);
    if (!head)
        return head.error();
    m_codec = LogTextCodec::detect(*head);
    context.debug(QStringLiteral("%1: %2 bytes, encoding %3").arg(m_logPath).arg(total).arg(m_codec.name()));
    context.progress(stage, 0, quint64(total));

    // Only the head of each line is decoded to classify it (as the indexer does); the whole text
    // only of entries whose header passes the filter.
    constexpr qsizetype HeadBytes = 2048;
    const int unit = m_codec.unitSize();
    qint64 offset = m_codec.bomLength();
    int lineNumber = 0;
    QByteArray buffer;
    // Most lines of a one-byte log begin with an ASCII header ("2024-01-01 10:00:00, Info  DISM ");
    // parsed straight from the bytes, it classifies the line and decides the level, time and
    // component filters, so entries the filter drops are never decoded.
    auto quickHeader = [&](const char *data, qsizetype size, LogLineHeader *header) {
        const QLatin1StringView line(data, size > 0 && data[size - 1] == '\r' ? size - 1 : size);
        *header = LogParser::parseHeader(line);
        if (!header->valid)
            return false;
        // Byte and character positions agree only when everything up to the component is ASCII.
        unsigned char high = 0;
        for (qsizetype i = 0, end = header->componentStart + header->componentLength; i < end; ++i)
            high |= static_cast<unsigned char>(data[i]);
        return high < 0x80;
    };
    auto addLine = [&](const char *data, qsizetype size) {
        ++lineNumber;
        if (unit == 1) {
            LogLineHeader h;
            if (quickHeader(data, size, &h)) {
                const LogParser::LineKind kind = h.levelLength ? LogParser::LineKind::Entry : LogParser::LineKind::Unknown;
                // The component as text only when the filter asks for components.
                const QString component = m_filter.components().isEmpty() ? QString()
                                                                           : QString::fromLatin1(data + h.componentStart, h.componentLength);
                startEntry(h, component, kind, lineNumber);
                if (!m_keep)
                    return;
                m_raw += m_codec.decodeLine(data, size);
                return;
            }
        }
        qsizetype headSize = std::min(size, HeadBytes);
        if (unit == 2)
            headSize &= ~qsizetype(1);
        const bool whole = headSize >= size - (unit == 2 ? 1 : 0);
        QString text = whole ? m_codec.decodeLine(data, headSize) : m_codec.decode(data, headSize);
        const LogLineHeader h = LogParser::parseHeader(text);
        const LogParser::LineKind kind = LogParser::classify(text, h, m_pending, m_continuations);
        if (kind == LogParser::LineKind::Continuation)
            ++m_continuations;
        else
            startEntry(h, QStringView(text).mid(h.componentStart, h.componentLength), kind, lineNumber);
        if (!m_keep)
            return;
        if (!whole)
            text = m_codec.decodeLine(data, size);
        if (kind == LogParser::LineKind::Continuation)
            m_raw += QLatin1Char('\n');
        m_raw += text;
    };
    for (;;) {
        if (context.isCancelled())
            return Error::cancelled();
        auto block = (*file)->read(offset + buffer.size(), BlockBytes);
        if (!block)
            return block.error();
        const bool atEnd = block->isEmpty();
        buffer.append(*block);
        const char *data = buffer.constData();
        qsizetype pos = 0;
        for (;;) {
            qsizetype nl = m_codec.findNewline(data, pos, buffer.size());
            if (nl < 0) {
                if (!atEnd || pos >= buffer.size())
                    break;
                nl = buffer.size() - (unit == 2 ? (buffer.size() - pos) % 2 : 0); // last line without a line end
            }
            addLine(data + pos, nl - pos);
            pos = std::min<qsizetype>(nl + unit, buffer.size());
        }
        buffer.remove(0, pos);
        offset += pos;
        context.progress(stage, quint64(std::min(offset, total)), quint64(total));
        if (atEnd)
            break;
    }
    finishEntry();
    context.info(QStringLiteral("%1: %2 entries, %3 matched").arg(m_logPath).arg(m_total).arg(m_entries.size()));
    return {};
}

} // namespace wb
