// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchImageOperation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::SearchImageOperation)
};

bool isWildcard(const QString &pattern)
{
    return pattern.contains(QLatin1Char('*')) || pattern.contains(QLatin1Char('?'));
}
} // namespace

SearchImageOperation::SearchImageOperation(QString imagePath, ImageSelector selector, QString pattern, QString below,
                                           int maxResults, WimOpenOptions options)
    : m_imagePath(std::move(imagePath))
    , m_selector(std::move(selector))
    , m_pattern(std::move(pattern))
    , m_below(normaliseImagePath(below))
    , m_maxResults(maxResults)
    , m_options(std::move(options))
{
}

QString SearchImageOperation::description() const
{
    return Tr::tr("Search for \"%1\" in %2 (%3)").arg(m_pattern, QFileInfo(m_imagePath).fileName(), m_selector.displayText());
}

QList<std::pair<QString, QString>> SearchImageOperation::parameters() const
{
    return {{QStringLiteral("ImageFile"), m_imagePath},
            {QStringLiteral("Image"), m_selector.describe()},
            {QStringLiteral("Pattern"), m_pattern},
            {QStringLiteral("Path"), m_below},
            {QStringLiteral("MaxResults"), QString::number(m_maxResults)}};
}

bool SearchImageOperation::matches(const QString &pattern, const QString &name)
{
    if (!isWildcard(pattern))
        return name.contains(pattern, Qt::CaseInsensitive);
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern),
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

Status SearchImageOperation::run(OperationContext &context)
{
    const QString pattern = m_pattern.trimmed();
    if (pattern.isEmpty())
        return Error::make(QStringLiteral("search.empty-pattern"),
                           Tr::tr("Type part of a file name to search for (wildcards * and ? are allowed)."));
    auto wim = WimFile::open(m_imagePath, m_options, &context);
    if (!wim)
        return wim.error();
    const auto index = wim->resolveImage(m_selector.index, m_selector.name);
    if (!index)
        return index.error();
    m_index = *index;
    const ImageInfo info = wim->imageInfo(m_index);
    const quint64 total = info.fileCount.value_or(0) + info.directoryCount.value_or(0);
    const QString stage = Tr::tr("Searching image %1").arg(m_index);
    context.progress(stage, 0, total);

    const bool wildcard = isWildcard(pattern);
    const QRegularExpression re(wildcard ? QRegularExpression::wildcardToRegularExpression(pattern)
                                         : QString(),
                                QRegularExpression::CaseInsensitiveOption);
    WB_TRY(wim->walk(m_index, m_below, true, [&](const DirectoryEntry &e) {
        ++m_visited;
        if ((m_visited & 0xff) == 0)
            context.progress(stage, std::min(m_visited, total ? total : m_visited), total);
        if (e.name.isEmpty())
            return true; // the root itself
        const bool hit = wildcard ? re.match(e.name).hasMatch() : e.name.contains(pattern, Qt::CaseInsensitive);
        if (hit) {
            if (m_entries.size() >= m_maxResults) {
                m_truncated = true;
                return false;
            }
            m_entries << e;
        }
        return !context.isCancelled();
    }, &context));
    if (context.isCancelled())
        return Error::cancelled();
    context.progress(stage, total ? total : m_visited, total ? total : m_visited);
    context.info(QStringLiteral("Search for \"%1\" below %2 in image %3 of %4: %5 match(es) among %6 entries%7")
                     .arg(pattern, m_below)
                     .arg(m_index)
                     .arg(m_imagePath)
                     .arg(m_entries.size())
                     .arg(m_visited)
                     .arg(m_truncated ? QStringLiteral(" (stopped at the limit)") : QString()));
    return {};
}

} // namespace wb
