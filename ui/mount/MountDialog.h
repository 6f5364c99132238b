// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mount/MountManager.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace wb {

/// "Mount…": asks for the image file, the index, the (empty) mount folder, read-only and the
/// integrity check. Collects input; the Mounts view starts the MountImageOperation, which makes
/// every check. Before closing, Mount checks what would otherwise lose what was typed: a mount
/// folder that does not exist is offered to be created, a file or a folder that is not empty is
/// refused with the dialog left open. GUI thread.
class MountDialog : public QDialog
{
    Q_OBJECT
public:
    explicit MountDialog(QWidget *parent = nullptr);

    /// What Mount would ask the engine to do with the values entered now.
    MountRequest request() const;
    /// Prefills the image file (e.g. the file open in the image browser) and index; with
    /// `imageCount` > 0 the index box goes no higher (it is unbounded for a file typed in).
    void setImageFile(const QString &path, int index = 1, int imageCount = 0);
    /// Sets the mount folder (from then on it no longer follows the image).
    void setMountDir(const QString &dir);

    QLineEdit *imageFileField() const { return m_imageFile; }
    QSpinBox *indexBox() const { return m_index; }
    QLineEdit *mountDirField() const { return m_mountDir; }
    QCheckBox *readOnlyBox() const { return m_readOnly; }
    QCheckBox *integrityBox() const { return m_integrity; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    /// Checks the mount folder (creating it when the user agrees) and closes only if it is usable.
    void accept() override;

private:
    void updateOk();
    bool checkMountDir();
    void proposeMountDir();
    bool m_dirChosen = false;
    QString m_knownImage;
    int m_knownCount = 0;
    QLineEdit *m_imageFile = nullptr;
    QSpinBox *m_index = nullptr;
    QLineEdit *m_mountDir = nullptr;
    QCheckBox *m_readOnly = nullptr;
    QCheckBox *m_integrity = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace wb
