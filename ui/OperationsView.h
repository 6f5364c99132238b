// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace wb {

class Engine;
class OperationHandle;
class OperationRow;

/// Every operation the engine ran or runs in this session, newest first (from
/// Engine::operationStarted): description, progress with stage and remaining time, cancel, outcome.
/// Folder listings of the image browser are hidden unless "Show folder listings" is ticked (they
/// are many and short). GUI thread; the Engine is owned by the caller.
class OperationsView : public QWidget
{
    Q_OBJECT
public:
    explicit OperationsView(Engine &engine, QWidget *parent = nullptr);

    /// All rows, newest first (including hidden folder listings).
    QList<OperationRow *> rows() const { return m_rows; }
    /// The newest row of an operation whose name() is `operationName`, or nullptr.
    OperationRow *latestRow(const QString &operationName) const;
    int runningCount() const;
    /// Removes the rows of finished operations.
    void clearFinished();
    void setShowListings(bool show);

    /// At most this many finished rows are kept; older ones are dropped.
    static constexpr int MaxFinishedRows = 200;

Q_SIGNALS:
    void runningCountChanged(int running);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addOperation(OperationHandle *handle);
    void updateSummary();
    bool isListing(const OperationRow *row) const;
    void trim();

    Engine &m_engine;
    QList<OperationRow *> m_rows;
    QLabel *m_summary = nullptr;
    QCheckBox *m_showListings = nullptr;
    QPushButton *m_clear = nullptr;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_list = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace wb
