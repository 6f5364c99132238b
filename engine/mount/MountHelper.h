// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/LogLevel.h"
#include "core/Operation.h"
#include "core/Result.h"
#include "wim/WimMount.h"

#include <QString>
#include <QStringList>

namespace wb {

/// What the helper is asked to mount.
struct HelperRequest
{
    QString imageFile;    ///< absolute
    QString splitPattern; ///< glob of the other parts of a split set (empty: the helper's default)
    int index = 0;        ///< 0: select by `imageName`, or the file's only image
    QString imageName;    ///< /Name selection when `index` is 0
    QString mountDir;     ///< absolute, existing, empty
    bool readWrite = false;
    bool supportEa = false;  ///< WIMLIB_MOUNT_FLAG_UNIX_DATA: keep Linux xattrs/owners
    QString stagingDir;      ///< read-write: wimlib's staging folder is created inside
    QString logPath;
    LogLevel logLevel = LogLevel::WarningsInfo;
    QString registryDir;     ///< the registry the starter registers the mount in (--registry)
    bool waitForGo = false;  ///< --wait-go: started before the starter's checks, mounts only when told

    /// The helper's command line (without the executable), see engine/mount/README.md.
    QStringList arguments(int readyFd) const;
    /// This request as a helper started ahead of the checks has it: waiting for the go-ahead,
    /// without the staging folder (which comes with the go-ahead).
    HelperRequest waitingForGo() const;
    bool operator==(const HelperRequest &) const = default;
};

/// The client side of the mount helper protocol (engine/mount/README.md): starts
/// `wimbench-mount-helper` detached from the caller and waits until the mount is served or has
/// failed; unmounts through wimlib, which talks to the helper. Functions called on an operation's
/// worker thread.
namespace MountHelper {

/// $WIMBENCH_MOUNT_HELPER, else wimbench-mount-helper beside the running executable, in
/// $WIMBENCH_BIN_DIR, or in ../libexec/wimbench. Empty when not found.
QString executablePath();

/// What the helper reported once the mount is served.
struct HelperStarted
{
    qint64 daemonPid = 0;
    int index = 0;        ///< the image it selected (by index, by name or the only one)
    QString imageName;
    QString splitPattern; ///< the parts it referenced (split sets only)
};

/// A helper started ahead of the starter's own checks (`--wait-go`, engine/mount/README.md): it
/// opens and checks the image, reports it and waits. `finish` tells it to mount; destroyed unused,
/// it is ended without having mounted anything. Owned by the starter; move-only.
class Launched
{
public:
    Launched() = default;
    /// `byLauncher`: the helper the wimbench-cli launcher started (`adoptPrewarmed`).
    Launched(HelperRequest request, qint64 pid, int fd, bool byLauncher = false);
    Launched(Launched &&other) noexcept;
    Launched &operator=(Launched &&other) noexcept;
    Launched(const Launched &) = delete;
    Launched &operator=(const Launched &) = delete;
    ~Launched();

    /// What it was started for, without the staging folder (sent with the go-ahead).
    const HelperRequest &request() const { return m_request; }
    bool pending() const { return m_pid > 0; }
    /// Closes the socket and ends the helper (it has not mounted: it mounts only after the
    /// go-ahead), then reaps it; its pid, or 0 when it was not pending.
    qint64 abandon();

private:
    friend Result<HelperStarted> finish(Launched &launched, const QString &stagingDir, OperationContext &context);
    HelperRequest m_request;
    qint64 m_pid = 0;
    int m_fd = -1;
    bool m_byLauncher = false;
};

/// Takes the helper the wimbench-cli launcher started ahead, if any ($WIMBENCH_PREWARMED_HELPER:
/// "<pid> <descriptor>", removed from the environment; engine/mount/README.md, "The launcher"):
/// the next `launch` hands it its arguments instead of starting one. Call once, first thing.
void adoptPrewarmed();
/// Ends an adopted helper that no `launch` used (it has opened nothing yet).
void dropPrewarmed();

/// Starts the helper with `--wait-go` for `request` (its stagingDir is ignored), or hands an
/// adopted one (`adoptPrewarmed`) the same arguments.
Result<Launched> launch(const HelperRequest &request);

/// Tells a launched helper to mount (with `stagingDir` for read-write) and waits as `start` does.
Result<HelperStarted> finish(Launched &launched, const QString &stagingDir, OperationContext &context);

/// Starts the helper, which opens the image once, checks it and mounts it, and returns what it
/// reported. A refusal comes back as the helper's "error" line (engine/mount/README.md).
Result<HelperStarted> start(const HelperRequest &request, OperationContext &context);

/// WimMount::unmount on `dir` (the helper commits, if asked, then unmounts and exits), hitting the
/// fault point "commit.progress" with each progress message of a commit.
Status unmount(const QString &dir, const UnmountOptions &options, OperationContext &context);

} // namespace MountHelper
} // namespace wb
