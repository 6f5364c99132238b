// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListImageOperation.h"

#include "wim/WimMessages.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace wb {

ListImageOperation::ListImageOperation(QString imagePath, ImageSelector selector, QString path, bool recursive,
                                       WimOpenOptions options)
    : m_imagePath(std::move(imagePath))
    , m_selector(std::move(selector))
    , m_path(normaliseImagePath(path))
    , m_recursive(recursive)
    , m_options(std::move(options))
{
}

QString ListImageOperation::description() const
{
    return QCoreApplication::translate("wb::ListImageOperation", "List %1 in %2 (%3)")
        .arg(m_path, QFileInfo(m_imagePath).fileName(), m_selector.displayText());
}

QList<std::pair<QString, QString>> ListImageOperation::parameters() const
{
    return {{QStringLiteral("ImageFile"), m_imagePath},
            {QStringLiteral("Image"), m_selector.describe()},
            {QStringLiteral("Path"), m_path},
            {QStringLiteral("Recursive"), m_recursive ? QStringLiteral("yes") : QStringLiteral("no")}};
}

Status ListImageOperation::run(OperationContext &context)
{
    WimMessageCapture capture;
    WB_TRY(list(context));
    m_dotEntriesIgnored = capture.dotEntriesIgnored();
    if (m_dotEntriesIgnored > 0)
        context.warning(QStringLiteral("wimlib ignored %1 entries named \".\" or \"..\" in image %2 of %3 (a damaged or crafted image)")
                            .arg(m_dotEntriesIgnored)
                            .arg(m_index)
                            .arg(m_imagePath));
    return {};
}

Status ListImageOperation::list(OperationContext &context)
{
    auto wim = WimFile::open(m_imagePath, m_options, &context);
    if (!wim)
        return wim.error();
    const auto index = wim->resolveImage(m_selector.index, m_selector.name);
    if (!index)
        return index.error();
    m_index = *index;
    if (!m_recursive) {
        auto entries = wim->listDirectory(m_index, m_path);
        if (!entries)
            return entries.error();
        m_entries = std::move(entries.value());
    } else {
        quint64 count = 0;
        WB_TRY(wim->walk(m_index, m_path, true, [this, &count](const DirectoryEntry &e) {
            ++count;
            if (m_visitor)
                m_visitor(e);
            else
                m_entries << e;
            return true;
        }, &context));
        context.debug(QStringLiteral("Visited %1 entries below %2 in image %3").arg(count).arg(m_path).arg(m_index));
        return {};
    }
    context.debug(QStringLiteral("Listed %1 entries below %2 in image %3").arg(m_entries.size()).arg(m_path).arg(m_index));
    return {};
}

} // namespace wb
