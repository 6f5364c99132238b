// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// GUI tests only (header-only: the support library links Qt Core alone).

#include <QApplication>
#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>
#include <QString>
#include <QTest>
#include <QTimer>

namespace wb::test {

/// Answers the next modal message box with `button`, or with Enter (its default button) when
/// `button` is NoButton, and keeps its text in `*text`. Call before the code that opens it.
inline void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (text)
            *text = box->text();
        timer->stop();
        timer->deleteLater();
        if (button == QMessageBox::NoButton)
            QTest::keyClick(box, Qt::Key_Return);
        else
            box->button(button)->click();
    });
    timer->start();
}

/// Answers the next modal message boxes in turn: for each, ticks its check box when the pair's
/// bool is true and clicks its button named by the pair's string (no such button: rejects it).
/// Their texts are appended to `*texts`.
inline void answerMessageBoxesWith(QList<std::pair<QString, bool>> answers, QStringList *texts = nullptr)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answers, texts]() mutable {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        const auto [name, tick] = answers.takeFirst();
        if (texts)
            *texts << box->text();
        if (answers.isEmpty()) {
            timer->stop();
            timer->deleteLater();
        }
        if (tick && box->checkBox())
            box->checkBox()->setChecked(true);
        if (auto *button = box->findChild<QPushButton *>(name))
            button->click(); // hides the box at once, so the next tick sees the next one
        else
            box->reject();
    });
    timer->start();
}

} // namespace wb::test
