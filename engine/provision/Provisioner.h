// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AllUserStore.h"
#include "Applicability.h"
#include "OfflineImage.h"
#include "ProvisioningList.h"
#include "ProvisioningSidecar.h"
#include "RegionList.h"
#include "RemovalRules.h"

#include "appx/AppxBundle.h"
#include "appx/AppxPackage.h"
#include "core/FileLock.h"
#include "core/Result.h"
#include "registry/HiveCache.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace wb {

class OperationContext;
struct ProvisioningJournal;

/// What /Add-ProvisionedAppxPackage asks for.
struct ProvisionRequest
{
    QString packagePath;          ///< /PackagePath: package, bundle, unpacked package or bundle folder
    QString folderPath;           ///< /FolderPath: folder with the main package, its dependencies and license
    QStringList dependencyPaths;  ///< /DependencyPackagePath
    QStringList optionalPaths;    ///< /OptionalPackagePath: optional and modification packages of the app
    QString licensePath;          ///< /LicensePath
    bool skipLicense = false;     ///< /SkipLicense
    QString customDataPath;       ///< /CustomDataPath
    std::optional<RegionList> regions; ///< /Region
    StubPreference stub = StubPreference::Default;
};

/// Everything decided and opened, nothing written yet. Move-only; one worker thread.
struct PreparedProvisioning
{
    ApplicabilityPlan plan;
    std::optional<AppxBundle> bundle;
    std::vector<AppxPackage> packages;  ///< parallel to plan.chosen (same order)
    QString licensePath;
    QString customDataPath;
    ProvisionRequest request;
    quint64 totalBytes = 0;
    QString appEntryName;               ///< the list entry that names the app (bundle or main package)
    QString appFamily;                  ///< its package family name
    QString hivePath;                   ///< the image's SOFTWARE hive; empty when the image has none
    QList<AllUserStoreKey> registryKeys; ///< what the add writes into it (AllUserStore::keysForAdd)
};

/// The inputs of an add, read before the image is looked at (Provisioner::openRequest): the request
/// with /FolderPath resolved, every package opened (manifests, bundle manifest, signatures). Move-only.
struct OpenedRequest
{
    PreparedProvisioning prepared;
    ApplicabilityInput input;        ///< bundle and candidate packages filled in
    std::vector<AppxPackage> opened; ///< parallel to input.packages
};

/// Provisions, removes, optimizes and updates app packages of one offline image. Used on an
/// operation's worker thread; owned by the operation. Writes follow engine/provision/README.md: payload under
/// Program Files/WindowsApps/<FullName>/, Custom.data under the app package's
/// microsoft.system.package.metadata/, the license as
/// ProgramData/Microsoft/Windows/ClipSVC/Install/Apps/<family name in lower case>.xml, then the sidecar and
/// finally AppxProvisioning.xml (atomically). Everything is first written into a staging folder
/// Program Files/WindowsApps/.wimbench-staging-<hex> inside the image and moved into place; any
/// failure (or cancellation) removes what was staged or moved, so the image is left as it was.
/// Adding an app that is already provisioned at the same full name is refused
/// (provision.already-provisioned) rather than silently redone.
class Provisioner
{
public:
    /// `hives`: the command's parsed hives, shared with OfflineImage::inspect so the SOFTWARE hive
    /// is parsed once for the facts, the trust check, the registry plan and the write (a fresh
    /// cache when none is given).
    explicit Provisioner(OfflineImage image, std::shared_ptr<HiveCache> hives = {});

    /// An exclusive flock on the image's root folder, held while apps of the image are changed,
    /// so two WimBench processes never rewrite AppxProvisioning.xml at the same time. Nothing is
    /// written into the image for it. Move-only; released when destroyed.
    using ImageLock = FileLock;
    /// provision.busy when another operation holds it. Once locked, first undoes (or completes the
    /// clean-up of) provisionings into this image whose process was killed: recoverInterruptedCommits().
    Result<ImageLock> lock() const;
    /// For each staging folder under WindowsApps left by a killed provisioning (any, when
    /// `exclusive`: the image's flock is held; else those whose owner pid is gone): when its
    /// journal's app is in AppxProvisioning.xml the provisioning had finished and only the folder
    /// is removed; otherwise the sidecar, the license and the moved package folders are put back as
    /// they were. Returns how many were found. Call with the lock held.
    int recoverInterruptedCommits(bool exclusive) const;

    const OfflineImage &image() const { return m_image; }
    QString listFile() const;
    QString sidecarFile() const;
    QString windowsAppsFolder() const;
    QString licenseFolder() const;
    /// Where DISM keeps an app's license: licenseFolder()/<family name in lower case>.xml
    /// (offline-provisioning.md, "Files"). WimBench named it <FamilyName><ext> before; such a file
    /// is found through the sidecar and renamed by the next change to that app (setDataFile).
    QString licenseFile(const QString &familyName) const;
    /// The image's SOFTWARE hive (AllUserStore::hiveRelativePath(), matched case-insensitively);
    /// empty when the image has none (a bare folder).
    QString hiveFile() const;
    /// The SOFTWARE hive at hiveFile() through the command's HiveCache: parsed at most once while
    /// the file stays unchanged. Mode::Write only under lock().
    Result<Hive *> softwareHive(Hive::Mode mode) const;
    /// "microsoft.system.package.metadata/Custom.data" below the application package's folder:
    /// the name Microsoft Learn gives ("How to develop an OEM app that uses a custom file").
    static QString customDataRelativePath();
    /// "microsoft.system.package.metadata/Custom.dat", WimBench's earlier name; replaced by
    /// Custom.data when the app's custom data is next written.
    static QString legacyCustomDataRelativePath();

    /// Opens every input, reads the list, and applies the rules. Writes nothing. `decisions`
    /// (optional) receives the rules' decisions even when they refuse the request.
    /// The same as openRequest() followed by prepare(OpenedRequest).
    Result<PreparedProvisioning> prepare(const ProvisionRequest &request, OperationContext *context,
                                         QList<ProvisionDecision> *decisions = nullptr) const;
    /// The half of prepare() that needs no image: checks the request's own rules, resolves
    /// /FolderPath and opens every package, so an add may do it while the image's SOFTWARE hive is
    /// parsed (HiveCache::prefetch). Reads nothing of the image.
    static Result<OpenedRequest> openRequest(const ProvisionRequest &request, OperationContext *context);
    /// The other half: reads the list and the sidecar and applies the rules to the opened inputs.
    Result<PreparedProvisioning> prepare(OpenedRequest &&opened, OperationContext *context,
                                         QList<ProvisionDecision> *decisions = nullptr) const;
    /// Frees the command's parsed SOFTWARE hive at `hivePath` on a thread of its own
    /// (HiveCache::release), once the command needs it no more. Pointers to it become invalid.
    void releaseHive(const QString &hivePath) const { m_hives->release(hivePath); }
    /// Writes a prepared provisioning into the image.
    Status commit(PreparedProvisioning &prepared, OperationContext *context) const;

    /// Get: the list's entries.
    Result<ProvisioningList> readList() const;
    Result<ProvisioningSidecar> readSidecar() const;

    struct RemoveResult
    {
        QStringList removedEntries;
        QStringList removedFolders;
        QList<ProvisionDecision> decisions;
    };
    /// Removes the app named by its full name (bundle or main package; a package Name alone is
    /// accepted when it is unambiguous), its inner packages and resource packs, and the dependency
    /// packages that came with it and that no other provisioned app needs.
    Result<RemoveResult> remove(const QString &packageName, OperationContext *context) const;

    struct OptimizeResult
    {
        quint64 filesLinked = 0;
        quint64 bytesSaved = 0;
        quint64 filesExamined = 0;
        quint64 alreadyLinked = 0;
    };
    /// Identical files among the provisioned packages' folders become hard links (see
    /// IdenticalFiles.h: grouped by size, compared side by side chunk by chunk). Names already
    /// linked to each other count as already linked. Each link replaces the duplicate atomically.
    Result<OptimizeResult> optimize(OperationContext *context) const;

    /// Writes Custom.data for a provisioned app, replacing an existing one (and a Custom.dat written
    /// by an earlier WimBench); moves a license under the earlier name to licenseFile(). Returns the path written.
    Result<QString> setDataFile(const QString &packageName, const QString &customDataPath, OperationContext *context) const;

    /// The app entry (bundle or standalone package) a user-given name designates.
    Result<ProvisionedPackage> resolveApp(const ProvisioningList &list, const QString &packageName) const;
    /// The folder holding the app's application package (where Custom.data goes).
    QString applicationFolder(const ProvisioningList &list, const ProvisionedPackage &app) const;

private:
    // ProvisionerPrepare.cpp
    /// The registry keys of the add and their decisions; refuses a damaged SOFTWARE hive.
    Status planRegistry(PreparedProvisioning &prepared) const;
    // ProvisionerTrust.cpp
    Status planTrust(PreparedProvisioning &prepared, const std::vector<AppxPackage> &opened) const;
    static Status openInputs(PreparedProvisioning &prepared, ApplicabilityInput &input, std::vector<AppxPackage> &opened,
                             OperationContext *context);
    // ProvisionerRemove.cpp
    DependencyRemovalInput dependencyRemovalInput(const ProvisioningList &list, const ProvisioningSidecar &sidecar, const QString &app,
                                                  const QSet<QString> &removing) const;
    /// Applies a remove to the SOFTWARE hive the journal names (idempotent; nothing without a hive).
    Status removeFromRegistry(const ProvisioningJournal &journal) const;
    /// What a remove does in the registry, as decisions.
    QList<ProvisionDecision> registryDecisions(const ProvisioningJournal &journal) const;
    /// The license file a remove deletes (relative to the image root), or empty.
    QString licenseOf(const ProvisioningSidecar &sidecar, const QString &app) const;
    Status applyRemove(const ProvisioningJournal &journal, const ProvisioningList &list, const ProvisioningSidecar &sidecar,
                       RemoveResult &result, OperationContext *context) const;
    // ProvisionerRecovery.cpp
    bool recoverAdd(const QString &staging) const;
    void undoAdd(const ProvisioningJournal &journal, const QString &staging) const;
    bool recoverRemove(const QString &journalPath) const;
    /// Renames a license written under WimBench's earlier name to licenseFile(); updates `record`.
    void moveLegacyLicense(SidecarApp &record, OperationContext *context) const;

    OfflineImage m_image;
    std::shared_ptr<HiveCache> m_hives;
};

} // namespace wb
