// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImageJobDialog.h"
#include "OperationPanel.h"

#include "ops/Engine.h"
#include "ops/OperationHandle.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wb {

ImageJobDialog::ImageJobDialog(Engine &engine, QWidget *parent)
    : QDialog(parent), m_engine(engine)
{
    m_panel = new OperationPanel(this);
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setDefault(true);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("close"));
    connect(m_close, &QPushButton::clicked, this, &ImageJobDialog::reject);
    connect(m_panel, &OperationPanel::runningChanged, this, [this] { updateState(); });
}

QHBoxLayout *ImageJobDialog::fieldRow(QLineEdit *field, std::initializer_list<QPushButton *> buttons)
{
    auto *row = new QHBoxLayout;
    row->addWidget(field, 1);
    for (QPushButton *b : buttons)
        row->addWidget(b);
    return row;
}

void ImageJobDialog::finishLayout(QLayout *form)
{
    m_parameters = new QWidget(this);
    m_parameters->setLayout(form);
    form->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_parameters);
    layout->addWidget(m_panel);
    layout->addLayout(buttons);
}

void ImageJobDialog::retranslateButtons()
{
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close this window; a running operation continues in the Operations view"));
}

bool ImageJobDialog::isBusy() const
{
    return m_panel->isRunning();
}

OperationHandle *ImageJobDialog::operationHandle() const
{
    return m_panel->handle();
}

QString ImageJobDialog::statusText() const
{
    return m_panel->statusText();
}

QProgressBar *ImageJobDialog::progressBar() const
{
    return m_panel->progressBar();
}

QPushButton *ImageJobDialog::cancelButton() const
{
    return m_panel->cancelButton();
}

void ImageJobDialog::setStatus(const QString &text, StatusKind kind)
{
    m_panel->setStatus(text, kind);
}

void ImageJobDialog::updateButtons(bool ready)
{
    if (m_parameters)
        m_parameters->setEnabled(!isBusy());
    m_start->setEnabled(!isBusy() && ready);
}

void ImageJobDialog::browseFolder(QLineEdit *field, const QString &caption)
{
    const QString dir = QFileDialog::getExistingDirectory(this, caption, field->text());
    if (!dir.isEmpty())
        field->setText(dir);
}

void ImageJobDialog::browseOpenFile(QLineEdit *field, const QString &caption, const QString &filter)
{
    const QString file = QFileDialog::getOpenFileName(this, caption, field->text(), filter);
    if (!file.isEmpty())
        field->setText(file);
}

void ImageJobDialog::start(std::shared_ptr<Operation> operation)
{
    if (isBusy())
        return;
    OperationHandle *handle = m_engine.start(operation);
    m_panel->watch(handle);
    connect(handle, &OperationHandle::finished, this,
            [this, operation](const OperationOutcome &outcome) { onFinished(outcome, operation); });
    updateState();
}

void ImageJobDialog::onFinished(const OperationOutcome &outcome, const std::shared_ptr<Operation> &operation)
{
    if (outcome.succeeded())
        onSucceeded(*operation);
    else if (outcome.cancelled())
        setStatus(cancelledText(), StatusKind::Warning);
    else if (!outcome.error)
        setStatus(failedText(), StatusKind::Error);
    // else the panel already shows the error's message
    updateState();
    Q_EMIT operationFinished(outcome);
}

} // namespace wb
