// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogIndex.h"

#include "core/Cancellation.h"
#include "core/Result.h"

#include <QHash>

#include <functional>
#include <optional>

namespace wb {

/// New index data found by one step of indexing, handed to the index's owner in order.
struct LogIndexBatch
{
    int firstRow = 0;                          ///< row of entries[0]
    LogIndex::Chunk entries;
    std::optional<LogIndexEntry> updatedLast;  ///< the entry at firstRow - 1 grew (continuation lines)
    QStringList newComponents;                 ///< appended to the component table, in order
    QList<LogOperationSpan> newOperations;     ///< appended to the operation list, in order
    struct Ending
    {
        int operation;
        int lastRow;
        QString outcome;
    };
    QList<Ending> endedOperations;
    QList<std::pair<int, QString>> commandLines; ///< operation index, its command line (DISM sessions)
    qint64 bytesDone = 0;   ///< bytes of the file indexed so far
    qint64 bytesTotal = 0;  ///< size of the file when this run started
    LogTextCodec codec;     ///< the file's encoding
};

/// Where indexing has got to in a file, so a followed file is indexed on from there.
struct LogIndexerState
{
    bool codecKnown = false;
    LogTextCodec codec;
    qint64 offset = 0;        ///< start of the first byte not indexed yet (a line start)
    int lines = 0;            ///< lines indexed
    int rows = 0;             ///< entries found
    bool haveEntry = false;   ///< the last entry may still get continuation lines
    LogIndexEntry lastEntry;
    int continuationLines = 0;
    QHash<QString, quint16> componentIds;
    int operationCount = 0;
    QHash<quint64, QList<std::pair<int, QString>>> openOperations; ///< per PID/TID: operation index, name
};

/// Indexes a log file from where its state says to the end: splits it into lines in its encoding,
/// parses each line's head (timestamp, level, component, PID/TID, operation markers) and folds
/// continuation lines, without keeping the text. Runs on a worker thread; stateless apart from the
/// state it is given.
class LogIndexer
{
public:
    using BatchSink = std::function<void(LogIndexBatch &&)>;

    struct Options
    {
        /// Entries in the first batch: small, so the first screen shows at once.
        int firstBatch = 200;
        /// Largest later batch (a batch is also sent every ~100 ms).
        int batch = 50000;
        /// A last line without a line end is indexed too (false while following a file that is
        /// being written: the rest of the line may still come).
        bool takePartialLine = true;
    };

    /// Indexes `file` from `state.offset` to its end. Returns Error::cancelled() when cancelled.
    static Status run(const LogFileHandle &file, LogIndexerState &state, const Options &options,
                      const CancellationToken &cancellation, const BatchSink &sink);

    /// Bytes of a line's head that are decoded and parsed (the rest is only counted).
    static constexpr qsizetype HeadBytes = 2048;
};

} // namespace wb
