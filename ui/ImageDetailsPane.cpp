// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImageDetailsPane.h"

#include "DisplayFormat.h"

#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QScopedValueRollback>

namespace wb {

namespace {
constexpr int AbsentRole = Qt::UserRole + 1;
constexpr int FieldRole = Qt::UserRole + 2; ///< int(ImageField) + 1 on editable rows
}

ImageDetailsPane::ImageDetailsPane(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(2);
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setUniformRowHeights(true);
    setTextElideMode(Qt::ElideMiddle);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    connect(this, &QTreeWidget::itemChanged, this, &ImageDetailsPane::onItemChanged);
    rebuild();
}

void ImageDetailsPane::onItemChanged(QTreeWidgetItem *item, int column)
{
    const int field = item->data(0, FieldRole).toInt();
    if (m_rebuilding || column != 1 || field == 0 || !m_info)
        return;
    Q_EMIT fieldEdited(m_info->index, ImageField(field - 1), item->text(1).trimmed());
}

void ImageDetailsPane::setImage(const QString &imagePath, const WimHeaderInfo &header, const ImageInfo &info)
{
    m_imagePath = imagePath;
    m_header = header;
    m_info = info;
    rebuild();
}

void ImageDetailsPane::clearImage()
{
    m_info.reset();
    rebuild();
}

QString ImageDetailsPane::valueOf(const QString &label) const
{
    for (int g = 0; g < topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->text(0) == label)
                return group->child(i)->text(1);
        }
    }
    return {};
}

bool ImageDetailsPane::isAbsent(const QString &label) const
{
    for (int g = 0; g < topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->text(0) == label)
                return group->child(i)->data(1, AbsentRole).toBool();
        }
    }
    return false;
}

void ImageDetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QTreeWidget::changeEvent(event);
}

void ImageDetailsPane::rebuild()
{
    const QScopedValueRollback guard(m_rebuilding, true);
    setHeaderLabels({tr("Field"), tr("Value")});
    clear();
    if (!m_info)
        return;
    const ImageInfo &i = *m_info;
    const QLocale locale;

    auto group = [this](const QString &title) {
        auto *item = new QTreeWidgetItem(this, {title});
        QFont f = item->font(0);
        f.setBold(true);
        item->setFont(0, f);
        item->setFirstColumnSpanned(true);
        item->setExpanded(true);
        return item;
    };
    auto add = [&](QTreeWidgetItem *parent, const QString &label, const std::optional<QString> &value) {
        auto *item = new QTreeWidgetItem(parent, {label, value.value_or(DisplayFormat::absent())});
        if (!value) {
            item->setData(1, AbsentRole, true);
            item->setForeground(1, palette().color(QPalette::Disabled, QPalette::Text));
            QFont f = item->font(1);
            f.setItalic(true);
            item->setFont(1, f);
        } else {
            item->setToolTip(1, *value);
        }
    };
    auto number = [&](const auto &v) -> std::optional<QString> {
        if (!v)
            return std::nullopt;
        return locale.toString(qulonglong(*v));
    };
    auto time = [](const std::optional<QDateTime> &t) -> std::optional<QString> {
        if (!t || !t->isValid())
            return std::nullopt;
        return DisplayFormat::time(*t);
    };

    QTreeWidgetItem *image = group(tr("Image %1").arg(i.index));
    add(image, tr("Index"), QString::number(i.index));
    auto editable = [&](const QString &label, const std::optional<QString> &value, ImageField field) {
        add(image, label, value);
        QTreeWidgetItem *item = image->child(image->childCount() - 1);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setData(0, FieldRole, int(field) + 1);
        item->setToolTip(0, tr("Double-click the value to change it"));
    };
    editable(tr("Name"), i.name.isEmpty() ? std::nullopt : std::optional<QString>(i.name), ImageField::Name);
    editable(tr("Description"), i.description, ImageField::Description);
    editable(tr("Display name"), i.displayName, ImageField::DisplayName);
    editable(tr("Display description"), i.displayDescription, ImageField::DisplayDescription);
    add(image, tr("Size"), tr("%1 (%L2 bytes)").arg(DisplayFormat::size(i.totalBytes)).arg(i.totalBytes));
    add(image, tr("WIMBoot"), DisplayFormat::yesNo(i.wimBoot));
    add(image, tr("Bootable"), DisplayFormat::yesNo(i.bootable || (m_header.bootIndex != 0 && m_header.bootIndex == i.index)));
    std::optional<QString> arch;
    if (i.architecture)
        arch = i.architectureText().isEmpty() ? tr("unknown (%1)").arg(*i.architecture) : i.architectureText();
    add(image, tr("Architecture"), arch);
    add(image, tr("Hal"), i.hal);
    add(image, tr("Version"), i.version().isEmpty() ? std::nullopt : std::optional<QString>(i.version()));
    // Build and level numbers are identifiers (DISM prints "ServicePack Build : 2861"): no separators.
    auto identifier = [](const auto &v) -> std::optional<QString> {
        return v ? std::optional<QString>(QString::number(qulonglong(*v))) : std::nullopt;
    };
    add(image, tr("Service pack build"), identifier(i.spBuild));
    add(image, tr("Service pack level"), identifier(i.spLevel));
    add(image, tr("Edition"), i.edition);
    editable(tr("Flags"), i.flags, ImageField::Flags);
    add(image, tr("Installation type"), i.installationType);
    add(image, tr("Product type"), i.productType);
    add(image, tr("Product suite"), i.productSuite);
    add(image, tr("System root"), i.systemRoot);
    add(image, tr("Languages"), i.languages.isEmpty() ? std::nullopt : std::optional<QString>(i.languages.join(QStringLiteral(", "))));
    add(image, tr("Default language"), i.defaultLanguage);
    add(image, tr("Directories"), number(i.directoryCount));
    add(image, tr("Files"), number(i.fileCount));
    add(image, tr("Created"), time(i.created));
    add(image, tr("Modified"), time(i.modified));

    QTreeWidgetItem *file = group(tr("Image file"));
    add(file, tr("Path"), m_imagePath);
    add(file, tr("File size"), tr("%1 (%L2 bytes)").arg(DisplayFormat::size(m_header.fileSize)).arg(m_header.fileSize));
    add(file, tr("Images"), QString::number(m_header.imageCount));
    add(file, tr("Compression"), m_header.compression.isEmpty() ? std::nullopt : std::optional<QString>(m_header.compression));
    add(file, tr("Solid"), DisplayFormat::yesNo(m_header.solid));
    add(file, tr("Chunk size"), m_header.chunkSize ? std::optional<QString>(DisplayFormat::size(m_header.chunkSize)) : std::nullopt);
    add(file, tr("Part"), tr("%1 of %2").arg(m_header.partNumber).arg(m_header.totalParts));
    add(file, tr("Boot index"), m_header.bootIndex ? std::optional<QString>(QString::number(m_header.bootIndex)) : std::nullopt);
    add(file, tr("Integrity table"), DisplayFormat::yesNo(m_header.hasIntegrityTable));
    add(file, tr("Read-only"), DisplayFormat::yesNo(m_header.readOnly));
    add(file, tr("WIM version"), m_header.version ? std::optional<QString>(QStringLiteral("0x%1").arg(m_header.version, 0, 16)) : std::nullopt);
    add(file, tr("GUID"), m_header.guid.isEmpty() ? std::nullopt : std::optional<QString>(m_header.guid));
    expandAll();
}

} // namespace wb
