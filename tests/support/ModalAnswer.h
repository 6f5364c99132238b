#pragma once

// GUI tests only (header-only: the support library links Qt Core alone).

#include <QApplication>
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

} // namespace wb::test
