// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExtractFilesOperation.h"

#include "wim/WimApply.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>
#include <cerrno>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::ExtractFilesOperation)
};
} // namespace

ExtractFilesOperation::ExtractFilesOperation(QString imagePath, ImageSelector selector, QStringList paths,
                                             QString destination, WimOpenOptions options)
    : m_imagePath(std::move(imagePath))
    , m_selector(std::move(selector))
    , m_paths(std::move(paths))
    , m_destination(std::move(destination))
    , m_options(std::move(options))
{
}

QString ExtractFilesOperation::description() const
{
    return Tr::tr("Extract %n item(s) from %1 to %2", nullptr, int(m_paths.size())).arg(QFileInfo(m_imagePath).fileName(), m_destination);
}

QList<std::pair<QString, QString>> ExtractFilesOperation::parameters() const
{
    return {{QStringLiteral("ImageFile"), m_imagePath},
            {QStringLiteral("Image"), m_selector.describe()},
            {QStringLiteral("Paths"), m_paths.join(QStringLiteral("; "))},
            {QStringLiteral("Destination"), m_destination}};
}

namespace {
/// The folder holding `path` ("" for the root's children).
QString parentOf(const QString &path)
{
    return path.left(std::max<qsizetype>(0, path.lastIndexOf(QLatin1Char('/'))));
}

QString commonFolder(const QList<DirectoryEntry> &entries)
{
    QStringList common = parentOf(entries.first().path).split(QLatin1Char('/'));
    for (const DirectoryEntry &e : entries) {
        const QStringList parts = parentOf(e.path).split(QLatin1Char('/'));
        qsizetype n = 0;
        while (n < common.size() && n < parts.size() && common[n] == parts[n])
            ++n;
        common = common.mid(0, n);
    }
    return common.join(QLatin1Char('/'));
}

bool hasDuplicateNames(const QList<DirectoryEntry> &entries)
{
    QSet<QString> seen;
    for (const DirectoryEntry &e : entries) {
        const QString key = e.name.toCaseFolded();
        if (!key.isEmpty() && seen.contains(key))
            return true;
        seen.insert(key);
    }
    return false;
}
} // namespace

Result<QList<ExtractFilesOperation::Item>> ExtractFilesOperation::chooseItems(const WimFile &wim, int index)
{
    QList<DirectoryEntry> entries;
    for (const QString &p : m_paths) {
        auto entry = wim.stat(index, p);
        if (!entry)
            return entry.error();
        m_root = m_root || entry->name.isEmpty();
        entries << *entry;
    }
    if (m_root && entries.size() > 1)
        return Error::make(QStringLiteral("extract.root-and-more"),
                           Tr::tr("The whole image was chosen together with other items; extract the whole image on its own."));
    const bool duplicates = hasDuplicateNames(entries);
    m_usedLayout = m_layout == ExtractLayout::Auto ? (duplicates ? ExtractLayout::BelowCommonParent : ExtractLayout::Flat)
                                                   : m_layout;
    if (m_usedLayout == ExtractLayout::BelowCommonParent && !m_root)
        return itemsBelowCommonParent(entries);
    m_usedLayout = ExtractLayout::Flat;
    if (duplicates)
        return Error::make(QStringLiteral("extract.duplicate-name"),
                           Tr::tr("Two chosen items have the same name; extract them one at a time or keep their folders."));
    QList<Item> items;
    for (const DirectoryEntry &e : std::as_const(entries))
        items.append({e.path, e.name.isEmpty() ? QStringLiteral("image-%1").arg(index) : e.name});
    return items;
}

QList<ExtractFilesOperation::Item> ExtractFilesOperation::itemsBelowCommonParent(const QList<DirectoryEntry> &entries)
{
    m_commonParent = commonFolder(entries);
    QStringList paths;
    for (const DirectoryEntry &e : entries)
        paths << e.path;
    paths.sort();
    paths.removeDuplicates();
    QList<Item> items;
    for (const QString &p : std::as_const(paths)) {
        // An item inside another chosen folder comes with that folder.
        if (!items.isEmpty() && p.startsWith(items.last().imagePath + QLatin1Char('/')))
            continue;
        items.append({p, p.mid(m_commonParent.size() + 1)});
    }
    return items;
}

void ExtractFilesOperation::checkFolders(const QString &relative)
{
    const QStringList parts = relative.split(QLatin1Char('/'));
    for (qsizetype n = 1; n < parts.size(); ++n) {
        const QString folder = parts.mid(0, n).join(QLatin1Char('/'));
        const QString target = QDir(m_destination).filePath(folder);
        const bool listed = std::any_of(m_conflicts.cbegin(), m_conflicts.cend(),
                                        [&](const ExtractConflict &c) { return c.relativePath == folder; });
        if (!listed && ExtractMerge::occupied(target) && !(QFileInfo(target).isDir() && !QFileInfo(target).isSymLink()))
            m_conflicts.append({folder, true, false});
    }
}

Status ExtractFilesOperation::findConflicts(const WimFile &wim, int index, const QList<Item> &items, OperationContext &context)
{
    for (const Item &item : items) {
        checkFolders(item.relative);
        const qsizetype cut = item.imagePath == QLatin1String("/") ? 0 : item.imagePath.size();
        QString settled; // a target whose subtree needs no look (missing, or a conflict itself)
        // The walk also refuses crafted entry names ('/' or '\\' inside one) anywhere below the
        // chosen items before anything is written (wimlib would skip some and write others literally).
        WB_TRY(wim.walk(index, item.imagePath, true, [&](const DirectoryEntry &e) {
            const QString suffix = e.path == QLatin1String("/") ? QString() : e.path.mid(cut);
            const QString relative = item.relative + suffix;
            if (!settled.isEmpty() && relative.startsWith(settled + QLatin1Char('/')))
                return true;
            const QString target = QDir(m_destination).filePath(relative);
            const QFileInfo existing(target);
            const bool existingDir = existing.isDir() && !existing.isSymLink();
            if (!ExtractMerge::occupied(target) || !(e.isDirectory && existingDir)) {
                if (ExtractMerge::occupied(target))
                    m_conflicts.append({relative, e.isDirectory, existing.isDir()});
                settled = relative;
            }
            return true;
        }, &context));
    }
    return {};
}

Status ExtractFilesOperation::refuseConflicts() const
{
    QStringList refused;
    for (const ExtractConflict &c : m_conflicts) {
        if (m_policy.actionFor(c.relativePath) == ExtractConflictAction::Refuse)
            refused << c.relativePath;
    }
    if (refused.isEmpty())
        return {};
    return Error::make(QStringLiteral("extract.exists"),
                       Tr::tr("%n item(s) already exist in %1: %2. Remove them, choose another folder, or choose to "
                              "overwrite, skip or rename them.",
                              nullptr, int(refused.size()))
                           .arg(m_destination, refused.mid(0, 5).join(QStringLiteral(", "))));
}

Status ExtractFilesOperation::run(OperationContext &context)
{
    if (m_paths.isEmpty())
        return Error::make(QStringLiteral("extract.nothing-selected"), Tr::tr("No files were chosen to extract."));
    if (!QFileInfo(m_destination).isDir())
        return Error::make(QStringLiteral("extract.destination-missing"),
                           Tr::tr("The destination folder %1 does not exist. Create it first or choose another one.").arg(m_destination));
    auto wim = WimFile::open(m_imagePath, m_options, &context);
    if (!wim)
        return wim.error();
    const auto index = wim->resolveImage(m_selector.index, m_selector.name);
    if (!index)
        return index.error();
    const auto items = chooseItems(*wim, *index);
    if (!items)
        return items.error();
    if (m_usedLayout == ExtractLayout::BelowCommonParent)
        context.decision(QStringLiteral("Two chosen items have the same name: they keep their folders below %1")
                             .arg(m_commonParent.isEmpty() ? QStringLiteral("/") : m_commonParent));
    WB_TRY(findConflicts(*wim, *index, *items, context));
    if (m_planOnly)
        return {};
    WB_TRY(refuseConflicts());
    return extractAndPlace(*wim, *index, *items, context);
}

Status ExtractFilesOperation::extractAndPlace(WimFile &wim, int index, const QList<Item> &items, OperationContext &context)
{
    // Stage inside the destination (same file system), then move each item into place.
    const QDir staging(QDir(m_destination).filePath(
        QStringLiteral(".wimbench-extract-%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'))));
    const QString data = staging.filePath(QStringLiteral("data"));
    const QString aside = staging.filePath(QStringLiteral("replaced"));
    // Without its structure wimlib writes the root's children straight into the target, so the
    // whole image goes into a folder named like the item it is moved as.
    const QString into = m_root ? QDir(data).filePath(items.first().relative) : data;
    const auto removeStaging = qScopeGuard([path = staging.path()] { QDir(path).removeRecursively(); });
    if (!QDir().mkpath(into) || !QDir().mkpath(aside))
        return Error::fromErrno(QStringLiteral("extract.staging-failed"),
                                Tr::tr("Could not create a staging folder in %1.").arg(m_destination), errno);
    QStringList paths;
    for (const Item &item : items)
        paths << item.imagePath;
    const auto layout = m_usedLayout == ExtractLayout::Flat ? WimApply::PathLayout::Flat : WimApply::PathLayout::Tree;
    WB_TRY(WimApply::extractPaths(wim, index, paths, into, layout, context,
                                  Tr::tr("Could not extract the chosen files from image %1 of %2").arg(index).arg(m_imagePath)));
    const QString stageRoot = m_usedLayout == ExtractLayout::Flat ? data : data + m_commonParent;
    return place(stageRoot, aside, items, context);
}

Status ExtractFilesOperation::place(const QString &stageRoot, const QString &aside, const QList<Item> &items,
                                    OperationContext &context)
{
    QStringList tops;
    for (const Item &item : items)
        tops << item.relative.section(QLatin1Char('/'), 0, 0);
    tops.removeDuplicates();
    ExtractMerge merge(m_destination, aside, m_policy);
    for (const QString &top : std::as_const(tops)) {
        if (Status st = merge.moveInto(QDir(stageRoot).filePath(top), top); !st.ok()) {
            merge.rollback();
            return st;
        }
    }
    m_skipped = merge.skipped();
    m_overwritten = merge.overwritten();
    m_renamed = merge.renamed();
    for (const QString &top : std::as_const(tops)) {
        const auto renamed = std::find_if(m_renamed.cbegin(), m_renamed.cend(), [&](const auto &r) { return r.first == top; });
        if (!m_skipped.contains(top))
            m_extracted << QDir(m_destination).filePath(renamed == m_renamed.cend() ? top : renamed->second);
    }
    for (const QString &s : std::as_const(m_skipped))
        context.info(QStringLiteral("Kept the existing %1 (skipped)").arg(s));
    for (const QString &o : std::as_const(m_overwritten))
        context.info(QStringLiteral("Replaced the existing %1").arg(o));
    for (const auto &[from, to] : std::as_const(m_renamed))
        context.info(QStringLiteral("%1 existed; extracted as %2").arg(from, to));
    context.info(QStringLiteral("Extracted %1 item(s) to %2").arg(m_extracted.size()).arg(m_destination));
    return {};
}

} // namespace wb
