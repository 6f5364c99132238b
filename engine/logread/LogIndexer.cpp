// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogIndexer.h"

#include "LogParser.h"

#include <QElapsedTimer>

namespace wb {

namespace {

constexpr QStringView CommandLineMarker = u"Executing command line: ";

constexpr qint64 BlockBytes = 4 * 1024 * 1024;

class Run
{
public:
    Run(LogIndexerState &state, const LogIndexer::Options &options, const LogIndexer::BatchSink &sink, qint64 total)
        : m_state(state), m_options(options), m_sink(sink), m_total(total)
    {
        m_timer.start();
        m_batch.firstRow = state.rows;
    }

    void line(const char *data, qsizetype size, qint64 offset)
    {
        LogIndexerState &s = m_state;
        ++s.lines;
        const int unit = s.codec.unitSize();
        qsizetype headSize = std::min(size, LogIndexer::HeadBytes);
        if (unit == 2)
            headSize &= ~qsizetype(1);
        const QString head = headSize == size ? s.codec.decodeLine(data, headSize) : s.codec.decode(data, headSize);
        const LogLineHeader h = LogParser::parseHeader(head);
        const LogParser::LineKind kind = LogParser::classify(head, h, s.haveEntry, s.continuationLines);
        if (kind == LogParser::LineKind::Continuation) {
            LogIndexEntry &e = s.lastEntry;
            e.length = qint32(std::min<qint64>(offset + size - e.offset, std::numeric_limits<qint32>::max()));
            ++e.lineCount;
            ++s.continuationLines;
            if (!m_batch.entries.empty())
                m_batch.entries.back() = e;
            else
                m_batch.updatedLast = e;
            return;
        }
        LogIndexEntry e;
        e.offset = offset;
        e.length = qint32(std::min<qint64>(size, std::numeric_limits<qint32>::max()));
        e.line = s.lines;
        e.lineCount = 1;
        if (h.valid)
            e.stamp = h.stamp;
        if (kind == LogParser::LineKind::Entry) {
            e.level = h.level;
            e.component = componentId(QStringView(head).mid(h.componentStart, h.componentLength));
            const QStringView message = QStringView(head).mid(h.messageStart);
            const auto [pid, tid] = LogParser::pidTid(message);
            e.pid = pid;
            e.tid = tid;
            if (message.contains(u"<----- "))
                marker(message, e);
            else if (const qsizetype at = message.indexOf(CommandLineMarker); at >= 0)
                commandLine(message.mid(at + CommandLineMarker.size()), e);
        } else {
            e.level = LogEntryLevel::Unknown;
        }
        s.lastEntry = e;
        s.haveEntry = true;
        s.continuationLines = 0;
        ++s.rows;
        m_batch.entries.push_back(e);
    }

    void maybeFlush(qint64 bytesDone, bool force)
    {
        const size_t n = m_batch.entries.size();
        const bool first = !m_sentAny && n >= size_t(m_options.firstBatch);
        const bool full = n >= size_t(m_options.batch);
        const bool due = m_timer.elapsed() >= 100 && (n > 0 || m_batch.updatedLast);
        if (force || first || full || due)
            flush(bytesDone);
    }

    void flush(qint64 bytesDone)
    {
        m_batch.bytesDone = bytesDone;
        m_batch.bytesTotal = std::max(m_total, bytesDone);
        m_batch.codec = m_state.codec;
        const int next = m_state.rows;
        m_sink(std::move(m_batch));
        m_batch = LogIndexBatch();
        m_batch.firstRow = next;
        m_sentAny = true;
        m_timer.restart();
    }

private:
    quint16 componentId(QStringView name)
    {
        if (name.isEmpty())
            return 0;
        // Logs use a handful of components: compare with the recent ones before building a key.
        for (const auto &[recent, id] : m_recentComponents) {
            if (name == recent)
                return id;
        }
        const QString key = name.toString();
        auto it = m_state.componentIds.constFind(key);
        quint16 id;
        if (it != m_state.componentIds.constEnd()) {
            id = *it;
        } else if (m_state.componentIds.size() >= 65000) {
            id = 0; // a damaged file with endless "components": stop naming them
        } else {
            id = quint16(m_state.componentIds.size() + 1);
            m_state.componentIds.insert(key, id);
            m_batch.newComponents << key;
        }
        if (m_recentComponents.size() < 32)
            m_recentComponents.emplace_back(key, id);
        return id;
    }

    // DISM writes "DISM.EXE: Executing command line: dism /Online ..." right after the start of
    // its session (seen in real dism.log files): the session's command line.
    void commandLine(QStringView text, const LogIndexEntry &e)
    {
        const auto it = m_state.openOperations.constFind((quint64(e.pid) << 32) | e.tid);
        if (it != m_state.openOperations.constEnd() && !it->isEmpty())
            m_batch.commandLines.append({it->last().first, text.trimmed().toString()});
    }

    void marker(QStringView message, const LogIndexEntry &e)
    {
        const auto m = LogParser::operationMarker(message);
        if (!m)
            return;
        const quint64 key = (quint64(e.pid) << 32) | e.tid;
        const int row = m_state.rows; // this entry's row (not counted yet)
        if (m->starting) {
            LogOperationSpan span;
            span.name = m->name;
            span.detail = m->detail;
            span.pid = e.pid;
            span.tid = e.tid;
            span.firstRow = row;
            span.stamp = e.stamp;
            const int index = m_state.operationCount++;
            m_batch.newOperations << span;
            m_state.openOperations[key].append({index, m->name});
            return;
        }
        auto it = m_state.openOperations.find(key);
        if (it == m_state.openOperations.end())
            return;
        for (qsizetype i = it->size() - 1; i >= 0; --i) {
            if (it->at(i).second == m->name) {
                m_batch.endedOperations.append({it->at(i).first, row, m->detail});
                it->remove(i);
                break;
            }
        }
        if (it->isEmpty())
            m_state.openOperations.erase(it);
    }

    LogIndexerState &m_state;
    const LogIndexer::Options &m_options;
    const LogIndexer::BatchSink &m_sink;
    qint64 m_total;
    LogIndexBatch m_batch;
    QElapsedTimer m_timer;
    bool m_sentAny = false;
    std::vector<std::pair<QString, quint16>> m_recentComponents;
};

} // namespace

Status LogIndexer::run(const LogFileHandle &file, LogIndexerState &state, const Options &options,
                       const CancellationToken &cancellation, const BatchSink &sink)
{
    const qint64 total = file.size();
    if (!state.codecKnown) {
        auto head = file.read(0, 8192);
        if (!head)
            return head.error();
        if (head->isEmpty())
            return {}; // nothing to index yet; detect the encoding once there is text
        // A followed file that holds only part of its first line: wait for more.
        if (head->size() < 64 && !options.takePartialLine && !head->contains('\n'))
            return {};
        state.codec = LogTextCodec::detect(*head);
        state.codecKnown = true;
        state.offset = std::max<qint64>(state.offset, state.codec.bomLength());
    }
    const int unit = state.codec.unitSize();
    Run run(state, options, sink, total);
    QByteArray buffer;
    qint64 bufferStart = state.offset;
    for (;;) {
        if (cancellation.isCancelled())
            return Error::cancelled();
        auto block = file.read(bufferStart + buffer.size(), BlockBytes);
        if (!block)
            return block.error();
        if (block->isEmpty())
            break;
        buffer.append(*block);
        const char *data = buffer.constData();
        qsizetype pos = 0;
        for (;;) {
            const qsizetype nl = state.codec.findNewline(data, pos, buffer.size());
            if (nl < 0)
                break;
            run.line(data + pos, nl - pos, bufferStart + pos);
            pos = nl + unit;
            if ((state.lines & 0x3FF) == 0) {
                if (cancellation.isCancelled())
                    return Error::cancelled();
                state.offset = bufferStart + pos;
                run.maybeFlush(state.offset, false);
            }
        }
        buffer.remove(0, pos);
        bufferStart += pos;
        state.offset = bufferStart;
        run.maybeFlush(state.offset, false);
    }
    if (!buffer.isEmpty() && options.takePartialLine) {
        qsizetype size = buffer.size();
        if (unit == 2)
            size &= ~qsizetype(1);
        if (size > 0) {
            run.line(buffer.constData(), size, bufferStart);
            state.offset = bufferStart + size;
        }
    }
    run.flush(state.offset);
    return {};
}

} // namespace wb
