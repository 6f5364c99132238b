// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace wb {

/// "Save as new index": asks the new index's name (prefilled "<mounted image's name> (changed)",
/// required) and description. GUI thread; modal, owned by the caller.
class NewIndexDialog : public QDialog
{
    Q_OBJECT
public:
    NewIndexDialog(const QString &mountedName, int mountedIndex, QWidget *parent = nullptr);

    QString imageName() const;
    QString imageDescription() const;
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *descriptionField() const { return m_description; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace wb
