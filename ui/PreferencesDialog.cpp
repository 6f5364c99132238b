// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"
#include "StatusColours.h"

#include "AppSettings.h"
#include "LanguageManager.h"

#include "servicelog/Log.h"
#include "ops/Engine.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wb {

PreferencesDialog::PreferencesDialog(Engine &engine, QWidget *parent)
    : QDialog(parent), m_engine(engine)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *grid = new QGridLayout;
    m_logPathLabel = new QLabel(this);
    m_logPath = new QLineEdit(this);
    m_logPath->setObjectName(QStringLiteral("logPath"));
    m_logPath->setMinimumWidth(360);
    m_logBrowse = new QPushButton(this);
    m_logPathLabel->setBuddy(m_logPath);
    grid->addWidget(m_logPathLabel, 0, 0);
    grid->addWidget(m_logPath, 0, 1);
    grid->addWidget(m_logBrowse, 0, 2);
    m_logLevelLabel = new QLabel(this);
    m_logLevel = new QComboBox(this);
    m_logLevel->setObjectName(QStringLiteral("logLevel"));
    m_logLevelLabel->setBuddy(m_logLevel);
    for (int i = 0; i < 4; ++i)
        m_logLevel->addItem(QString(), i + 1);
    grid->addWidget(m_logLevelLabel, 1, 0);
    grid->addWidget(m_logLevel, 1, 1, 1, 2);
    m_scratchLabel = new QLabel(this);
    m_scratch = new QLineEdit(this);
    m_scratch->setObjectName(QStringLiteral("scratchDirectory"));
    m_scratchBrowse = new QPushButton(this);
    m_scratchLabel->setBuddy(m_scratch);
    grid->addWidget(m_scratchLabel, 2, 0);
    grid->addWidget(m_scratch, 2, 1);
    grid->addWidget(m_scratchBrowse, 2, 2);
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_languageLabel->setBuddy(m_language);
    m_language->addItem(QString(), QString());
    for (const QLocale &l : LanguageManager::availableLanguages())
        m_language->addItem(l.nativeLanguageName() + QStringLiteral(" (") + l.name() + QLatin1Char(')'), l.name());
    m_mountLabel = new QLabel(this);
    m_mountFolder = new QLineEdit(this);
    m_mountFolder->setObjectName(QStringLiteral("defaultMountFolder"));
    m_mountBrowse = new QPushButton(this);
    m_mountLabel->setBuddy(m_mountFolder);
    grid->addWidget(m_mountLabel, 3, 0);
    grid->addWidget(m_mountFolder, 3, 1);
    grid->addWidget(m_mountBrowse, 3, 2);
    grid->addWidget(m_languageLabel, 4, 0);
    grid->addWidget(m_language, 4, 1, 1, 2);
    layout->addLayout(grid);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_hint);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    setStatusKind(m_problem, StatusKind::Error);
    m_problem->setVisible(false);
    layout->addWidget(m_problem);
    layout->addStretch();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    // A problem is about what was entered: editing (or clearing) a field takes it away (defect 7).
    for (QLineEdit *field : {m_logPath, m_scratch, m_mountFolder}) {
        connect(field, &QLineEdit::textEdited, this, [this] {
            m_problem->clear();
            m_problem->setVisible(false);
        });
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_logBrowse, &QPushButton::clicked, this, [this] {
        const QString start = m_logPath->text().isEmpty() ? Log::defaultPath() : m_logPath->text();
        const QString file = QFileDialog::getSaveFileName(this, tr("Log File"), start, tr("Log files (*.log);;All files (*)"),
                                                          nullptr, QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_logPath->setText(file);
    });
    connect(m_scratchBrowse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Scratch Directory"),
                                                              m_scratch->text().isEmpty() ? QDir::tempPath() : m_scratch->text());
        if (!dir.isEmpty())
            m_scratch->setText(dir);
    });

    connect(m_mountBrowse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Default Mount Location"),
                                                              m_mountFolder->text().isEmpty() ? QDir::homePath() : m_mountFolder->text());
        if (!dir.isEmpty())
            m_mountFolder->setText(dir);
    });

    const EngineSettings current = m_engine.settings();
    m_mountFolder->setText(AppSettings::defaultMountFolder());
    m_logPath->setText(current.logPath);
    m_logLevel->setCurrentIndex(int(current.logLevel) - 1);
    m_scratch->setText(current.scratchDirectory);
    const int lang = m_language->findData(AppSettings::language());
    m_language->setCurrentIndex(lang < 0 ? 0 : lang);
    retranslateUi();
}

EngineSettings PreferencesDialog::enteredSettings() const
{
    EngineSettings s;
    s.logPath = m_logPath->text().trimmed();
    s.scratchDirectory = m_scratch->text().trimmed();
    s.logLevel = LogLevel(m_logLevel->currentData().toInt());
    return s;
}

QString PreferencesDialog::problem() const
{
    return m_problem->text();
}

bool PreferencesDialog::apply()
{
    const EngineSettings s = enteredSettings();
    QString problem;
    if (!s.scratchDirectory.isEmpty()) {
        const QFileInfo dir(s.scratchDirectory);
        if (!dir.isAbsolute())
            problem = tr("The scratch directory must be an absolute path, such as /var/tmp/wimbench.");
        else if (!dir.isDir())
            problem = tr("The scratch directory %1 does not exist. Create it or choose another folder.").arg(s.scratchDirectory);
        else if (!dir.isWritable())
            problem = tr("The scratch directory %1 is not writable. Choose a folder you can write to.").arg(s.scratchDirectory);
    }
    if (problem.isEmpty() && !s.logPath.isEmpty()) {
        const QFileInfo log(s.logPath);
        if (!log.isAbsolute()) {
            problem = tr("The log path must be an absolute path, such as %1.").arg(Log::defaultPath());
        } else if (log.isDir()) {
            problem = tr("The log path %1 is a folder; give a file name, such as %2.")
                          .arg(s.logPath, QDir(s.logPath).filePath(QStringLiteral("dism.log")));
        } else {
            QDir().mkpath(log.absolutePath());
            QFile probe(s.logPath);
            const bool existed = probe.exists();
            if (!probe.open(QIODevice::Append | QIODevice::Text))
                problem = tr("The log file %1 cannot be written (%2). Choose another file.").arg(s.logPath, probe.errorString());
            probe.close();
            if (!existed && problem.isEmpty())
                probe.remove();
        }
    }
    const QString mountFolder = m_mountFolder->text().trimmed();
    if (problem.isEmpty() && !mountFolder.isEmpty() && !QFileInfo(mountFolder).isAbsolute())
        problem =
            tr("The default mount location must be an absolute path, such as %1.").arg(QDir::home().filePath(QStringLiteral("mount")));
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return false;

    AppSettings::setDefaultMountFolder(mountFolder);
    AppSettings::setEngineSettings(s);
    m_engine.setSettings(s);
    const QString language = m_language->currentData().toString();
    if (language != AppSettings::language()) {
        AppSettings::setLanguage(language);
        LanguageManager::setLanguageFromPreference(language);
    }
    return true;
}

void PreferencesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_logPathLabel->setText(tr("&Log file:"));
    m_logPath->setPlaceholderText(Log::defaultPath());
    m_logBrowse->setText(tr("Browse…"));
    m_logLevelLabel->setText(tr("Log &level:"));
    m_logLevel->setItemText(0, tr("1 – Errors"));
    m_logLevel->setItemText(1, tr("2 – Errors and warnings"));
    m_logLevel->setItemText(2, tr("3 – Errors, warnings and information (default)"));
    m_logLevel->setItemText(3, tr("4 – Everything, including debug output"));
    m_scratchLabel->setText(tr("&Scratch directory:"));
    m_scratch->setPlaceholderText(tr("System temporary folder (%1)").arg(QDir::tempPath()));
    m_scratchBrowse->setText(tr("Browse…"));
    m_mountLabel->setText(tr("Default &mount location:"));
    m_mountFolder->setPlaceholderText(tr("None (type a folder in the Mount dialog)"));
    m_mountFolder->setToolTip(tr("The Mount dialog proposes a folder named after the image inside this one, "
                                 "and offers to create it"));
    m_mountBrowse->setText(tr("Browse…"));
    m_languageLabel->setText(tr("&Interface language:"));
    m_language->setItemText(0, tr("System language"));
    m_hint->setText(tr("The log and its level apply at once, to every operation from now on. The scratch directory "
                       "holds files changed in mounted images until they are saved; it must be on a local disk."));
}

} // namespace wb
