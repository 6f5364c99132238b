// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogIndex.h"

#include "LogParser.h"

#include <QCoreApplication>
#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::LogIndex)
};

QString cleanLineEnds(QString text)
{
    if (text.contains(QLatin1Char('\r'))) {
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        if (text.endsWith(QLatin1Char('\r')))
            text.chop(1);
    }
    return text;
}
} // namespace

bool LogOperationSpan::contains(int row, const LogIndexEntry &entry) const
{
    if (row < firstRow || (lastRow >= 0 && row > lastRow))
        return false;
    if (pid == 0 && tid == 0)
        return true;
    return entry.pid == pid && entry.tid == tid;
}

Result<std::shared_ptr<LogFileHandle>> LogFileHandle::open(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        if (err == ENOENT)
            return Error::make(QStringLiteral("log.not-found"),
                               Tr::tr("The log file %1 does not exist. Check the path.").arg(path), QString::fromLocal8Bit(strerror(err)));
        return Error::fromErrno(QStringLiteral("log.open"), Tr::tr("Cannot open the log file %1. Check that you may read it.").arg(path), err);
    }
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        ::close(fd);
        return Error::make(QStringLiteral("log.not-a-file"), Tr::tr("%1 is a folder, not a log file. Give the path of a .log or .bak file.").arg(path));
    }
    return std::shared_ptr<LogFileHandle>(new LogFileHandle(fd, path));
}

LogFileHandle::~LogFileHandle()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<QByteArray> LogFileHandle::read(qint64 offset, qint64 size) const
{
    QByteArray data(size, Qt::Uninitialized);
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::pread(m_fd, data.data() + done, size_t(size - done), off_t(offset + done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Error::fromErrno(QStringLiteral("log.read"), Tr::tr("Cannot read the log file %1.").arg(m_path), errno);
        }
        if (n == 0)
            break;
        done += n;
    }
    data.truncate(done);
    return data;
}

qint64 LogFileHandle::size() const
{
    struct stat st {};
    return ::fstat(m_fd, &st) == 0 ? qint64(st.st_size) : 0;
}

std::pair<quint64, quint64> LogFileHandle::identity() const
{
    struct stat st {};
    if (::fstat(m_fd, &st) != 0)
        return {0, 0};
    return {quint64(st.st_dev), quint64(st.st_ino)};
}

LogIndex::LogIndex()
{
    m_components << QString();
}

const LogIndexEntry &LogIndex::at(int row) const
{
    Q_ASSERT(row >= 0 && row < m_count);
    const auto it = std::upper_bound(m_chunkStarts.begin(), m_chunkStarts.end(), row);
    const size_t chunk = size_t(it - m_chunkStarts.begin()) - 1;
    return (*m_chunks[chunk])[size_t(row - m_chunkStarts[chunk])];
}

void LogIndex::setSource(std::shared_ptr<LogFileHandle> file, LogTextCodec codec)
{
    m_file = std::move(file);
    m_codec = codec;
}

Status LogIndex::forEachEntryText(int first, int end, const std::function<void(int, const LogIndexEntry &, const QString *)> &fn) const
{
    if (!m_file)
        return Error::make(QStringLiteral("log.closed"), Tr::tr("The log file is not open."));
    int row = first;
    QString text;
    while (row < end) {
        // Read as many whole entries as fit in one 8 MiB read (at least one).
        const qint64 base = at(row).offset;
        int last = row;
        while (last + 1 < end && at(last + 1).offset + at(last + 1).length - base <= 8 * 1024 * 1024)
            ++last;
        const LogIndexEntry &tail = at(last);
        auto data = m_file->read(base, (tail.offset - base) + std::min<qint64>(tail.length, MaxEntryBytes));
        if (!data)
            return data.error();
        for (int r = row; r <= last; ++r) {
            const LogIndexEntry &e = at(r);
            const qint64 from = e.offset - base;
            if (from >= data->size()) {
                fn(r, e, nullptr);
                continue;
            }
            qint64 n = std::min<qint64>({e.length, MaxEntryBytes, data->size() - from});
            if (m_codec.unitSize() == 2)
                n &= ~qint64(1);
            text = cleanLineEnds(m_codec.decode(data->constData() + from, n));
            fn(r, e, &text);
        }
        row = last + 1;
    }
    return {};
}

Result<QList<LogEntry>> LogIndex::readEntries(int first, int count) const
{
    QList<LogEntry> out;
    if (first < 0 || count <= 0 || first >= m_count)
        return out;
    count = std::min(count, m_count - first);
    out.reserve(count);
    WB_TRY(forEachEntryText(first, first + count, [&](int, const LogIndexEntry &e, const QString *read) {
        QString text = read ? *read : QString();
        if (read && e.length > MaxEntryBytes)
            text += QStringLiteral("…");
        LogEntry entry = LogParser::parseEntry(text, e.line);
        entry.lineCount = e.lineCount;
        if (text.isEmpty()) {
            // The bytes are gone (the file was truncated): keep what the index knows.
            entry.level = e.level;
            entry.component = componentName(e);
            entry.stamp = e.stamp;
        }
        out.append(std::move(entry));
    }));
    return out;
}

Status LogIndex::forEachMessage(int first, int count, const std::function<void(int, QStringView)> &fn) const
{
    if (first < 0 || count <= 0 || first >= m_count)
        return {};
    return forEachEntryText(first, first + std::min(count, m_count - first), [&](int r, const LogIndexEntry &e, const QString *text) {
        if (!text) {
            fn(r, QStringView());
        } else if (e.level == LogEntryLevel::Unknown) {
            fn(r, *text);
        } else {
            const qsizetype nl = text->indexOf(QLatin1Char('\n'));
            const LogLineHeader h = LogParser::parseHeader(nl < 0 ? QStringView(*text) : QStringView(*text).left(nl));
            fn(r, (h.valid && h.levelLength) ? QStringView(*text).mid(h.messageStart) : QStringView(*text));
        }
    });
}

Result<LogEntry> LogIndex::readEntry(int row) const
{
    auto list = readEntries(row, 1);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error::make(QStringLiteral("log.no-entry"), Tr::tr("The log has no entry %1.").arg(row + 1));
    return list->takeFirst();
}

void LogIndex::append(Chunk entries)
{
    if (entries.empty())
        return;
    for (const LogIndexEntry &e : entries)
        ++m_levelCounts[size_t(e.level)];
    const int added = int(entries.size());
    // Small batches (a followed log) are merged into the last chunk so the chunk list stays short.
    if (!m_chunks.empty() && m_chunks.back()->size() < 4096 && entries.size() < 4096) {
        auto merged = std::make_shared<Chunk>(*m_chunks.back());
        merged->insert(merged->end(), entries.begin(), entries.end());
        m_chunks.back() = std::move(merged);
    } else {
        m_chunkStarts.push_back(m_count);
        m_chunks.push_back(std::make_shared<const Chunk>(std::move(entries)));
    }
    m_count += added;
}

void LogIndex::replaceLast(const LogIndexEntry &entry)
{
    if (m_count == 0)
        return;
    auto copy = std::make_shared<Chunk>(*m_chunks.back());
    --m_levelCounts[size_t(copy->back().level)];
    copy->back() = entry;
    ++m_levelCounts[size_t(entry.level)];
    m_chunks.back() = std::move(copy);
}

void LogIndex::endOperation(int operation, int lastRow, const QString &outcome)
{
    if (operation < 0 || operation >= m_operations.size())
        return;
    m_operations[operation].lastRow = lastRow;
    m_operations[operation].outcome = outcome;
}

void LogIndex::clear()
{
    m_chunks.clear();
    m_chunkStarts.clear();
    m_count = 0;
    m_components = QStringList{QString()};
    m_operations.clear();
    m_levelCounts = {};
    m_file.reset();
    m_codec = {};
}

} // namespace wb
