#include "ProvisionedAppsView.h"
#include "ProgressBars.h"

#include "ProvisionWizard.h"

#include "ops/Engine.h"
#include "ops/OperationHandle.h"
#include "ops/OptimizeProvisionedAppxPackagesOperation.h"
#include "ops/RemoveProvisionedAppxPackageOperation.h"
#include "ops/SetProvisionedAppxDataFileOperation.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wb {

ProvisionedAppsView::ProvisionedAppsView(Engine &engine, const QString &imageDir, QWidget *parent) : QWidget(parent), m_engine(engine)
{
    m_image = new QLineEdit(QDir::toNativeSeparators(imageDir), this);
    m_image->setObjectName(QStringLiteral("imageEdit"));
    m_refreshButton = new QPushButton(tr("Refresh"), this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("provisionedList"));
    m_list->setHeaderLabels({tr("Name"), tr("Version"), tr("Architecture"), tr("Resource ID"), tr("Package name"), tr("Regions"), tr("Registry")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_add = new QPushButton(tr("Add…"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    m_setData = new QPushButton(tr("Set data file…"), this);
    m_optimize = new QPushButton(tr("Optimize"), this);
    m_optimize->setToolTip(tr("Replace identical files of the provisioned apps with hard links"));
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("statusLabel"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Image folder:"), this));
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
    layout->addWidget(m_progress);
    layout->addWidget(m_status);

    connect(m_refreshButton, &QPushButton::clicked, this, [this] { refresh(); });
    connect(m_image, &QLineEdit::editingFinished, this, [this] { refresh(); });
    connect(m_add, &QPushButton::clicked, this, &ProvisionedAppsView::showWizard);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(m_optimize, &QPushButton::clicked, this, [this] { optimize(); });
    connect(m_setData, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Custom data file"));
        if (!file.isEmpty())
            setDataFileForSelected(file);
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ProvisionedAppsView::updateButtons);
    updateButtons();
}

void ProvisionedAppsView::setImageDir(const QString &imageDir)
{
    m_image->setText(QDir::toNativeSeparators(imageDir));
    refresh();
}

QString ProvisionedAppsView::imageDir() const
{
    return QDir::fromNativeSeparators(m_image->text().trimmed());
}

QString ProvisionedAppsView::statusText() const
{
    return m_status->text();
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
        } else {
            m_apps.clear();
            if (outcome.error)
                m_status->setText(outcome.error->message);
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
        item->setToolTip(RegistryColumn, registryToolTip(a.registry));
        if (!a.folderPresent)
            item->setToolTip(PackageNameColumn, tr("The package folder is missing from Program Files\\WindowsApps."));
        if (a.packageName == current)
            item->setSelected(true);
    }
    updateButtons();
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
    const bool idle = m_action.isNull();
    const bool selected = !selectedPackage().isEmpty();
    m_add->setEnabled(idle && !imageDir().isEmpty());
    m_remove->setEnabled(idle && selected);
    m_setData->setEnabled(idle && selected);
    m_optimize->setEnabled(idle && !m_apps.isEmpty());
}

OperationHandle *ProvisionedAppsView::startAction(std::shared_ptr<Operation> op, std::function<QString()> success)
{
    if (m_action)
        return nullptr;
    m_action = m_engine.start(op);
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_status->setText(op->description());
    connect(m_action, &OperationHandle::progressChanged, this, [this](const Progress &p) {
        m_status->setText(p.stage);
        showProgress(m_progress, p);
    });
    connect(m_action, &OperationHandle::finished, this, [this, success](const OperationOutcome &outcome) {
        m_action = nullptr;
        m_progress->setVisible(false);
        if (outcome.succeeded())
            m_status->setText(success());
        else if (outcome.cancelled())
            m_status->setText(tr("Cancelled."));
        else
            m_status->setText(outcome.error ? outcome.error->message : QString());
        updateButtons();
        Q_EMIT actionFinished(outcome);
        refresh();
    });
    updateButtons();
    return m_action;
}

OperationHandle *ProvisionedAppsView::removeSelected()
{
    const QString package = selectedPackage();
    if (package.isEmpty())
        return nullptr;
    auto op = std::make_shared<RemoveProvisionedAppxPackageOperation>(imageDir(), package);
    return startAction(op, [op, package] {
        return tr("%1 removed: %n package folder(s) deleted.", nullptr, int(op->result().removedFolders.size())).arg(package);
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
    return startAction(op, [op] { return tr("Custom data written to %1.").arg(QDir::toNativeSeparators(op->writtenFile())); });
}

void ProvisionedAppsView::showWizard()
{
    auto *wizard = new ProvisionWizard(m_engine, imageDir(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QWizard::finished, this, [this] { refresh(); });
    wizard->open();
}

} // namespace wb
