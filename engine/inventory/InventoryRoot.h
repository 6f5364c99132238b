// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/ScratchDirectory.h"
#include "provision/OfflineImage.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace wb {

class OperationContext;

/// Which image an inventory command reads: an image folder (/Image:<dir>), or one index of a WIM
/// (/ImageFile:<wim> /Index:<n> | /Name:<s>, a WimBench extension). Value type.
struct InventorySource
{
    QString folder;
    QString wimFile;
    std::optional<int> index;
    QString name;
    QString splitPattern = {}; ///< /SWMFile: the glob of a split set's parts; empty: `<stem>*.swm` beside the first

    bool isWim() const { return !wimFile.isEmpty(); }
    /// "/images/install.wim, index 3" or the folder, in English: for parameters and logs.
    QString describe() const;
    /// The same in the user's language: for descriptions and messages.
    QString displayText() const;
};

/// What an inventory command reads; decides which files are taken from a WIM.
enum InventoryTopic : unsigned {
    DriversTopic = 1,
    EditionsTopic = 2,
    InternationalTopic = 4,
    PackagesTopic = 8,
    AppsTopic = 16,
    AllTopics = 31,
};

/// One group of files an inventory topic reads: in `folder` (image-relative), the files matching
/// `pattern` (wildcards, case-insensitive), in the folder itself or in each of its subfolders.
struct InventoryFileSet
{
    QString folder;
    QString pattern;
    bool inSubfolders = false;
    bool namesOnly = false; ///< only the subfolder names are needed (created empty)
};

/// What one extraction from a WIM index gave: the image paths (from the root, "/Windows/...") of
/// the files extracted and of the folders created empty, and the index's WIM XML facts.
struct InventoryExtraction
{
    int index = 0;
    QStringList files;
    QStringList folders;
    WimImageFacts facts;
};

class FileLock;
using InventoryCacheLease = FileLock;

/// The folder an inventory command reads. For an image folder it is that folder; for a WIM index
/// only the files of the topics asked for (hives, INF, .mum and edition files, the provisioning
/// list) are extracted with wimlib, in their image layout, so every reader works on both alike:
/// into the inventory cache (InventoryCache, reused by the next command on the same unchanged
/// index), or, when the cache cannot be used, into a scratch folder removed with the object.
/// Used on one worker thread; move-only.
class InventoryRoot
{
public:
    static Result<InventoryRoot> open(const InventorySource &source, unsigned topics, OperationContext &context);
    /// The file sets of `topics`.
    static QList<InventoryFileSet> fileSets(unsigned topics);
    /// Opens the WIM of `source`, resolves its index and extracts the files of `topics` into
    /// `target` (an empty or missing folder), except those whose image path is in `present`.
    static Result<InventoryExtraction> extract(const InventorySource &source, unsigned topics, const QString &target,
                                               const QSet<QString> &present, OperationContext &context);
    /// The folder the inventory extracts into: the user's scratch directory, else /dev/shm.
    static QString scratchRoot(const OperationContext &context);

    InventoryRoot();
    InventoryRoot(InventoryRoot &&) noexcept;
    InventoryRoot &operator=(InventoryRoot &&) noexcept;
    ~InventoryRoot();

    QString path() const { return m_path; }
    bool fromWim() const { return m_facts.has_value(); }
    /// The WIM XML facts of the chosen index (WIM sources only).
    const std::optional<WimImageFacts> &wimFacts() const { return m_facts; }
    /// How many files this command extracted (WIM sources only; 0 when the cache had them all).
    int extractedFiles() const { return m_extracted; }
    /// True when the files came from the inventory cache, extracted by an earlier command.
    bool reusedCache() const { return m_reused; }

private:
    static Result<InventoryRoot> openUncached(const InventorySource &source, unsigned topics, OperationContext &context);

    QString m_path;
    std::optional<ScratchDirectory> m_scratch;
    std::unique_ptr<InventoryCacheLease> m_lease;
    std::optional<WimImageFacts> m_facts;
    int m_extracted = 0;
    bool m_reused = false;
};

} // namespace wb
