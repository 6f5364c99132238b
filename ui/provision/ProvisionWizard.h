// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Operation.h"
#include "ops/AddProvisionedAppxPackageOperation.h"

#include <QPointer>
#include <QWizard>
#include <QWizardPage>

#include <memory>
#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace wb {

class Engine;
class OperationHandle;
class OperationPanel;

/// Page 1: what to provision (package or folder), dependencies, license or skip, custom data,
/// regions and the stub option. Validates the input before the review runs.
class ProvisionSourcePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ProvisionSourcePage(QWidget *parent = nullptr);

    /// The request as entered, or an error for the message line.
    Result<ProvisionRequest> request() const;
    /// One request per app: with "Several apps" each package file (every package directly in the
    /// folder given, or each of the ';'-separated files) with the same settings; else request().
    Result<QList<ProvisionRequest>> requests() const;
    bool validatePage() override;
    bool isComplete() const override;

    QLineEdit *imageEdit() const { return m_image; }
    QRadioButton *packageRadio() const { return m_packageRadio; }
    QRadioButton *folderRadio() const { return m_folderRadio; }
    QRadioButton *severalRadio() const { return m_severalRadio; }
    QLineEdit *pathEdit() const { return m_path; }
    QListWidget *dependencyList() const { return m_dependencies; }
    QListWidget *optionalList() const { return m_optionals; }
    QRadioButton *licenseRadio() const { return m_licenseRadio; }
    QRadioButton *skipLicenseRadio() const { return m_skipLicenseRadio; }
    QLineEdit *licenseEdit() const { return m_license; }
    QLineEdit *customDataEdit() const { return m_customData; }
    QRadioButton *pinnedOnlyRadio() const { return m_pinnedOnly; }
    QRadioButton *allRegionsRadio() const { return m_allRegions; }
    QRadioButton *someRegionsRadio() const { return m_someRegions; }
    QLineEdit *regionsEdit() const { return m_regions; }
    QComboBox *stubCombo() const { return m_stub; }
    QLabel *messageLabel() const { return m_message; }
    /// Adds a dependency package path (the Add… button does this after a file dialog).
    void addDependency(const QString &path);
    /// Adds an optional (or modification) package path: /OptionalPackagePath.
    void addOptional(const QString &path);

private:
    void updateEnabled();
    QLineEdit *m_image;
    QRadioButton *m_packageRadio, *m_folderRadio, *m_severalRadio;
    QLineEdit *m_path;
    QListWidget *m_dependencies;
    QListWidget *m_optionals;
    QRadioButton *m_licenseRadio, *m_skipLicenseRadio;
    QLineEdit *m_license;
    QLineEdit *m_customData;
    QRadioButton *m_pinnedOnly, *m_allRegions, *m_someRegions;
    QLineEdit *m_regions;
    QComboBox *m_stub;
    QLabel *m_message;
};

/// Page 2: runs the rules without writing (AddProvisionedAppxPackageOperation in review mode) and
/// shows the detected image architecture and languages with their sources and, for every package
/// of every input, included or skipped and why.
class ProvisionReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    ProvisionReviewPage(Engine &engine, ProvisionSourcePage *source, QWidget *parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    bool isReviewing() const { return !m_handle.isNull(); }
    bool reviewSucceeded() const { return m_ok; }
    QLabel *architectureLabel() const { return m_architecture; }
    QLabel *languagesLabel() const { return m_languages; }
    QLabel *buildLabel() const { return m_build; }
    QLabel *editionLabel() const { return m_edition; }
    QTreeWidget *decisionTree() const { return m_decisions; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    void reviewFinished(bool ok);

private:
    /// The Decision column: "Included"/"Skipped", or what is done in the registry.
    static QString decisionLabel(const ProvisionDecision &d);
    /// The package column's text: a registry key from AppxAllUserStore on, anything else as it is.
    static QString shownPackage(const QString &package);
    /// Reviews app `index` of m_requests, then the next one (one dry run at a time).
    void reviewNext(int index);
    void showImageFacts(const AddProvisionedAppxPackageOperation &op);
    int addDecisions(const AddProvisionedAppxPackageOperation &op, int index);
    void reviewDone();
    Engine &m_engine;
    ProvisionSourcePage *m_source;
    QPointer<OperationHandle> m_handle;
    QList<ProvisionRequest> m_requests;
    QStringList m_apps;
    int m_keys = 0;
    bool m_ok = false;
    QLabel *m_architecture, *m_build, *m_edition, *m_languages, *m_message;
    QTreeWidget *m_decisions;
};

/// Page 3: provisions with progress; Finish is enabled when it has ended, with the outcome shown.
class ProvisionRunPage : public QWizardPage
{
    Q_OBJECT
public:
    ProvisionRunPage(Engine &engine, ProvisionSourcePage *source, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const;
    std::optional<OperationOutcome> outcome() const { return m_outcome; }
    QProgressBar *progressBar() const;
    QLabel *messageLabel() const;
    QPushButton *cancelButton() const;
    OperationPanel *panel() const { return m_panel; }

Q_SIGNALS:
    void runFinished(const wb::OperationOutcome &outcome);

private:
    /// Provisions app `index` of m_requests, then the next one: one operation (and one image
    /// lock) at a time; a cancel stops the rest, a failure is reported and the others go on.
    void runNext(int index);
    void runDone();
    Engine &m_engine;
    ProvisionSourcePage *m_source;
    QList<ProvisionRequest> m_requests;
    QStringList m_done;
    QStringList m_failed;
    std::optional<OperationOutcome> m_firstProblem;
    OperationOutcome m_lastOutcome;
    int m_written = 0;
    std::optional<OperationOutcome> m_outcome;
    OperationPanel *m_panel = nullptr;
};

/// The provisioning wizard for a mounted (or applied) image folder: source, review, run. Holds no
/// servicing logic: the review and the run are engine operations. GUI thread; the Engine is owned
/// by the caller and outlives the wizard.
class ProvisionWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { SourcePageId, ReviewPageId, RunPageId };
    ProvisionWizard(Engine &engine, const QString &imageDir, QWidget *parent = nullptr);

    ProvisionSourcePage *sourcePage() const { return m_sourcePage; }
    ProvisionReviewPage *reviewPage() const { return m_reviewPage; }
    ProvisionRunPage *runPage() const { return m_runPage; }

private:
    ProvisionSourcePage *m_sourcePage;
    ProvisionReviewPage *m_reviewPage;
    ProvisionRunPage *m_runPage;
};

} // namespace wb
