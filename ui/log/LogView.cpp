// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogView.h"
#include "RemedyText.h"

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
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
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
        m_detail->clear();
    });
    connect(m_reader, &LogFileReader::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setVisible(m_reader->isIndexing());
        m_progress->setValue(total > 0 ? int(1000 * done / total) : 0);
    });
    connect(m_reader, &LogFileReader::indexed, this, [this] {
        m_progress->setVisible(m_model->isFiltering());
        // Offer the log's own time span in the (unticked) range editors.
        const LogIndex &index = m_reader->index();
        if (index.count() > 0) {
            m_updatingControls = true;
            for (int i = 0; i < std::min(index.count(), 1000); ++i) {
                if (!m_fromEnabled->isChecked() && index.at(i).stamp) {
                    m_from->setDateTime(LogParser::timeOfStamp(index.at(i).stamp));
                    break;
                }
            }
            for (int i = index.count() - 1; i >= std::max(0, index.count() - 1000); --i) {
                if (!m_toEnabled->isChecked() && index.at(i).stamp) {
                    m_to->setDateTime(LogParser::timeOfStamp(index.at(i).stamp));
                    break;
                }
            }
            m_updatingControls = false;
        }
        updateCounts();
        updateStatus();
    });
    connect(m_reader, &LogFileReader::failed, this, [this](const Error &error) { showError(errorText(error)); });
    connect(m_reader, &LogFileReader::rotated, this, [this](const QString &path) {
        m_lastError.clear();
        m_notice = tr("%1 was rotated or truncated; showing the new file.").arg(QFileInfo(path).fileName());
        updateStatus();
    });
    connect(m_reader, &LogFileReader::componentsChanged, this, &LogView::updateComponents);
    connect(m_reader, &LogFileReader::operationsChanged, this, &LogView::updateOperations);
    connect(m_model, &LogTableModel::filteringChanged, this, [this](bool running) {
        m_progress->setVisible(running || m_reader->isIndexing());
        if (!running)
            restoreKeptEntry();
        updateStatus();
    });
    connect(m_model, &LogTableModel::filterProgress, this, [this](int done, int total) {
        if (!m_reader->isIndexing())
            m_progress->setValue(total > 0 ? int(1000.0 * done / total) : 0);
    });
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_table->verticalScrollBar();
        m_stickToBottom = bar->value() >= bar->maximum();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LogView::onRowsInserted);

    // Our own operations write into our own log: look at it as soon as one starts or ends.
    connect(&m_engine, &Engine::operationStarted, this, [this] {
        if (m_ownLog)
            m_reader->checkNow();
    });
    connect(&m_engine, &Engine::operationFinished, this, [this] {
        if (m_ownLog)
            m_reader->checkNow();
    });

    showOwnLog();
}

LogView::~LogView()
{
    m_exportPool->waitForDone();
}

void LogView::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *fileRow = new QHBoxLayout;
    auto *open = new QToolButton(this);
    open->setObjectName(QStringLiteral("openLogButton"));
    onLanguage([open] { open->setText(tr("Open log…")); });
    onLanguage([open] { open->setToolTip(tr("Open a dism.log, cbs.log, .bak or other log file")); });
    connect(open, &QToolButton::clicked, this, &LogView::openWithDialog);
    auto *own = new QToolButton(this);
    own->setObjectName(QStringLiteral("ownLogButton"));
    onLanguage([own] { own->setText(tr("WimBench log")); });
    onLanguage([own] { own->setToolTip(tr("Show WimBench's own log, following new lines")); });
    connect(own, &QToolButton::clicked, this, &LogView::showOwnLog);
    m_follow = new QCheckBox(this);
    onLanguage([this] { m_follow->setText(tr("Follow new lines")); });
    m_follow->setObjectName(QStringLiteral("followCheck"));
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updatingControls)
            m_reader->setFollowing(on);
    });
    m_pathLabel = new QLabel(this);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pathLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long path never widens the tab (its tooltip has it whole)
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    fileRow->addWidget(open);
    fileRow->addWidget(own);
    fileRow->addWidget(m_follow);
    fileRow->addWidget(m_pathLabel, 1);
    fileRow->addWidget(m_progress);
    layout->addLayout(fileRow);

    auto *levelRow = new QHBoxLayout;
    {
        auto *label = new QLabel(this);
        onLanguage([label] { label->setText(tr("Levels:")); });
        levelRow->addWidget(label);
    }
    const char *names[] = {"errorsButton", "warningsButton", "informationButton", "debugButton", "unrecognisedButton"};
    for (int g = 0; g < LevelGroupCount; ++g) {
        auto *b = new QToolButton(this);
        b->setObjectName(QLatin1String(names[g]));
        b->setCheckable(true);
        b->setChecked(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        // The on/off state must be plain under every style (issue 19 defect 5): a shown level is
        // drawn on the palette's highlight, a hidden one as a plain button.
        b->setStyleSheet(QStringLiteral("QToolButton:checked { background-color: palette(highlight); color: palette(highlighted-text); }"));
        connect(b, &QToolButton::toggled, this, [this] {
            if (!m_updatingControls)
                applyFilter();
        });
        m_levelButtons[g] = b;
        levelRow->addWidget(b);
    }
    m_onlyErrors = new QToolButton(this);
    m_onlyErrors->setObjectName(QStringLiteral("onlyErrorsButton"));
    onLanguage([this] { m_onlyErrors->setText(tr("Only errors")); });
    onLanguage([this] { m_onlyErrors->setToolTip(tr("Show errors only (click a level to add it again)")); });
    connect(m_onlyErrors, &QToolButton::clicked, this, &LogView::showOnlyErrors);
    levelRow->addWidget(m_onlyErrors);
    levelRow->addStretch(1);
    // Short rows (levels; component, operation and navigation; time and text): the Log tab fits
    // a 1,024 px window next to the Open images panel in English and Chinese (issue 19 defect 5).
    auto *filterRow = new QHBoxLayout;
    {
        auto *label = new QLabel(this);
        onLanguage([label] { label->setText(tr("Component:")); });
        filterRow->addWidget(label);
    }
    m_component = new QComboBox(this);
    m_component->setObjectName(QStringLiteral("componentCombo"));
    m_component->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_component->addItem(QString(), QString());
    onLanguage([this] {
        // Wide enough for "All components" whole (issue 19 defect 10: it showed "All compone...").
        const QString all = tr("All components");
        m_component->setItemText(0, all);
        m_component->setMinimumContentsLength(std::max(14, int(all.size()) + 1));
    });
    connect(m_component, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updatingControls)
            applyFilter();
    });
    filterRow->addWidget(m_component);
    {
        auto *label = new QLabel(this);
        onLanguage([label] { label->setText(tr("Operation:")); });
        filterRow->addWidget(label);
    }
    m_operation = new QComboBox(this);
    m_operation->setObjectName(QStringLiteral("operationCombo"));
    m_operation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_operation->setMinimumContentsLength(12); // long names are elided; the list shows them whole
    m_operation->view()->setTextElideMode(Qt::ElideNone);
    m_operation->addItem(tr("All lines"), -1);
    connect(m_operation, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updatingControls)
            applyFilter();
    });
    filterRow->addWidget(m_operation, 1);
    layout->addLayout(levelRow);
    layout->addLayout(filterRow);

    auto *textRow = new QHBoxLayout;
    m_fromEnabled = new QCheckBox(this);
    onLanguage([this] { m_fromEnabled->setText(tr("From")); });
    m_fromEnabled->setObjectName(QStringLiteral("fromCheck"));
    m_from = new QDateTimeEdit(this);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_toEnabled = new QCheckBox(this);
    onLanguage([this] { m_toEnabled->setText(tr("to")); });
    m_toEnabled->setObjectName(QStringLiteral("toCheck"));
    m_to = new QDateTimeEdit(this);
    m_to->setObjectName(QStringLiteral("toEdit"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd hh:mm:ss"));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
            if (!m_updatingControls)
                applyFilter();
        });
    }
    // The editors hold the log's first and last time (set when it is indexed) until ticked.
    auto onRangeToggled = [this](QCheckBox *check, QDateTimeEdit *edit) {
        connect(check, &QCheckBox::toggled, this, [this, edit](bool on) {
            edit->setEnabled(on);
            if (!m_updatingControls)
                applyFilter();
        });
    };
    onRangeToggled(m_fromEnabled, m_from);
    onRangeToggled(m_toEnabled, m_to);
    textRow->addWidget(m_fromEnabled);
    textRow->addWidget(m_from);
    textRow->addWidget(m_toEnabled);
    textRow->addWidget(m_to);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("textFilter"));
    onLanguage([this] { m_text->setPlaceholderText(tr("Filter messages")); });
    m_text->setClearButtonEnabled(true);
    m_textDelay = new QTimer(this);
    m_textDelay->setSingleShot(true);
    m_textDelay->setInterval(250);
    connect(m_textDelay, &QTimer::timeout, this, &LogView::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, [this] {
        if (!m_updatingControls)
            m_textDelay->start();
    });
    connect(m_text, &QLineEdit::returnPressed, this, &LogView::applyFilter);
    m_regex = new QCheckBox(this);
    onLanguage([this] { m_regex->setText(tr("Regular expression")); });
    m_regex->setObjectName(QStringLiteral("regexCheck"));
    m_caseSensitive = new QCheckBox(this);
    onLanguage([this] { m_caseSensitive->setText(tr("Match case")); });
    for (QCheckBox *c : {m_regex, m_caseSensitive}) {
        connect(c, &QCheckBox::toggled, this, [this] {
            if (!m_updatingControls)
                applyFilter();
        });
    }
    auto *previous = new QPushButton(this);
    onLanguage([previous] { previous->setText(tr("Previous problem")); });
    previous->setObjectName(QStringLiteral("previousProblemButton"));
    onLanguage([previous] { previous->setToolTip(tr("Go to the previous error or warning (Shift+F8)")); });
    connect(previous, &QPushButton::clicked, this, &LogView::goToPreviousProblem);
    auto *next = new QPushButton(this);
    onLanguage([next] { next->setText(tr("Next problem")); });
    next->setObjectName(QStringLiteral("nextProblemButton"));
    onLanguage([next] { next->setToolTip(tr("Go to the next error or warning (F8)")); });
    connect(next, &QPushButton::clicked, this, &LogView::goToNextProblem);
    new QShortcut(QKeySequence(Qt::Key_F8), this, this, &LogView::goToNextProblem, Qt::WidgetWithChildrenShortcut);
    new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8), this, this, &LogView::goToPreviousProblem, Qt::WidgetWithChildrenShortcut);
    textRow->addWidget(m_text, 1);
    textRow->addWidget(m_regex);
    textRow->addWidget(m_caseSensitive);
    filterRow->addWidget(previous);
    filterRow->addWidget(next);
    layout->addLayout(textRow);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(false);
    m_table->verticalHeader()->setVisible(false);
    // Fixed row heights: the view never measures millions of rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(LogTableModel::TimeColumn, digit * 21);
    m_table->setColumnWidth(LogTableModel::LevelColumn, digit * 12);
    m_table->setColumnWidth(LogTableModel::ComponentColumn, digit * 10);
    m_table->setColumnWidth(LogTableModel::PidColumn, digit * 8);
    m_table->setColumnWidth(LogTableModel::TidColumn, digit * 8);
    auto *copy = new QShortcut(QKeySequence::Copy, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, &LogView::copySelection);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LogView::showCurrentEntry);

    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("entryDetail"));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    auto *copyButton = new QPushButton(this);
    onLanguage([copyButton] { copyButton->setText(tr("Copy")); });
    onLanguage([copyButton] { copyButton->setToolTip(tr("Copy the selected entries as they are in the file")); });
    connect(copyButton, &QPushButton::clicked, this, &LogView::copySelection);
    auto *exportButton = new QPushButton(this);
    onLanguage([exportButton] { exportButton->setText(tr("Export…")); });
    exportButton->setObjectName(QStringLiteral("exportButton"));
    onLanguage([exportButton] { exportButton->setToolTip(tr("Save the entries shown (after filtering) to a file")); });
    connect(exportButton, &QPushButton::clicked, this, &LogView::exportWithDialog);
    m_showInContext = new QPushButton(this);
    onLanguage([this] { m_showInContext->setText(tr("Show in context")); });
    m_showInContext->setObjectName(QStringLiteral("showInContextButton"));
    onLanguage([this] { m_showInContext->setToolTip(tr("The selected entry is hidden by the filters: clear them and show it among all lines")); });
    m_showInContext->setVisible(false);
    connect(m_showInContext, &QPushButton::clicked, this, &LogView::showKeptInContext);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_showInContext);
    bottom->addWidget(copyButton);
    bottom->addWidget(exportButton);
    layout->addLayout(bottom);
    updateCounts();
}

void LogView::onLanguage(std::function<void()> apply)
{
    apply();
    m_retranslators.push_back(std::move(apply));
}

void LogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // A live language switch (issue 19 defect 6): every text of the tab follows at once.
        for (const auto &apply : m_retranslators)
            apply();
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
    m_follow->setChecked(follow);
    m_operation->setCurrentIndex(0);
    // Components of the previous file go; the time range starts open.
    while (m_component->count() > 1)
        m_component->removeItem(m_component->count() - 1);
    m_fromEnabled->setChecked(false);
    m_toEnabled->setChecked(false);
    m_updatingControls = false;
    m_stickToBottom = follow;
    m_pathLabel->setText(m_reader->path());
    m_pathLabel->setToolTip(m_pathLabel->text());
    m_detail->clear();
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
        if (m_levelButtons[g]->isChecked())
            bits |= groupBits(LevelGroup(g));
    }
    return bits;
}

void LogView::setLevelGroupShown(LevelGroup group, bool shown)
{
    if (group >= 0 && group < LevelGroupCount)
        m_levelButtons[group]->setChecked(shown);
}

void LogView::setComponentFilter(const QString &component)
{
    const int i = component.isEmpty() ? 0 : m_component->findData(component, Qt::UserRole, Qt::MatchFixedString);
    if (i >= 0) {
        m_component->setCurrentIndex(i);
    } else {
        // Not seen (yet): filter by it anyway.
        m_updatingControls = true;
        m_component->addItem(component, component);
        m_updatingControls = false;
        m_component->setCurrentIndex(m_component->count() - 1);
    }
}

void LogView::setTextFilter(const QString &text, bool regex, bool caseSensitive)
{
    m_updatingControls = true;
    m_text->setText(text);
    m_regex->setChecked(regex);
    m_caseSensitive->setChecked(caseSensitive);
    m_updatingControls = false;
    m_textDelay->stop();
    applyFilter();
}

void LogView::setTimeRange(const QDateTime &from, const QDateTime &to)
{
    m_updatingControls = true;
    m_fromEnabled->setChecked(from.isValid());
    m_toEnabled->setChecked(to.isValid());
    if (from.isValid())
        m_from->setDateTime(from);
    if (to.isValid())
        m_to->setDateTime(to);
    m_updatingControls = false;
    applyFilter();
}

void LogView::selectOperation(int index)
{
    const int i = m_operation->findData(index);
    m_operation->setCurrentIndex(i >= 0 ? i : 0);
}

void LogView::applyFilter()
{
    LogFilter filter;
    filter.setLevels(levelBits());
    const QString component = m_component->currentData().toString();
    if (!component.isEmpty())
        filter.setComponents({component});
    filter.setTimeRange(m_fromEnabled->isChecked() ? m_from->dateTime() : QDateTime(),
                        m_toEnabled->isChecked() ? m_to->dateTime() : QDateTime());
    const Status text = filter.setText(m_text->text(), m_regex->isChecked(),
                                       m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive);
    if (!text.ok()) {
        m_textError = errorText(text.error());
        m_text->setStyleSheet(QStringLiteral("QLineEdit { background: #ffdede; }"));
        m_text->setToolTip(m_textError);
    } else {
        m_textError.clear();
        m_text->setStyleSheet(QString());
        m_text->setToolTip(QString());
    }
    const int op = m_operation->currentData().toInt();
    const auto &operations = m_reader->index().operations();
    if (op >= 0 && op < operations.size())
        filter.setOperation(operations[op]);
    // The selected entry stays selected when it passes the new filter (issue 19 defect 5).
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_keptSourceRow = m_model->sourceRow(current.row());
    m_model->setFilter(filter);
    m_detail->clear();
    m_showInContext->setVisible(false);
    restoreKeptEntry();
    updateStatus();
}

void LogView::restoreKeptEntry()
{
    if (m_keptSourceRow < 0)
        return;
    const int row = m_model->rowForSourceRow(m_keptSourceRow);
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, LogTableModel::MessageColumn));
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
        m_stickToBottom = false;
        m_showInContext->setVisible(false);
        m_keptSourceRow = -1;
    } else if (!m_model->isFiltering()) {
        m_showInContext->setVisible(true); // filtered out: offer to show it among all lines
    }
}

void LogView::showOnlyErrors()
{
    m_updatingControls = true;
    for (int g = 0; g < LevelGroupCount; ++g)
        m_levelButtons[g]->setChecked(g == Errors);
    m_updatingControls = false;
    applyFilter();
}

void LogView::showKeptInContext()
{
    const int kept = m_keptSourceRow;
    m_updatingControls = true;
    for (QToolButton *b : m_levelButtons)
        b->setChecked(true);
    m_component->setCurrentIndex(0);
    m_operation->setCurrentIndex(0);
    m_fromEnabled->setChecked(false);
    m_toEnabled->setChecked(false);
    m_text->clear();
    m_updatingControls = false;
    m_table->setCurrentIndex(QModelIndex()); // keep `kept`, not whatever row is current now
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
        m_levelButtons[g]->setText(QStringLiteral("%1 (%2)").arg(labels[g]).arg(n));
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
        parts << m_levelButtons[g]->text();
    return parts.join(QStringLiteral(", "));
}

void LogView::updateStatus()
{
    if (!m_lastError.isEmpty()) {
        m_status->setText(m_lastError);
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
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void LogView::updateComponents()
{
    const QString current = m_component->currentData().toString();
    const QStringList &names = m_reader->index().components();
    m_updatingControls = true;
    for (const QString &name : names) {
        if (!name.isEmpty() && m_component->findData(name) < 0)
            m_component->addItem(name, name);
    }
    const int i = m_component->findData(current);
    m_component->setCurrentIndex(i >= 0 ? i : 0);
    m_updatingControls = false;
}

void LogView::updateOperations()
{
    const int current = m_operation->currentData().toInt();
    const auto &operations = m_reader->index().operations();
    m_updatingControls = true;
    m_operation->clear();
    m_operation->addItem(tr("All lines"), -1);
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
        m_operation->addItem(text, i);
    }
    const int i = m_operation->findData(current);
    m_operation->setCurrentIndex(i >= 0 ? i : 0);
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
        m_table->scrollToBottom();
}

void LogView::showCurrentEntry()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const QList<LogEntry> entries = m_model->entriesAt({current.row()});
    if (entries.isEmpty()) {
        m_detail->clear();
        return;
    }
    const LogEntry &e = entries.first();
    QString text = tr("Line %1").arg(e.lineNumber);
    if (const auto hr = e.hresult())
        text += QStringLiteral("   ") + tr("HRESULT %1").arg(hresultSummary(*hr));
    m_detail->setPlainText(text + QStringLiteral("\n") + e.raw);
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
    const QModelIndex current = m_table->currentIndex();
    const int from = current.isValid() ? current.row() : (forward ? -1 : m_model->rowCount());
    const int row = m_model->findProblem(from, forward, ProblemLevels);
    if (row < 0) {
        m_notice = forward ? tr("No further error or warning below.") : tr("No earlier error or warning above.");
        updateStatus();
        return false;
    }
    m_notice.clear();
    updateStatus();
    m_table->setCurrentIndex(m_model->index(row, LogTableModel::MessageColumn));
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    m_stickToBottom = false;
    return true;
}

void LogView::copySelection()
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex().row();
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
        Status status;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            status = Error::make(QStringLiteral("log.export"),
                                 tr("Cannot write %1: %2. Choose another folder.").arg(path, file.errorString()));
        } else {
            size_t i = 0;
            while (i < rows->size() && status.ok()) {
                size_t j = i + 1;
                while (j < rows->size() && (*rows)[j] == (*rows)[j - 1] + 1 && j - i < 4096)
                    ++j;
                auto entries = index.readEntries((*rows)[i], int(j - i));
                if (!entries) {
                    status = entries.error();
                    break;
                }
                QByteArray out;
                for (const LogEntry &e : *entries) {
                    out += e.raw.toUtf8();
                    out += '\n';
                }
                if (file.write(out) != out.size())
                    status = Error::make(QStringLiteral("log.export"), tr("Cannot write %1: %2. Check the free space.").arg(path, file.errorString()));
                i = j;
            }
            if (status.ok() && !file.commit())
                status = Error::make(QStringLiteral("log.export"), tr("Cannot write %1: %2. Check the free space.").arg(path, file.errorString()));
        }
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
        (void)openLog(path, m_follow->isChecked()); // a failure is shown in the status line
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
    m_status->setText(text);
}

} // namespace wb
