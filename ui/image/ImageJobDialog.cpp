#include "ImageJobDialog.h"
#include "ProgressBars.h"

#include "ops/Engine.h"
#include "ops/OperationHandle.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace wb {

ImageJobDialog::ImageJobDialog(Engine &engine, QWidget *parent)
    : QDialog(parent), m_engine(engine)
{
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_stage = new QLabel(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    connect(m_cancel, &QPushButton::clicked, this, &ImageJobDialog::reject);
}

ImageJobDialog::~ImageJobDialog()
{
    if (m_handle && !m_handle->isFinished())
        m_handle->cancel();
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
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_parameters);
    layout->addWidget(m_progress);
    layout->addWidget(m_stage);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
}

bool ImageJobDialog::isBusy() const
{
    return m_handle && !m_handle->isFinished();
}

QString ImageJobDialog::statusText() const
{
    return m_status->text();
}

void ImageJobDialog::setStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
}

void ImageJobDialog::updateButtons(bool ready, const QString &busyCancelText)
{
    if (m_parameters)
        m_parameters->setEnabled(!isBusy());
    m_start->setEnabled(!isBusy() && ready);
    m_cancel->setText(isBusy() ? busyCancelText : tr("Close"));
}

void ImageJobDialog::browseFolder(QLineEdit *field, const QString &caption)
{
    const QString dir = QFileDialog::getExistingDirectory(this, caption, field->text());
    if (!dir.isEmpty())
        field->setText(QDir::toNativeSeparators(dir));
}

void ImageJobDialog::browseOpenFile(QLineEdit *field, const QString &caption, const QString &filter)
{
    const QString file = QFileDialog::getOpenFileName(this, caption, field->text(), filter);
    if (!file.isEmpty())
        field->setText(QDir::toNativeSeparators(file));
}

void ImageJobDialog::start(std::shared_ptr<Operation> operation)
{
    if (isBusy())
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    setStatus(QString(), false);
    m_handle = m_engine.start(operation);
    connect(m_handle, &OperationHandle::progressChanged, this, [this](const Progress &p) {
        m_stage->setText(p.stage);
        showProgress(m_progress, p);
    });
    connect(m_handle, &OperationHandle::finished, this,
            [this, operation](const OperationOutcome &outcome) { onFinished(outcome, operation); });
    updateState();
}

void ImageJobDialog::onFinished(const OperationOutcome &outcome, const std::shared_ptr<Operation> &operation)
{
    m_progress->setRange(0, 1000);
    m_progress->setValue(outcome.succeeded() ? 1000 : 0);
    m_stage->clear();
    if (outcome.succeeded())
        onSucceeded(*operation);
    else if (outcome.cancelled())
        setStatus(cancelledText(), false);
    else
        setStatus(outcome.error ? outcome.error->message : failedText(), true);
    updateState();
    Q_EMIT operationFinished(outcome);
}

void ImageJobDialog::reject()
{
    if (isBusy()) {
        m_cancel->setEnabled(false);
        m_handle->cancel();
        connect(m_handle, &OperationHandle::finished, m_cancel, [this]() { m_cancel->setEnabled(true); });
        return;
    }
    QDialog::reject();
}

} // namespace wb
