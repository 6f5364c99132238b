// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogTableModel.h"

#include "logread/Hresult.h"

#include <QRegularExpression>

#include "logread/LogParser.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>
#include <numeric>

namespace wb {

namespace {
constexpr int CacheLimit = 4000;
constexpr int ReadAhead = 96;
} // namespace

LogTableModel::LogTableModel(LogFileReader *reader, QObject *parent)
    : QAbstractTableModel(parent), m_reader(reader)
{
    m_pool.setMaxThreadCount(1); // jobs run in order: a full filter, then the appended ranges
    m_pool.setExpiryTimeout(-1);
    connect(m_reader, &LogFileReader::reset, this, &LogTableModel::onReset);
    connect(m_reader, &LogFileReader::entriesAppended, this, &LogTableModel::onAppended);
    connect(m_reader, &LogFileReader::entryChanged, this, &LogTableModel::onEntryChanged);
    m_identityCount = m_reader->entryCount();
}

LogTableModel::~LogTableModel()
{
    m_cancel.cancel();
    m_pool.waitForDone();
}

int LogTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return identity() ? m_identityCount : int(m_rows.size());
}

int LogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int LogTableModel::sourceRow(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return identity() ? row : m_rows[size_t(row)];
}

int LogTableModel::rowForSourceRow(int source) const
{
    if (identity())
        return source >= 0 && source < m_identityCount ? source : -1;
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), source);
    return it != m_rows.end() && *it == source ? int(it - m_rows.begin()) : -1;
}

std::vector<int> LogTableModel::sourceRows() const
{
    if (!identity())
        return m_rows;
    std::vector<int> all;
    all.resize(static_cast<size_t>(m_identityCount));
    std::iota(all.begin(), all.end(), 0);
    return all;
}

namespace {

/// CBS logs most failures at Info level with "Failed ... [HRESULT = 0x800f081f - ...]"; DISM and
/// CBS write "Warning:" inside Info lines too (seen in real CBS.log and dism.log files).
bool isProblemText(const QString &message)
{
    if (message.contains(u"Warning:"))
        return true;
    const auto hr = LogParser::hresult(message);
    return hr && isFailureHresult(*hr);
}

} // namespace

void LogTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

int LogTableModel::findLevel(int from, bool forward, quint32 levels) const
{
    const LogIndex &index = m_reader->index();
    const int n = rowCount();
    for (int row = forward ? from + 1 : from - 1; row >= 0 && row < n; row += forward ? 1 : -1) {
        const int source = sourceRow(row);
        if (source < index.count() && (levels & logLevelBit(index.at(source).level)))
            return row;
    }
    return -1;
}

int LogTableModel::findProblem(int from, bool forward, quint32 levels) const
{
    const LogIndex &index = m_reader->index();
    const int n = rowCount();
    for (int row = forward ? from + 1 : from - 1; row >= 0 && row < n; row += forward ? 1 : -1) {
        const int source = sourceRow(row);
        if (source >= index.count())
            continue;
        if (levels & logLevelBit(index.at(source).level))
            return row;
        const LogEntry *entry = cached(source); // reads the rows around it in one go
        if (entry && isProblemText(entry->message))
            return row;
    }
    return -1;
}

const LogEntry *LogTableModel::cached(int source) const
{
    auto it = m_cache.constFind(source);
    if (it != m_cache.constEnd())
        return &*it;
    if (m_cache.size() > CacheLimit)
        m_cache.clear();
    // Read the rows around it in one go: the view asks for the rows of a screen one by one.
    const int row = rowForSourceRow(source);
    QList<int> wanted;
    if (row >= 0) {
        for (int r = std::max(0, row - ReadAhead / 4); r < std::min(rowCount(), row + ReadAhead); ++r) {
            const int s = sourceRow(r);
            if (!m_cache.contains(s))
                wanted << s;
        }
    } else {
        wanted << source;
    }
    const LogIndex &index = m_reader->index();
    qsizetype i = 0;
    while (i < wanted.size()) {
        qsizetype j = i + 1;
        while (j < wanted.size() && wanted[j] == wanted[j - 1] + 1)
            ++j;
        auto entries = index.readEntries(wanted[i], int(j - i));
        if (entries) {
            for (qsizetype k = 0; k < entries->size(); ++k)
                m_cache.insert(wanted[i + k], entries->at(k));
        }
        i = j;
    }
    it = m_cache.constFind(source);
    return it != m_cache.constEnd() ? &*it : nullptr;
}

QList<LogEntry> LogTableModel::entriesAt(const QList<int> &rows) const
{
    QList<LogEntry> out;
    for (int row : rows) {
        const int source = sourceRow(row);
        if (source < 0)
            continue;
        auto e = m_reader->entry(source);
        if (e)
            out << *e;
    }
    return out;
}

QVariant LogTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int source = sourceRow(index.row());
    if (source < 0 || source >= m_reader->entryCount())
        return {};
    const LogIndexEntry &ie = m_reader->index().at(source);
    switch (role) {
    case LevelRole: return int(ie.level);
    case SourceRowRole: return source;
    case LineNumberRole: return ie.line;
    case Qt::BackgroundRole:
        if (ie.level == LogEntryLevel::Error)
            return QBrush(QColor(255, 222, 222));
        if (ie.level == LogEntryLevel::Warning)
            return QBrush(QColor(255, 244, 204));
        return {};
    case Qt::ForegroundRole:
        switch (ie.level) {
        case LogEntryLevel::Error: return QBrush(QColor(150, 0, 0));
        case LogEntryLevel::Warning: return QBrush(QColor(122, 84, 0));
        case LogEntryLevel::Debug:
        case LogEntryLevel::Trace:
        case LogEntryLevel::Unknown: return QBrush(QColor(110, 110, 110));
        case LogEntryLevel::Perf: return QBrush(QColor(0, 70, 140));
        default: return {};
        }
    case Qt::FontRole:
        if (ie.level == LogEntryLevel::Unknown) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    default: break;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RawTextRole)
        return {};
    const LogEntry *e = cached(source);
    if (role == RawTextRole)
        return e ? e->raw : QString();
    if (role == Qt::ToolTipRole) {
        if (!e || index.column() != MessageColumn)
            return {};
        QString tip = e->message.left(4000);
        if (const auto hr = e->hresult())
            tip += QLatin1Char('\n') + tr("HRESULT: 0x%1").arg(*hr, 8, 16, QLatin1Char('0'));
        return tip;
    }
    switch (index.column()) {
    case TimeColumn: return ie.stamp ? LogParser::timeOfStamp(ie.stamp).toString(QStringLiteral("yyyy-MM-dd hh:mm:ss")) : QString();
    case LevelColumn:
        if (ie.level == LogEntryLevel::Unknown)
            return tr("Unrecognised");
        return e ? e->levelText : logEntryLevelName(ie.level);
    case ComponentColumn: return m_reader->index().componentName(ie);
    case PidColumn: return ie.pid ? QVariant(ie.pid) : QVariant(QString());
    case TidColumn: return ie.tid ? QVariant(ie.tid) : QVariant(QString());
    case MessageColumn: {
        if (!e)
            return {};
        QString text = e->message;
        // "PID=<n> TID=<n> " at the start has its own columns; the detail pane keeps the whole line.
        static const QRegularExpression idPrefix(QStringLiteral("^PID=\\d+ TID=\\d+ "));
        if (ie.pid)
            text.remove(idPrefix);
        const qsizetype nl = text.indexOf(QLatin1Char('\n'));
        if (nl >= 0)
            text = text.left(nl) + tr("  [+%n line(s)]", nullptr, e->lineCount - 1);
        return text.left(2000);
    }
    default: return {};
    }
}

QVariant LogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case LevelColumn: return tr("Level");
    case ComponentColumn: return tr("Component");
    case PidColumn: return tr("PID");
    case TidColumn: return tr("TID");
    case MessageColumn: return tr("Message");
    default: return {};
    }
}

void LogTableModel::setFilter(const LogFilter &filter)
{
    m_cancel.cancel();
    m_cancel = CancellationToken();
    ++m_serial;
    const bool wasRunning = m_running > 0;
    m_running = 0;
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_identityCount = m_reader->entryCount();
    endResetModel();
    if (!identity() && m_reader->entryCount() > 0)
        startJob(0, m_reader->entryCount(), true);
    else if (wasRunning)
        Q_EMIT filteringChanged(false);
}

void LogTableModel::onReset()
{
    m_cancel.cancel();
    m_cancel = CancellationToken();
    ++m_serial;
    const bool wasRunning = m_running > 0;
    m_running = 0;
    beginResetModel();
    m_rows.clear();
    m_cache.clear();
    m_identityCount = 0;
    endResetModel();
    if (wasRunning)
        Q_EMIT filteringChanged(false);
}

void LogTableModel::onAppended(int first, int count)
{
    if (identity()) {
        const int to = first + count;
        if (to <= m_identityCount)
            return;
        beginInsertRows({}, m_identityCount, to - 1);
        m_identityCount = to;
        endInsertRows();
        return;
    }
    startJob(first, first + count, false);
}

void LogTableModel::onEntryChanged(int row)
{
    m_cache.remove(row);
    const int shown = rowForSourceRow(row);
    if (shown >= 0)
        Q_EMIT dataChanged(index(shown, 0), index(shown, ColumnCount - 1));
}

void LogTableModel::startJob(int first, int end, bool full)
{
    const int serial = m_serial;
    const CancellationToken token = m_cancel;
    const LogIndex snapshot = m_reader->index();
    const LogFilter filter = m_filter;
    if (m_running++ == 0)
        Q_EMIT filteringChanged(true);
    m_pool.start([this, serial, token, snapshot, filter, first, end, full]() {
        const auto post = [this, serial](std::vector<int> &&rows) {
            auto shared = std::make_shared<std::vector<int>>(std::move(rows));
            QMetaObject::invokeMethod(this, [this, serial, shared]() { appendRows(serial, std::move(*shared)); }, Qt::QueuedConnection);
        };
        auto result = filter.apply(
            snapshot, first, end, token,
            [this, serial, full](int done, int total) {
                if (!full)
                    return;
                QMetaObject::invokeMethod(
                    this, [this, serial, done, total]() {
                        if (serial == m_serial)
                            Q_EMIT filterProgress(done, total);
                    },
                    Qt::QueuedConnection);
            },
            post);
        if (result && !result->empty())
            post(std::move(*result));
        QMetaObject::invokeMethod(this, [this, serial]() { jobFinished(serial); }, Qt::QueuedConnection);
    });
}

void LogTableModel::appendRows(int serial, std::vector<int> rows)
{
    if (serial != m_serial || rows.empty())
        return;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at + int(rows.size()) - 1);
    m_rows.insert(m_rows.end(), rows.begin(), rows.end());
    endInsertRows();
}

void LogTableModel::jobFinished(int serial)
{
    if (serial != m_serial)
        return;
    if (--m_running == 0)
        Q_EMIT filteringChanged(false);
}

} // namespace wb
