// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GetImageInfoOperation.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace wb {

GetImageInfoOperation::GetImageInfoOperation(QString imagePath, ImageSelector selector, WimOpenOptions options)
    : m_imagePath(std::move(imagePath)), m_selector(std::move(selector)), m_options(std::move(options))
{
}

QString GetImageInfoOperation::description() const
{
    return QCoreApplication::translate("wb::GetImageInfoOperation", "Read image information of %1")
        .arg(QFileInfo(m_imagePath).fileName());
}

QList<std::pair<QString, QString>> GetImageInfoOperation::parameters() const
{
    return {{QStringLiteral("ImageFile"), m_imagePath},
            {QStringLiteral("Image"), m_selector.describe()},
            {QStringLiteral("CheckIntegrity"), m_options.checkIntegrity ? QStringLiteral("yes") : QStringLiteral("no")},
            {QStringLiteral("SWMFile"), m_options.splitPattern}};
}

Status GetImageInfoOperation::run(OperationContext &context)
{
    context.progress(QCoreApplication::translate("wb::GetImageInfoOperation", "Opening image file"), 0, 0);
    auto wim = WimFile::open(m_imagePath, m_options, &context);
    if (!wim)
        return wim.error();
    m_header = wim->header();
    m_integrity = wim->integrity();
    if (m_integrity == IntegrityStatus::NoTable)
        context.warning(QStringLiteral("%1 has no integrity table; integrity was not checked").arg(m_imagePath));
    else if (m_integrity == IntegrityStatus::Verified)
        context.info(QStringLiteral("Integrity table of %1 verified").arg(m_imagePath));
    if (m_selector.isSet()) {
        const auto index = wim->resolveImage(m_selector.index, m_selector.name);
        if (!index)
            return index.error();
        m_images = {wim->imageInfo(*index)};
    } else {
        m_images = wim->images();
    }
    context.info(QStringLiteral("%1: %2 image(s), %3 compression").arg(m_imagePath).arg(m_header.imageCount).arg(m_header.compression));
    return {};
}

} // namespace wb
