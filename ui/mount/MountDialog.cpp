// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MountDialog.h"

#include "AppSettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wb {

MountDialog::MountDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Mount Image"));
    m_imageFile = new QLineEdit(this);
    m_imageFile->setMinimumWidth(380); // a whole path, not its last 25 characters
    m_imageFile->setPlaceholderText(tr("install.wim, .esd or first .swm part"));
    auto *browseImage = new QPushButton(tr("Browse…"), this);
    connect(browseImage, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Image File"), m_imageFile->text(),
                                                       tr("Windows images (*.wim *.esd *.swm);;All files (*)"));
        if (!f.isEmpty())
            m_imageFile->setText(f);
    });
    auto *imageRow = new QHBoxLayout;
    imageRow->addWidget(m_imageFile, 1);
    imageRow->addWidget(browseImage);

    m_index = new QSpinBox(this);
    m_index->setRange(1, 9999);

    m_mountDir = new QLineEdit(this);
    m_mountDir->setPlaceholderText(tr("An empty folder"));
    auto *browseDir = new QPushButton(tr("Browse…"), this);
    connect(browseDir, &QPushButton::clicked, this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Mount Folder"), m_mountDir->text());
        if (!d.isEmpty())
            m_mountDir->setText(d);
    });
    auto *dirRow = new QHBoxLayout;
    dirRow->addWidget(m_mountDir, 1);
    dirRow->addWidget(browseDir);

    m_readOnly = new QCheckBox(tr("Read-only (changes cannot be saved)"), this);
    m_integrity = new QCheckBox(tr("Check the file's integrity first"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("Image file:"), imageRow);
    form->addRow(tr("Index:"), m_index);
    form->addRow(tr("Mount folder:"), dirRow);
    form->addRow(QString(), m_readOnly);
    form->addRow(QString(), m_integrity);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Mount"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_imageFile, &QLineEdit::textChanged, this, &MountDialog::updateOk);
    connect(m_imageFile, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The number of images is known only for the file the window has open.
        m_index->setMaximum(m_knownCount > 0 && text == m_knownImage ? m_knownCount : 9999);
    });
    connect(m_mountDir, &QLineEdit::textChanged, this, &MountDialog::updateOk);
    // Until the user types a folder, it follows the image: <default mount location>/<stem>-<index>.
    connect(m_mountDir, &QLineEdit::textEdited, this, [this] { m_dirChosen = true; });
    connect(m_imageFile, &QLineEdit::textChanged, this, &MountDialog::proposeMountDir);
    connect(m_index, &QSpinBox::valueChanged, this, &MountDialog::proposeMountDir);
    proposeMountDir();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    updateOk();
}

void MountDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_imageFile->text().trimmed().isEmpty() && !m_mountDir->text().trimmed().isEmpty());
}

MountRequest MountDialog::request() const
{
    MountRequest r;
    r.imageFile = m_imageFile->text().trimmed();
    r.index = m_index->value();
    r.mountDir = m_mountDir->text().trimmed();
    r.readWrite = !m_readOnly->isChecked();
    r.checkIntegrity = m_integrity->isChecked();
    return r;
}

void MountDialog::setImageFile(const QString &path, int index, int imageCount)
{
    m_knownImage = path;
    m_knownCount = imageCount;
    m_imageFile->setText(path);
    m_index->setMaximum(imageCount > 0 ? imageCount : 9999);
    m_index->setValue(index);
}

void MountDialog::setMountDir(const QString &dir)
{
    m_dirChosen = true;
    m_mountDir->setText(dir);
}

void MountDialog::proposeMountDir()
{
    const QString base = AppSettings::defaultMountFolder();
    if (m_dirChosen || base.isEmpty())
        return;
    const QString image = m_imageFile->text().trimmed();
    m_mountDir->setText(image.isEmpty() ? base
                                        : QDir(base).filePath(QStringLiteral("%1-%2").arg(QFileInfo(image).completeBaseName()).arg(m_index->value())));
}

void MountDialog::accept()
{
    if (checkMountDir())
        QDialog::accept();
}

bool MountDialog::checkMountDir()
{
    const QString dir = m_mountDir->text().trimmed();
    const QFileInfo info(dir);
    const QString shown = info.absoluteFilePath();
    if (!info.exists()) {
        QMessageBox ask(QMessageBox::Question, tr("Mount Image"),
                        tr("The mount folder %1 does not exist. Create it?").arg(shown),
                        QMessageBox::Yes | QMessageBox::No, this);
        ask.setDefaultButton(QMessageBox::Yes);
        if (ask.exec() != QMessageBox::Yes)
            return false;
        if (!QDir().mkpath(info.absoluteFilePath())) {
            QMessageBox::warning(this, tr("Mount Image"),
                                 tr("The folder %1 could not be created. Check that its parent folder exists and is writable.").arg(shown));
            return false;
        }
        return true;
    }
    if (!info.isDir()) {
        QMessageBox::warning(this, tr("Mount Image"), tr("%1 is a file, not a folder. Choose an empty folder to mount onto.").arg(shown));
        return false;
    }
    if (!QDir(info.absoluteFilePath()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        QMessageBox::warning(this, tr("Mount Image"), tr("The folder %1 is not empty. Choose an empty folder to mount onto.").arg(shown));
        return false;
    }
    return true;
}

} // namespace wb
