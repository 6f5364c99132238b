// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"
#include "ops/GetProvisionedAppxPackagesOperation.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace wb {

class Engine;
class OperationHandle;
class OperationPanel;

/// The apps provisioned in one mounted image (/Get-ProvisionedAppxPackages) with Add… (the
/// wizard), Remove, Set data file… and Optimize. Each action is an engine operation whose progress
/// and outcome show under the list; the list is re-read after each one. Holds no servicing logic.
/// GUI thread; the Engine is owned by the caller and outlives the view.
class ProvisionedAppsView : public QWidget
{
    Q_OBJECT
public:
    enum Column { NameColumn, VersionColumn, ArchitectureColumn, ResourceIdColumn, PackageNameColumn, RegionsColumn, RegistryColumn, ColumnCount };

    ProvisionedAppsView(Engine &engine, const QString &imageDir = {}, QWidget *parent = nullptr);

    void setImageDir(const QString &imageDir);
    QString imageDir() const;

    OperationHandle *refresh();
    /// Asks first (No is the default), then removes the selected app's provisioning.
    OperationHandle *removeSelected();
    /// Ask before removing (default on; tests switch it off).
    void setConfirmRemove(bool confirm) { m_confirmRemove = confirm; }
    OperationHandle *optimize();
    OperationHandle *setDataFileForSelected(const QString &customDataPath);
    /// Opens the provisioning wizard for the image; the list is re-read when it closes.
    /// Opens the provisioning wizard on this image, with `packagePath` as the app when given.
    void showWizard(const QString &packagePath = {});

    QString selectedPackage() const;
    bool selectPackage(const QString &packageName);
    bool isBusy() const;
    const QList<ProvisionedAppInfo> &apps() const { return m_apps; }
    QString statusText() const;

    QTreeWidget *list() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *setDataButton() const { return m_setData; }
    QPushButton *optimizeButton() const { return m_optimize; }
    QPushButton *refreshButton() const { return m_refreshButton; }

Q_SIGNALS:
    void actionFinished(const wb::OperationOutcome &outcome);
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    static QString registryText(ProvisionedRegistryState state);
    static QString registryToolTip(ProvisionedRegistryState state);
    /// The Name column: the manifest's DisplayName, else the identity name with a tooltip saying why.
    void showDisplayName(QTreeWidgetItem *item, const ProvisionedAppInfo &app);
    OperationHandle *startAction(std::shared_ptr<Operation> op, std::function<QString()> success);
    void fill();
    void retranslate();
    void updateButtons();

    Engine &m_engine;
    QLineEdit *m_image;
    QTreeWidget *m_list;
    QPushButton *m_refreshButton, *m_add, *m_remove, *m_setData, *m_optimize;
    OperationPanel *m_panel = nullptr;
    QLabel *m_imageLabel = nullptr;
    QPointer<OperationHandle> m_refresh;
    QList<ProvisionedAppInfo> m_apps;
    bool m_confirmRemove = true;
};

} // namespace wb
