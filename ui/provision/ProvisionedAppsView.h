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

namespace wb {

class Engine;
class OperationHandle;

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
    OperationHandle *removeSelected();
    OperationHandle *optimize();
    OperationHandle *setDataFileForSelected(const QString &customDataPath);
    /// Opens the provisioning wizard for the image; the list is re-read when it closes.
    void showWizard();

    QString selectedPackage() const;
    bool selectPackage(const QString &packageName);
    bool isBusy() const { return !m_action.isNull() || !m_refresh.isNull(); }
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

private:
    static QString registryText(ProvisionedRegistryState state);
    static QString registryToolTip(ProvisionedRegistryState state);
    OperationHandle *startAction(std::shared_ptr<Operation> op, std::function<QString()> success);
    void fill();
    void updateButtons();

    Engine &m_engine;
    QLineEdit *m_image;
    QTreeWidget *m_list;
    QPushButton *m_refreshButton, *m_add, *m_remove, *m_setData, *m_optimize;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPointer<OperationHandle> m_action, m_refresh;
    QList<ProvisionedAppInfo> m_apps;
};

} // namespace wb
