// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"
#include "OperationPanel.h"

#include "ops/Engine.h"
#include "ops/GetImageInfoOperation.h"
#include "ops/OperationHandle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace wb {

namespace {
bool isWindowsPe(const ImageInfo &info)
{
    return info.installationType && info.installationType->compare(QLatin1String("WindowsPE"), Qt::CaseInsensitive) == 0;
}
} // namespace

ExportDialog::ExportDialog(Engine &engine, QString sourcePath, int sourceIndex, QWidget *parent)
    : QDialog(parent), m_engine(engine), m_sourcePath(std::move(sourcePath)), m_preselected(sourceIndex)
{
    buildUi();
    loadImages();
}

ExportDialog::ExportDialog(Engine &engine, QString sourcePath, const QList<ImageInfo> &images, int sourceIndex, QWidget *parent)
    : QDialog(parent), m_engine(engine), m_sourcePath(std::move(sourcePath)), m_preselected(sourceIndex)
{
    buildUi();
    setImages(images);
}

void ExportDialog::buildUi()
{
    setObjectName(QStringLiteral("ExportDialog"));
    m_sourceLabel = new QLabel(this);
    m_source = new QLabel(m_sourcePath, this);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_indexLabel = new QLabel(this);
    m_index = new QComboBox(this);
    m_index->setObjectName(QStringLiteral("sourceIndex"));
    m_splitPatternLabel = new QLabel(this);
    m_splitPattern = new QLineEdit(this);
    m_splitPattern->setObjectName(QStringLiteral("splitPattern"));
    m_destinationLabel = new QLabel(this);
    m_destination = new QLineEdit(this);
    m_destination->setObjectName(QStringLiteral("destination"));
    m_browse = new QPushButton(this);
    m_browse->setObjectName(QStringLiteral("browseDestination"));
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("destinationName"));
    m_compressionLabel = new QLabel(this);
    m_compression = new QComboBox(this);
    m_compression->setObjectName(QStringLiteral("compression"));
    for (int i = 0; i < 5; ++i)
        m_compression->addItem(QString());
    m_compression->setItemData(0, QString());
    m_compression->setItemData(1, compressionName(WimCompression::Max));
    m_compression->setItemData(2, compressionName(WimCompression::Fast));
    m_compression->setItemData(3, compressionName(WimCompression::None));
    m_compression->setItemData(4, compressionName(WimCompression::Recovery));
    m_compressionHint = new QLabel(this);
    m_compressionHint->setObjectName(QStringLiteral("compressionHint"));
    m_compressionHint->setWordWrap(true);
    m_bootable = new QCheckBox(this);
    m_bootable->setObjectName(QStringLiteral("bootable"));
    m_wimBoot = new QCheckBox(this);
    m_wimBoot->setObjectName(QStringLiteral("wimBoot"));
    m_integrity = new QCheckBox(this);
    m_integrity->setObjectName(QStringLiteral("checkIntegrity"));
    m_panel = new OperationPanel(this);
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("export"));
    m_export->setDefault(true);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("close"));

    auto *destRow = new QHBoxLayout;
    destRow->addWidget(m_destination, 1);
    destRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_sourceLabel, m_source);
    form->addRow(m_indexLabel, m_index);
    form->addRow(m_splitPatternLabel, m_splitPattern);
    form->addRow(m_destinationLabel, destRow);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_compressionLabel, m_compression);
    form->addRow(QString(), m_compressionHint);
    auto *switches = new QVBoxLayout;
    switches->addWidget(m_bootable);
    switches->addWidget(m_wimBoot);
    switches->addWidget(m_integrity);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(switches);
    layout->addWidget(m_panel);
    layout->addLayout(buttons);
    // The dialog grows when the compression hint appears instead of cutting it off (defect 2).
    layout->setSizeConstraint(QLayout::SetMinimumSize);

    // A split source (.swm) may need the pattern of its other parts.
    const bool split = QFileInfo(m_sourcePath).suffix().compare(QLatin1String("swm"), Qt::CaseInsensitive) == 0;
    m_splitPatternLabel->setVisible(split);
    m_splitPattern->setVisible(split);

    connect(m_index, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    connect(m_destination, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browseDestination);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    // Close (and Escape) never cancel: a running export goes on, followed in the Operations view.
    connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_panel, &OperationPanel::runningChanged, this, &ExportDialog::updateState);
    retranslateUi();
    resize(560, sizeHint().height());
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export Image"));
    m_sourceLabel->setText(tr("Source file:"));
    m_indexLabel->setText(tr("Image:"));
    m_splitPatternLabel->setText(tr("Split parts:"));
    m_splitPattern->setPlaceholderText(tr("Pattern of the other parts, e.g. install*.swm (default: beside the first part)"));
    m_destinationLabel->setText(tr("Destination file:"));
    m_destination->setPlaceholderText(tr("New or existing .wim or .esd file"));
    m_browse->setText(tr("Browse…"));
    m_nameLabel->setText(tr("Name in destination:"));
    m_compressionLabel->setText(tr("Compression:"));
    m_compression->setItemText(0, tr("Automatic (the source's; recovery for .esd)"));
    m_compression->setItemText(1, tr("Maximum (LZX)"));
    m_compression->setItemText(2, tr("Fast (XPRESS)"));
    m_compression->setItemText(3, tr("None"));
    m_compression->setItemText(4, tr("Recovery (solid LZMS, .esd only)"));
    m_bootable->setText(tr("Mark as the bootable image (Windows PE only)"));
    m_wimBoot->setText(tr("WIMBoot format"));
    m_integrity->setText(tr("Check integrity (verify the source, write an integrity table)"));
    m_export->setText(tr("Export"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close this window; an export that runs goes on in the Operations view"));
    updateState();
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportDialog::loadImages()
{
    m_loading = true;
    m_panel->setStatus(tr("Reading the images of %1…").arg(QFileInfo(m_sourcePath).fileName()));
    updateState();
    auto op = std::make_shared<GetImageInfoOperation>(m_sourcePath);
    OperationHandle *handle = m_engine.start(op);
    connect(handle, &OperationHandle::finished, this, [this, op](const OperationOutcome &outcome) {
        m_loading = false;
        if (!outcome.succeeded()) {
            m_panel->setStatus(outcome.error ? outcome.error->message : tr("Reading the image file was cancelled."), StatusKind::Error);
            updateState();
            Q_EMIT imagesLoaded(false);
            return;
        }
        m_panel->setStatus(QString());
        setImages(op->images());
        Q_EMIT imagesLoaded(true);
    });
}

void ExportDialog::setImages(const QList<ImageInfo> &images)
{
    m_images = images;
    m_index->blockSignals(true);
    m_index->clear();
    for (const ImageInfo &i : images) {
        m_index->addItem(i.name.isEmpty() ? tr("Index %1").arg(i.index) : tr("%1: %2").arg(i.index).arg(i.name), i.index);
        if (i.index == m_preselected)
            m_index->setCurrentIndex(m_index->count() - 1);
    }
    m_index->blockSignals(false);
    updateState();
}

bool ExportDialog::isBusy() const
{
    return m_loading || m_panel->isRunning();
}

QString ExportDialog::statusText() const
{
    return m_panel->statusText();
}

OperationHandle *ExportDialog::operationHandle() const
{
    return m_panel->handle();
}

QProgressBar *ExportDialog::progressBar() const
{
    return m_panel->progressBar();
}

QPushButton *ExportDialog::cancelButton() const
{
    return m_panel->cancelButton();
}

ExportImageRequest ExportDialog::request() const
{
    ExportImageRequest r;
    r.sourcePath = m_sourcePath;
    if (m_index->currentIndex() >= 0)
        r.source.index = m_index->currentData().toInt();
    r.splitPattern = m_splitPattern->text().trimmed();
    r.destinationPath = m_destination->text().trimmed();
    r.destinationName = m_name->text().trimmed();
    const QString compression = m_compression->currentData().toString();
    if (m_compression->isEnabled() && !compression.isEmpty())
        r.compression = compressionFromName(compression);
    r.setBootable = m_bootable->isEnabled() && m_bootable->isChecked();
    r.wimBoot = m_wimBoot->isChecked();
    r.checkIntegrity = m_integrity->isChecked();
    return r;
}

void ExportDialog::updateState()
{
    const bool running = m_panel->isRunning();
    const bool busy = m_loading || running;
    const int row = m_index->currentIndex();
    const ImageInfo *selected = row >= 0 && row < m_images.size() ? &m_images[row] : nullptr;

    for (QWidget *w : {static_cast<QWidget *>(m_index), static_cast<QWidget *>(m_splitPattern), static_cast<QWidget *>(m_destination),
                       static_cast<QWidget *>(m_browse), static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_wimBoot),
                       static_cast<QWidget *>(m_integrity)})
        w->setEnabled(!busy);

    // An existing destination keeps its own compression; the engine refuses a choice for it.
    const QString dest = m_destination->text().trimmed();
    const bool exists = !dest.isEmpty() && QFileInfo(dest).isFile();
    m_compression->setEnabled(!busy && !exists);
    m_compressionHint->setText(exists ? tr("The destination exists: the image is appended and takes that file's compression.")
                                      : QString());
    m_compressionHint->setVisible(exists);

    const bool winPe = selected && isWindowsPe(*selected);
    m_bootable->setEnabled(!busy && winPe);
    if (!winPe)
        m_bootable->setChecked(false);
    m_bootable->setToolTip(winPe ? QString() : tr("Only Windows PE images (installation type WindowsPE) can be bootable."));
    m_name->setPlaceholderText(selected ? selected->name : QString());

    m_export->setEnabled(!busy && selected && !dest.isEmpty());
}

void ExportDialog::browseDestination()
{
    const QString start = m_destination->text().isEmpty() ? QFileInfo(m_sourcePath).absolutePath() : m_destination->text();
    // Existing files are allowed: the image is appended to them.
    const QString file = QFileDialog::getSaveFileName(this, tr("Export To"), start,
                                                      tr("Windows images (*.wim *.esd);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_destination->setText(file);
}

void ExportDialog::startExport()
{
    if (isBusy())
        return;
    auto op = std::make_shared<ExportImageOperation>(request());
    OperationHandle *handle = m_engine.start(op);
    m_panel->watch(handle);
    connect(handle, &OperationHandle::finished, this, [this, op](const OperationOutcome &outcome) { onFinished(outcome, op); });
}

void ExportDialog::onFinished(const OperationOutcome &outcome, const std::shared_ptr<ExportImageOperation> &operation)
{
    if (outcome.succeeded()) {
        QString text = tr("Exported as index %1 (\"%2\") of %3.")
                           .arg(operation->destinationIndex())
                           .arg(operation->destinationName(), operation->request().destinationPath);
        if (operation->recompressed())
            text += QLatin1Char(' ') + tr("The data was recompressed to %1.").arg(operation->destinationCompression());
        m_panel->setStatus(text, StatusKind::Success);
    } else if (outcome.cancelled()) {
        m_panel->setStatus(tr("The export was cancelled; nothing was changed."), StatusKind::Warning);
    } // a failure: the panel shows the error's message
    updateState();
    Q_EMIT exportFinished(outcome);
}

} // namespace wb
