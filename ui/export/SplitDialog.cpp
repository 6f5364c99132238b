#include "SplitDialog.h"
#include "ProgressBars.h"

#include "ops/Engine.h"
#include "ops/OperationHandle.h"
#include "ops/SplitImageOperation.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wb {

SplitDialog::SplitDialog(Engine &engine, QString imagePath, QWidget *parent)
    : QDialog(parent), m_engine(engine), m_imagePath(std::move(imagePath))
{
    setObjectName(QStringLiteral("SplitDialog"));
    m_imageLabel = new QLabel(this);
    m_image = new QLabel(QDir::toNativeSeparators(m_imagePath), this);
    m_image->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_firstPartLabel = new QLabel(this);
    m_firstPart = new QLineEdit(this);
    m_firstPart->setObjectName(QStringLiteral("firstPart"));
    const QFileInfo fi(m_imagePath);
    m_firstPart->setText(QDir::toNativeSeparators(fi.absoluteDir().filePath(fi.completeBaseName() + QStringLiteral(".swm"))));
    m_browse = new QPushButton(this);
    m_sizeLabel = new QLabel(this);
    m_size = new QSpinBox(this);
    m_size->setObjectName(QStringLiteral("partSize"));
    m_size->setRange(1, 1024 * 1024);
    m_size->setValue(4000); // fits FAT32 media, DISM's usual choice
    m_integrity = new QCheckBox(this);
    m_integrity->setObjectName(QStringLiteral("checkIntegrity"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_stage = new QLabel(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_split = new QPushButton(this);
    m_split->setObjectName(QStringLiteral("split"));
    m_split->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancel"));

    auto *row = new QHBoxLayout;
    row->addWidget(m_firstPart, 1);
    row->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_imageLabel, m_image);
    form->addRow(m_firstPartLabel, row);
    form->addRow(m_sizeLabel, m_size);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_split);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_integrity);
    layout->addWidget(m_progress);
    layout->addWidget(m_stage);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_firstPart, &QLineEdit::textChanged, this, &SplitDialog::updateState);
    connect(m_browse, &QPushButton::clicked, this, &SplitDialog::browse);
    connect(m_split, &QPushButton::clicked, this, &SplitDialog::startSplit);
    connect(m_cancel, &QPushButton::clicked, this, &SplitDialog::reject);
    retranslateUi();
    resize(520, sizeHint().height());
}

SplitDialog::~SplitDialog()
{
    if (m_handle && !m_handle->isFinished())
        m_handle->cancel();
}

void SplitDialog::retranslateUi()
{
    setWindowTitle(tr("Split Image"));
    m_imageLabel->setText(tr("Image file:"));
    m_firstPartLabel->setText(tr("First part:"));
    m_firstPart->setPlaceholderText(tr("install.swm (the other parts are numbered beside it)"));
    m_browse->setText(tr("Browse…"));
    m_sizeLabel->setText(tr("Largest part size:"));
    m_size->setSuffix(tr(" MB"));
    m_integrity->setText(tr("Check integrity (verify the image, write integrity tables)"));
    m_split->setText(tr("Split"));
    updateState();
}

void SplitDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

bool SplitDialog::isBusy() const
{
    return m_handle && !m_handle->isFinished();
}

QString SplitDialog::statusText() const
{
    return m_status->text();
}

void SplitDialog::updateState()
{
    const bool busy = isBusy();
    m_firstPart->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_size->setEnabled(!busy);
    m_integrity->setEnabled(!busy);
    m_split->setEnabled(!busy && !m_firstPart->text().trimmed().isEmpty());
    m_cancel->setText(busy ? tr("Cancel split") : tr("Close"));
}

void SplitDialog::browse()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("First part of the split image"), m_firstPart->text(),
                                                      tr("Split images (*.swm)"));
    if (!file.isEmpty())
        m_firstPart->setText(QDir::toNativeSeparators(file));
}

void SplitDialog::startSplit()
{
    if (isBusy())
        return;
    auto op = std::make_shared<SplitImageOperation>(m_imagePath, QDir::fromNativeSeparators(m_firstPart->text().trimmed()),
                                                    quint64(m_size->value()), m_integrity->isChecked());
    m_parts.clear();
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    setStatus(QString(), false);
    m_handle = m_engine.start(op);
    connect(m_handle, &OperationHandle::progressChanged, this, [this](const Progress &p) {
        m_stage->setText(p.stage);
        showProgress(m_progress, p);
    });
    connect(m_handle, &OperationHandle::finished, this, [this, op](const OperationOutcome &outcome) { onFinished(outcome, op); });
    updateState();
}

void SplitDialog::onFinished(const OperationOutcome &outcome, const std::shared_ptr<SplitImageOperation> &operation)
{
    m_progress->setRange(0, 1000);
    m_stage->clear();
    if (outcome.succeeded()) {
        m_progress->setValue(1000);
        m_parts = operation->parts();
        const QString firstPart = QDir::toNativeSeparators(m_parts.value(0));
        setStatus(m_parts.size() == 1 ? tr("Wrote 1 part: %1.").arg(firstPart)
                                      : tr("Wrote %1 parts; the first is %2.").arg(m_parts.size()).arg(firstPart),
                  false);
    } else if (outcome.cancelled()) {
        m_progress->setValue(0);
        setStatus(tr("The split was cancelled; no part was written."), false);
    } else {
        m_progress->setValue(0);
        setStatus(outcome.error ? outcome.error->message : tr("The split failed."), true);
    }
    updateState();
    Q_EMIT splitFinished(outcome);
}

void SplitDialog::setStatus(const QString &text, bool isError)
{
    m_status->setText(text);
    m_status->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
}

void SplitDialog::reject()
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
