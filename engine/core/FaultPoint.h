// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Deterministic fault injection for the reliability tests (tests/cli/tst_faultinjection*.cpp).
//
// `wb::faultPoint("name")` does nothing unless the environment variable WIMBENCH_FAULT names that
// point: `WIMBENCH_FAULT=<name>[:<n>][:stop]`. On the n-th hit (default 1) the process writes
// "WIMBENCH_FAULT <name> <n> pid <pid>" to stderr (and appends it to the file named by
// WIMBENCH_FAULT_LOG, if set) and then kills itself with SIGKILL, or with `:stop` stops itself
// with SIGSTOP (the test continues it with SIGCONT; used to hold a process at a point while
// another one races it). The variable is read once; an unset variable costs one load of a bool.
//
// wimbench-write-helper ignores WIMBENCH_FAULT: the export progress points (export.*.progress) are
// relayed to and hit in the engine process while the helper waits (engine/wim/README.md).
// wimbench-mount-helper takes its fault from WIMBENCH_HELPER_FAULT instead (it replaces
// WIMBENCH_FAULT with it at start), so a fault meant for the CLI never fires in the helper.
//
// The points (docs/FAULTS.md says what each one leaves behind):
//   registry.before-write        MountRegistry: before mounts.json is rewritten (every put/remove)
//   open.progress[.<msg>]        WimFile::open: each wimlib progress message while opening (verify-integrity
//                                with /CheckIntegrity: the header is read, the XML not yet; tst_readwrite_race)
//   mount.before-register        MountManager::startHelper: the helper serves, not yet registered
//   save.before-commit           /Commit-Image: before the helper is asked to commit
//   commit.progress[.<msg>]      /Commit-Image, /Unmount-Image /Commit: each wimlib progress message
//                                relayed from the helper during the commit (all, or one kind)
//   save.after-commit            /Commit-Image: committed and unmounted, registry not yet updated
//   save.before-remount          /Commit-Image: registry updated, before the image is mounted again
//   cleanup.before-unregister    /Cleanup-Mountpoints: an entry's helper, endpoint and staging cleared,
//                                the entry not yet removed
//   dismount.before-unmount      /Unmount-Image: before the helper is asked to commit/unmount
//   dismount.after-unmount       /Unmount-Image: unmounted, staging folder and entry still there
//   dismount.before-unregister   /Unmount-Image: staging folder gone, entry still registered
//   export.append.before-write   /Export-Image into an existing WIM: locked and opened, before writing
//   export.append.progress[.<msg>] each wimlib progress message while appending
//   export.append.after-write    appended, before the command reports success
//   export.new.progress[.<msg>]  /Export-Image into a new WIM: each progress message of the write
//   export.new.before-rename     temporary file complete, not yet renamed into place
//   apply.progress[.<msg>]       /Apply-Image: each wimlib progress message while applying
//   apply.before-move            applied into the staging folder, nothing moved into the target
//   apply.between-moves          after each top-level entry is moved into the target folder
//   capture.new.progress[.<msg>] /Capture-Image: each wimlib progress message of the new file's write
//   capture.new.before-rename    temporary file complete (and verified with /Verify), not yet renamed
//   capture.append.before-write  /Append-Image: captured in memory, nothing written yet
//   capture.append.progress[.<msg>] each wimlib progress message while appending
//   capture.append.after-write   appended, before the command reports success
//   delete.progress[.<msg>]      /Delete-Image: each wimlib progress message while the file is rebuilt
//                                into its temporary beside it
//   delete.before-rename         temporary written and verified, not yet renamed over the file
//   delete.after-rename          renamed, before the command reports success
//   imageinfo.before-write       /Set-ImageInfo: fields changed in memory, nothing written yet
//   imageinfo.progress[.<msg>]   each wimlib progress message of the in-place write
//   imageinfo.after-write        written, before the command reports success
//   split.progress[.<msg>]       /Split-Image: each wimlib progress message (split-end-part: a part done)
//   split.before-move            all parts written into the staging folder
//   split.between-moves          after each part is renamed into place
//   provision.during-extract     /Add-ProvisionedAppxPackage: after each package is extracted to staging
//   provision.after-extract      everything staged, nothing moved
//   provision.between-moves      after each package folder is moved into WindowsApps
//   provision.before-hive        folders in place, the SOFTWARE hive not yet changed (AppxAllUserStore)
//   provision.after-hive         the hive committed (its old content linked in the staging folder),
//                                license, sidecar and list not yet
//   provision.before-sidecar     folders and license in place, sidecar and list not yet written
//   provision.before-list        sidecar written, AppxProvisioning.xml not yet
//   provision.after-list         AppxProvisioning.xml written, staging folder not yet removed
//   remove.after-list            /Remove-ProvisionedAppxPackage: AppxProvisioning.xml saved, sidecar,
//                                license and folders not yet
//   remove.after-hive            /Remove-ProvisionedAppxPackage: list saved and the SOFTWARE hive
//                                changed (keys deleted, Deprovisioned written); sidecar, license, folders not yet
//   remove.between-folders       after each package folder is deleted
//   optimize.between-links       /Optimize-ProvisionedAppxPackages: after each duplicate is linked
//   hive.before-rename           Hive::commit (engine/registry): the new hive is written and synced beside
//                                the old one as .<name>.wimbench-<pid>-<hex>.tmp, not yet renamed over it
//   hive.after-rename            Hive::commit: renamed into place, the folder not yet synced
//   helper.before-mount          wimbench-mount-helper: before wimlib_mount_image
//   helper.daemon-forked         wimbench-mount-helper daemon: just forked by FUSE, before it tells the
//                                original helper its set-up is done (that one must end anyway)
//   helper.commit-write          wimbench-mount-helper: before each write() or pwrite() into the image
//                                file (the daemon's commit; wrappers in app/helper/main.cpp)
//   helper.after-unmount         wimbench-mount-helper daemon: unmounted (and committed), before exit
// `<msg>` is the wimlib message in kebab case: write-streams, write-metadata-begin,
// write-metadata-end, calc-integrity, split-begin-part, split-end-part, unmount-begin, ...

namespace wb {

/// A fault point; see above. Any thread.
void faultPoint(const char *name);

/// A fault point with a kind (a wimlib progress message): matches `<name>` (every call counts) and
/// `<name>.<kind>` (only calls of that kind count). Any thread.
void faultPoint(const char *name, const char *kind);

/// True when WIMBENCH_FAULT is set at all (to skip preparing a point's name).
bool faultInjectionEnabled();

} // namespace wb
