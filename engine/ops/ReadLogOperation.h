// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"
#include "logread/LogEntry.h"
#include "logread/LogFilter.h"
#include "logread/LogParser.h"
#include "logread/LogTextCodec.h"

#include <array>

namespace wb {

/// /Get-LogEntries: reads a WimBench, DISM or CBS log (any encoding Windows writes) in one
/// streaming pass and keeps the entries the filter passes (the operation criterion is not used).
/// Results are read after the run: the matching entries in file order, the counts per level of
/// the whole file and its encoding.
class ReadLogOperation : public Operation
{
public:
    ReadLogOperation(QString logPath, LogFilter filter, int maxEntries = -1);

    QString name() const override { return QStringLiteral("Get-LogEntries"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    Status run(OperationContext &context) override;

    const QList<LogEntry> &entries() const { return m_entries; }
    /// Entries of each level in the whole file (LogEntryLevel as index).
    const std::array<int, LogEntryLevelCount> &levelCounts() const { return m_levelCounts; }
    int totalEntries() const { return m_total; }
    /// More entries matched than maxEntries; only the first ones were kept.
    bool truncated() const { return m_truncated; }
    LogTextCodec codec() const { return m_codec; }

private:
    void startEntry(const LogLineHeader &header, QStringView component, LogParser::LineKind kind, int lineNumber);
    void finishEntry();
    QString m_logPath;
    LogFilter m_filter;
    int m_maxEntries;
    QList<LogEntry> m_entries;
    std::array<int, LogEntryLevelCount> m_levelCounts {};
    int m_total = 0;
    bool m_truncated = false;
    LogTextCodec m_codec;
    // The entry being read: its text is kept only when its header passes the filter.
    bool m_pending = false;
    bool m_keep = false;
    QString m_raw;
    int m_firstLine = 0;
    int m_continuations = 0;
};

} // namespace wb
