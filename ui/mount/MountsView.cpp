// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MountsView.h"
#include "MountDialog.h"
#include "NewIndexDialog.h"
#include "OperationPanel.h"
#include "RemedyText.h"

#include "ops/CleanupMountpointsOperation.h"
#include "ops/DismountImageOperation.h"
#include "ops/Engine.h"
#include "ops/MountImageOperation.h"
#include "ops/OperationHandle.h"
#include "ops/RemountImageOperation.h"
#include "ops/SaveImageOperation.h"

#include <QDesktopServices>
#include <QDir>

#include <algorithm>
#include <QEvent>
#include <QHideEvent>
#include <QShowEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace wb {

namespace {
constexpr int kRefreshIntervalMs = 5000;
}

MountsView::MountsView(Engine &engine, QWidget *parent)
    : QWidget(parent), m_engine(engine)
{
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(FolderColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ImageColumn, QHeaderView::Stretch);
    for (int c : {IndexColumn, ModeColumn, StatusColumn})
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &MountsView::updateButtons);

    m_mount = new QPushButton(this);
    m_save = new QPushButton(this);
    m_saveNew = new QPushButton(this);
    m_dismountSave = new QPushButton(this);
    m_dismountDiscard = new QPushButton(this);
    m_remount = new QPushButton(this);
    m_cleanup = new QPushButton(this);
    m_refreshButton = new QPushButton(this);
    m_openFolder = new QPushButton(this);
    m_openFolder->setObjectName(QStringLiteral("openMountFolder"));
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        const QString dir = selectedMountDir();
        if (!dir.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
    });
    connect(m_list, &QTreeWidget::itemActivated, m_openFolder, &QPushButton::click);
    connect(m_mount, &QPushButton::clicked, this, [this] { showMountDialog(); });
    connect(m_save, &QPushButton::clicked, this, [this] { saveSelected(false); });
    connect(m_saveNew, &QPushButton::clicked, this, [this] { saveSelected(true); });
    connect(m_dismountSave, &QPushButton::clicked, this, [this] { dismountSelected(true); });
    connect(m_dismountDiscard, &QPushButton::clicked, this, [this] { dismountSelected(false); });
    connect(m_remount, &QPushButton::clicked, this, [this] { remountSelected(); });
    connect(m_cleanup, &QPushButton::clicked, this, [this] { cleanup(); });
    connect(m_refreshButton, &QPushButton::clicked, this, [this] { refresh(); });

    // Two rows, so the tab fits a 1,024 px window beside the Open images panel: the mounts
    // themselves, then what is done with the changes of the selected one.
    auto *mountRow = new QHBoxLayout;
    for (QPushButton *b : {m_mount, m_remount, m_cleanup})
        mountRow->addWidget(b);
    mountRow->addStretch(1);
    mountRow->addWidget(m_openFolder);
    mountRow->addWidget(m_refreshButton);
    auto *changesRow = new QHBoxLayout;
    for (QPushButton *b : {m_save, m_saveNew, m_dismountSave, m_dismountDiscard})
        changesRow->addWidget(b);
    changesRow->addStretch(1);
    auto *buttons = new QVBoxLayout;
    buttons->addLayout(mountRow);
    buttons->addLayout(changesRow);

    m_panel = new OperationPanel(this);
    m_panel->setHideWhenIdle(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_panel);

    m_timer = new QTimer(this);
    m_timer->setInterval(kRefreshIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!isBusy())
            refresh();
    });
    retranslate();
    updateButtons();
    refresh();
}

void MountsView::retranslate()
{
    m_list->setHeaderLabels({tr("Mount folder"), tr("Image file"), tr("Index"), tr("Image name"), tr("Mode"), tr("Status")});
    m_mount->setText(tr("Mount…"));
    m_mount->setToolTip(tr("Mount an image of a WIM file on an empty folder"));
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Write the changes into the image and stay mounted"));
    m_saveNew->setText(tr("Save as new index"));
    m_saveNew->setToolTip(tr("Append the changed image as a new index; the mounted index stays unchanged"));
    m_dismountSave->setText(tr("Dismount (save)"));
    m_dismountDiscard->setText(tr("Dismount (discard)"));
    m_remount->setText(tr("Remount"));
    m_remount->setToolTip(tr("Serve a mount again whose helper has stopped"));
    m_cleanup->setText(tr("Cleanup"));
    m_cleanup->setToolTip(tr("Remove stale mount points, helpers, staging folders and registry entries"));
    m_refreshButton->setText(tr("Refresh"));
    m_openFolder->setText(tr("Open Folder"));
    m_openFolder->setToolTip(tr("Show the selected mount folder in the file manager (double-click a row does the same)"));
    fillList();
}

void MountsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MountsView::showEvent(QShowEvent *event)
{
    m_timer->start();
    refresh();
    QWidget::showEvent(event);
}

void MountsView::hideEvent(QHideEvent *event)
{
    m_timer->stop();
    QWidget::hideEvent(event);
}

OperationHandle *MountsView::refresh()
{
    if (m_refresh) {
        m_refreshAgain = true;
        return m_refresh;
    }
    auto op = std::make_shared<GetMountedImagesOperation>();
    // A poll: logged at Debug level and left out of the Operations view.
    m_refresh = m_engine.start(op, Engine::Kind::Housekeeping);
    connect(m_refresh, &OperationHandle::finished, this, [this, op](const OperationOutcome &outcome) {
        m_refresh = nullptr;
        if (outcome.succeeded()) {
            m_mounts = op->mounts();
            fillList();
        } else if (outcome.error && !isBusy()) {
            m_panel->setStatus(errorText(*outcome.error), StatusKind::Error);
        }
        Q_EMIT refreshed();
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refresh();
        }
    });
    return m_refresh;
}

void MountsView::fillList()
{
    const QString current = selectedMountDir();
    m_list->clear();
    for (const MountedImage &m : m_mounts) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(FolderColumn, m.record.mountDir);
        item->setData(FolderColumn, Qt::UserRole, m.record.mountDir);
        item->setText(ImageColumn, m.record.imageFile);
        item->setText(IndexColumn, QString::number(m.record.index));
        // The name recorded when it was mounted (the image's NAME in the file's XML).
        item->setText(NameColumn, m.record.imageName);
        item->setToolTip(NameColumn, m.record.imageName);
        item->setText(ModeColumn, m.record.readWrite ? tr("Read-write") : tr("Read-only"));
        QString status;
        switch (m.status) {
        case MountStatus::Ok: status = tr("Ok"); break;
        case MountStatus::NeedsRemount: status = tr("Needs remount"); break;
        case MountStatus::Invalid: status = tr("Invalid"); break;
        }
        item->setText(StatusColumn, status);
        item->setData(StatusColumn, StatusRole, int(m.status));
        item->setToolTip(StatusColumn, m.reason);
        if (m.record.mountDir == current)
            item->setSelected(true);
    }
    if (!m_list->selectedItems().isEmpty())
        m_list->setCurrentItem(m_list->selectedItems().first());
    else if (m_list->topLevelItemCount() == 1)
        m_list->topLevelItem(0)->setSelected(true);
    updateButtons();
}

std::optional<MountedImage> MountsView::selected() const
{
    const QString dir = selectedMountDir();
    for (const MountedImage &m : m_mounts) {
        if (m.record.mountDir == dir)
            return m;
    }
    return std::nullopt;
}

QString MountsView::selectedMountDir() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(FolderColumn, Qt::UserRole).toString();
}

bool MountsView::selectMount(const QString &mountDir)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(FolderColumn, Qt::UserRole).toString() == mountDir) {
            m_list->clearSelection();
            item->setSelected(true);
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void MountsView::updateButtons()
{
    const auto m = selected();
    const bool idle = !isBusy();
    const bool ok = m && m->status == MountStatus::Ok;
    const bool rw = m && m->record.readWrite;
    m_mount->setEnabled(idle);
    m_save->setEnabled(idle && ok && rw);
    m_saveNew->setEnabled(idle && ok && rw);
    m_dismountSave->setEnabled(idle && ok && rw);
    m_dismountDiscard->setEnabled(idle && m.has_value());
    m_remount->setEnabled(idle && m && m->status == MountStatus::NeedsRemount);
    m_cleanup->setEnabled(idle);
    m_openFolder->setEnabled(m && m->status == MountStatus::Ok);
}

QString MountsView::statusText() const
{
    return m_panel->statusText();
}

bool MountsView::isBusy() const
{
    return m_panel->isRunning();
}

QProgressBar *MountsView::progressBar() const
{
    return m_panel->progressBar();
}

OperationHandle *MountsView::startAction(std::shared_ptr<Operation> op, const QString &writtenImage)
{
    if (isBusy())
        return nullptr;
    OperationHandle *handle = m_engine.start(op);
    m_panel->watch(handle);
    m_panel->setStatus(op->description() + QStringLiteral("…"));
    updateButtons();
    connect(handle, &OperationHandle::finished, this, [this, op, writtenImage](const OperationOutcome &outcome) {
        if (outcome.succeeded())
            m_panel->setStatus(tr("%1: done.").arg(op->description()), StatusKind::Success);
        if (outcome.succeeded() && !writtenImage.isEmpty())
            Q_EMIT imageWritten(writtenImage);
        else if (outcome.cancelled())
            m_panel->setStatus(tr("%1: cancelled.").arg(op->description()), StatusKind::Warning);
        updateButtons();
        refresh();
        Q_EMIT actionFinished(outcome);
    });
    return handle;
}

OperationHandle *MountsView::mountImage(const MountRequest &request)
{
    return startAction(std::make_shared<MountImageOperation>(request));
}

void MountsView::setCurrentImage(const QString &imageFile, int index, int imageCount)
{
    m_currentImage = imageFile;
    m_currentIndex = std::max(1, index);
    m_currentCount = imageCount;
}

void MountsView::showMountDialog(const QString &imageFile, int index, int imageCount)
{
    MountDialog dialog(this);
    if (!imageFile.isEmpty())
        dialog.setImageFile(imageFile, index, imageCount);
    else if (!m_currentImage.isEmpty())
        dialog.setImageFile(m_currentImage, m_currentIndex, m_currentCount);
    if (dialog.exec() == QDialog::Accepted)
        mountImage(dialog.request());
}

OperationHandle *MountsView::saveSelected(bool asNewIndex)
{
    const auto m = selected();
    if (!m || !m->record.readWrite)
        return nullptr;
    if (!asNewIndex)
        return startAction(std::make_shared<SaveImageOperation>(m->record.mountDir, false, false), m->record.imageFile);
    NewIndexDialog ask(m->record.imageName, m->record.index, this);
    if (ask.exec() != QDialog::Accepted)
        return nullptr;
    return saveSelectedAsNew(ask.imageName(), ask.imageDescription());
}

OperationHandle *MountsView::saveSelectedAsNew(const QString &name, const QString &description)
{
    const auto m = selected();
    if (!m || !m->record.readWrite)
        return nullptr;
    auto op = std::make_shared<SaveImageOperation>(m->record.mountDir, true, false);
    op->setNewImageInfo(name, description);
    return startAction(op, m->record.imageFile);
}

OperationHandle *MountsView::dismountSelected(bool save)
{
    const auto m = selected();
    if (!m)
        return nullptr;
    if (!save && m->record.readWrite && m_confirmDiscard) {
        // Enter keeps the changes: No is the default (defect 8).
        const auto answer = QMessageBox::question(
            this, tr("Discard Changes"), tr("Dismount %1 and throw away every change made since the last save?").arg(m->record.mountDir),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return nullptr;
    }
    return startAction(std::make_shared<DismountImageOperation>(m->record.mountDir, save), save ? m->record.imageFile : QString());
}

OperationHandle *MountsView::remountSelected()
{
    const auto m = selected();
    if (!m)
        return nullptr;
    return startAction(std::make_shared<RemountImageOperation>(m->record.mountDir));
}

OperationHandle *MountsView::cleanup()
{
    return startAction(std::make_shared<CleanupMountpointsOperation>());
}

} // namespace wb
