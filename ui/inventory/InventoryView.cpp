// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "InventoryView.h"
#include "RemedyText.h"

#include "DisplayFormat.h"
#include "ProgressBars.h"

#include "ops/Engine.h"
#include "ops/GetInventoryOperation.h"
#include "ops/OperationHandle.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace wb {

namespace {

QString state(const std::optional<quint32> &value, QString (*name)(quint32))
{
    return value ? name(*value) : DisplayFormat::absent();
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

InventoryView::InventoryView(Engine &engine, QWidget *parent) : QWidget(parent), m_engine(engine)
{
    m_sourceLabel = new QLabel;
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_load = new QPushButton;
    m_folder = new QPushButton;
    m_filter = new QLineEdit;
    m_filter->setClearButtonEnabled(true);
    m_copy = new QPushButton;
    m_export = new QPushButton;
    auto *top = new QHBoxLayout;
    top->addWidget(m_sourceLabel, 1);
    top->addWidget(m_load);
    top->addWidget(m_folder);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_copy);
    tools->addWidget(m_export);
    m_tabs = new QTabWidget;
    for (int t = 0; t < TabCount; ++t) {
        auto *model = new QStandardItemModel(this);
        auto *proxy = new QSortFilterProxyModel(this);
        proxy->setSourceModel(model);
        proxy->setFilterKeyColumn(-1);
        proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
        auto *table = new QTableView;
        table->setModel(proxy);
        table->setSortingEnabled(true);
        table->sortByColumn(0, Qt::AscendingOrder);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->setObjectName(QStringLiteral("inventoryTable%1").arg(t));
        m_models << model;
        m_proxies << proxy;
        m_tables << table;
        m_tabs->addTab(table, QString());
    }
    m_progress = new QProgressBar;
    m_progress->hide();
    m_status = new QLabel;
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(tools);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    connect(m_load, &QPushButton::clicked, this, [this] {
        m_cache.remove(key(m_source));
        load();
    });
    connect(m_folder, &QPushButton::clicked, this, &InventoryView::chooseFolder);
    connect(m_copy, &QPushButton::clicked, this, &InventoryView::copySelection);
    connect(m_export, &QPushButton::clicked, this, &InventoryView::exportCurrent);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (QSortFilterProxyModel *p : std::as_const(m_proxies))
            p->setFilterFixedString(text);
    });
    retranslate();
}

QString InventoryView::key(const InventorySource &source)
{
    return source.isWim() ? QStringLiteral("wim:%1:%2").arg(source.wimFile).arg(source.index.value_or(0)) : QStringLiteral("dir:") + source.folder;
}

bool InventoryView::isCached(const InventorySource &source) const
{
    return m_cache.contains(key(source));
}

void InventoryView::setWimImage(const QString &path, int index)
{
    InventorySource source{{}, path, index, {}};
    if (path.isEmpty() || index <= 0)
        source = {};
    if (key(source) == key(m_source))
        return;
    m_source = source;
    retranslate();
    if (isVisible() || isCached(m_source))
        load();
}

void InventoryView::setImageFolder(const QString &folder)
{
    m_source = InventorySource{folder, {}, {}, {}};
    retranslate();
    load();
}

OperationHandle *InventoryView::load()
{
    if (m_source.folder.isEmpty() && !m_source.isWim())
        return nullptr;
    if (const auto it = m_cache.constFind(key(m_source)); it != m_cache.cend()) {
        display(*it);
        Q_EMIT loaded();
        return nullptr;
    }
    if (m_loading)
        m_loading->cancel();
    auto op = std::make_shared<GetInventoryOperation>(m_source);
    OperationHandle *handle = m_engine.start(op);
    m_loading = handle;
    m_progress->show();
    m_status->setText(tr("Reading %1…").arg(m_source.displayText()));
    connect(handle, &OperationHandle::progressChanged, this, [this, handle](const Progress &p) {
        if (m_loading == handle)
            showProgress(m_progress, p);
    });
    connect(handle, &OperationHandle::finished, this, [this, handle, op](const OperationOutcome &outcome) {
        if (outcome.succeeded())
            m_cache.insert(key(op->source()), snapshot(*op));
        if (m_loading != handle)
            return;
        m_loading = nullptr;
        m_progress->hide();
        if (outcome.succeeded())
            display(m_cache.value(key(op->source())));
        else
            m_status->setText(outcome.error ? errorText(*outcome.error) : tr("Cancelled."));
        Q_EMIT loaded();
    });
    return handle;
}

InventoryView::Snapshot InventoryView::snapshot(const GetInventoryOperation &op)
{
    Snapshot s;
    s.rows.resize(TabCount);
    s.problems = op.problems();
    s.rows[EditionTab] << QStringList{tr("Current edition"), op.edition().current.isEmpty() ? DisplayFormat::absent() : op.edition().current};
    for (const QString &t : op.edition().targets)
        s.rows[EditionTab] << QStringList{tr("Target edition"), t};
    const IntlSettings &intl = op.international();
    const QList<std::pair<QString, QString>> languages{{tr("System UI language"), intl.systemUiLanguage},
                                                       {tr("UI language fallback"), intl.uiFallback},
                                                       {tr("System locale"), intl.systemLocale},
                                                       {tr("User locale (default user)"), intl.userLocale},
                                                       {tr("Keyboards"), intl.inputLocales.join(QStringLiteral(", "))},
                                                       {tr("Time zone"), intl.timeZone},
                                                       {tr("Installed languages"), intl.installedLanguages.join(QStringLiteral(", "))}};
    for (const auto &[name, value] : languages)
        s.rows[LanguagesTab] << QStringList{name, value.isEmpty() ? DisplayFormat::absent() : value};
    for (const DriverPackage &d : op.drivers())
        s.rows[DriversTab] << QStringList{d.publishedName, d.originalFileName, DisplayFormat::yesNo(d.inbox), d.className, d.providerName,
                                          d.date.isValid() ? QLocale().toString(d.date, QLocale::ShortFormat) : DisplayFormat::absent(),
                                          d.version, DisplayFormat::yesNo(d.bootCritical)};
    for (const CbsPackage &p : op.packages()) {
        s.rows[PackagesTab] << QStringList{p.identity, p.releaseType, state(p.currentState, cbsStateName),
                                           p.installTime.isValid() ? DisplayFormat::time(p.installTime) : DisplayFormat::absent()};
        for (const CbsFeature &f : p.features)
            s.rows[FeaturesTab] << QStringList{f.name, f.displayName, state(f.state, featureStateName), p.identity};
        for (const CbsCapability &c : p.capabilities)
            s.rows[CapabilitiesTab] << QStringList{c.name, c.displayName, state(c.state, capabilityStateName), p.identity};
    }
    for (const ProvisionedAppInfo &a : op.apps())
        s.rows[AppsTab] << QStringList{a.displayName, a.version, a.architecture, a.packageName, a.regions};
    return s;
}

void InventoryView::display(const Snapshot &snapshot)
{
    for (int t = 0; t < TabCount; ++t) {
        QStandardItemModel *model = m_models[t];
        model->clear();
        model->setHorizontalHeaderLabels(headers(Tab(t)));
        for (const QStringList &row : snapshot.rows.value(t)) {
            QList<QStandardItem *> items;
            for (const QString &cell : row)
                items << new QStandardItem(cell);
            model->appendRow(items);
        }
        m_tables[t]->resizeColumnsToContents();
    }
    m_status->setText(snapshot.problems.isEmpty() ? tr("Read-only: adding packages, enabling features or changing the edition needs "
                                                       "Windows' servicing stack.")
                                                  : snapshot.problems.join(u'\n'));
}

QStringList InventoryView::headers(Tab tab) const
{
    switch (tab) {
    case EditionTab: return {tr("Property"), tr("Edition")};
    case LanguagesTab: return {tr("Setting"), tr("Value")};
    case DriversTab:
        return {tr("Published name"), tr("Original file"), tr("Inbox"), tr("Class"), tr("Provider"), tr("Date"), tr("Version"), tr("Boot critical")};
    case PackagesTab: return {tr("Package"), tr("Release type"), tr("State"), tr("Installed")};
    case FeaturesTab: return {tr("Feature"), tr("Display name"), tr("State"), tr("Package")};
    case CapabilitiesTab: return {tr("Capability"), tr("Display name"), tr("State"), tr("Package")};
    case AppsTab: return {tr("App"), tr("Version"), tr("Architecture"), tr("Package name"), tr("Regions")};
    case TabCount: break;
    }
    return {};
}

QTableView *InventoryView::table(Tab tab) const
{
    return m_tables.value(tab);
}

QString InventoryView::statusText() const
{
    return m_status->text();
}

QString InventoryView::csv(Tab tab) const
{
    const QSortFilterProxyModel *proxy = m_proxies.value(tab);
    QStringList lines;
    QStringList header;
    for (const QString &h : headers(tab))
        header << csvField(h);
    lines << header.join(u',');
    for (int r = 0; proxy && r < proxy->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < proxy->columnCount(); ++c)
            cells << csvField(proxy->index(r, c).data().toString());
        lines << cells.join(u',');
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

bool InventoryView::exportCsv(Tab tab, const QString &file)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(csv(tab).toUtf8()) < 0 || !out.commit()) {
        m_status->setText(tr("Could not write %1: %2").arg(file, out.errorString()));
        return false;
    }
    m_status->setText(tr("Saved %1.").arg(file));
    return true;
}

void InventoryView::exportCurrent()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export to CSV"), QString(), tr("CSV files (*.csv)"));
    if (!file.isEmpty())
        exportCsv(Tab(m_tabs->currentIndex()), file);
}

void InventoryView::copySelection()
{
    QTableView *view = m_tables.value(m_tabs->currentIndex());
    if (!view)
        return;
    QStringList lines;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        QStringList cells;
        for (int c = 0; c < view->model()->columnCount(); ++c)
            cells << view->model()->index(row.row(), c).data().toString();
        lines << cells.join(u'\t');
    }
    QApplication::clipboard()->setText(lines.join(u'\n'));
}

void InventoryView::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a Mounted or Applied Image Folder"));
    if (!dir.isEmpty())
        setImageFolder(dir);
}

void InventoryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loading && (m_source.isWim() || !m_source.folder.isEmpty()) && m_models[EditionTab]->rowCount() == 0)
        load();
}

void InventoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InventoryView::retranslate()
{
    const QString source = m_source.isWim() ? tr("Image %1 of %2").arg(m_source.index.value_or(0)).arg(m_source.wimFile) : m_source.folder;
    m_sourceLabel->setText(source.isEmpty() ? tr("Select an image index, or choose an image folder.") : source);
    m_load->setText(tr("&Reload"));
    m_folder->setText(tr("Image &folder…"));
    m_copy->setText(tr("&Copy"));
    m_export->setText(tr("E&xport CSV…"));
    m_filter->setPlaceholderText(tr("Filter"));
    const QStringList titles{tr("Edition"), tr("Languages"), tr("Drivers"), tr("Packages"), tr("Features"), tr("Capabilities"), tr("Apps")};
    for (int t = 0; t < TabCount; ++t) {
        m_tabs->setTabText(t, titles.value(t));
        m_models[t]->setHorizontalHeaderLabels(headers(Tab(t)));
    }
}

} // namespace wb
