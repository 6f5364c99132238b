// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;

namespace wb {

class CaptureDialog;
class Engine;
class InventoryView;
class LogView;
class MainWindow;
class MountsView;
class ProvisionedAppsView;

/// Puts the views and dialogs of the servicing modules into the main window: the Mounts, Log and
/// Provisioned apps tabs, Export/Split/Mount/Apply/Capture in the Image menu, the package inspector
/// (Tools menu and packages dropped on the window; dropped folders open the Capture dialog) and the provisioning wizard. GUI thread; a child of the
/// window, which owns the views.
class WorkbenchViews : public QObject
{
    Q_OBJECT
public:
    WorkbenchViews(MainWindow &window, Engine &engine);

    MountsView *mountsView() const { return m_mounts; }
    LogView *logView() const { return m_log; }
    ProvisionedAppsView *provisionedAppsView() const { return m_provisioned; }
    InventoryView *inventoryView() const { return m_inventory; }

    void exportCurrentImage();
    void splitCurrentImage();
    void mountCurrentImage();
    /// Opens the Apply dialog on the current image and index (or empty fields without an image).
    void applyImage();
    /// Opens the Capture dialog, its source prefilled with `source` (a folder dropped on the
    /// window); the dialog deletes itself when closed.
    CaptureDialog *captureImage(const QString &source);
    void inspectPackage(const QString &path);
    /// Opens the provisioning wizard on the mount selected in the Mounts view (read-write, served),
    /// or asks for an offline image folder when none is selected.
    /// `packagePath` (from the package inspector) is filled in as the app.
    void provisionPackages(const QString &packagePath = {});
    /// Ask before quitting while read-write mounts remain (default on; tests switch it off).
    void setConfirmQuit(bool confirm) { m_confirmQuit = confirm; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateActions();
    /// How many images the file open in the window has (0 when unknown).
    int currentImageCount() const;
    void followSelectedMount();
    /// Asks before the window closes while read-write mounts remain; false keeps it open.
    bool confirmQuitWithMounts();

    MainWindow &m_window;
    Engine &m_engine;
    MountsView *m_mounts = nullptr;
    bool m_confirmQuit = true;
    LogView *m_log = nullptr;
    ProvisionedAppsView *m_provisioned = nullptr;
    InventoryView *m_inventory = nullptr;
    QAction *m_export = nullptr;
    QAction *m_split = nullptr;
    QAction *m_mount = nullptr;
    QAction *m_apply = nullptr;
    QAction *m_capture = nullptr;
    QAction *m_inspect = nullptr;
    QAction *m_provision = nullptr;
};

} // namespace wb
