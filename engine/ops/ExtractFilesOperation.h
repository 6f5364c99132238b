// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExtractPlacement.h"
#include "ImageSelector.h"

#include "core/Operation.h"
#include "wim/WimFile.h"

#include <QStringList>

namespace wb {

/// Extracts chosen files and folders of one image into a folder on disk ("Extract selected files
/// to…" in the image browser). Where the items land is the layout (ExtractLayout: each under its
/// own name, or with their folders below their common parent when two share a name); what happens
/// to targets that exist already is the conflict policy (refuse, overwrite, skip, rename), given
/// per target. With `setPlanOnly(true)` the operation only lists the conflicts (`conflicts()`) and
/// writes nothing, so a caller can ask the user before the real run.
/// Data is written into a hidden staging folder inside the destination first and moved into place
/// only when everything was read and checked; replaced items are kept aside until the end, so a
/// failure or cancel leaves the destination as it was. Worker thread; results read after the run.
class ExtractFilesOperation : public Operation
{
public:
    ExtractFilesOperation(QString imagePath, ImageSelector selector, QStringList paths, QString destination,
                          WimOpenOptions options = {});

    void setLayout(ExtractLayout layout) { m_layout = layout; }
    void setConflictPolicy(ExtractConflictPolicy policy) { m_policy = std::move(policy); }
    void setPlanOnly(bool planOnly) { m_planOnly = planOnly; }

    QString name() const override { return QStringLiteral("Extract-Files"); }
    QString description() const override;
    QList<std::pair<QString, QString>> parameters() const override;
    Status run(OperationContext &context) override;

    /// Paths on disk of the extracted top-level items (renamed ones under their new name).
    const QStringList &extracted() const { return m_extracted; }
    /// Targets that existed before the run (relative to the destination, '/'-separated).
    const QList<ExtractConflict> &conflicts() const { return m_conflicts; }
    /// The layout used: BelowCommonParent when Auto found two items with one name.
    ExtractLayout usedLayout() const { return m_usedLayout; }
    const QStringList &skipped() const { return m_skipped; }
    const QStringList &overwritten() const { return m_overwritten; }
    const QList<std::pair<QString, QString>> &renamed() const { return m_renamed; }

private:
    struct Item
    {
        QString imagePath; ///< path inside the image
        QString relative;  ///< target below the destination, '/'-separated
    };
    Result<QList<Item>> chooseItems(const WimFile &wim, int index);
    QList<Item> itemsBelowCommonParent(const QList<DirectoryEntry> &entries);
    Status findConflicts(const WimFile &wim, int index, const QList<Item> &items, OperationContext &context);
    void checkFolders(const QString &relative);
    Status refuseConflicts() const;
    Status extractAndPlace(WimFile &wim, int index, const QList<Item> &items, OperationContext &context);
    Status place(const QString &stageRoot, const QString &aside, const QList<Item> &items, OperationContext &context);

    QString m_imagePath;
    ImageSelector m_selector;
    QStringList m_paths;
    QString m_destination;
    WimOpenOptions m_options;
    ExtractLayout m_layout = ExtractLayout::Flat;
    ExtractConflictPolicy m_policy;
    bool m_planOnly = false;
    ExtractLayout m_usedLayout = ExtractLayout::Flat;
    QString m_commonParent; ///< image folder the relative targets start from (BelowCommonParent)
    bool m_root = false;
    QList<ExtractConflict> m_conflicts;
    QStringList m_extracted;
    QStringList m_skipped;
    QStringList m_overwritten;
    QList<std::pair<QString, QString>> m_renamed;
};

} // namespace wb
