#include "SplitDialog.h"
#include "OperationPanel.h"

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
    m_panel = new OperationPanel(this);
    m_split = new QPushButton(this);
    m_split->setObjectName(QStringLiteral("split"));
    m_split->setDefault(true);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("close"));

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
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_integrity);
    layout->addWidget(m_panel);
    layout->addLayout(buttons);

    connect(m_firstPart, &QLineEdit::textChanged, this, &SplitDialog::updateState);
    connect(m_browse, &QPushButton::clicked, this, &SplitDialog::browse);
    connect(m_split, &QPushButton::clicked, this, &SplitDialog::startSplit);
    // Close (and Escape) never cancel: a running split goes on, followed in the Operations view.
    connect(m_close, &QPushButton::clicked, this, &SplitDialog::reject);
    connect(m_panel, &OperationPanel::runningChanged, this, &SplitDialog::updateState);
    retranslateUi();
    resize(520, sizeHint().height());
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
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close this window; a split that runs goes on in the Operations view"));
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
    return m_panel->isRunning();
}

QString SplitDialog::statusText() const
{
    return m_panel->statusText();
}

OperationHandle *SplitDialog::operationHandle() const
{
    return m_panel->handle();
}

QProgressBar *SplitDialog::progressBar() const
{
    return m_panel->progressBar();
}

QPushButton *SplitDialog::cancelButton() const
{
    return m_panel->cancelButton();
}

void SplitDialog::updateState()
{
    const bool busy = isBusy();
    m_firstPart->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    m_size->setEnabled(!busy);
    m_integrity->setEnabled(!busy);
    m_split->setEnabled(!busy && !m_firstPart->text().trimmed().isEmpty());
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
    OperationHandle *handle = m_engine.start(op);
    m_panel->watch(handle);
    connect(handle, &OperationHandle::finished, this, [this, op](const OperationOutcome &outcome) { onFinished(outcome, op); });
}

void SplitDialog::onFinished(const OperationOutcome &outcome, const std::shared_ptr<SplitImageOperation> &operation)
{
    if (outcome.succeeded()) {
        m_parts = operation->parts();
        const QString firstPart = QDir::toNativeSeparators(m_parts.value(0));
        m_panel->setStatus(m_parts.size() == 1 ? tr("Wrote 1 part: %1.").arg(firstPart)
                                               : tr("Wrote %1 parts; the first is %2.").arg(m_parts.size()).arg(firstPart),
                           StatusKind::Success);
    } else if (outcome.cancelled()) {
        m_panel->setStatus(tr("The split was cancelled; no part was written."), StatusKind::Warning);
    } // a failure: the panel shows the error's message
    updateState();
    Q_EMIT splitFinished(outcome);
}

} // namespace wb
