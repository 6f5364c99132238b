// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkbenchViews.h"

#include "ImageBrowser.h"
#include "MainWindow.h"
#include "appx/PackageInspectorDialog.h"
#include "export/ExportDialog.h"
#include "export/SplitDialog.h"
#include "inventory/InventoryView.h"
#include "image/ApplyDialog.h"
#include "image/CaptureDialog.h"
#include "log/LogView.h"
#include "mount/MountsView.h"
#include "provision/ProvisionWizard.h"
#include "provision/ProvisionedAppsView.h"

#include "ops/GetMountedImagesOperation.h"

#include <QAction>
#include <QEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QTabWidget>
#include <QTreeWidget>

namespace wb {

WorkbenchViews::WorkbenchViews(MainWindow &window, Engine &engine)
    : QObject(&window), m_window(window), m_engine(engine)
{
    m_mounts = new MountsView(engine);
    m_provisioned = new ProvisionedAppsView(engine);
    m_log = new LogView(engine);
    window.addView(m_mounts, tr("Mounts"));
    window.addView(m_provisioned, tr("Provisioned apps"));
    window.addView(m_log, tr("Log"));
    m_inventory = new InventoryView(engine);
    window.addView(m_inventory, tr("Inventory"));
    connect(&window, &MainWindow::currentImageChanged, m_inventory, &InventoryView::setWimImage);

    m_mount = window.imageMenu()->addAction(QString(), this, &WorkbenchViews::mountCurrentImage);
    m_export = window.imageMenu()->addAction(QString(), this, &WorkbenchViews::exportCurrentImage);
    m_split = window.imageMenu()->addAction(QString(), this, &WorkbenchViews::splitCurrentImage);
    m_apply = window.imageMenu()->addAction(QString(), this, &WorkbenchViews::applyImage);
    m_capture = window.imageMenu()->addAction(QString(), this, [this] { captureImage(QString()); });
    m_inspect = window.toolsMenu()->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getOpenFileName(&m_window, tr("Inspect an App Package"), QString(),
                                                          tr("App packages (*.appx *.msix *.appxbundle *.msixbundle);;All files (*)"));
        if (!path.isEmpty())
            inspectPackage(path);
    });
    m_provision = window.toolsMenu()->addAction(QString(), this, [this] { provisionPackages(); });

    // A dropped folder is offered for capture; other files go to the package inspector.
    window.setPackageDropHandler([this](const QString &path) {
        if (QFileInfo(path).isDir())
            captureImage(path);
        else
            inspectPackage(path);
    });
    connect(&window, &MainWindow::currentImageChanged, this, &WorkbenchViews::updateActions);
    connect(m_mounts->list(), &QTreeWidget::itemSelectionChanged, this, &WorkbenchViews::followSelectedMount);
    connect(m_mounts, &MountsView::refreshed, this, &WorkbenchViews::followSelectedMount);
    // After a save the Images tab shows the new file size and image count without F5 (defect 7).
    connect(m_mounts, &MountsView::imageWritten, this, [this](const QString &imageFile) {
        if (ImageBrowser *browser = m_window.browserFor(imageFile))
            browser->reload();
    });
    window.installEventFilter(this);
    retranslate();
    updateActions();
}

bool WorkbenchViews::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    if (watched == &m_window && event->type() == QEvent::Close && !confirmQuitWithMounts()) {
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

bool WorkbenchViews::confirmQuitWithMounts()
{
    QStringList readWrite;
    for (const MountedImage &m : m_mounts->mounts()) {
        if (m.record.readWrite)
            readWrite << m.record.mountDir;
    }
    if (readWrite.isEmpty() || !m_confirmQuit)
        return true;
    // The mounts outlive the window (their helpers keep serving them); say so, and let Enter stay.
    QMessageBox ask(QMessageBox::Warning, tr("Read-Write Mounts"),
                    tr("%n image(s) are still mounted read-write:", nullptr, int(readWrite.size())) + QLatin1Char('\n')
                        + readWrite.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
                        + tr("They stay mounted after you quit, and changes that were not saved stay only in the mount "
                             "folder. Save or dismount them in the Mounts tab. Quit anyway?"),
                    QMessageBox::Yes | QMessageBox::No, &m_window);
    ask.setDefaultButton(QMessageBox::No);
    if (ask.exec() == QMessageBox::Yes)
        return true;
    m_window.showView(m_mounts);
    return false;
}

void WorkbenchViews::retranslate()
{
    m_mount->setText(tr("&Mount image…"));
    m_export->setText(tr("&Export image…"));
    m_split->setText(tr("S&plit image…"));
    m_apply->setText(tr("&Apply image…"));
    m_capture->setText(tr("&Capture image…"));
    m_inspect->setText(tr("&Inspect app package…"));
    m_provision->setText(tr("&Provision app packages…"));
    m_mount->setStatusTip(tr("Mount the selected index of the image at a folder, read-write or read-only"));
    m_export->setStatusTip(tr("Export the selected index to another image file with a chosen compression"));
    m_split->setStatusTip(tr("Split the image file into .swm parts of a given size"));
    m_apply->setStatusTip(tr("Apply an index of an image into a folder or onto an NTFS volume"));
    m_capture->setStatusTip(tr("Capture a folder or an NTFS volume into a new image file, or append it to an existing one"));
    m_provision->setStatusTip(tr("Provision .appx/.msix packages into the selected read-write mount"));
    // Tab titles follow the language too (a view's parent is the tab widget's stack).
    const QList<std::pair<QWidget *, QString>> titles = {
        {m_mounts, tr("Mounts")}, {m_provisioned, tr("Provisioned apps")}, {m_log, tr("Log")}, {m_inventory, tr("Inventory")}};
    for (const auto &[view, title] : titles) {
        auto *tabs = view->parentWidget() ? qobject_cast<QTabWidget *>(view->parentWidget()->parentWidget()) : nullptr;
        if (tabs && tabs->indexOf(view) >= 0)
            tabs->setTabText(tabs->indexOf(view), title);
    }
}

void WorkbenchViews::updateActions()
{
    const bool haveImage = !m_window.currentImagePath().isEmpty() && m_window.currentImageIndex() > 0;
    m_mount->setEnabled(haveImage);
    m_export->setEnabled(haveImage);
    m_split->setEnabled(!m_window.currentImagePath().isEmpty());
    m_mounts->setCurrentImage(m_window.currentImagePath(), m_window.currentImageIndex(), currentImageCount());
}

int WorkbenchViews::currentImageCount() const
{
    const ImageBrowser *browser = m_window.currentBrowser();
    return browser ? int(browser->images().size()) : 0;
}

void WorkbenchViews::followSelectedMount()
{
    const QString dir = m_mounts->selectedMountDir();
    for (const MountedImage &m : m_mounts->mounts()) {
        if (m.record.mountDir == dir && m.status == MountStatus::Ok) {
            if (m_provisioned->imageDir() != dir) {
                m_provisioned->setImageDir(dir);
                m_provisioned->refresh();
            }
            return;
        }
    }
}

void WorkbenchViews::exportCurrentImage()
{
    auto *dialog = new ExportDialog(m_engine, m_window.currentImagePath(), std::max(1, m_window.currentImageIndex()), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void WorkbenchViews::splitCurrentImage()
{
    auto *dialog = new SplitDialog(m_engine, m_window.currentImagePath(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void WorkbenchViews::applyImage()
{
    auto *dialog = new ApplyDialog(m_engine, m_window.currentImagePath(), std::max(1, m_window.currentImageIndex()), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

CaptureDialog *WorkbenchViews::captureImage(const QString &source)
{
    auto *dialog = new CaptureDialog(m_engine, source, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void WorkbenchViews::mountCurrentImage()
{
    m_window.showView(m_mounts);
    m_mounts->showMountDialog(m_window.currentImagePath(), std::max(1, m_window.currentImageIndex()), currentImageCount());
}

void WorkbenchViews::inspectPackage(const QString &path)
{
    auto *dialog = new PackageInspectorDialog(m_engine, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PackageInspectorDialog::provisionRequested, this, [this, dialog](const QString &package) {
        dialog->close();
        provisionPackages(package);
    });
    dialog->open(path);
}

void WorkbenchViews::provisionPackages(const QString &packagePath)
{
    QString dir = m_provisioned->imageDir();
    if (dir.isEmpty())
        dir = QFileDialog::getExistingDirectory(&m_window, tr("Choose a Mounted or Applied Windows Image Folder"));
    if (dir.isEmpty())
        return;
    if (m_provisioned->imageDir() != dir) {
        m_provisioned->setImageDir(dir);
        m_provisioned->refresh();
    }
    m_window.showView(m_provisioned);
    m_provisioned->showWizard(packagePath);
}

} // namespace wb
