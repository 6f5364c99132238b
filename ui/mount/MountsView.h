// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"
#include "mount/MountManager.h"
#include "ops/GetMountedImagesOperation.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QHideEvent;
class QLabel;
class QShowEvent;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace wb {

class Engine;
class OperationHandle;
class OperationPanel;

/// The Mounts view: every registered mount (folder, image file, index, read-write or read-only,
/// status Ok / NeedsRemount / Invalid) with Mount…, Save, Save as new index, Dismount (save),
/// Dismount (discard), Remount and Cleanup. Each action is an engine operation whose progress and
/// outcome show in the OperationPanel under the list; the list is re-read after each one and
/// every few seconds while shown (as housekeeping: not listed in the Operations view). Holds no servicing logic. GUI thread; the Engine is owned by the caller and outlives
/// the view.
class MountsView : public QWidget
{
    Q_OBJECT
public:
    enum Column { FolderColumn, ImageColumn, IndexColumn, NameColumn, ModeColumn, StatusColumn, ColumnCount };
    /// Item data role of the status column holding the MountStatus as int.
    static constexpr int StatusRole = Qt::UserRole + 1;

    explicit MountsView(Engine &engine, QWidget *parent = nullptr);

    /// Re-reads the registry (GetMountedImagesOperation).
    OperationHandle *refresh();
    /// Mount… without the dialog (the dialog calls this).
    OperationHandle *mountImage(const MountRequest &request);
    /// The actions on the selected mount; nullptr when nothing suitable is selected or an action runs.
    /// Save, or Save as new index (which first asks the new index's name and description in a
    /// NewIndexDialog; nullptr when cancelled).
    OperationHandle *saveSelected(bool asNewIndex);
    /// Save as new index with the given name and description, without asking.
    OperationHandle *saveSelectedAsNew(const QString &name, const QString &description);
    OperationHandle *dismountSelected(bool save);
    OperationHandle *remountSelected();
    OperationHandle *cleanup();
    /// Opens the Mount dialog (prefilled with `imageFile` if given, else with the current image)
    /// and mounts on OK.
    void showMountDialog(const QString &imageFile = {}, int index = 1, int imageCount = 0);
    /// The image open in the window, which the Mount… button prefills (defect 3).
    void setCurrentImage(const QString &imageFile, int index, int imageCount);

    /// Ask before discarding changes (default on; tests switch it off).
    void setConfirmDiscard(bool confirm) { m_confirmDiscard = confirm; }
    /// The mounts as last read.
    const QList<MountedImage> &mounts() const { return m_mounts; }
    /// Selects the row of `mountDir`; false if it is not listed.
    bool selectMount(const QString &mountDir);
    QString selectedMountDir() const;
    bool isBusy() const;
    /// A re-read of the registry is under way.
    bool isRefreshing() const { return !m_refresh.isNull(); }
    /// The line under the list: the running stage, or the last outcome (error message on failure).
    QString statusText() const;

    QTreeWidget *list() const { return m_list; }
    QPushButton *mountButton() const { return m_mount; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *saveNewIndexButton() const { return m_saveNew; }
    QPushButton *dismountSaveButton() const { return m_dismountSave; }
    QPushButton *dismountDiscardButton() const { return m_dismountDiscard; }
    QPushButton *remountButton() const { return m_remount; }
    QPushButton *cleanupButton() const { return m_cleanup; }
    /// "Open folder": shows the selected mount folder in the desktop's file manager.
    QPushButton *openFolderButton() const { return m_openFolder; }
    QProgressBar *progressBar() const;
    OperationPanel *panel() const { return m_panel; }

Q_SIGNALS:
    /// An action (not a refresh) has ended.
    void actionFinished(const wb::OperationOutcome &outcome);
    /// The list was re-read.
    void refreshed();
    /// A save (or dismount with save) wrote into `imageFile`: views showing it re-read it.
    void imageWritten(const QString &imageFile);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    OperationHandle *startAction(std::shared_ptr<Operation> op, const QString &writtenImage = {});
    void fillList();
    void updateButtons();
    void retranslate();
    std::optional<MountedImage> selected() const;

    Engine &m_engine;
    QList<MountedImage> m_mounts;
    QPointer<OperationHandle> m_refresh;
    bool m_refreshAgain = false;
    bool m_confirmDiscard = true;
    QString m_currentImage;
    int m_currentIndex = 1;
    int m_currentCount = 0;

    QTreeWidget *m_list = nullptr;
    QPushButton *m_mount = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_saveNew = nullptr;
    QPushButton *m_dismountSave = nullptr;
    QPushButton *m_dismountDiscard = nullptr;
    QPushButton *m_remount = nullptr;
    QPushButton *m_cleanup = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QPushButton *m_openFolder = nullptr;
    OperationPanel *m_panel = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace wb
