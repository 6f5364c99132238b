// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogFileReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QFileSystemWatcher>

#include <sys/stat.h>

namespace wb {

LogFileReader::LogFileReader(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_pollTimer.setInterval(500);
    connect(&m_pollTimer, &QTimer::timeout, this, &LogFileReader::poll);
}

LogFileReader::~LogFileReader()
{
    m_cancel.cancel();
    m_pool.waitForDone();
}

Status LogFileReader::open(const QString &path, bool follow)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto file = LogFileHandle::open(absolute);
    if (!file && !(follow && file.error().code == QLatin1String("log.not-found")))
        return file.error();
    close();
    m_path = absolute;
    m_follow = follow;
    m_file = file ? *file : nullptr;
    m_index.setSource(m_file, {});
    if (m_follow) {
        watch();
        m_pollTimer.start();
    }
    if (m_file)
        startIndexing(!m_follow);
    return {};
}

void LogFileReader::close()
{
    m_cancel.cancel();
    m_cancel = CancellationToken();
    ++m_generation;
    m_indexing = false;
    m_pollAgain = false;
    m_pollTimer.stop();
    if (m_watcher) {
        delete m_watcher;
        m_watcher = nullptr;
    }
    const bool hadEntries = !m_index.isEmpty() || !m_path.isEmpty();
    m_index.clear();
    m_state = LogIndexerState();
    m_file.reset();
    m_path.clear();
    m_follow = false;
    m_bytesDone = m_bytesTotal = 0;
    m_lastSeenSize = -1;
    if (hadEntries)
        Q_EMIT reset();
}

void LogFileReader::setFollowing(bool follow)
{
    if (follow == m_follow || m_path.isEmpty())
        return;
    m_follow = follow;
    if (follow) {
        watch();
        m_pollTimer.start();
        poll();
    } else {
        m_pollTimer.stop();
        delete m_watcher;
        m_watcher = nullptr;
    }
}

void LogFileReader::setPollInterval(int ms)
{
    m_pollTimer.setInterval(std::max(10, ms));
}

void LogFileReader::checkNow()
{
    poll();
}

void LogFileReader::watch()
{
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &LogFileReader::poll);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &LogFileReader::poll);
        const QString dir = QFileInfo(m_path).absolutePath();
        if (QFileInfo(dir).isDir())
            m_watcher->addPath(dir);
    }
    if (QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
}

void LogFileReader::startIndexing(bool takePartialLine)
{
    if (!m_file)
        return;
    if (m_indexing) {
        m_pollAgain = true;
        return;
    }
    m_indexing = true;
    const int generation = m_generation;
    const CancellationToken token = m_cancel;
    const std::shared_ptr<LogFileHandle> file = m_file;
    auto state = std::make_shared<LogIndexerState>(m_state);
    LogIndexer::Options options;
    options.takePartialLine = takePartialLine;
    m_pool.start([this, generation, token, file, state, options]() {
        const Status status = LogIndexer::run(*file, *state, options, token, [this, generation](LogIndexBatch &&batch) {
            auto shared = std::make_shared<LogIndexBatch>(std::move(batch));
            QMetaObject::invokeMethod(
                this, [this, generation, shared]() { applyBatch(generation, std::move(*shared)); }, Qt::QueuedConnection);
        });
        QMetaObject::invokeMethod(
            this,
            [this, generation, status, state]() {
                if (generation == m_generation && status.ok())
                    m_state = std::move(*state);
                indexingDone(generation, status);
            },
            Qt::QueuedConnection);
    });
}

void LogFileReader::applyBatch(int generation, LogIndexBatch batch)
{
    if (generation != m_generation)
        return;
    if (m_index.codec().encoding() != batch.codec.encoding() || m_index.codec().bomLength() != batch.codec.bomLength()
        || m_index.file() != m_file)
        m_index.setSource(m_file, batch.codec);
    if (!batch.newComponents.isEmpty()) {
        m_index.addComponents(batch.newComponents);
        Q_EMIT componentsChanged();
    }
    if (batch.updatedLast && m_index.count() == batch.firstRow && batch.firstRow > 0) {
        m_index.replaceLast(*batch.updatedLast);
        Q_EMIT entryChanged(batch.firstRow - 1);
    }
    const int first = m_index.count();
    const int added = int(batch.entries.size());
    if (added)
        m_index.append(std::move(batch.entries));
    const bool operationsChanged = !batch.newOperations.isEmpty() || !batch.endedOperations.isEmpty() || !batch.commandLines.isEmpty();
    m_index.addOperations(batch.newOperations);
    for (const auto &[operation, commandLine] : batch.commandLines)
        m_index.setCommandLine(operation, commandLine);
    for (const auto &end : batch.endedOperations)
        m_index.endOperation(end.operation, end.lastRow, end.outcome);
    m_bytesDone = batch.bytesDone;
    m_bytesTotal = batch.bytesTotal;
    if (added)
        Q_EMIT entriesAppended(first, added);
    if (operationsChanged)
        Q_EMIT this->operationsChanged();
    Q_EMIT progress(m_bytesDone, m_bytesTotal);
}

void LogFileReader::indexingDone(int generation, const Status &status)
{
    if (generation != m_generation)
        return;
    m_indexing = false;
    if (!status.ok()) {
        if (!status.error().isCancelled())
            Q_EMIT failed(status.error());
        return;
    }
    if (m_pollAgain) {
        m_pollAgain = false;
        poll();
        if (m_indexing)
            return;
    }
    Q_EMIT indexed();
}

bool LogFileReader::reopen()
{
    auto file = LogFileHandle::open(m_path);
    if (!file)
        return false;
    ++m_generation;
    m_cancel.cancel();
    m_cancel = CancellationToken();
    m_indexing = false;
    m_pollAgain = false;
    m_index.clear();
    m_state = LogIndexerState();
    m_file = *file;
    m_index.setSource(m_file, {});
    m_bytesDone = m_bytesTotal = 0;
    m_lastSeenSize = -1;
    watch();
    Q_EMIT reset();
    return true;
}

void LogFileReader::poll()
{
    if (m_path.isEmpty() || !m_follow)
        return;
    if (m_indexing) {
        m_pollAgain = true;
        return;
    }
    if (m_watcher)
        watch();
    if (!m_file) {
        // Waiting for a followed file to appear.
        if (reopen())
            startIndexing(false);
        return;
    }
    struct stat st {};
    if (::stat(QFile::encodeName(m_path).constData(), &st) != 0)
        return; // between a rotation's rename and the new file: look again later
    const auto [dev, ino] = m_file->identity();
    const bool replaced = quint64(st.st_dev) != dev || quint64(st.st_ino) != ino;
    const qint64 size = m_file->size();
    if (replaced || size < m_state.offset) {
        if (reopen()) {
            Q_EMIT rotated(m_path);
            startIndexing(false);
        }
        return;
    }
    if (size > m_state.offset || !m_state.codecKnown) {
        // A last line without its line end is taken once the file has stopped growing.
        if (size != m_lastSeenSize || !m_sinceSizeChange.isValid()) {
            m_lastSeenSize = size;
            m_sinceSizeChange.start();
        }
        const bool settled = m_sinceSizeChange.elapsed() >= m_settleMs;
        if (size > 0)
            startIndexing(settled);
    }
}

} // namespace wb
