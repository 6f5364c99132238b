// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"
#include "inventory/InventoryRoot.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace wb {

class Engine;
class GetInventoryOperation;
class OperationHandle;

/// What an image holds, without mounting it: the selected index of an open WIM (only the files
/// involved are extracted by the engine) or an image folder (a mount). Tabs for edition, languages, drivers,
/// servicing packages, optional features and provisioned apps; filter, sort, copy and CSV export.
/// Loaded in the background by GetInventoryOperation with progress, and kept per image so that
/// going back to an index shows it at once. Only shows: changing packages, features or the
/// edition needs Windows' servicing stack. GUI thread; the Engine outlives the view.
class InventoryView : public QWidget
{
    Q_OBJECT
public:
    enum Tab { EditionTab, LanguagesTab, DriversTab, PackagesTab, FeaturesTab, CapabilitiesTab, AppsTab, TabCount };

    explicit InventoryView(Engine &engine, QWidget *parent = nullptr);

    /// Shows index `index` of the WIM at `path` (loads it when the view is visible or on load()).
    void setWimImage(const QString &path, int index);
    void setImageFolder(const QString &folder);
    InventorySource source() const { return m_source; }

    /// Loads the current image, or shows what was loaded for it before (then returns nullptr).
    OperationHandle *load();
    bool isLoading() const { return !m_loading.isNull(); }
    bool isCached(const InventorySource &source) const;

    QTabWidget *tabs() const { return m_tabs; }
    QTableView *table(Tab tab) const;
    QLineEdit *filter() const { return m_filter; }
    QPushButton *loadButton() const { return m_load; }
    QString statusText() const;

    /// The rows shown in `tab` (filtered and sorted as on screen) as CSV (RFC 4180), with a header.
    QString csv(Tab tab) const;
    bool exportCsv(Tab tab, const QString &file);
    /// Copies the selected rows of the current tab (tab-separated) to the clipboard.
    void copySelection();

Q_SIGNALS:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Snapshot
    {
        QList<QList<QStringList>> rows; ///< per tab
        QStringList problems;
    };
    static QString key(const InventorySource &source);
    static Snapshot snapshot(const GetInventoryOperation &op);
    void display(const Snapshot &snapshot);
    void retranslate();
    void chooseFolder();
    void exportCurrent();
    QStringList headers(Tab tab) const;

    Engine &m_engine;
    InventorySource m_source;
    QHash<QString, Snapshot> m_cache;
    QPointer<OperationHandle> m_loading;
    QLabel *m_sourceLabel;
    QPushButton *m_load, *m_folder, *m_copy, *m_export;
    QLineEdit *m_filter;
    QTabWidget *m_tabs;
    QList<QStandardItemModel *> m_models;
    QList<QSortFilterProxyModel *> m_proxies;
    QList<QTableView *> m_tables;
    QProgressBar *m_progress;
    QLabel *m_status;
};

} // namespace wb
