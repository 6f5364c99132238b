#include "ReadLogOperation.h"

#include "log/LogIndex.h"
#include "log/LogParser.h"

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

void ReadLogOperation::take(QList<LogEntry> &&entries)
{
    for (LogEntry &e : entries) {
        ++m_total;
        ++m_levelCounts[size_t(e.level)];
        if (!m_filter.matches(e))
            continue;
        if (m_maxEntries >= 0 && m_entries.size() >= m_maxEntries) {
            m_truncated = true;
            continue;
        }
        m_entries.append(std::move(e));
    }
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

    LogParser parser;
    const int unit = m_codec.unitSize();
    qint64 offset = m_codec.bomLength();
    QByteArray buffer;
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
            QString line = m_codec.decode(data + pos, nl - pos);
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            parser.addLine(line);
            pos = std::min<qsizetype>(nl + unit, buffer.size());
        }
        take(parser.takeEntries());
        buffer.remove(0, pos);
        offset += pos;
        context.progress(stage, quint64(std::min(offset, total)), quint64(total));
        if (atEnd)
            break;
    }
    parser.finish();
    take(parser.takeEntries());
    context.info(QStringLiteral("%1: %2 entries, %3 matched").arg(m_logPath).arg(m_total).arg(m_entries.size()));
    return {};
}

} // namespace wb
