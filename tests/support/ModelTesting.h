// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// GUI tests only (header-only: the support library links Qt Core alone).

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QList>
#include <QWidget>

#include <memory>
#include <vector>

namespace wb::test {

/// Checks `model` with Qt's QAbstractItemModelTester for as long as it lives: every insertion,
/// removal, reset and change it announces is checked against what it then reports (row counts,
/// parents, indexes, data), and a broken promise fails the running test. Attach it before the
/// model starts loading, so its real (lazy, asynchronous) loading path is what gets checked. The
/// tester is the model's child: for models that announce no change from their destructor.
inline QAbstractItemModelTester *testModel(QAbstractItemModel *model)
{
    return new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
}

using ModelTesters = std::vector<std::unique_ptr<QAbstractItemModelTester>>;

/// A tester for the model of every item view inside `widget` (each model once), owned by the
/// caller: keep the result in a variable declared after the widget, so the testers go first.
/// (Qt's own QTreeWidget model resets itself while the widget is destroyed; a tester still
/// attached then would check a half-destroyed view.)
[[nodiscard]] inline ModelTesters testModelsOf(QWidget *widget)
{
    ModelTesters testers;
    QList<QAbstractItemModel *> seen;
    for (QAbstractItemView *view : widget->findChildren<QAbstractItemView *>()) {
        QAbstractItemModel *model = view->model();
        if (!model || seen.contains(model))
            continue;
        seen << model;
        testers.push_back(std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    return testers;
}

} // namespace wb::test
