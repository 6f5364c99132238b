// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"
#include "RemedyText.h"

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
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>

namespace wb {

namespace {
bool isWindowsPe(const ImageInfo &info)
{
    return info.installationType && info.installationType->compare(QLatin1String("WindowsPE"), Qt::CaseInsensitive) == 0;
}
} // namespace

ExportDialog::ExportDialog(Engine &engine, QString sourcePath, int sourceIndex, QWidget *parent)
    : ImageJobDialog(engine, parent), m_engine(engine), m_sourcePath(std::move(sourcePath)), m_preselected(sourceIndex)
{
    buildUi();
    loadImages();
}

ExportDialog::ExportDialog(Engine &engine, QString sourcePath, const QList<ImageInfo> &images, int sourceIndex, QWidget *parent)
    : ImageJobDialog(engine, parent), m_engine(engine), m_sourcePath(std::move(sourcePath)), m_preselected(sourceIndex)
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
    // The choices are long ("Automatic (the source's; recovery for .esd)"): the box shows them whole.
    m_compression->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const QString &name : {QString(), compressionName(WimCompression::Max), compressionName(WimCompression::Fast),
                                compressionName(WimCompression::None), compressionName(WimCompression::Recovery)})
        m_compression->addItem(QString(), name);
    m_compressionHint = new QLabel(this);
    m_compressionHint->setObjectName(QStringLiteral("compressionHint"));
    m_compressionHint->setWordWrap(true);
    m_bootable = new QCheckBox(this);
    m_bootable->setObjectName(QStringLiteral("bootable"));
    m_wimBoot = new QCheckBox(this);
    m_wimBoot->setObjectName(QStringLiteral("wimBoot"));
    m_integrity = new QCheckBox(this);
    m_integrity->setObjectName(QStringLiteral("checkIntegrity"));
    startButton()->setObjectName(QStringLiteral("export"));

    auto *form = new QFormLayout;
    // Rows wrap their long labels and hints instead of widening the dialog past a small screen.
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_sourceLabel, m_source);
    form->addRow(m_indexLabel, m_index);
    form->addRow(m_splitPatternLabel, m_splitPattern);
    form->addRow(m_destinationLabel, fieldRow(m_destination, {m_browse}));
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_compressionLabel, m_compression);
    form->addRow(QString(), m_compressionHint);
    form->addRow(QString(), m_bootable);
    form->addRow(QString(), m_wimBoot);
    form->addRow(QString(), m_integrity);
    finishLayout(form);
    // The dialog grows when the compression hint appears instead of cutting it off (issue 19, defect 2).
    layout()->setSizeConstraint(QLayout::SetMinimumSize);

    // A split source (.swm) may need the pattern of its other parts.
    const bool split = QFileInfo(m_sourcePath).suffix().compare(QLatin1String("swm"), Qt::CaseInsensitive) == 0;
    m_splitPatternLabel->setVisible(split);
    m_splitPattern->setVisible(split);

    connect(m_index, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    connect(m_destination, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browseDestination);
    connect(startButton(), &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(this, &ImageJobDialog::operationFinished, this, &ExportDialog::exportFinished);
    retranslateUi();
    resize(600, sizeHint().height());
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export Image"));
    retranslateButtons();
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
    startButton()->setText(tr("Export"));
    updateState();
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    ImageJobDialog::changeEvent(event);
}

void ExportDialog::loadImages()
{
    m_loading = true;
    setStatus(tr("Reading the images of %1…").arg(QFileInfo(m_sourcePath).fileName()), StatusKind::Neutral);
    updateState();
    auto op = std::make_shared<GetImageInfoOperation>(m_sourcePath);
    OperationHandle *handle = m_engine.start(op);
    connect(handle, &OperationHandle::finished, this, [this, op](const OperationOutcome &outcome) {
        m_loading = false;
        if (!outcome.succeeded()) {
            setStatus(outcome.error ? errorText(*outcome.error) : tr("Reading the image file was cancelled."), StatusKind::Error);
            updateState();
            Q_EMIT imagesLoaded(false);
            return;
        }
        setStatus(QString(), StatusKind::Neutral);
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
    return m_loading || ImageJobDialog::isBusy();
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
    const int row = m_index->currentIndex();
    const ImageInfo *selected = row >= 0 && row < m_images.size() ? &m_images[row] : nullptr;
    const QString dest = m_destination->text().trimmed();
    // The parameters are disabled while an export runs (ImageJobDialog), and while loading here.
    updateButtons(!m_loading && selected && !dest.isEmpty());
    for (QWidget *w : std::initializer_list<QWidget *>{m_index, m_splitPattern, m_destination, m_browse, m_name, m_wimBoot, m_integrity})
        w->setEnabled(!m_loading);

    // An existing destination keeps its own compression; the engine refuses a choice for it.
    const bool exists = !dest.isEmpty() && QFileInfo(dest).isFile();
    m_compression->setEnabled(!m_loading && !exists);
    m_compressionHint->setText(exists ? tr("The destination exists: the image is appended and takes that file's compression.")
                                      : QString());
    m_compressionHint->setVisible(exists);

    const bool winPe = selected && isWindowsPe(*selected);
    m_bootable->setEnabled(!m_loading && winPe);
    if (!winPe)
        m_bootable->setChecked(false);
    m_bootable->setToolTip(winPe ? QString() : tr("Only Windows PE images (installation type WindowsPE) can be bootable."));
    m_name->setPlaceholderText(selected ? selected->name : QString());
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
    start(std::make_shared<ExportImageOperation>(request()));
}

void ExportDialog::onSucceeded(const Operation &operation)
{
    const auto &op = static_cast<const ExportImageOperation &>(operation);
    const QString where = op.request().destinationPath;
    setStatus(op.recompressed() ? tr("Exported as index %1 (\"%2\") of %3. The data was recompressed to %4.")
                                      .arg(op.destinationIndex())
                                      .arg(op.destinationName(), where, op.destinationCompression())
                                : tr("Exported as index %1 (\"%2\") of %3.").arg(op.destinationIndex()).arg(op.destinationName(), where),
              StatusKind::Success);
}

QString ExportDialog::cancelledText() const
{
    return tr("The export was cancelled; nothing was changed.");
}

QString ExportDialog::failedText() const
{
    return tr("The export failed.");
}

} // namespace wb
