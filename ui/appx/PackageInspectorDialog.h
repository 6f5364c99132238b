// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"
#include "ops/GetPackageInfoOperation.h"
#include "ops/OperationHandle.h"

#include <QDialog>
#include <QPointer>

#include <QCoro/QCoroTask>

#include <optional>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace wb {

class Engine;
class OperationPanel;

/// The package inspector: shows what /Get-PackageInfo shows (identity, full and family names,
/// architecture, resources, dependencies, signature, verification and, for bundles, every inner
/// package with its type, resources and location, and the packages that are missing) as a tree.
/// It runs a GetPackageInfoOperation on the Engine and awaits it with QCoro; Cancel stops it.
/// Packages dropped on the dialog are inspected too. GUI thread; the Engine is owned by the caller.
class PackageInspectorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PackageInspectorDialog(Engine &engine, QWidget *parent = nullptr);
    ~PackageInspectorDialog() override;

    /// True for .appx/.msix/.appxbundle/.msixbundle files and folders holding AppxManifest.xml or
    /// AppxMetadata/AppxBundleManifest.xml: what the main window should hand to this dialog when
    /// something is dropped on it.
    static bool looksLikePackage(const QString &path);

    /// Reads `path` and shows it; completes with true when the package was read (and checked).
    /// A new call while one runs cancels the running one.
    QCoro::Task<bool> inspect(QString path);
    /// Shows the dialog (if hidden) and starts inspect() without awaiting it.
    void open(const QString &path);

    QString packagePath() const { return m_path; }
    bool isBusy() const;
    /// What the last successful inspection found.
    const std::optional<PackageInfo> &info() const { return m_info; }
    QString statusText() const;

    QTreeWidget *tree() const { return m_tree; }
    QCheckBox *verifyBox() const { return m_verify; }
    QPushButton *cancelButton() const;
    QProgressBar *progressBar() const;
    OperationPanel *panel() const { return m_panel; }
    /// "Provision this package…": enabled for a package read without problems that has an app.
    QPushButton *provisionButton() const { return m_provision; }
    /// Cancels the running inspection, if any.
    void cancel();

Q_SIGNALS:
    /// An inspection ended (succeeded, failed or cancelled).
    void inspected(const wb::OperationOutcome &outcome);
    /// "Provision this package…" was clicked for the package shown.
    void provisionRequested(const QString &packagePath);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void fillTree();
    void addPackageFields(QTreeWidgetItem *parent, const AppxManifest &manifest);
    void setStatus(const QString &text, bool isError);
    void updateState();

    Engine &m_engine;
    QString m_path;
    std::optional<PackageInfo> m_info;
    QPointer<OperationHandle> m_handle;

    QLabel *m_heading = nullptr;
    QTreeWidget *m_tree = nullptr;
    QCheckBox *m_verify = nullptr;
    OperationPanel *m_panel = nullptr;
    QPushButton *m_provision = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace wb
