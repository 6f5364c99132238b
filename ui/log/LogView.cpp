// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogView.h"
#include "RemedyText.h"

#include "LogExport.h"
#include "LogTableModel.h"

#include "logread/Hresult.h"
#include "servicelog/Log.h"
#include "logread/LogFileReader.h"
#include "logread/LogParser.h"
#include "ops/Engine.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QThreadPool>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace wb {

namespace {

quint32 groupBits(LogView::LevelGroup group)
{
    switch (group) {
    case LogView::Errors: return logLevelBit(LogEntryLevel::Error);
    case LogView::Warnings: return logLevelBit(LogEntryLevel::Warning);
    case LogView::Information: return logLevelBit(LogEntryLevel::Info) | logLevelBit(LogEntryLevel::Perf) | logLevelBit(LogEntryLevel::Other);
    case LogView::DebugGroup: return logLevelBit(LogEntryLevel::Debug) | logLevelBit(LogEntryLevel::Trace);
    case LogView::Unrecognised: return logLevelBit(LogEntryLevel::Unknown);
    case LogView::LevelGroupCount: break;
    }
    return 0;
}

constexpr quint32 ProblemLevels = (1u << quint32(LogEntryLevel::Error)) | (1u << quint32(LogEntryLevel::Warning));

} // namespace

LogView::LogView(Engine &engine, QWidget *parent)
    : QWidget(parent), m_engine(engine)
{
    m_reader = new LogFileReader(this);
    m_model = new LogTableModel(m_reader, this);
    m_exportPool = new QThreadPool(this);
    m_exportPool->setMaxThreadCount(1);
    buildUi();
    connectReader();
    connectModel();
    // Our own operations write into our own log: look at it as soon as one starts or ends.
    connect(&m_engine, &Engine::operationStarted, this, &LogView::checkOwnLog);
    connect(&m_engine, &Engine::operationFinished, this, &LogView::checkOwnLog);
    showOwnLog();
}

LogView::~LogView()
{
    m_exportPool->waitForDone();
}

void LogView::connectReader()
{
    auto *countsTimer = new QTimer(this);
    countsTimer->setSingleShot(true);
    countsTimer->setInterval(150);
    connect(countsTimer, &QTimer::timeout, this, [this] {
        updateCounts();
        updateStatus();
    });
    auto later = [countsTimer] {
        if (!countsTimer->isActive())
            countsTimer->start();
    };
    connect(m_reader, &LogFileReader::entriesAppended, this, later);
    connect(m_reader, &LogFileReader::entryChanged, this, later);
    connect(m_reader, &LogFileReader::reset, this, [this] {
        updateCounts();
        updateStatus();
        updateOperations();
        m_pane.detail->clear();
    });
    connect(m_reader, &LogFileReader::progress, this, [this](qint64 done, qint64 total) {
        m_fileBar.progress->setVisible(m_reader->isIndexing());
        m_fileBar.progress->setValue(total > 0 ? int(1000 * done / total) : 0);
    });
    connect(m_reader, &LogFileReader::indexed, this, &LogView::onIndexed);
    connect(m_reader, &LogFileReader::failed, this, [this](const Error &error) { showError(errorText(error)); });
    connect(m_reader, &LogFileReader::rotated, this, [this](const QString &path) {
        m_lastError.clear();
        m_notice = tr("%1 was rotated or truncated; showing the new file.").arg(QFileInfo(path).fileName());
        updateStatus();
    });
    connect(m_reader, &LogFileReader::componentsChanged, this, &LogView::updateComponents);
    connect(m_reader, &LogFileReader::operationsChanged, this, &LogView::updateOperations);
}

void LogView::connectModel()
{
    connect(m_model, &LogTableModel::filteringChanged, this, [this](bool running) {
        m_fileBar.progress->setVisible(running || m_reader->isIndexing());
        if (!running)
            restoreKeptEntry();
        updateStatus();
    });
    connect(m_model, &LogTableModel::filterProgress, this, [this](int done, int total) {
        if (!m_reader->isIndexing())
            m_fileBar.progress->setValue(total > 0 ? int(1000.0 * done / total) : 0);
    });
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_pane.table->verticalScrollBar();
        m_stickToBottom = bar->value() >= bar->maximum();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LogView::onRowsInserted);
}

void LogView::checkOwnLog()
{
    if (m_ownLog)
        m_reader->checkNow();
}

void LogView::onIndexed()
{
    m_fileBar.progress->setVisible(m_model->isFiltering());
    offerTimeSpan();
    updateCounts();
    updateStatus();
}

void LogView::offerTimeSpan()
{
    // Offer the log's own time span in the (unticked) range editors.
    const LogIndex &index = m_reader->index();
    if (index.count() == 0)
        return;
    m_updatingControls = true;
    for (int i = 0; i < std::min(index.count(), 1000); ++i) {
        if (!m_filters.fromEnabled->isChecked() && index.at(i).stamp) {
            m_filters.from->setDateTime(LogParser::timeOfStamp(index.at(i).stamp));
            break;
        }
    }
    for (int i = index.count() - 1; i >= std::max(0, index.count() - 1000); --i) {
        if (!m_filters.toEnabled->isChecked() && index.at(i).stamp) {
            m_filters.to->setDateTime(LogParser::timeOfStamp(index.at(i).stamp));
            break;
        }
    }
    m_updatingControls = false;
}

void LogView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_fileBar.build(this, m_texts));
    m_filters.build(this, layout, m_texts);
    layout->addWidget(m_pane.build(this, m_model), 1);
    layout->addLayout(m_statusBar.build(this, m_texts));
    connectFileBar();
    connectFilters();
    connectTextFilter();
    connectPaneAndButtons();
    updateCounts();
}

void LogView::connectFileBar()
{
    connect(m_fileBar.open, &QToolButton::clicked, this, &LogView::openWithDialog);
    connect(m_fileBar.own, &QToolButton::clicked, this, &LogView::showOwnLog);
    connect(m_fileBar.follow, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updatingControls)
            m_reader->setFollowing(on);
    });
}

void LogView::onFilterControlChanged()
{
    if (!m_updatingControls)
        applyFilter();
}

void LogView::connectFilters()
{
    const LogFilterBar &f = m_filters;
    for (QToolButton *b : f.levels)
        connect(b, &QToolButton::toggled, this, &LogView::onFilterControlChanged);
    connect(f.onlyErrors, &QToolButton::clicked, this, &LogView::showOnlyErrors);
    connect(f.component, &QComboBox::currentIndexChanged, this, &LogView::onFilterControlChanged);
    connect(f.operation, &QComboBox::currentIndexChanged, this, &LogView::onFilterControlChanged);
    for (QDateTimeEdit *edit : {f.from, f.to})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &LogView::onFilterControlChanged);
    // The editors hold the log's first and last time (set when it is indexed) until ticked.
    connect(f.fromEnabled, &QCheckBox::toggled, f.from, &QWidget::setEnabled);
    connect(f.fromEnabled, &QCheckBox::toggled, this, &LogView::onFilterControlChanged);
    connect(f.toEnabled, &QCheckBox::toggled, f.to, &QWidget::setEnabled);
    connect(f.toEnabled, &QCheckBox::toggled, this, &LogView::onFilterControlChanged);
    connect(f.previous, &QPushButton::clicked, this, &LogView::goToPreviousProblem);
    connect(f.next, &QPushButton::clicked, this, &LogView::goToNextProblem);
    new QShortcut(QKeySequence(Qt::Key_F8), this, this, &LogView::goToNextProblem, Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8), this, this, &LogView::goToPreviousProblem, Qt::WidgetWithChildrenShortcut);
}

void LogView::connectTextFilter()
{
    m_textDelay = new QTimer(this);
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(250);
    connect(m_textDelay, &QTimer::timeout, this, &LogView::applyFilter);
    connect(m_filters.text, &QLineEdit::textChanged, this, [this] {
        if (!m_updatingControls)
            m_textDelay->start();
    });
    connect(m_filters.text, &QLineEdit::returnPressed, this, &LogView::applyFilter);
    for (QCheckBox *c : {m_filters.regex, m_filters.caseSensitive})
        connect(c, &QCheckBox::toggled, this, &LogView::onFilterControlChanged);
}

void LogView::connectPaneAndButtons()
{
    auto *copy = new QShortcut(QKeySequence::Copy, m_pane.table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, &LogView::copySelection);
    connect(m_pane.table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LogView::showCurrentEntry);
    connect(m_statusBar.copy, &QPushButton::clicked, this, &LogView::copySelection);
    connect(m_statusBar.exportButton, &QPushButton::clicked, this, &LogView::exportWithDialog);
    connect(m_statusBar.showInContext, &QPushButton::clicked, this, &LogView::showKeptInContext);
}

void LogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // A live language switch (issue 19 defect 6): every text of the tab follows at once.
        m_texts.retranslate();
        m_model->retranslate();
        updateCounts();
        updateOperations();
        updateStatus();
        showCurrentEntry();
    }
    QWidget::changeEvent(event);
}

Status LogView::openLog(const QString &path, bool follow)
{
    const Status status = m_reader->open(path, follow);
    if (!status.ok()) {
        showError(errorText(status.error()));
        return status;
    }
    m_lastError.clear();
    m_notice.clear();
    m_ownLog = false;
    m_keptSourceRow = -1;
    m_updatingControls = true;
    m_fileBar.follow->setChecked(follow);
    m_filters.operation->setCurrentIndex(0);
    // Components of the previous file go; the time range starts open.
    while (m_filters.component->count() > 1)
        m_filters.component->removeItem(m_filters.component->count() - 1);
    m_filters.fromEnabled->setChecked(false);
    m_filters.toEnabled->setChecked(false);
    m_updatingControls = false;
    m_stickToBottom = follow;
    m_fileBar.path->setText(m_reader->path());
    m_fileBar.path->setToolTip(m_fileBar.path->text());
    m_pane.detail->clear();
    updateComponents();
    updateOperations();
    applyFilter();
    return {};
}

void LogView::showOwnLog()
{
    QString path = Log::path();
    if (path.isEmpty())
        path = Log::defaultPath();
    if (openLog(path, true).ok())
        m_ownLog = true;
}

QString LogView::currentPath() const
{
    return m_reader->path();
}

quint32 LogView::levelBits() const
{
    quint32 bits = 0;
    for (int g = 0; g < LevelGroupCount; ++g) {
        if (m_filters.levels[g]->isChecked())
            bits |= groupBits(LevelGroup(g));
    }
    return bits;
}

void LogView::setLevelGroupShown(LevelGroup group, bool shown)
{
    if (group >= 0 && group < LevelGroupCount)
        m_filters.levels[group]->setChecked(shown);
}

void LogView::setComponentFilter(const QString &component)
{
    const int i = component.isEmpty() ? 0 : m_filters.component->findData(component, Qt::UserRole, Qt::MatchFixedString);
    if (i >= 0) {
        m_filters.component->setCurrentIndex(i);
    } else {
        // Not seen (yet): filter by it anyway.
        m_updatingControls = true;
        m_filters.component->addItem(component, component);
        m_updatingControls = false;
        m_filters.component->setCurrentIndex(m_filters.component->count() - 1);
    }
}

void LogView::setTextFilter(const QString &text, bool regex, bool caseSensitive)
{
    m_updatingControls = true;
    m_filters.text->setText(text);
    m_filters.regex->setChecked(regex);
    m_filters.caseSensitive->setChecked(caseSensitive);
    m_updatingControls = false;
    m_textDelay->stop();
    applyFilter();
}

void LogView::setTimeRange(const QDateTime &from, const QDateTime &to)
{
    m_updatingControls = true;
    m_filters.fromEnabled->setChecked(from.isValid());
    m_filters.toEnabled->setChecked(to.isValid());
    if (from.isValid())
        m_filters.from->setDateTime(from);
    if (to.isValid())
        m_filters.to->setDateTime(to);
    m_updatingControls = false;
    applyFilter();
}

void LogView::selectOperation(int index)
{
    const int i = m_filters.operation->findData(index);
    m_filters.operation->setCurrentIndex(i >= 0 ? i : 0);
}

void LogView::applyFilter()
{
    LogFilter filter;
    filter.setLevels(levelBits());
    const QString component = m_filters.component->currentData().toString();
    if (!component.isEmpty())
        filter.setComponents({component});
    filter.setTimeRange(m_filters.fromEnabled->isChecked() ? m_filters.from->dateTime() : QDateTime(),
                        m_filters.toEnabled->isChecked() ? m_filters.to->dateTime() : QDateTime());
    const Status text = filter.setText(m_filters.text->text(), m_filters.regex->isChecked(),
                                       m_filters.caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive);
    if (!text.ok()) {
        m_textError = errorText(text.error());
        m_filters.text->setStyleSheet(QStringLiteral("QLineEdit { background: #ffdede; }"));
        m_filters.text->setToolTip(m_textError);
    } else {
        m_textError.clear();
        m_filters.text->setStyleSheet(QString());
        m_filters.text->setToolTip(QString());
    }
    const int op = m_filters.operation->currentData().toInt();
    const auto &operations = m_reader->index().operations();
    if (op >= 0 && op < operations.size())
        filter.setOperation(operations[op]);
    // The selected entry stays selected when it passes the new filter (issue 19 defect 5).
    const QModelIndex current = m_pane.table->currentIndex();
    if (current.isValid())
        m_keptSourceRow = m_model->sourceRow(current.row());
    m_model->setFilter(filter);
    m_pane.detail->clear();
    m_statusBar.showInContext->setVisible(false);
    restoreKeptEntry();
    updateStatus();
}

void LogView::restoreKeptEntry()
{
    if (m_keptSourceRow < 0)
        return;
    const int row = m_model->rowForSourceRow(m_keptSourceRow);
    if (row >= 0) {
        m_pane.table->setCurrentIndex(m_model->index(row, LogTableModel::MessageColumn));
        m_pane.table->selectRow(row);
        m_pane.table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
        m_stickToBottom = false;
        m_statusBar.showInContext->setVisible(false);
        m_keptSourceRow = -1;
    } else if (!m_model->isFiltering()) {
        m_statusBar.showInContext->setVisible(true); // filtered out: offer to show it among all lines
    }
}

void LogView::showOnlyErrors()
{
    m_updatingControls = true;
    for (int g = 0; g < LevelGroupCount; ++g)
        m_filters.levels[g]->setChecked(g == Errors);
    m_updatingControls = false;
    applyFilter();
}

void LogView::showKeptInContext()
{
    const int kept = m_keptSourceRow;
    m_updatingControls = true;
    for (QToolButton *b : m_filters.levels)
        b->setChecked(true);
    m_filters.component->setCurrentIndex(0);
    m_filters.operation->setCurrentIndex(0);
    m_filters.fromEnabled->setChecked(false);
    m_filters.toEnabled->setChecked(false);
    m_filters.text->clear();
    m_updatingControls = false;
    m_pane.table->setCurrentIndex(QModelIndex()); // keep `kept`, not whatever row is current now
    m_keptSourceRow = kept;
    applyFilter();
}

void LogView::updateCounts()
{
    const LogIndex &index = m_reader->index();
    const QString labels[] = {tr("Errors"), tr("Warnings"), tr("Information"), tr("Debug"), tr("Unrecognised")};
    for (int g = 0; g < LevelGroupCount; ++g) {
        int n = 0;
        for (int l = 0; l < LogEntryLevelCount; ++l) {
            if (groupBits(LevelGroup(g)) & logLevelBit(LogEntryLevel(l)))
                n += index.levelCount(LogEntryLevel(l));
        }
        m_filters.levels[g]->setText(QStringLiteral("%1 (%2)").arg(labels[g]).arg(n));
    }
}

int LogView::levelCount(LogEntryLevel level) const
{
    return m_reader->index().levelCount(level);
}

QString LogView::countsText() const
{
    QStringList parts;
    for (int g = 0; g < LevelGroupCount; ++g)
        parts << m_filters.levels[g]->text();
    return parts.join(QStringLiteral(", "));
}

void LogView::updateStatus()
{
    if (!m_lastError.isEmpty()) {
        m_statusBar.status->setText(m_lastError);
        return;
    }
    QStringList parts;
    if (m_model->filter().isEmpty())
        parts << tr("%n entries", nullptr, m_reader->entryCount());
    else
        parts << tr("Showing %1 of %n entries", nullptr, m_reader->entryCount()).arg(m_model->rowCount());
    if (m_reader->isOpen() && m_reader->entryCount() > 0)
        parts << m_reader->codec().name();
    if (m_reader->isIndexing())
        parts << tr("reading the file…");
    if (m_model->isFiltering())
        parts << tr("filtering…");
    if (!m_textError.isEmpty())
        parts << m_textError;
    if (!m_notice.isEmpty())
        parts << m_notice;
    m_statusBar.status->setText(parts.join(QStringLiteral(" · ")));
}

void LogView::updateComponents()
{
    const QString current = m_filters.component->currentData().toString();
    const QStringList &names = m_reader->index().components();
    m_updatingControls = true;
    for (const QString &name : names) {
        if (!name.isEmpty() && m_filters.component->findData(name) < 0)
            m_filters.component->addItem(name, name);
    }
    const int i = m_filters.component->findData(current);
    m_filters.component->setCurrentIndex(i >= 0 ? i : 0);
    m_updatingControls = false;
}

void LogView::updateOperations()
{
    const int current = m_filters.operation->currentData().toInt();
    const auto &operations = m_reader->index().operations();
    m_updatingControls = true;
    m_filters.operation->clear();
    m_filters.operation->addItem(tr("All lines"), -1);
    for (int i = 0; i < operations.size(); ++i) {
        const LogOperationSpan &op = operations[i];
        QString text = op.name;
        if (!op.commandLine.isEmpty())
            text += QStringLiteral(" — ") + op.commandLine;
        else if (!op.detail.isEmpty())
            text += QStringLiteral(" — ") + op.detail;
        if (op.stamp)
            text += QStringLiteral("  ") + LogParser::timeOfStamp(op.stamp).toString(QStringLiteral("yyyy-MM-dd hh:mm:ss"));
        if (op.pid)
            text += QStringLiteral("  ") + tr("PID %1 TID %2").arg(op.pid).arg(op.tid);
        text += QStringLiteral("  ") + (op.ended() ? (op.outcome.isEmpty() ? tr("ended") : op.outcome) : tr("running or not ended"));
        m_filters.operation->addItem(text, i);
    }
    const int i = m_filters.operation->findData(current);
    m_filters.operation->setCurrentIndex(i >= 0 ? i : 0);
    m_updatingControls = false;
    // The chosen operation may just have ended: filter with its final extent.
    if (current >= 0 && current < operations.size()) {
        const auto &shown = m_model->filter().operation();
        if (!shown || shown->lastRow != operations[current].lastRow)
            applyFilter();
    }
}

void LogView::onRowsInserted()
{
    if (m_reader->isFollowing() && m_stickToBottom)
        m_pane.table->scrollToBottom();
}

void LogView::showCurrentEntry()
{
    const QModelIndex current = m_pane.table->currentIndex();
    if (!current.isValid()) {
        m_pane.detail->clear();
        return;
    }
    const QList<LogEntry> entries = m_model->entriesAt({current.row()});
    if (entries.isEmpty()) {
        m_pane.detail->clear();
        return;
    }
    const LogEntry &e = entries.first();
    QString text = tr("Line %1").arg(e.lineNumber);
    if (const auto hr = e.hresult())
        text += QStringLiteral("   ") + tr("HRESULT %1").arg(hresultSummary(*hr));
    m_pane.detail->setPlainText(text + QStringLiteral("\n") + e.raw);
}

bool LogView::goToNextProblem()
{
    return goToProblem(true);
}

bool LogView::goToPreviousProblem()
{
    return goToProblem(false);
}

bool LogView::goToProblem(bool forward)
{
    const QModelIndex current = m_pane.table->currentIndex();
    const int from = current.isValid() ? current.row() : (forward ? -1 : m_model->rowCount());
    const int row = m_model->findProblem(from, forward, ProblemLevels);
    if (row < 0) {
        m_notice = forward ? tr("No further error or warning below.") : tr("No earlier error or warning above.");
        updateStatus();
        return false;
    }
    m_notice.clear();
    updateStatus();
    m_pane.table->setCurrentIndex(m_model->index(row, LogTableModel::MessageColumn));
    m_pane.table->selectRow(row);
    m_pane.table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    m_stickToBottom = false;
    return true;
}

void LogView::copySelection()
{
    QList<int> rows;
    for (const QModelIndex &i : m_pane.table->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty() && m_pane.table->currentIndex().isValid())
        rows << m_pane.table->currentIndex().row();
    QStringList lines;
    for (const LogEntry &e : m_model->entriesAt(rows))
        lines << e.raw;
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void LogView::exportFiltered(const QString &path)
{
    if (m_exporting) {
        Q_EMIT exportFinished(Error::make(QStringLiteral("log.export-busy"), tr("An export is already running; wait for it to finish.")));
        return;
    }
    m_exporting = true;
    const LogIndex index = m_reader->index();
    auto rows = std::make_shared<std::vector<int>>(m_model->sourceRows());
    m_notice = tr("Exporting %n entries…", nullptr, int(rows->size()));
    updateStatus();
    m_exportPool->start([this, index, rows, path]() {
        const Status status = writeLogEntries(index, *rows, path);
        QMetaObject::invokeMethod(
            this,
            [this, status, path, count = rows->size()]() {
                m_exporting = false;
                m_notice = status.ok() ? tr("Exported %n entries to %1.", nullptr, int(count)).arg(path) : errorText(status.error());
                updateStatus();
                Q_EMIT exportFinished(status);
            },
            Qt::QueuedConnection);
    });
}

bool LogView::isBusy() const
{
    return m_reader->isIndexing() || m_model->isFiltering() || m_exporting;
}

void LogView::openWithDialog()
{
    const QString start = m_reader->isOpen() ? QFileInfo(m_reader->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Log"), start,
                                                      tr("Logs (*.log *.bak *.txt);;All files (*)"));
    if (!path.isEmpty())
        (void)openLog(path, m_fileBar.follow->isChecked()); // a failure is shown in the status line
}

void LogView::exportWithDialog()
{
    const QString start = QDir::home().filePath(QFileInfo(m_reader->path()).completeBaseName() + QStringLiteral("-filtered.log"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the Entries Shown"), start, tr("Logs (*.log *.txt)"));
    if (!path.isEmpty())
        exportFiltered(path);
}

void LogView::showError(const QString &text)
{
    m_lastError = text;
    m_statusBar.status->setText(text);
}

} // namespace wb
