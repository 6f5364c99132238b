// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProvisionedAppsView.h"
#include "OperationPanel.h"
#include "RemedyText.h"

#include "ProvisionWizard.h"

#include "ops/Engine.h"
#include "ops/OperationHandle.h"
#include "ops/OptimizeProvisionedAppxPackagesOperation.h"
#include "ops/RemoveProvisionedAppxPackageOperation.h"
#include "ops/SetProvisionedAppxDataFileOperation.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wb {

ProvisionedAppsView::ProvisionedAppsView(Engine &engine, const QString &imageDir, QWidget *parent) : QWidget(parent), m_engine(engine)
{
    m_image = new QLineEdit(imageDir, this);
    m_image->setObjectName(QStringLiteral("imageEdit"));
    m_refreshButton = new QPushButton(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("provisionedList"));
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_add = new QPushButton(this);
    m_remove = new QPushButton(this);
    m_setData = new QPushButton(this);
    m_optimize = new QPushButton(this);
    m_imageLabel = new QLabel(this);
    m_panel = new OperationPanel(this);
    m_panel->setHideWhenIdle(true);
    m_panel->statusLabel()->setObjectName(QStringLiteral("statusLabel"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_imageLabel);
    top->addWidget(m_image, 1);
    top->addWidget(m_refreshButton);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_setData, m_optimize})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_panel);

    connect(m_refreshButton, &QPushButton::clicked, this, [this] { refresh(); });
    connect(m_image, &QLineEdit::editingFinished, this, [this] { refresh(); });
    connect(m_add, &QPushButton::clicked, this, [this] { showWizard(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(m_optimize, &QPushButton::clicked, this, [this] { optimize(); });
    connect(m_setData, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Custom data file"));
        if (!file.isEmpty())
            setDataFileForSelected(file);
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ProvisionedAppsView::updateButtons);
    retranslate();
}

void ProvisionedAppsView::retranslate()
{
    m_imageLabel->setText(tr("Image folder:"));
    m_refreshButton->setText(tr("Refresh"));
    m_list->setHeaderLabels({tr("Name"), tr("Version"), tr("Architecture"), tr("Resource ID"), tr("Package name"), tr("Regions"), tr("Registry")});
    m_add->setText(tr("Add…"));
    m_remove->setText(tr("Remove"));
    m_setData->setText(tr("Set data file…"));
    m_optimize->setText(tr("Optimize"));
    m_optimize->setToolTip(tr("Replace identical files of the provisioned apps with hard links"));
    fill(); // the "None" of the Regions column
}

void ProvisionedAppsView::changeEvent(QEvent *event)
{
    // A live language switch reaches this tab too (defect 6).
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ProvisionedAppsView::setImageDir(const QString &imageDir)
{
    m_image->setText(imageDir);
    refresh();
}

QString ProvisionedAppsView::imageDir() const
{
    return QDir::fromNativeSeparators(m_image->text().trimmed());
}

bool ProvisionedAppsView::isBusy() const
{
    return m_panel->isRunning() || !m_refresh.isNull();
}

QString ProvisionedAppsView::statusText() const
{
    return m_panel->statusText();
}

OperationHandle *ProvisionedAppsView::refresh()
{
    if (m_refresh || imageDir().isEmpty())
        return m_refresh;
    auto op = std::make_shared<GetProvisionedAppxPackagesOperation>(imageDir());
    m_refresh = m_engine.start(op);
    connect(m_refresh, &OperationHandle::finished, this, [this, op](const OperationOutcome &outcome) {
        m_refresh = nullptr;
        if (outcome.succeeded()) {
            m_apps = op->apps();
            // A correct list replaces the error of an earlier read (defect 7).
            if (m_panel->statusKind() == StatusKind::Error && !m_panel->isRunning())
                m_panel->setStatus(QString());
        } else {
            m_apps.clear();
            if (outcome.error)
                m_panel->setStatus(errorText(*outcome.error), StatusKind::Error);
        }
        fill();
        Q_EMIT refreshed();
    });
    updateButtons();
    return m_refresh;
}

QString ProvisionedAppsView::registryText(ProvisionedRegistryState state)
{
    switch (state) {
    case ProvisionedRegistryState::Registered: return tr("Registered");
    case ProvisionedRegistryState::NotRegistered: return tr("Missing");
    case ProvisionedRegistryState::RegistryOnly: return tr("Registry only");
    case ProvisionedRegistryState::NoHive: break;
    }
    return tr("No hive");
}

QString ProvisionedAppsView::registryToolTip(ProvisionedRegistryState state)
{
    switch (state) {
    case ProvisionedRegistryState::Registered: return tr("In AppxProvisioning.xml and in the image's registry: installed for new users.");
    case ProvisionedRegistryState::NotRegistered:
        return tr("In AppxProvisioning.xml but not in the image's registry (AppxAllUserStore): Windows would not install it for new users.");
    case ProvisionedRegistryState::RegistryOnly: return tr("In the image's registry (AppxAllUserStore) but not in AppxProvisioning.xml.");
    case ProvisionedRegistryState::NoHive: break;
    }
    return tr("The image has no SOFTWARE hive (Windows/System32/config/SOFTWARE), so the registry was not checked.");
}

void ProvisionedAppsView::fill()
{
    const QString current = selectedPackage();
    m_list->clear();
    for (const ProvisionedAppInfo &a : m_apps) {
        auto *item = new QTreeWidgetItem(m_list, {a.displayName, a.version, a.architecture, a.resourceId, a.packageName,
                                                  a.regions.isEmpty() ? tr("None") : a.regions, registryText(a.registry)});
        showDisplayName(item, a);
        item->setToolTip(RegistryColumn, registryToolTip(a.registry));
        if (!a.folderPresent)
            item->setToolTip(PackageNameColumn, tr("The package folder is missing from Program Files\\WindowsApps."));
        if (a.packageName == current)
            item->setSelected(true);
    }
    updateButtons();
}

void ProvisionedAppsView::showDisplayName(QTreeWidgetItem *item, const ProvisionedAppInfo &app)
{
    const QString shown = app.manifestDisplayName;
    if (shown.isEmpty()) {
        item->setToolTip(NameColumn, tr("No manifest of this app could be read in the image, so its identity name %1 is shown.")
                                         .arg(app.displayName));
    } else if (shown.startsWith(QLatin1String("ms-resource:"), Qt::CaseInsensitive)) {
        // Resolving it needs the package's resources.pri, which WimBench does not read.
        item->setToolTip(NameColumn, tr("The manifest names this app by a resource (%1); WimBench does not read resources.pri, "
                                        "so the identity name %2 is shown.")
                                         .arg(shown, app.displayName));
    } else {
        item->setText(NameColumn, shown);
        item->setToolTip(NameColumn, tr("%1 (identity name %2)").arg(shown, app.displayName));
    }
}

QString ProvisionedAppsView::selectedPackage() const
{
    const auto items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->text(PackageNameColumn);
}

bool ProvisionedAppsView::selectPackage(const QString &packageName)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->text(PackageNameColumn) == packageName) {
            m_list->setCurrentItem(item);
            item->setSelected(true);
            return true;
        }
    }
    return false;
}

void ProvisionedAppsView::updateButtons()
{
    const bool idle = !m_panel->isRunning();
    const bool selected = !selectedPackage().isEmpty();
    m_add->setEnabled(idle && !imageDir().isEmpty());
    m_remove->setEnabled(idle && selected);
    m_setData->setEnabled(idle && selected);
    m_optimize->setEnabled(idle && !m_apps.isEmpty());
}

OperationHandle *ProvisionedAppsView::startAction(std::shared_ptr<Operation> op, std::function<QString()> success)
{
    if (m_panel->isRunning())
        return nullptr;
    OperationHandle *handle = m_engine.start(op);
    m_panel->watch(handle);
    m_panel->setStatus(op->description() + QStringLiteral("…"));
    connect(handle, &OperationHandle::finished, this, [this, success](const OperationOutcome &outcome) {
        if (outcome.succeeded())
            m_panel->setStatus(success(), StatusKind::Success);
        updateButtons();
        Q_EMIT actionFinished(outcome);
        refresh();
    });
    updateButtons();
    return handle;
}

OperationHandle *ProvisionedAppsView::removeSelected()
{
    const QString package = selectedPackage();
    if (package.isEmpty())
        return nullptr;
    if (m_confirmRemove) {
        // Says what goes with it; Enter keeps the app (defect 8).
        const auto answer = QMessageBox::question(
            this, tr("Remove Provisioned App"),
            tr("Remove the provisioning of %1 from %2?\n\nIts package folders are deleted from the image, and so are the "
               "frameworks and resource packages that no other provisioned app needs.")
                .arg(package, imageDir()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return nullptr;
    }
    auto op = std::make_shared<RemoveProvisionedAppxPackageOperation>(imageDir(), package);
    return startAction(op, [op, package]() -> QString { // not a QStringBuilder of temporaries
        const QStringList &folders = op->result().removedFolders;
        return tr("%1 removed: %n package folder(s) deleted.", nullptr, int(folders.size())).arg(package)
            + (folders.isEmpty() ? QString() : QLatin1Char(' ') + tr("Deleted: %1.").arg(folders.join(QStringLiteral(", "))));
    });
}

OperationHandle *ProvisionedAppsView::optimize()
{
    auto op = std::make_shared<OptimizeProvisionedAppxPackagesOperation>(imageDir());
    return startAction(op, [op] {
        return tr("%n identical file(s) replaced by hard links; %1 bytes saved.", nullptr, int(op->result().filesLinked))
            .arg(QLocale().toString(op->result().bytesSaved));
    });
}

OperationHandle *ProvisionedAppsView::setDataFileForSelected(const QString &customDataPath)
{
    const QString package = selectedPackage();
    if (package.isEmpty())
        return nullptr;
    auto op = std::make_shared<SetProvisionedAppxDataFileOperation>(imageDir(), package, customDataPath);
    return startAction(op, [op] { return tr("Custom data written to %1.").arg(op->writtenFile()); });
}

void ProvisionedAppsView::showWizard(const QString &packagePath)
{
    auto *wizard = new ProvisionWizard(m_engine, imageDir(), this);
    if (!packagePath.isEmpty())
        wizard->sourcePage()->pathEdit()->setText(packagePath);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QWizard::finished, this, [this] { refresh(); });
    wizard->open();
}

} // namespace wb
