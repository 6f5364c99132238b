// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackageInspectorDialog.h"
#include "OperationPanel.h"
#include "RemedyText.h"

#include "appx/PackagePath.h"
#include "ops/Engine.h"
#include "ops/OperationHandle.h"

#include <QCheckBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <QCoro/QCoroTask>

namespace wb {

namespace {

QTreeWidgetItem *addItem(QTreeWidgetItem *parent, const QString &name, const QString &value = {})
{
    auto *item = new QTreeWidgetItem(parent, {name, value});
    item->setToolTip(1, value);
    return item;
}

QString sizeText(quint64 bytes)
{
    return PackageInspectorDialog::tr("%1 bytes").arg(QLocale().toString(qulonglong(bytes)));
}

/// The package's kind in the window's language (AppxManifest::kindName() is the command line's English).
QString kindText(AppxManifest::Kind kind)
{
    switch (kind) {
    case AppxManifest::Kind::Framework: return PackageInspectorDialog::tr("Framework");
    case AppxManifest::Kind::Resource: return PackageInspectorDialog::tr("Resource");
    case AppxManifest::Kind::Modification: return PackageInspectorDialog::tr("Modification");
    case AppxManifest::Kind::Optional: return PackageInspectorDialog::tr("Optional");
    case AppxManifest::Kind::Application: break;
    }
    return PackageInspectorDialog::tr("Application");
}

/// A bundle entry's type in the window's language (BundlePackageEntry::typeName() is English).
QString entryTypeText(const BundlePackageEntry &entry)
{
    return entry.isApplication() ? PackageInspectorDialog::tr("application") : PackageInspectorDialog::tr("resource");
}

/// A <Resource> in the window's language: "Language en-US", "Scale 200", "DXFeatureLevel dx11"
/// (PackageResource::describe() is the command line's English).
QString resourceText(const PackageResource &r)
{
    if (!r.language.isEmpty())
        return PackageInspectorDialog::tr("Language %1").arg(r.language);
    if (r.scale)
        return PackageInspectorDialog::tr("Scale %1").arg(*r.scale);
    if (!r.dxFeatureLevel.isEmpty())
        return PackageInspectorDialog::tr("DXFeatureLevel %1").arg(r.dxFeatureLevel);
    return {};
}

} // namespace

PackageInspectorDialog::PackageInspectorDialog(Engine &engine, QWidget *parent) : QDialog(parent), m_engine(engine)
{
    setObjectName(QStringLiteral("packageInspector"));
    setAcceptDrops(true);
    buildUi();
    retranslateUi();
    updateState();
}

PackageInspectorDialog::~PackageInspectorDialog()
{
    if (m_handle)
        m_handle->cancel();
}

bool PackageInspectorDialog::looksLikePackage(const QString &path)
{
    return PackagePath::looksLikePackage(path);
}

void PackageInspectorDialog::buildUi()
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("packageTree"));
    m_tree->setColumnCount(2);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_verify = new QCheckBox(this);
    m_verify->setObjectName(QStringLiteral("verifyContents"));
    m_verify->setChecked(true);
    m_panel = new OperationPanel(this);
    m_panel->setHideWhenIdle(true);
    m_provision = new QPushButton(this);
    m_provision->setObjectName(QStringLiteral("provision"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("close"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_verify);
    buttons->addStretch();
    buttons->addWidget(m_provision);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_panel);
    layout->addLayout(buttons);
    resize(760, 560);

    connect(m_panel, &OperationPanel::runningChanged, this, &PackageInspectorDialog::updateState);
    connect(m_close, &QPushButton::clicked, this, &PackageInspectorDialog::reject);
    connect(m_provision, &QPushButton::clicked, this, [this] { Q_EMIT provisionRequested(m_path); });
}

void PackageInspectorDialog::retranslateUi()
{
    setWindowTitle(tr("Package Inspector"));
    m_tree->setHeaderLabels({tr("Property"), tr("Value")});
    m_verify->setText(tr("Check every block against the block map"));
    m_close->setText(tr("Close"));
    m_provision->setText(tr("Provision This Package…"));
    m_provision->setToolTip(tr("Open the provisioning wizard with this package"));
    m_heading->setText(m_path.isEmpty() ? tr("Drop an .appx, .msix, .appxbundle or .msixbundle file or an unpacked package folder here.")
                                        : m_path);
    fillTree();
}

void PackageInspectorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PackageInspectorDialog::reject()
{
    cancel();
    QDialog::reject();
}

void PackageInspectorDialog::cancel()
{
    m_panel->cancel();
}

QPushButton *PackageInspectorDialog::cancelButton() const
{
    return m_panel->cancelButton();
}

QProgressBar *PackageInspectorDialog::progressBar() const
{
    return m_panel->progressBar();
}

void PackageInspectorDialog::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && looksLikePackage(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void PackageInspectorDialog::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile() || !looksLikePackage(urls.first().toLocalFile()))
        return;
    event->acceptProposedAction();
    open(urls.first().toLocalFile());
}

void PackageInspectorDialog::open(const QString &path)
{
    if (!isVisible())
        show();
    QCoro::connect(inspect(path), this, [](bool) {});
}

QCoro::Task<bool> PackageInspectorDialog::inspect(QString path)
{
    if (m_handle)
        m_handle->cancel();
    m_path = path;
    m_info.reset();
    m_heading->setText(path);
    fillTree();
    auto op = std::make_shared<GetPackageInfoOperation>(path, m_verify->isChecked());
    OperationHandle *handle = m_engine.start(op);
    m_handle = handle;
    m_panel->watch(handle);
    setStatus(tr("Reading %1…").arg(QFileInfo(path).fileName()), false);
    updateState();

    QPointer<PackageInspectorDialog> self(this);
    const OperationOutcome outcome = co_await handle->waitForFinished();
    if (!self)
        co_return false;
    if (m_handle != handle) // a newer inspection replaced this one
        co_return false;
    m_handle = nullptr;
    if (outcome.succeeded()) {
        m_info = op->info();
        QStringList notes;
        if (!m_info->missingPackages.isEmpty())
            notes << tr("Missing packages: %1.").arg(m_info->missingPackages.join(QStringLiteral(", ")));
        if (!m_info->hasApplicationPackage())
            notes << tr("The bundle has no application package, only resource packages: it cannot be provisioned on its own.");
        if (notes.isEmpty())
            setStatus(m_info->verified ? tr("Read %1; every block matches its block map.").arg(QFileInfo(path).fileName())
                                       : tr("Read %1; its contents were not checked.").arg(QFileInfo(path).fileName()),
                      false);
        else
            setStatus(notes.join(QLatin1Char(' ')), true);
    } else if (outcome.cancelled()) {
        setStatus(tr("Reading the package was cancelled."), false);
    } else {
        setStatus(outcome.error ? errorText(*outcome.error) : tr("The package could not be read."), true);
    }
    fillTree();
    updateState();
    Q_EMIT inspected(outcome);
    co_return outcome.succeeded();
}

bool PackageInspectorDialog::isBusy() const
{
    return !m_handle.isNull();
}

QString PackageInspectorDialog::statusText() const
{
    return m_panel->statusText();
}

void PackageInspectorDialog::setStatus(const QString &text, bool isError)
{
    m_panel->setStatus(text, isError ? StatusKind::Error : StatusKind::Neutral);
}

void PackageInspectorDialog::updateState()
{
    m_provision->setEnabled(!isBusy() && m_info && m_info->hasApplicationPackage());
    m_verify->setEnabled(!isBusy());
}

void PackageInspectorDialog::addPackageFields(QTreeWidgetItem *parent, const AppxManifest &m)
{
    addItem(parent, tr("Display name"), m.displayName);
    addItem(parent, tr("Publisher display name"), m.publisherDisplayName);
    addItem(parent, tr("Kind"), kindText(m.kind()));
    if (m.isOptional())
        addItem(parent, tr("Main package"), m.mainPackages().join(QStringLiteral(", ")));
    addItem(parent, tr("Manifest schema"), m.schemaName());
    auto *families = addItem(parent, tr("Target device families"), QString::number(m.targetDeviceFamilies.size()));
    for (const TargetDeviceFamily &t : m.targetDeviceFamilies)
        addItem(families, t.name, tr("minimum version %1").arg(t.minVersion.toString()));
    auto *resources = addItem(parent, tr("Resources"), QString::number(m.resources.size()));
    for (const PackageResource &r : m.resources)
        addItem(resources, resourceText(r));
    auto *dependencies = addItem(parent, tr("Dependencies"), QString::number(m.dependencies.size()));
    for (const PackageDependency &d : m.dependencies)
        addItem(dependencies, d.name,
                (d.optional ? tr("minimum version %1, optional") : tr("minimum version %1")).arg(d.minVersion.toString()) + QStringLiteral(" — ")
                    + d.publisher);
    dependencies->setExpanded(true);
    resources->setExpanded(true);
}

void PackageInspectorDialog::fillTree()
{
    m_tree->clear();
    if (!m_info)
        return;
    const PackageInfo &info = *m_info;
    const PackageIdentity &id = info.identity();
    auto *root = m_tree->invisibleRootItem();
    QString type;
    switch (info.format) {
    case PackageFormat::Package: type = tr("Package"); break;
    case PackageFormat::Folder: type = tr("Unpacked package folder"); break;
    case PackageFormat::Bundle: type = info.flat ? tr("Flat bundle") : tr("Bundle"); break;
    case PackageFormat::BundleFolder: type = tr("Unpacked bundle folder"); break;
    case PackageFormat::Unknown: break;
    }
    auto *identity = addItem(root, tr("Identity"), id.fullName());
    addItem(identity, tr("Type"), type);
    addItem(identity, tr("Name"), id.name);
    addItem(identity, tr("Publisher"), id.publisher);
    addItem(identity, tr("Publisher ID"), id.publisherId());
    addItem(identity, tr("Version"), id.version.toString());
    addItem(identity, tr("Architecture"), architectureName(id.architecture));
    addItem(identity, tr("Resource ID"), id.resourceId);
    addItem(identity, tr("Package full name"), id.fullName());
    addItem(identity, tr("Package family name"), id.familyName());
    identity->setExpanded(true);

    auto *integrity = addItem(root, tr("Integrity"));
    addItem(integrity, tr("Signature"), signatureStatusText(info.signature));
    addItem(integrity, tr("Contents"), info.verified ? tr("every block matches the block map") : tr("not checked"));
    addItem(integrity, tr("Installed size"), sizeText(info.installedSize));
    integrity->setExpanded(true);

    if (info.signatureDetails) {
        const SignatureCertificate &signer = info.signatureDetails->certificates().first();
        auto *signature = addItem(root, tr("Signature"), signer.subject);
        addItem(signature, tr("Signer"), signer.subject);
        addItem(signature, tr("Valid from"), QLocale().toString(signer.notBefore.toLocalTime(), QLocale::ShortFormat));
        addItem(signature, tr("Valid to"), QLocale().toString(signer.notAfter.toLocalTime(), QLocale::ShortFormat));
        auto *chain = addItem(signature, tr("Certificates"), QString::number(info.signatureDetails->certificates().size()));
        for (const SignatureCertificate &c : info.signatureDetails->certificates())
            addItem(chain, c.subject, describeCertificate(c));
        auto *digests = addItem(signature, tr("Signed digests"));
        for (const QString &line : info.signedDigestResults(true))
            addItem(digests, line);
        addItem(signature, tr("Trust"), tr("not evaluated: trust is decided by a target image's certificate stores"));
        signature->setExpanded(true);
    }

    if (!info.isBundle()) {
        auto *details = addItem(root, tr("Package"));
        addPackageFields(details, info.manifest);
        addItem(details, tr("Files"), QString::number(info.fileCount));
        details->setExpanded(true);
        return;
    }

    auto *packages = addItem(root, tr("Packages"), QString::number(info.packages.size()));
    packages->setData(0, Qt::UserRole, QStringLiteral("packages"));
    for (const InnerPackageInfo &p : info.packages) {
        QString summary = entryTypeText(p.entry);
        if (p.entry.isApplication())
            summary += QLatin1Char(' ') + architectureName(p.entry.architecture);
        QStringList resources;
        for (const PackageResource &r : p.entry.resources)
            resources << resourceText(r);
        if (!resources.isEmpty())
            summary += QStringLiteral(" — ") + resources.join(QStringLiteral(", "));
        if (!p.isPresent())
            summary += QStringLiteral(" — ") + tr("MISSING");
        auto *item = addItem(packages, p.entry.fileName, summary);
        if (!p.isPresent())
            item->setForeground(1, QColor(Qt::darkRed));
        addItem(item, tr("Type"), entryTypeText(p.entry));
        addItem(item, tr("Version"), p.entry.version.toString());
        addItem(item, tr("Architecture"), architectureName(p.entry.architecture));
        addItem(item, tr("Resource ID"), p.entry.resourceId);
        addItem(item, tr("Stub"), p.entry.isStub ? tr("Yes") : tr("No"));
        addItem(item, tr("Size"), sizeText(p.entry.size));
        QString location;
        switch (p.location.kind) {
        case BundlePackageLocation::Kind::Embedded: location = tr("inside the bundle at offset %1").arg(p.location.offset); break;
        case BundlePackageLocation::Kind::File: location = p.location.path; break;
        case BundlePackageLocation::Kind::Missing: location = tr("missing (looked for %1)").arg(p.location.path); break;
        }
        addItem(item, tr("Location"), location);
        if (p.manifest) {
            addItem(item, tr("Package full name"), p.manifest->identity.fullName());
            addItem(item, tr("Signature"), signatureStatusText(p.signature));
            addItem(item, tr("Contents"), p.verified ? tr("every block matches the block map") : tr("not checked"));
            addPackageFields(item, *p.manifest);
        } else {
            auto *res = addItem(item, tr("Resources"), QString::number(p.entry.resources.size()));
            for (const PackageResource &r : p.entry.resources)
                addItem(res, resourceText(r));
        }
    }
    packages->setExpanded(true);
    if (!info.missingPackages.isEmpty()) {
        auto *missing = addItem(root, tr("Missing packages"), QString::number(info.missingPackages.size()));
        missing->setForeground(1, QColor(Qt::darkRed));
        for (const QString &name : info.missingPackages)
            addItem(missing, name);
        missing->setExpanded(true);
    }
    if (!info.hasApplicationPackage())
        addItem(root, tr("Application package"), tr("none: the bundle holds only resource packages and cannot be provisioned"))
            ->setForeground(1, QColor(Qt::darkRed));
}

} // namespace wb
