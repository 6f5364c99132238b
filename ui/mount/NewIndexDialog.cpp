// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewIndexDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wb {

NewIndexDialog::NewIndexDialog(const QString &mountedName, int mountedIndex, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("newIndexDialog"));
    setWindowTitle(tr("Save as New Index"));
    auto *intro = new QLabel(tr("The changes are appended as a new index; index %1 stays as it is.").arg(mountedIndex), this);
    intro->setWordWrap(true);
    const QString base = mountedName.isEmpty() ? tr("Image %1").arg(mountedIndex) : mountedName;
    m_name = new QLineEdit(tr("%1 (changed)").arg(base), this);
    m_name->setObjectName(QStringLiteral("newIndexName"));
    m_name->setMinimumWidth(320);
    m_name->selectAll();
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("newIndexDescription"));
    m_description->setPlaceholderText(tr("Optional"));
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Description:"), m_description);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // An image needs a name (as /Set-ImageInfo says); Save waits for one.
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(!text.trimmed().isEmpty());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
}

QString NewIndexDialog::imageName() const
{
    return m_name->text().trimmed();
}

QString NewIndexDialog::imageDescription() const
{
    return m_description->text().trimmed();
}

} // namespace wb
