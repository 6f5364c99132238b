#include "MountDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace wb {

MountDialog::MountDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Mount image"));
    m_imageFile = new QLineEdit(this);
    m_imageFile->setPlaceholderText(tr("install.wim, .esd or first .swm part"));
    auto *browseImage = new QPushButton(tr("Browse…"), this);
    connect(browseImage, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Image file"), m_imageFile->text(),
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
        const QString d = QFileDialog::getExistingDirectory(this, tr("Mount folder"), m_mountDir->text());
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
    connect(m_mountDir, &QLineEdit::textChanged, this, &MountDialog::updateOk);

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

void MountDialog::setImageFile(const QString &path, int index)
{
    m_imageFile->setText(path);
    m_index->setValue(index);
}

void MountDialog::setMountDir(const QString &dir)
{
    m_mountDir->setText(dir);
}

} // namespace wb
