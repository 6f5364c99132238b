// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SplitDialog.h"

#include "ops/SplitImageOperation.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace wb {

SplitDialog::SplitDialog(Engine &engine, QString imagePath, QWidget *parent)
    : ImageJobDialog(engine, parent), m_imagePath(std::move(imagePath))
{
    setObjectName(QStringLiteral("SplitDialog"));
    m_imageLabel = new QLabel(this);
    m_image = new QLabel(m_imagePath, this);
    m_image->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_firstPartLabel = new QLabel(this);
    m_firstPart = new QLineEdit(this);
    m_firstPart->setObjectName(QStringLiteral("firstPart"));
    const QFileInfo fi(m_imagePath);
    m_firstPart->setText(fi.absoluteDir().filePath(fi.completeBaseName() + QStringLiteral(".swm")));
    m_browse = new QPushButton(this);
    m_sizeLabel = new QLabel(this);
    m_size = new QSpinBox(this);
    m_size->setObjectName(QStringLiteral("partSize"));
    m_size->setRange(1, 1024 * 1024);
    m_size->setValue(4000); // fits FAT32 media, DISM's usual choice
    m_integrity = new QCheckBox(this);
    m_integrity->setObjectName(QStringLiteral("checkIntegrity"));
    startButton()->setObjectName(QStringLiteral("split"));

    auto *form = new QFormLayout;
    form->addRow(m_imageLabel, m_image);
    form->addRow(m_firstPartLabel, fieldRow(m_firstPart, {m_browse}));
    form->addRow(m_sizeLabel, m_size);
    form->addRow(m_integrity);
    finishLayout(form);

    connect(m_firstPart, &QLineEdit::textChanged, this, &SplitDialog::updateState);
    connect(m_browse, &QPushButton::clicked, this, &SplitDialog::browse);
    connect(startButton(), &QPushButton::clicked, this, &SplitDialog::startSplit);
    connect(this, &ImageJobDialog::operationFinished, this, &SplitDialog::splitFinished);
    retranslateUi();
    resize(520, sizeHint().height());
}

void SplitDialog::retranslateUi()
{
    setWindowTitle(tr("Split Image"));
    retranslateButtons();
    m_imageLabel->setText(tr("Image file:"));
    m_firstPartLabel->setText(tr("First part:"));
    m_firstPart->setPlaceholderText(tr("install.swm (the other parts are numbered beside it)"));
    m_browse->setText(tr("Browse…"));
    m_sizeLabel->setText(tr("Largest part size:"));
    m_size->setSuffix(tr(" MB"));
    m_integrity->setText(tr("Check integrity (verify the image, write integrity tables)"));
    startButton()->setText(tr("Split"));
    updateState();
}

void SplitDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ImageJobDialog::changeEvent(event);
}

void SplitDialog::updateState()
{
    updateButtons(!m_firstPart->text().trimmed().isEmpty());
}

void SplitDialog::browse()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("First Part of the Split Image"), m_firstPart->text(),
                                                      tr("Split images (*.swm)"));
    if (!file.isEmpty())
        m_firstPart->setText(file);
}

void SplitDialog::startSplit()
{
    if (isBusy())
        return;
    m_parts.clear();
    start(std::make_shared<SplitImageOperation>(m_imagePath, QDir::fromNativeSeparators(m_firstPart->text().trimmed()),
                                                quint64(m_size->value()), m_integrity->isChecked()));
}

void SplitDialog::onSucceeded(const Operation &operation)
{
    m_parts = static_cast<const SplitImageOperation &>(operation).parts();
    const QString firstPart = m_parts.value(0);
    setStatus(m_parts.size() == 1 ? tr("Wrote 1 part: %1.").arg(firstPart)
                                  : tr("Wrote %1 parts; the first is %2.").arg(m_parts.size()).arg(firstPart),
              StatusKind::Success);
}

QString SplitDialog::cancelledText() const
{
    return tr("The split was cancelled; no part was written.");
}

QString SplitDialog::failedText() const
{
    return tr("The split failed.");
}

} // namespace wb
