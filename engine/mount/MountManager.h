// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MountHelper.h"
#include "MountRecord.h"
#include "MountRegistry.h"
#include "MountSystem.h"

#include "core/EngineSettings.h"
#include "core/Operation.h"
#include "core/Result.h"

#include <memory>
#include <optional>

namespace wb {

/// What to mount.
struct MountRequest
{
    QString imageFile;
    QString splitPattern;
    std::optional<int> index; ///< index or name (neither: the only image)
    QString name;
    QString mountDir;
    bool readWrite = true;
    bool checkIntegrity = false;
    bool supportEa = false;
    /// A helper started for this request before the caller's own set-up (MountManager::launchEarly);
    /// used when it was started for exactly this mount, else ended unused.
    std::shared_ptr<MountHelper::Launched> earlyHelper;
};

/// What Cleanup-Mountpoints did.
struct CleanupReport
{
    int registryEntries = 0; ///< registry entries of dead or invalid mounts removed
    int endpoints = 0;       ///< stale FUSE endpoints detached
    int helpers = 0;         ///< helpers that no longer served their mount, stopped
    int stagingFolders = 0;  ///< staging folders removed
    int messageQueues = 0;   ///< message queues of interrupted unmounts removed (UnmountQueues.h)
};

/// The steps shared by the mount operations: validating and mounting through the helper,
/// unmounting with the busy check, remounting, cleaning up. Stateless apart from the registry
/// location; used on an operation's worker thread.
class MountManager
{
public:
    explicit MountManager(MountRegistry registry = MountRegistry());
    const MountRegistry &registry() const { return m_registry; }

    /// Validates everything (folder, image, index, mode), starts the helper (or tells the early
    /// one to go ahead), registers the mount.
    Result<MountRecord> mount(const MountRequest &request, OperationContext &context) const;
    /// Starts the helper for `request` ahead of everything else (the command line does this first
    /// thing, so the helper's start-up and image open overlap its own): it checks the image and
    /// waits; `mount` with the result as `earlyHelper` lets it mount once the folder checks pass.
    /// Nothing (nullptr) for /CheckIntegrity, which verifies the file here first.
    std::shared_ptr<MountHelper::Launched> launchEarly(const MountRequest &request, const EngineSettings &settings) const;
    /// The registered mount at `mountDir` (any spelling of the folder), or mount.not-mounted.
    Result<MountRecord> require(const QString &mountDir) const;
    /// mount.busy naming the processes that have files, folders or mappings inside the mount.
    Status checkNotBusy(const MountRecord &record, OperationContext &context) const;
    /// Whether unmount() checks that the mount is served, or the caller has just done so
    /// (MountRegistry::statusOf gave Ok) and its half a millisecond of /proc reads is not repeated.
    enum class ServedCheck { Check, JustChecked };
    /// What unmount() waits for once wimlib has unmounted: the helper's exit, after which its
    /// staging folder is gone (or the caller's to remove), or only until the folder is no longer a
    /// mount point, while the helper removes its staging folder and exits on its own
    /// (releaseStagingFolder; README.md, "Saving and unmounting").
    enum class AfterUnmount { HelperExited, MountGone };
    /// Unmounts a served mount (busy check first; commits if asked). The registry entry and the
    /// staging folder are left to the caller.
    Status unmount(const MountRecord &record, const UnmountOptions &options, OperationContext &context,
                   ServedCheck served = ServedCheck::Check, AfterUnmount after = AfterUnmount::HelperExited) const;
    /// After unmount(..., AfterUnmount::MountGone): the helper removes the staging folder as it
    /// ends; once it has ended, whatever it left is removed here.
    void releaseStagingFolder(const MountRecord &record, OperationContext &context) const;
    /// Starts a new helper for `record` at the same folder (index may differ, e.g. after append)
    /// and updates the registry entry.
    Result<MountRecord> mountAgain(MountRecord record, OperationContext &context) const;
    /// Removes what a dead mount leaves behind: its helper (if alive but not serving), a stale
    /// FUSE endpoint, the staging folder. Does not touch the registry.
    Status clearLeftovers(const MountRecord &record, OperationContext &context, CleanupReport *report = nullptr) const;
    /// Staging folders in `scratchRoot` of helpers that are gone (not listed in the registry as Ok).
    int removeOrphanStagingFolders(const QString &scratchRoot, OperationContext &context) const;
    /// Unmounts, without saving, served wimlib mounts that no entry of this registry names but whose
    /// helper was started for this registry (its --registry argument): the process that started
    /// them was killed before it registered them. Mounts of other registries are left alone.
    /// A stopped helper (SIGSTOP, a debugger) of this registry is ended and its mount detached
    /// (stat of a mount whose server is stopped would hang). Returns how many were unmounted.
    int removeUnregisteredMounts(OperationContext &context) const;
    /// Detaches wimlib endpoints whose server has died (nobody can use them any more); served
    /// mounts are never touched, nor mounts whose WimBench helper is stopped (their stat would
    /// hang; removeUnregisteredMounts or clearLeftovers handles this registry's). Returns how many.
    int removeStaleEndpoints(OperationContext &context) const;

private:
    Result<QString> createStagingFolder(const QString &scratchRoot, const QString &mountDir) const;
    /// Starts a helper for `record` (index 0: the helper selects by `imageName`, or the only image)
    /// and registers the mount with what the helper reported.
    Result<MountRecord> startHelper(MountRecord record, OperationContext &context, const QString &imageName = {},
                                    MountHelper::Launched *early = nullptr) const;
    /// The record a request starts from (folder, canonical image file, mode, index and parts as asked).
    static MountRecord initialRecord(const MountRequest &request);
    /// What the helper is started with for `record`.
    HelperRequest helperRequest(const MountRecord &record, const EngineSettings &settings, const QString &imageName) const;
    /// The mount folder exists, is a real, empty folder, not registered, not a mount point and not
    /// inside a mounted image; else the refusal (mount.dir-*, mount.already-mounted).
    Status checkMountFolder(const QString &dir) const;
    /// Opens the image here and refuses what cannot be mounted as asked, filling the record's index,
    /// name and split pattern (before the helper with /CheckIntegrity; after a helper failure to say why).
    Status checkImage(MountRecord &record, const MountRequest &request, OperationContext &context) const;
    /// mount.image-in-use: the file is mounted read-write elsewhere, or read-only and `record` is read-write.
    Status refuseImageInUse(const MountRecord &record) const;
    MountRegistry m_registry;
};

} // namespace wb
