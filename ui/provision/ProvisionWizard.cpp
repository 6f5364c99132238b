// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProvisionWizard.h"
#include "RemedyText.h"

#include "provision/AllUserStore.h"

#include "ops/Engine.h"
#include "ops/OperationHandle.h"
#include "OperationPanel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wb {

namespace {
/// Package names and registry keys differ at their ends: elide them in the middle (the reasons keep
/// the view's elision at the right).
class MiddleElideDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
    }
};

QPushButton *browseButton(QWidget *parent, QLineEdit *edit, bool folder, const QString &filter = {})
{
    auto *b = new QPushButton(QCoreApplication::translate("wb::ProvisionSourcePage", "Browse…"), parent);
    QObject::connect(b, &QPushButton::clicked, parent, [parent, edit, folder, filter] {
        const QString p = folder ? QFileDialog::getExistingDirectory(parent, QString(), edit->text())
                                 : QFileDialog::getOpenFileName(parent, QString(), edit->text(), filter);
        if (!p.isEmpty())
            edit->setText(p);
    });
    return b;
}

/// A list of package files with Add… (a file dialog titled `title`) and Remove beside it.
QHBoxLayout *packageList(QWidget *parent, QListWidget *list, const QString &title, const QString &filter)
{
    auto *add = new QPushButton(QCoreApplication::translate("wb::ProvisionSourcePage", "Add…"), parent);
    auto *remove = new QPushButton(QCoreApplication::translate("wb::ProvisionSourcePage", "Remove"), parent);
    QObject::connect(add, &QPushButton::clicked, parent, [parent, list, title, filter] {
        for (const QString &p : QFileDialog::getOpenFileNames(parent, title, QString(), filter))
            if (list->findItems(p, Qt::MatchExactly).isEmpty())
                list->addItem(p);
    });
    QObject::connect(remove, &QPushButton::clicked, list, [list] { qDeleteAll(list->selectedItems()); });
    list->setMaximumHeight(list->fontMetrics().lineSpacing() * 5 + 2 * list->frameWidth()); // a few paths; the page must fit 768 px
    auto *layout = new QHBoxLayout;
    layout->addWidget(list, 1, Qt::AlignTop);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    return layout;
}

QWidget *row(QWidget *parent, QLineEdit *edit, QPushButton *button)
{
    auto *w = new QWidget(parent);
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(edit, 1);
    l->addWidget(button);
    return w;
}
} // namespace

// ---- Source page ------------------------------------------------------------------------------

ProvisionSourcePage::ProvisionSourcePage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("App to provision"));
    setSubTitle(tr("The app is provisioned for every new user of the image. Nothing is written before the review."));
    const QString packageFilter = tr("App packages (*.appx *.msix *.appxbundle *.msixbundle)");

    m_image = new QLineEdit(this);
    m_image->setObjectName(QStringLiteral("imageEdit"));
    m_packageRadio = new QRadioButton(tr("Package or bundle file"), this);
    m_folderRadio = new QRadioButton(tr("Folder with the app, its dependencies and its license"), this);
    m_severalRadio = new QRadioButton(tr("Several apps, one package each: a folder of packages, or files separated by ';'"), this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("pathEdit"));
    auto *pathBrowse = new QPushButton(tr("Browse…"), this);
    connect(pathBrowse, &QPushButton::clicked, this, [this, packageFilter] {
        const QString p = m_folderRadio->isChecked()
            ? QFileDialog::getExistingDirectory(this, QString(), m_path->text())
            : m_severalRadio->isChecked()
            ? QFileDialog::getOpenFileNames(this, tr("App Packages"), QString(), packageFilter).join(QLatin1Char(';'))
            : QFileDialog::getOpenFileName(this, QString(), m_path->text(), packageFilter);
        if (!p.isEmpty())
            m_path->setText(p);
    });

    m_dependencies = new QListWidget(this);
    m_dependencies->setObjectName(QStringLiteral("dependencyList"));
    m_optionals = new QListWidget(this);
    m_optionals->setObjectName(QStringLiteral("optionalList"));
    m_optionals->setToolTip(tr("Optional and modification packages of the app (their MainPackageDependency names it); "
                               "Windows installs them only together with the app."));

    m_licenseRadio = new QRadioButton(tr("License file"), this);
    m_skipLicenseRadio = new QRadioButton(tr("No license (the app needs none)"), this);
    m_license = new QLineEdit(this);
    m_customData = new QLineEdit(this);

    m_pinnedOnly = new QRadioButton(tr("No region: Windows provisions the app only when it is pinned to Start"), this);
    m_allRegions = new QRadioButton(tr("All regions"), this);
    m_someRegions = new QRadioButton(tr("These regions (ISO 3166-1 codes, e.g. US;GB):"), this);
    m_regions = new QLineEdit(this);

    m_stub = new QComboBox(this);
    m_stub->addItem(tr("Full packages (default)"), int(StubPreference::Default));
    m_stub->addItem(tr("Stub packages (installstub)"), int(StubPreference::InstallStub));
    m_stub->addItem(tr("Full packages (installfull)"), int(StubPreference::InstallFull));

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    // Radio buttons of one page are exclusive among siblings: group each choice on its own.
    auto *sourceGroup = new QButtonGroup(this);
    sourceGroup->addButton(m_packageRadio);
    sourceGroup->addButton(m_folderRadio);
    sourceGroup->addButton(m_severalRadio);
    auto *licenseGroup = new QButtonGroup(this);
    licenseGroup->addButton(m_licenseRadio);
    licenseGroup->addButton(m_skipLicenseRadio);
    auto *regionGroup = new QButtonGroup(this);
    regionGroup->addButton(m_allRegions);
    regionGroup->addButton(m_someRegions);
    regionGroup->addButton(m_pinnedOnly);
    // Checked only once grouped: until then all radio buttons of the page exclude each other, and
    // checking "All regions" unchecked "Package or bundle file".
    m_packageRadio->setChecked(true);
    m_allRegions->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Image folder:"), row(this, m_image, browseButton(this, m_image, true)));
    auto *src = new QVBoxLayout;
    src->addWidget(m_packageRadio);
    src->addWidget(m_folderRadio);
    src->addWidget(m_severalRadio);
    src->addWidget(row(this, m_path, pathBrowse));
    form->addRow(tr("App:"), src);
    form->addRow(tr("Dependencies:"), packageList(this, m_dependencies, tr("Dependency packages"), packageFilter));
    form->addRow(tr("Optional packages:"), packageList(this, m_optionals, tr("Optional packages"), tr("App packages (*.appx *.msix)")));
    auto *lic = new QVBoxLayout;
    lic->addWidget(m_licenseRadio);
    lic->addWidget(row(this, m_license, browseButton(this, m_license, false, tr("License files (*.xml);;All files (*)"))));
    lic->addWidget(m_skipLicenseRadio);
    form->addRow(tr("License:"), lic);
    form->addRow(tr("Custom data:"), row(this, m_customData, browseButton(this, m_customData, false)));
    auto *reg = new QVBoxLayout;
    reg->addWidget(m_allRegions);
    reg->addWidget(m_someRegions);
    reg->addWidget(m_regions);
    reg->addWidget(m_pinnedOnly);
    form->addRow(tr("Regions:"), reg);
    form->addRow(tr("Stub-aware bundles:"), m_stub);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);

    for (QLineEdit *e : {m_image, m_path, m_license, m_regions})
        connect(e, &QLineEdit::textChanged, this, &ProvisionSourcePage::completeChanged);
    for (QRadioButton *r : {m_licenseRadio, m_skipLicenseRadio, m_someRegions, m_allRegions, m_pinnedOnly, m_packageRadio, m_folderRadio, m_severalRadio})
        connect(r, &QRadioButton::toggled, this, [this] {
            updateEnabled();
            Q_EMIT completeChanged();
        });
    updateEnabled();
}

void ProvisionSourcePage::addDependency(const QString &path)
{
    if (m_dependencies->findItems(path, Qt::MatchExactly).isEmpty())
        m_dependencies->addItem(path);
}

void ProvisionSourcePage::addOptional(const QString &path)
{
    if (m_optionals->findItems(path, Qt::MatchExactly).isEmpty())
        m_optionals->addItem(path);
}

void ProvisionSourcePage::updateEnabled()
{
    m_license->setEnabled(m_licenseRadio->isChecked());
    m_regions->setEnabled(m_someRegions->isChecked());
}

bool ProvisionSourcePage::isComplete() const
{
    if (m_image->text().trimmed().isEmpty() || m_path->text().trimmed().isEmpty())
        return false;
    // With /FolderPath the license may come from the folder.
    if (!m_licenseRadio->isChecked() && !m_skipLicenseRadio->isChecked() && !m_folderRadio->isChecked())
        return false;
    if (m_licenseRadio->isChecked() && m_license->text().trimmed().isEmpty())
        return false;
    return !(m_someRegions->isChecked() && m_regions->text().trimmed().isEmpty());
}

Result<ProvisionRequest> ProvisionSourcePage::request() const
{
    ProvisionRequest r;
    (m_folderRadio->isChecked() ? r.folderPath : r.packagePath) = m_path->text().trimmed();
    for (int i = 0; i < m_dependencies->count(); ++i)
        r.dependencyPaths << m_dependencies->item(i)->text();
    for (int i = 0; i < m_optionals->count(); ++i)
        r.optionalPaths << m_optionals->item(i)->text();
    r.skipLicense = m_skipLicenseRadio->isChecked();
    if (m_licenseRadio->isChecked())
        r.licensePath = m_license->text().trimmed();
    r.customDataPath = m_customData->text().trimmed();
    if (m_allRegions->isChecked()) {
        r.regions = RegionList::all();
    } else if (m_someRegions->isChecked()) {
        auto regions = RegionList::parse(m_regions->text());
        if (!regions)
            return regions.error();
        r.regions = *regions;
    }
    r.stub = StubPreference(m_stub->currentData().toInt());
    return r;
}

Result<QList<ProvisionRequest>> ProvisionSourcePage::requests() const
{
    const auto one = request();
    if (!one)
        return one.error();
    if (!m_severalRadio->isChecked())
        return QList<ProvisionRequest>{*one};
    if (!one->licensePath.isEmpty())
        return Error::make(QStringLiteral("provision.license-for-several"),
                           tr("A license file belongs to one app. With several apps choose No license, or provision the apps that "
                              "need a license one at a time."));
    const QString text = one->packagePath;
    QStringList files;
    if (QFileInfo(text).isDir()) {
        const QDir dir(text);
        const QStringList patterns{QStringLiteral("*.appx"), QStringLiteral("*.msix"), QStringLiteral("*.appxbundle"), QStringLiteral("*.msixbundle")};
        for (const QString &name : dir.entryList(patterns, QDir::Files, QDir::Name | QDir::IgnoreCase))
            files << dir.filePath(name);
    } else {
        for (const QString &f : text.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            files << f.trimmed();
    }
    if (files.isEmpty())
        return Error::make(QStringLiteral("provision.no-packages"),
                           tr("%1 holds no app packages (.appx, .msix, .appxbundle, .msixbundle).").arg(text));
    QList<ProvisionRequest> list;
    for (const QString &f : std::as_const(files)) {
        ProvisionRequest r = *one;
        r.packagePath = f;
        list << r;
    }
    return list;
}

bool ProvisionSourcePage::validatePage()
{
    const auto r = requests();
    if (!r) {
        m_message->setText(errorText(r.error()));
        return false;
    }
    if (!QFileInfo(m_image->text().trimmed()).isDir()) {
        m_message->setText(tr("%1 is not a folder. Choose the folder the image is mounted on.").arg(m_image->text()));
        return false;
    }
    m_message->clear();
    return true;
}

// ---- Review page ------------------------------------------------------------------------------

ProvisionReviewPage::ProvisionReviewPage(Engine &engine, ProvisionSourcePage *source, QWidget *parent)
    : QWizardPage(parent), m_engine(engine), m_source(source)
{
    setTitle(tr("Review"));
    setSubTitle(tr("What the image is, and which packages will be written and why. Nothing has been written yet."));
    m_architecture = new QLabel(this);
    m_build = new QLabel(this);
    m_build->setWordWrap(true);
    m_edition = new QLabel(this);
    m_edition->setWordWrap(true);
    m_languages = new QLabel(this);
    m_languages->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("reviewMessage"));
    m_decisions = new QTreeWidget(this);
    m_decisions->setObjectName(QStringLiteral("decisionTree"));
    m_decisions->setHeaderLabels({tr("Package"), tr("Decision"), tr("Reason")});
    m_decisions->setRootIsDecorated(false);
    // The reason is the long column: it takes the rest of the width and wraps (defect 10).
    m_decisions->setWordWrap(true);
    m_decisions->setItemDelegateForColumn(0, new MiddleElideDelegate(m_decisions));
    // The package column is sized to its contents but never takes more than 40 % of the width, so
    // the decision and its reason stay in view at 1,024 px (registry keys are long).
    m_decisions->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_decisions->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_decisions->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto *form = new QFormLayout;
    form->addRow(tr("Architecture:"), m_architecture);
    form->addRow(tr("Build:"), m_build);
    form->addRow(tr("Edition:"), m_edition);
    form->addRow(tr("Languages:"), m_languages);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_decisions, 1);
    layout->addWidget(m_message);
    // Moving on from the review provisions; there is no way back.
    setCommitPage(true);
}

void ProvisionReviewPage::initializePage()
{
    m_ok = false;
    m_keys = 0;
    m_apps.clear();
    m_decisions->clear();
    m_architecture->clear();
    m_build->clear();
    m_edition->clear();
    m_languages->clear();
    m_message->setText(tr("Reading the packages and the image…"));
    const auto requests = m_source->requests();
    if (!requests) {
        m_message->setText(errorText(requests.error()));
        return;
    }
    m_requests = *requests;
    m_decisions->setRootIsDecorated(m_requests.size() > 1);
    reviewNext(0);
}

void ProvisionReviewPage::reviewNext(int index)
{
    auto op = std::make_shared<AddProvisionedAppxPackageOperation>(m_source->imageEdit()->text().trimmed(), m_requests[index], true);
    // The dry run is shown on this page; the provisioning itself is the one row in the Operations
    // view and logs the same decisions at Info level.
    m_handle = m_engine.start(op, Engine::Kind::Housekeeping);
    connect(m_handle, &OperationHandle::finished, this, [this, op, index](const OperationOutcome &outcome) {
        m_handle = nullptr;
        if (index == 0)
            showImageFacts(*op);
        m_keys += addDecisions(*op, index);
        if (!outcome.succeeded()) {
            const QString why = outcome.error ? errorText(*outcome.error) : tr("The review was cancelled.");
            m_message->setText(m_requests.size() > 1 ? tr("%1: %2").arg(QFileInfo(m_requests[index].packagePath).fileName(), why) : why);
            Q_EMIT completeChanged();
            Q_EMIT reviewFinished(false);
            return;
        }
        m_apps << op->appEntry();
        if (index + 1 < m_requests.size())
            reviewNext(index + 1);
        else
            reviewDone();
    });
}

void ProvisionReviewPage::showImageFacts(const AddProvisionedAppxPackageOperation &op)
{
    const auto &img = op.image();
    if (!img)
        return;
    m_architecture->setText(tr("%1 (from %2)").arg(imageCpuName(img->cpu()), img->cpuSource()));
    m_build->setText(img->build() ? tr("%1 (from %2)").arg(img->buildText(), img->buildSource()) : tr("unknown"));
    const auto &edition = img->hiveFacts().editionId;
    m_edition->setText(edition ? tr("%1 (from %2)").arg(edition->value, edition->source) : tr("unknown (no SOFTWARE hive states it)"));
    m_languages->setText(img->languagesDescription().isEmpty() ? tr("none found") : img->languagesDescription());
}

int ProvisionReviewPage::addDecisions(const AddProvisionedAppxPackageOperation &op, int index)
{
    // Several apps: one branch per app, its decisions below it.
    QTreeWidgetItem *app = nullptr;
    if (m_requests.size() > 1) {
        const QString file = QFileInfo(m_requests[index].packagePath).fileName();
        app = new QTreeWidgetItem(m_decisions, {op.appEntry().isEmpty() ? file : op.appEntry(), QString(), file});
        app->setExpanded(true);
    }
    int keys = 0;
    for (const ProvisionDecision &d : op.decisions()) {
        const QStringList columns{shownPackage(d.package), decisionLabel(d), d.reason};
        auto *item = app ? new QTreeWidgetItem(app, columns) : new QTreeWidgetItem(m_decisions, columns);
        item->setToolTip(0, d.package);
        item->setToolTip(2, d.reason);
        keys += d.why.codeName() == QLatin1String("registry.key") ? 1 : 0;
    }
    return keys;
}

void ProvisionReviewPage::reviewDone()
{
    m_decisions->resizeColumnToContents(0);
    m_decisions->setColumnWidth(0, std::min(m_decisions->columnWidth(0), m_decisions->viewport()->width() * 2 / 5));
    m_ok = true;
    const QString registry = m_keys > 0 ? tr("%n registry key(s) will be written into the image's SOFTWARE hive.", nullptr, m_keys)
                                        : tr("No registry keys will be written: the image has no SOFTWARE hive.");
    const QString apps = m_apps.join(QStringLiteral(", "));
    m_message->setText((!m_source->pinnedOnlyRadio()->isChecked()
                            ? tr("Ready to provision %1.").arg(apps)
                            : tr("Ready to provision %1. Without a region Windows provisions it only when it is pinned to Start.").arg(apps))
                       + QLatin1Char(' ') + registry);
    Q_EMIT completeChanged();
    Q_EMIT reviewFinished(true);
}

QString ProvisionReviewPage::shownPackage(const QString &package)
{
    // A registry key is shown from AppxAllUserStore on (the whole path is the tooltip).
    const QString base = AllUserStore::baseKey();
    const int store = base.lastIndexOf(QLatin1Char('\\'));
    return package.startsWith(base + QLatin1Char('\\'), Qt::CaseInsensitive) ? package.mid(store + 1) : package;
}

QString ProvisionReviewPage::decisionLabel(const ProvisionDecision &d)
{
    const QString code = d.why.codeName();
    if (code == QLatin1String("registry.key"))
        return tr("Registry: write");
    if (code == QLatin1String("registry.clear-deprovisioned"))
        return tr("Registry: delete");
    if (code == QLatin1String("registry.no-hive"))
        return tr("Registry: none");
    if (code == QLatin1String("trust.trusted"))
        return tr("Trust: trusted");
    if (code == QLatin1String("trust.untrusted"))
        return tr("Trust: untrusted");
    if (code == QLatin1String("trust.unsigned"))
        return tr("Trust: unsigned");
    if (code == QLatin1String("trust.no-hive") || code == QLatin1String("trust.not-verifiable"))
        return tr("Trust: not evaluated");
    // Package kinds: a package that is not an app on its own, given as the app.
    if (code == QLatin1String("main.framework"))
        return tr("Refused: a framework, not an app");
    if (code == QLatin1String("main.optional"))
        return tr("Refused: an optional package, not an app");
    if (code == QLatin1String("main.modification"))
        return tr("Refused: a modification package, not an app");
    if (code == QLatin1String("optional.included") || code == QLatin1String("optional.modification"))
        return tr("Included with the app");
    return d.included ? tr("Included") : tr("Skipped");
}

void ProvisionReviewPage::cleanupPage()
{
    if (m_handle)
        m_handle->cancel();
    m_ok = false;
}

bool ProvisionReviewPage::isComplete() const
{
    return m_ok && m_handle.isNull();
}

// ---- Run page ---------------------------------------------------------------------------------

ProvisionRunPage::ProvisionRunPage(Engine &engine, ProvisionSourcePage *source, QWidget *parent)
    : QWizardPage(parent), m_engine(engine), m_source(source)
{
    setTitle(tr("Provisioning"));
    setSubTitle(tr("If anything fails or you cancel, the image is left as it was."));
    m_panel = new OperationPanel(this);
    m_panel->progressBar()->setObjectName(QStringLiteral("runProgress"));
    m_panel->statusLabel()->setObjectName(QStringLiteral("runMessage"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    layout->addStretch();
}

bool ProvisionRunPage::isRunning() const
{
    return m_panel->isRunning();
}

QProgressBar *ProvisionRunPage::progressBar() const
{
    return m_panel->progressBar();
}

QLabel *ProvisionRunPage::messageLabel() const
{
    return m_panel->statusLabel();
}

QPushButton *ProvisionRunPage::cancelButton() const
{
    return m_panel->cancelButton();
}

void ProvisionRunPage::initializePage()
{
    m_outcome.reset();
    m_firstProblem.reset();
    m_done.clear();
    m_failed.clear();
    m_written = 0;
    m_panel->setStatus(QString());
    const auto requests = m_source->requests();
    if (!requests) {
        m_panel->setStatus(errorText(requests.error()), StatusKind::Error);
        return;
    }
    m_requests = *requests;
    runNext(0);
}

void ProvisionRunPage::runNext(int index)
{
    auto op = std::make_shared<AddProvisionedAppxPackageOperation>(m_source->imageEdit()->text().trimmed(), m_requests[index]);
    OperationHandle *handle = m_engine.start(op);
    m_panel->watch(handle);
    connect(handle, &OperationHandle::finished, this, [this, op, index](const OperationOutcome &outcome) {
        const QString name = op->appEntry().isEmpty() ? QFileInfo(m_requests[index].packagePath).fileName() : op->appEntry();
        m_lastOutcome = outcome;
        if (outcome.succeeded()) {
            m_done << name;
            m_written += int(op->writtenPackages().size());
        } else {
            const QString why = outcome.error ? errorText(*outcome.error) : QString();
            m_failed << (m_requests.size() == 1 ? why : tr("%1: %2").arg(name, why));
            if (!m_firstProblem)
                m_firstProblem = outcome;
        }
        if (!outcome.cancelled() && index + 1 < m_requests.size())
            runNext(index + 1);
        else
            runDone();
    });
}

void ProvisionRunPage::runDone()
{
    m_outcome = m_firstProblem.value_or(m_lastOutcome);
    if (!m_firstProblem && m_done.size() == 1) {
        m_panel->setStatus(tr("%1 was provisioned: %n package(s) written.", nullptr, m_written).arg(m_done.first()), StatusKind::Success);
    } else if (!m_firstProblem) {
        m_panel->setStatus(tr("%n app(s) provisioned: %1.", nullptr, int(m_done.size())).arg(m_done.join(QStringLiteral(", "))),
                           StatusKind::Success);
    } else if (m_firstProblem->cancelled()) {
        m_panel->setStatus(m_done.isEmpty() ? tr("Cancelled; the image was left as it was.")
                                            : tr("Cancelled. Provisioned before the cancel: %1; the app being provisioned was left out.")
                                                  .arg(m_done.join(QStringLiteral(", "))),
                           StatusKind::Warning);
    } else if (m_done.isEmpty()) {
        m_panel->setStatus(tr("Provisioning failed; the image was left as it was. %1").arg(m_failed.join(QLatin1Char(' '))),
                           StatusKind::Error);
    } else {
        m_panel->setStatus(tr("Provisioned: %1. Failed (left out, the image otherwise unchanged): %2")
                               .arg(m_done.join(QStringLiteral(", ")), m_failed.join(QLatin1Char(' '))),
                           StatusKind::Error);
    }
    Q_EMIT completeChanged();
    Q_EMIT runFinished(*m_outcome);
}

bool ProvisionRunPage::isComplete() const
{
    return m_outcome.has_value();
}

// ---- Wizard -----------------------------------------------------------------------------------

ProvisionWizard::ProvisionWizard(Engine &engine, const QString &imageDir, QWidget *parent) : QWizard(parent)
{
    setWindowTitle(tr("Provision an App"));
    m_sourcePage = new ProvisionSourcePage(this);
    m_sourcePage->imageEdit()->setText(imageDir);
    m_reviewPage = new ProvisionReviewPage(engine, m_sourcePage, this);
    m_runPage = new ProvisionRunPage(engine, m_sourcePage, this);
    setPage(SourcePageId, m_sourcePage);
    setPage(ReviewPageId, m_reviewPage);
    setPage(RunPageId, m_runPage);
    setButtonText(QWizard::CommitButton, tr("Provision"));
    // The run is past the commit page, so Back is gone. After a failure or a cancel the image is
    // as it was: offer to start over with everything entered kept, and say Close, not Finish.
    setButtonText(QWizard::CustomButton1, tr("Start Over"));
    connect(m_runPage, &ProvisionRunPage::runFinished, this, [this](const OperationOutcome &outcome) {
        setButtonText(QWizard::FinishButton, outcome.succeeded() ? tr("Done") : tr("Close"));
        setOption(QWizard::HaveCustomButton1, !outcome.succeeded());
    });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which != QWizard::CustomButton1)
            return;
        setOption(QWizard::HaveCustomButton1, false);
        restart();
    });
}

} // namespace wb
