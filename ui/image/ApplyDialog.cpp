// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplyDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace wb {

ApplyDialog::ApplyDialog(Engine &engine, const QString &imagePath, int index, QWidget *parent)
    : ImageJobDialog(engine, parent)
{
    setObjectName(QStringLiteral("ApplyDialog"));
    m_imageLabel = new QLabel(this);
    m_image = new QLineEdit(imagePath, this);
    m_image->setObjectName(QStringLiteral("imageFile"));
    m_browseImage = new QPushButton(this);
    m_indexLabel = new QLabel(this);
    m_index = new QSpinBox(this);
    m_index->setObjectName(QStringLiteral("index"));
    m_index->setRange(1, 9999);
    m_index->setValue(std::max(1, index));
    m_targetLabel = new QLabel(this);
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("applyDir"));
    m_browseFolder = new QPushButton(this);
    m_browseVolume = new QPushButton(this);
    m_integrity = new QCheckBox(this);
    m_integrity->setObjectName(QStringLiteral("checkIntegrity"));
    m_verify = new QCheckBox(this);
    m_verify->setObjectName(QStringLiteral("verify"));

    auto *form = new QFormLayout;
    form->addRow(m_imageLabel, fieldRow(m_image, {m_browseImage}));
    auto *indexRow = new QHBoxLayout;
    indexRow->addWidget(m_index);
    indexRow->addStretch(1);
    form->addRow(m_indexLabel, indexRow);
    form->addRow(m_targetLabel, fieldRow(m_target, {m_browseFolder, m_browseVolume}));
    form->addRow(QString(), m_integrity);
    form->addRow(QString(), m_verify);
    finishLayout(form);

    connect(m_image, &QLineEdit::textChanged, this, &ApplyDialog::updateState);
    connect(m_target, &QLineEdit::textChanged, this, &ApplyDialog::updateState);
    connect(m_browseImage, &QPushButton::clicked, this, [this] {
        browseOpenFile(m_image, tr("Image to Apply"), tr("Windows images (*.wim *.esd *.swm);;All files (*)"));
    });
    connect(m_browseFolder, &QPushButton::clicked, this, [this] { browseFolder(m_target, tr("Folder to Apply the Image Into")); });
    connect(m_browseVolume, &QPushButton::clicked, this, [this] {
        browseOpenFile(m_target, tr("File or Device That Holds an NTFS Volume"), tr("All files (*)"));
    });
    connect(startButton(), &QPushButton::clicked, this, &ApplyDialog::startApply);
    retranslateUi();
    resize(640, sizeHint().height());
}

void ApplyDialog::retranslateUi()
{
    setWindowTitle(tr("Apply Image"));
    retranslateButtons();
    m_imageLabel->setText(tr("Image file:"));
    m_browseImage->setText(tr("Browse…"));
    m_indexLabel->setText(tr("Index:"));
    m_targetLabel->setText(tr("Apply to:"));
    m_target->setPlaceholderText(tr("an empty folder, or a file or device with an NTFS volume"));
    m_browseFolder->setText(tr("Folder…"));
    m_browseVolume->setText(tr("NTFS volume…"));
    m_integrity->setText(tr("Check integrity (refuse a file whose integrity table does not match)"));
    m_verify->setText(tr("Verify (check every file's hash while writing)"));
    startButton()->setText(tr("Apply"));
    updateState();
}

void ApplyDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ImageJobDialog::changeEvent(event);
}

ApplyImageRequest ApplyDialog::request() const
{
    ApplyImageRequest r;
    r.imagePath = QDir::fromNativeSeparators(m_image->text().trimmed());
    r.image.index = m_index->value();
    r.applyDir = QDir::fromNativeSeparators(m_target->text().trimmed());
    r.checkIntegrity = m_integrity->isChecked();
    r.verify = m_verify->isChecked();
    return r;
}

void ApplyDialog::startApply()
{
    if (!isBusy())
        start(std::make_shared<ApplyImageOperation>(request()));
}

void ApplyDialog::updateState()
{
    updateButtons(!m_image->text().trimmed().isEmpty() && !m_target->text().trimmed().isEmpty());
}

void ApplyDialog::onSucceeded(const Operation &operation)
{
    const auto &op = static_cast<const ApplyImageOperation &>(operation);
    const QString target = op.request().applyDir;
    setStatus(op.ntfsVolume() ? tr("Applied image %1 onto the NTFS volume in %2.").arg(op.appliedIndex()).arg(target)
                              : tr("Applied image %1 into %2.").arg(op.appliedIndex()).arg(target),
              StatusKind::Success);
}

QString ApplyDialog::cancelledText() const
{
    return tr("The apply was cancelled; a folder target was left as it was.");
}

QString ApplyDialog::failedText() const
{
    return tr("The apply failed.");
}

} // namespace wb
