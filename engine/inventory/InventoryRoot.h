#pragma once

#include "core/Result.h"
#include "core/ScratchDirectory.h"
#include "provision/OfflineImage.h"

#include <QString>
#include <QStringList>

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

    bool isWim() const { return !wimFile.isEmpty(); }
    /// "/images/install.wim, index 3" or the folder, for descriptions and logs.
    QString describe() const;
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

/// The folder an inventory command reads. For an image folder it is that folder; for a WIM index
/// only the files of the topics asked for (hives, INF, .mum and edition files, the provisioning
/// list) are extracted with wimlib into a scratch folder, in their image layout, so every reader
/// works on both alike. Removed with the object. Used on one worker thread; move-only.
class InventoryRoot
{
public:
    static Result<InventoryRoot> open(const InventorySource &source, unsigned topics, OperationContext &context);
    /// The file sets of `topics`.
    static QList<InventoryFileSet> fileSets(unsigned topics);

    QString path() const { return m_path; }
    bool fromWim() const { return m_scratch.has_value(); }
    /// The WIM XML facts of the chosen index (WIM sources only).
    const std::optional<WimImageFacts> &wimFacts() const { return m_facts; }
    /// How many files were extracted (WIM sources only).
    int extractedFiles() const { return m_extracted; }

private:
    QString m_path;
    std::optional<ScratchDirectory> m_scratch;
    std::optional<WimImageFacts> m_facts;
    int m_extracted = 0;
};

} // namespace wb
