// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EngineSettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace wb {

class Engine;

/// Preferences: the servicing log's path and level, the scratch directory, the default mount
/// location (AppSettings only, for the Mount dialog) and the interface language. OK checks the values, stores them with AppSettings (QSettings) and applies them to the
/// engine with Engine::setSettings. GUI thread; the Engine is owned by the caller.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(Engine &engine, QWidget *parent = nullptr);

    /// The settings as currently entered in the dialog.
    EngineSettings enteredSettings() const;
    /// Checks, stores and applies the entered values. Returns false (and shows why in the dialog)
    /// when a value is unusable; nothing is stored then.
    bool apply();
    /// Why the last apply() refused, or empty.
    QString problem() const;

    QLineEdit *logPathField() const { return m_logPath; }
    QComboBox *logLevelBox() const { return m_logLevel; }
    QLineEdit *scratchField() const { return m_scratch; }
    QComboBox *languageBox() const { return m_language; }
    QLineEdit *mountFolderField() const { return m_mountFolder; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Engine &m_engine;
    QLabel *m_logPathLabel = nullptr;
    QLineEdit *m_logPath = nullptr;
    QPushButton *m_logBrowse = nullptr;
    QLabel *m_logLevelLabel = nullptr;
    QComboBox *m_logLevel = nullptr;
    QLabel *m_scratchLabel = nullptr;
    QLineEdit *m_scratch = nullptr;
    QPushButton *m_scratchBrowse = nullptr;
    QLabel *m_mountLabel = nullptr;
    QLineEdit *m_mountFolder = nullptr;
    QPushButton *m_mountBrowse = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace wb
