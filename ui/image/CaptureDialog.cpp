// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaptureDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace wb {

CaptureDialog::CaptureDialog(Engine &engine, const QString &source, QWidget *parent)
    : ImageJobDialog(engine, parent)
{
    buildUi();
    m_source->setText(source);
    if (!source.isEmpty())
        m_name->setText(QFileInfo(source).fileName());
    retranslateUi();
    resize(680, sizeHint().height());
}

void CaptureDialog::buildUi()
{
    setObjectName(QStringLiteral("CaptureDialog"));
    const auto lineEdit = [this](const char *name) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        return e;
    };
    m_sourceLabel = new QLabel(this);
    m_source = lineEdit("captureDir");
    m_browseFolder = new QPushButton(this);
    m_browseVolume = new QPushButton(this);
    m_destinationLabel = new QLabel(this);
    m_destination = lineEdit("imageFile");
    m_browseDestination = new QPushButton(this);
    m_mode = new QLabel(this);
    m_mode->setObjectName(QStringLiteral("mode"));
    m_nameLabel = new QLabel(this);
    m_name = lineEdit("name");
    m_descriptionLabel = new QLabel(this);
    m_description = lineEdit("description");
    m_compressionLabel = new QLabel(this);
    m_compression = new QComboBox(this);
    m_compression->setObjectName(QStringLiteral("compression"));
    for (const char *value : {"", "fast", "max", "none", "recovery"})
        m_compression->addItem(QString(), QString::fromLatin1(value));
    m_configLabel = new QLabel(this);
    m_config = lineEdit("configFile");
    m_browseConfig = new QPushButton(this);
    m_bootable = new QCheckBox(this);
    m_integrity = new QCheckBox(this);
    m_verify = new QCheckBox(this);

    auto *form = new QFormLayout;
    form->addRow(m_sourceLabel, fieldRow(m_source, {m_browseFolder, m_browseVolume}));
    form->addRow(m_destinationLabel, fieldRow(m_destination, {m_browseDestination}));
    form->addRow(QString(), m_mode);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_descriptionLabel, m_description);
    form->addRow(m_compressionLabel, m_compression);
    form->addRow(m_configLabel, fieldRow(m_config, {m_browseConfig}));
    form->addRow(QString(), m_bootable);
    form->addRow(QString(), m_integrity);
    form->addRow(QString(), m_verify);
    finishLayout(form);

    for (QLineEdit *e : {m_source, m_destination, m_name})
        connect(e, &QLineEdit::textChanged, this, &CaptureDialog::updateState);
    connect(m_browseFolder, &QPushButton::clicked, this, [this] { browseFolder(m_source, tr("Folder to Capture")); });
    connect(m_browseVolume, &QPushButton::clicked, this, [this] {
        browseOpenFile(m_source, tr("File or Device That Holds an NTFS Volume"), tr("All files (*)"));
    });
    connect(m_browseDestination, &QPushButton::clicked, this, &CaptureDialog::browseDestination);
    connect(m_browseConfig, &QPushButton::clicked, this, [this] {
        browseOpenFile(m_config, tr("Capture Configuration (WimScript.ini)"), tr("Configuration files (*.ini);;All files (*)"));
    });
    connect(startButton(), &QPushButton::clicked, this, &CaptureDialog::startCapture);
}

void CaptureDialog::retranslateUi()
{
    setWindowTitle(tr("Capture Image"));
    retranslateButtons();
    m_sourceLabel->setText(tr("Capture from:"));
    m_source->setPlaceholderText(tr("a folder, or a file or device with an NTFS volume"));
    m_browseFolder->setText(tr("Folder…"));
    m_browseVolume->setText(tr("NTFS volume…"));
    m_destinationLabel->setText(tr("Image file:"));
    m_destination->setPlaceholderText(tr("a new .wim or .esd file, or an existing one to append to"));
    m_browseDestination->setText(tr("Browse…"));
    m_nameLabel->setText(tr("Name:"));
    m_descriptionLabel->setText(tr("Description:"));
    m_compressionLabel->setText(tr("Compression:"));
    m_compression->setItemText(0, tr("Default (fast; recovery for an .esd file)"));
    m_compression->setItemText(1, tr("Fast (XPRESS)"));
    m_compression->setItemText(2, tr("Maximum (LZX)"));
    m_compression->setItemText(3, tr("None"));
    m_compression->setItemText(4, tr("Recovery (solid LZMS, .esd only)"));
    m_configLabel->setText(tr("Configuration:"));
    m_config->setPlaceholderText(tr("WimScript.ini (empty: DISM's default exclusions)"));
    m_browseConfig->setText(tr("Browse…"));
    m_bootable->setText(tr("Bootable (mark the new image as the boot image, for Windows PE)"));
    m_integrity->setText(tr("Check integrity (write an integrity table)"));
    m_verify->setText(tr("Verify (read the written file back and check it)"));
    startButton()->setText(tr("Capture"));
    updateState();
}

void CaptureDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ImageJobDialog::changeEvent(event);
}

bool CaptureDialog::appends() const
{
    const QString path = m_destination->text().trimmed();
    return !path.isEmpty() && QFileInfo::exists(QDir::fromNativeSeparators(path));
}

CaptureImageRequest CaptureDialog::request() const
{
    CaptureImageRequest r;
    r.imagePath = QDir::fromNativeSeparators(m_destination->text().trimmed());
    r.source.path = QDir::fromNativeSeparators(m_source->text().trimmed());
    r.source.configFile = QDir::fromNativeSeparators(m_config->text().trimmed());
    r.source.bootable = m_bootable->isChecked();
    r.name = m_name->text().trimmed();
    r.description = m_description->text().trimmed();
    r.append = appends();
    if (!r.append)
        r.compression = compressionFromName(m_compression->currentData().toString());
    r.checkIntegrity = m_integrity->isChecked();
    r.verify = m_verify->isChecked();
    return r;
}

void CaptureDialog::startCapture()
{
    if (!isBusy())
        start(std::make_shared<CaptureImageOperation>(request()));
}

void CaptureDialog::updateState()
{
    const bool append = appends();
    m_mode->setText(m_destination->text().trimmed().isEmpty() ? QString()
                    : append ? tr("The file exists: the image is appended to it (its compression is kept).")
                             : tr("A new file is written."));
    m_mode->setVisible(!m_mode->text().isEmpty());
    m_compression->setEnabled(!append);
    const bool ready = !m_source->text().trimmed().isEmpty() && !m_destination->text().trimmed().isEmpty()
                       && !m_name->text().trimmed().isEmpty();
    updateButtons(ready);
}

void CaptureDialog::browseDestination()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Image File to Write or Append To"), m_destination->text(),
                                                      tr("Windows images (*.wim *.esd);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_destination->setText(file);
}

void CaptureDialog::onSucceeded(const Operation &operation)
{
    const auto &op = static_cast<const CaptureImageOperation &>(operation);
    const QString path = op.request().imagePath;
    setStatus(op.request().append ? tr("Appended as index %1 of %2.").arg(op.imageIndex()).arg(path)
                                  : tr("Captured into the new file %1 (%2 compression).").arg(path, op.compression()),
              StatusKind::Success);
}

QString CaptureDialog::cancelledText() const
{
    return tr("The capture was cancelled; no new file was written and an existing file keeps its images.");
}

QString CaptureDialog::failedText() const
{
    return tr("The capture failed.");
}

} // namespace wb
