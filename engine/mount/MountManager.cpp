// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MountManager.h"
#include "StagingFolder.h"
#include "core/FaultPoint.h"
#include "core/FileLock.h"
#include "core/FileWriteGuard.h"

#include "core/ScratchDirectory.h"
#include "servicelog/Log.h"
#include "wim/WimFile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>

#include <cerrno>
#include <csignal>

#include <fcntl.h>
#include <poll.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace wb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(wb::MountManager)
};

const QString kStagingPrefix = QStringLiteral("wimbench-mount-");
const QString kOwnerFile = QString::fromLatin1(StagingFolder::kOwnerFile);

void writeOwner(const QString &stagingDir, const QString &mountDir, qint64 helperPid)
{
    if (stagingDir.isEmpty())
        return;
    QJsonObject o;
    o.insert(QStringLiteral("mountDir"), mountDir);
    o.insert(QStringLiteral("starterPid"), qint64(::getpid()));
    o.insert(QStringLiteral("helperPid"), helperPid);
    // Best effort, and not synced: it only matters while its processes run (README.md, "Registry").
    (void)writeFileAtomically(stagingDir + QLatin1Char('/') + kOwnerFile, QJsonDocument(o).toJson(), ExistingFile::Replace,
                              Durability::NotSynced);
}

/// Removes a mount's staging folder; true when it is gone. After an unmount only owner.json is
/// left in it (StagingFolder::removeEmptied); anything else still there is removed recursively.
bool removeStagingFolder(const QString &stagingDir)
{
    return StagingFolder::removeEmptied(QFile::encodeName(stagingDir).toStdString()) || QDir(stagingDir).removeRecursively();
}

/// Waits up to `ms` for `pid` to end.
bool waitForExit(qint64 pid, int ms)
{
    // A pidfd becomes readable the moment the process exits (the helper is not our child, so
    // waitpid cannot be used); without pidfd_open (Linux < 5.3) poll the process in short steps.
    const int fd = int(::syscall(SYS_pidfd_open, pid_t(pid), 0));
    if (fd >= 0) {
        pollfd p{fd, POLLIN, 0};
        int rc;
        do {
            rc = ::poll(&p, 1, ms);
        } while (rc < 0 && errno == EINTR);
        ::close(fd);
        return rc > 0 || !MountSystem::isProcessAlive(pid);
    }
    if (errno == ESRCH)
        return true;
    for (int waited = 0; waited < ms; waited += 5) {
        if (!MountSystem::isProcessAlive(pid))
            return true;
        QThread::msleep(5);
    }
    return !MountSystem::isProcessAlive(pid);
}

/// Serialises mount operations of all processes that share a registry, so two of them cannot both
/// find a folder free and mount on it. Held from the first check to the registration; a lock file
/// that cannot be opened or locked leaves the operation unserialised, as before.
FileLock lockMountOperations(const QString &registryFile)
{
    const QString dir = QFileInfo(registryFile).path();
    QDir().mkpath(dir);
    auto lock = FileLock::acquire(dir + QStringLiteral("/mount-operations.lock"), FileLock::Options{});
    return lock ? std::move(*lock) : FileLock();
}

/// The wimbench-mount-helper started with `--dir <dir> --registry <registryDir>` (any registry
/// when `registryDir` is empty), 0 if none.
qint64 helperServing(const QString &dir, const QString &registryDir)
{
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &p : pids) {
        bool isPid = false;
        const qint64 pid = p.toLongLong(&isPid);
        if (!isPid || !MountSystem::isHelperProcess(pid))
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> args = cmdline.readAll().split('\0');
        const auto value = [&](const char *option) {
            const qsizetype i = args.indexOf(QByteArray(option));
            return i >= 0 && i + 1 < args.size() ? QFile::decodeName(args.at(i + 1)) : QString();
        };
        if (value("--dir") == dir && (registryDir.isEmpty() || value("--registry") == registryDir))
            return pid;
    }
    return 0;
}

/// Ends a helper that no longer serves (or is stopped): SIGTERM, SIGCONT (a stopped process gets
/// the SIGTERM only once continued), SIGKILL after 3 s.
void stopHelper(qint64 pid)
{
    ::kill(pid_t(pid), SIGTERM);
    ::kill(pid_t(pid), SIGCONT);
    if (!waitForExit(pid, 3000)) {
        ::kill(pid_t(pid), SIGKILL);
        waitForExit(pid, 3000);
    }
}

Error notServedError(MountStatus status, const QString &dir, const QString &reason)
{
    if (status == MountStatus::Invalid)
        return Error::make(QStringLiteral("mount.not-served"), Tr::tr("The mount at %1 is invalid: %2.").arg(dir, reason), reason)
            .withRemedy(Remedy::Kind::DiscardOrCleanup, {dir});
    return Error::make(QStringLiteral("mount.not-served"), Tr::tr("The image at %1 is not being served (%2).").arg(dir, reason), reason)
        .withRemedy(Remedy::Kind::RemountImage, {dir});
}
} // namespace

MountManager::MountManager(MountRegistry registry)
    : m_registry(std::move(registry))
{
}

Result<QString> MountManager::createStagingFolder(const QString &scratchRoot, const QString &mountDir) const
{
    const QString root = scratchRoot.isEmpty() ? ScratchDirectory::defaultRoot() : scratchRoot;
    WB_TRY(ScratchDirectory::validateRoot(root));
    for (int attempt = 0; attempt < 16; ++attempt) {
        // The system generator (getrandom), as every other random name here: the global one is a
        // Mersenne twister seeded on first use, about 0.17 ms of a mount command for one number.
        const QString name = kStagingPrefix + QString::number(QRandomGenerator::system()->generate64(), 16);
        const QString path = QDir::cleanPath(QFileInfo(root).absoluteFilePath() + QLatin1Char('/') + name);
        if (QDir().mkdir(path)) {
            writeOwner(path, mountDir, 0);
            return path;
        }
    }
    return Error::make(
               QStringLiteral("mount.staging"),
               Tr::tr("Could not create a staging folder in the scratch directory %1: check its free space and permissions.").arg(root))
        .withRemedy(Remedy::Kind::ChooseScratchDir);
}

Status MountManager::checkMountFolder(const QString &dir) const
{
    // The registry and the mount table first: neither touches the folder, and a stat of a mount
    // whose helper is stopped would hang.
    auto existing = m_registry.find(dir);
    if (!existing)
        return existing.error();
    if (*existing)
        return Error::make(QStringLiteral("mount.already-mounted"),
                           Tr::tr("%1 already has index %2 of %3 mounted. Dismount it first, or choose another folder.")
                               .arg(dir)
                               .arg((*existing)->index)
                               .arg((*existing)->imageFile));
    if (const auto type = MountSystem::mountTypeAt(dir))
        return Error::make(QStringLiteral("mount.already-mounted"),
                           Tr::tr("%1 is already a mount point (%2). Choose an empty folder that is not mounted.").arg(dir, *type));
    const QFileInfo dirInfo(dir);
    if (dirInfo.isSymLink())
        return Error::make(QStringLiteral("mount.dir-symlink"),
                           Tr::tr("The mount folder %1 is a symbolic link. Give the real folder (%2) or create an empty folder.")
                               .arg(dir, dirInfo.symLinkTarget()));
    if (!dirInfo.exists())
        return Error::make(QStringLiteral("mount.dir-missing"),
                           Tr::tr("The mount folder %1 does not exist. Create an empty folder and try again.").arg(dir));
    if (!dirInfo.isDir())
        return Error::make(QStringLiteral("mount.dir-not-folder"),
                           Tr::tr("%1 is not a folder. Give an empty folder to mount the image on.").arg(dir));

    // A mount inside a mounted image would hide part of it, be saved into it never, and keep the
    // outer image from being dismounted.
    for (const QString &outer : MountSystem::wimlibMountPoints()) {
        if (dir.startsWith(outer + QLatin1Char('/')))
            return Error::make(
                QStringLiteral("mount.dir-inside-mount"),
                Tr::tr("The mount folder %1 is inside %2, where an image is mounted. Choose a folder outside every mounted image.")
                    .arg(dir, outer));
    }
    if (!QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System).isEmpty())
        return Error::make(QStringLiteral("mount.dir-not-empty"),
                           Tr::tr("The mount folder %1 is not empty. Mount onto an empty folder.").arg(dir));
    return {};
}

MountRecord MountManager::initialRecord(const MountRequest &request)
{
    MountRecord record;
    record.mountDir = MountSystem::absoluteDir(request.mountDir);
    record.imageFile = QFileInfo(QFileInfo(request.imageFile).absoluteFilePath()).canonicalFilePath();
    record.readWrite = request.readWrite;
    record.supportEa = request.supportEa;
    record.index = request.index.value_or(0);
    record.splitPattern = request.splitPattern.isEmpty() ? QString() : QFileInfo(request.splitPattern).absoluteFilePath();
    return record;
}

std::shared_ptr<MountHelper::Launched> MountManager::launchEarly(const MountRequest &request, const EngineSettings &settings) const
{
    if (request.checkIntegrity || request.mountDir.isEmpty() || !QFileInfo(request.imageFile).isFile())
        return nullptr;
    auto launched = MountHelper::launch(helperRequest(initialRecord(request), settings, request.name));
    return launched ? std::make_shared<MountHelper::Launched>(std::move(*launched)) : nullptr;
}

Result<MountRecord> MountManager::mount(const MountRequest &request, OperationContext &context) const
{
    if (request.mountDir.isEmpty())
        return Error::make(QStringLiteral("usage.missing-option"), Tr::tr("No mount folder was given."));
    const QString dir = MountSystem::absoluteDir(request.mountDir);
    const FileLock lock = lockMountOperations(m_registry.filePath());
    WB_TRY(checkMountFolder(dir));
    const QString imageFile = QFileInfo(request.imageFile).absoluteFilePath();
    if (!QFileInfo::exists(imageFile))
        return Error::make(QStringLiteral("mount.image-missing"),
                           Tr::tr("The image file %1 does not exist. Check the path.").arg(imageFile));
    WB_TRY(WimFile::checkImagePath(imageFile)); // a folder, a device, a named pipe: said as opening it would say it

    MountRecord record = initialRecord(request);
    // The helper opens the image and checks it (issue 16: one open instead of two). With
    // /CheckIntegrity the check runs here first, with progress and cancel, as before.
    if (request.checkIntegrity) {
        record.index = 0;
        record.splitPattern.clear(); // checkImage sets it for a split set only, as before
        WB_TRY(checkImage(record, request, context));
    }
    if (Status inUse = refuseImageInUse(record); !inUse) {
        if (!request.checkIntegrity) { // an image that cannot be mounted is refused as such first, as before
            MountRecord probe = record;
            WB_TRY(checkImage(probe, request, context));
        }
        return inUse.error();
    }
    if (record.readWrite) {
        auto staging = createStagingFolder(context.settings().scratchDirectory, dir);
        if (!staging)
            return staging.error();
        record.stagingDir = *staging;
        context.info(QStringLiteral("Staging folder for changed files: %1").arg(record.stagingDir));
    }
    auto mounted = startHelper(record, context, request.name, request.earlyHelper.get());
    if (!mounted && !record.stagingDir.isEmpty())
        removeStagingFolder(record.stagingDir);
    if (!mounted && !request.checkIntegrity) {
        // The helper refused or failed: the same checks here say why, with today's codes and
        // (translated) messages; when they pass, the helper's own error stands.
        MountRecord probe = record;
        WB_TRY(checkImage(probe, request, context));
    }
    return mounted;
}

Status MountManager::checkImage(MountRecord &record, const MountRequest &request, OperationContext &context) const
{
    context.progress(request.checkIntegrity ? Tr::tr("Checking integrity") : Tr::tr("Opening image file"), 0, 0);
    WimOpenOptions options;
    options.checkIntegrity = request.checkIntegrity;
    options.splitPattern = request.splitPattern;
    auto wim = WimFile::open(record.imageFile, options, &context);
    if (!wim)
        return wim.error();
    const WimHeaderInfo &h = wim->header();
    if (request.checkIntegrity)
        context.decision(wim->integrity() == IntegrityStatus::Verified
                             ? QStringLiteral("Integrity table of %1 verified before mounting").arg(record.imageFile)
                             : QStringLiteral("%1 has no integrity table; mounting without an integrity check").arg(record.imageFile));
    if (h.totalParts > 1) {
        if (request.readWrite)
            return Error::make(QStringLiteral("mount.split-read-write"),
                               Tr::tr("%1 is part %2 of a split image (%3 parts), which can only be mounted read-only.")
                                   .arg(record.imageFile)
                                   .arg(h.partNumber)
                                   .arg(h.totalParts))
                .withRemedy(Remedy::Kind::MountSplitReadOnly);
        record.splitPattern = request.splitPattern.isEmpty()
            ? QFileInfo(record.imageFile).path() + QLatin1Char('/') + QFileInfo(record.imageFile).completeBaseName() + QStringLiteral("*.swm")
            : QFileInfo(request.splitPattern).absoluteFilePath();
    }
    if (request.readWrite && h.readOnly)
        return Error::make(QStringLiteral("mount.image-read-only"),
                           Tr::tr("%1 is read-only (file permissions or the WIM's read-only flag), so it cannot be mounted read-write.")
                               .arg(record.imageFile))
            .withRemedy(Remedy::Kind::MountReadOnly);
    auto index = wim->resolveImage(request.index, request.name);
    if (!index)
        return index.error();
    record.index = *index;
    record.imageName = wim->imageInfo(*index).name;
    return {};
}

Status MountManager::refuseImageInUse(const MountRecord &record) const
{
    auto all = m_registry.records();
    if (!all)
        return all.error();
    for (const MountRecord &other : *all) {
        if (other.imageFile != record.imageFile || MountRegistry::statusOf(other) == MountStatus::Invalid)
            continue;
        if (other.readWrite || record.readWrite)
            return Error::make(
                QStringLiteral("mount.image-in-use"),
                Tr::tr("%1 is already mounted at %2 (%3). A file mounted read-write cannot be mounted again; dismount it first.")
                    .arg(record.imageFile, other.mountDir, other.readWrite ? Tr::tr("read-write") : Tr::tr("read-only")));
    }
    return {};
}

HelperRequest MountManager::helperRequest(const MountRecord &record, const EngineSettings &settings, const QString &imageName) const
{
    HelperRequest h;
    h.imageFile = record.imageFile;
    h.splitPattern = record.splitPattern;
    h.index = record.index;
    h.imageName = record.index > 0 ? QString() : imageName;
    h.mountDir = record.mountDir;
    h.readWrite = record.readWrite;
    h.supportEa = record.supportEa;
    h.stagingDir = record.stagingDir;
    // What Log::path() is once the log is configured with these settings (the early start comes first).
    h.logPath = QFileInfo(settings.logPath.isEmpty() ? Log::defaultPath() : settings.logPath).absoluteFilePath();
    h.logLevel = settings.logLevel;
    h.registryDir = QFileInfo(m_registry.filePath()).path();
    return h;
}

Result<MountRecord> MountManager::startHelper(MountRecord record, OperationContext &context, const QString &imageName,
                                              MountHelper::Launched *early) const
{
    const HelperRequest h = helperRequest(record, context.settings(), imageName);
    context.progress(Tr::tr("Mounting image"), 0, 1);
    const bool useEarly = early && early->pending() && early->request() == h.waitingForGo();
    if (const qint64 unused = early && !useEarly ? early->abandon() : 0)
        context.debug(QStringLiteral("Ended mount helper pid %1 (started early for another mount) without mounting").arg(unused));
    auto started = useEarly ? MountHelper::finish(*early, h.stagingDir, context) : MountHelper::start(h, context);
    if (!started)
        return started.error();
    record.helperPid = started->daemonPid;
    record.index = started->index;
    record.imageName = started->imageName;
    if (!started->splitPattern.isEmpty() && record.splitPattern != started->splitPattern) {
        record.splitPattern = started->splitPattern;
        context.decision(QStringLiteral("Split image: the helper references the parts %1").arg(record.splitPattern));
    }
    context.decision(QStringLiteral("Mounted index %1 (\"%2\") of %3 at %4 %5")
                         .arg(record.index)
                         .arg(record.imageName, record.imageFile, record.mountDir,
                              record.readWrite ? QStringLiteral("read-write") : QStringLiteral("read-only")));
    record.mountedAt = QDateTime::currentDateTimeUtc();
    record.imageStamp = FileStamp::of(record.imageFile);
    faultPoint("mount.before-register");
    const Status registered = m_registry.put(record);
    if (!registered.ok()) {
        context.error(QStringLiteral("Could not register the mount; unmounting %1 again").arg(record.mountDir));
        (void)MountHelper::unmount(record.mountDir, {}, context);
        return registered.error();
    }
    writeOwner(record.stagingDir, record.mountDir, record.helperPid);
    context.progress(Tr::tr("Mounting image"), 1, 1);
    context.info(QStringLiteral("Mounted: %1 served by mount helper pid %2").arg(record.mountDir).arg(record.helperPid));
    return record;
}

Result<MountRecord> MountManager::require(const QString &mountDir) const
{
    if (mountDir.isEmpty())
        return Error::make(QStringLiteral("usage.missing-option"), Tr::tr("No mount folder was given."));
    const QString dir = MountSystem::absoluteDir(mountDir);
    auto found = m_registry.find(dir);
    if (!found)
        return found.error();
    if (*found)
        return **found;
    if (MountSystem::isWimlibMount(dir))
        return Error::make(QStringLiteral("mount.not-registered"),
                           Tr::tr("%1 is a wimlib mount that WimBench did not make (or whose registry entry was lost). "
                                  "Unmount it with \"wimlib-imagex unmount %1\".")
                               .arg(dir));
    return Error::make(QStringLiteral("mount.not-mounted"), Tr::tr("No image is mounted at %1.").arg(dir))
        .withRemedy(Remedy::Kind::ListMountedImages);
}

Status MountManager::checkNotBusy(const MountRecord &record, OperationContext &context) const
{
    // The kernel's answer first: the /proc walk below reads every process's descriptors and memory
    // maps (about 10 ms of CPU on a desktop), needed only to name the processes of a busy mount.
    switch (MountSystem::mountInUse(record.mountDir)) {
    case MountSystem::KernelUse::Unused: return {};
    case MountSystem::KernelUse::Unmounted:
        context.warning(
            QStringLiteral("%1 was unmounted by the kernel's expiry check (another program had marked it expired)").arg(record.mountDir));
        return {};
    case MountSystem::KernelUse::Busy:
    case MountSystem::KernelUse::Unknown: break;
    }
    const QList<ProcessUse> uses = MountSystem::processesUsing(record.mountDir, record.helperPid);
    if (uses.isEmpty())
        return {};
    const QString list = MountSystem::describeProcesses(uses);
    context.decision(QStringLiteral("Not unmounting %1: it is in use by %2").arg(record.mountDir, list));
    return Error::make(QStringLiteral("mount.busy"),
                       Tr::tr("%1 is in use by %2. Close these programs (or leave the folder) and try again; nothing was changed and "
                              "the image stays mounted.")
                           .arg(record.mountDir, list),
                       list);
}

Status MountManager::unmount(const MountRecord &record, const UnmountOptions &options, OperationContext &context, ServedCheck served,
                             AfterUnmount after) const
{
    if (served == ServedCheck::Check) {
        QString reason;
        const MountStatus status = MountRegistry::statusOf(record, &reason);
        if (status != MountStatus::Ok)
            return notServedError(status, record.mountDir, reason);
    }
    WB_TRY(checkNotBusy(record, context));
    context.decision(options.commit ? QStringLiteral("Committing %1 into index %2 of %3%4%5, then unmounting")
                                          .arg(record.mountDir)
                                          .arg(record.index)
                                          .arg(record.imageFile,
                                               options.append ? QStringLiteral(" as a new appended image") : QString(),
                                               options.checkIntegrity ? QStringLiteral(" with an integrity table") : QString())
                                    : QStringLiteral("Unmounting %1 without saving").arg(record.mountDir));
    context.progress(options.commit ? Tr::tr("Saving image") : Tr::tr("Unmounting"), 0, 0);
    UnmountOptions withImage = options;
    withImage.imageFile = record.imageFile;
    const Status unmounted = MountHelper::unmount(record.mountDir, withImage, context);
    if (!unmounted.ok()) {
        // wimlib only says the folder is not mounted when the helper died during the commit.
        if (options.commit && waitForExit(record.helperPid, 1000))
            return Error::make(QStringLiteral("mount.helper-died"),
                               Tr::tr("The mount helper serving %1 (pid %2) ended during the save. %3 holds either its previous content "
                                      "or the saved changes, never a mix.")
                                   .arg(record.mountDir)
                                   .arg(record.helperPid)
                                   .arg(record.imageFile),
                               unmounted.error().logLine())
                .withRemedy(Remedy::Kind::RecoverAfterFailedSave, {record.mountDir, record.imageFile});
        return unmounted.error();
    }
    // wimlib's unmount returns once the helper has discarded or committed and released the image's
    // write lock; the helper then detaches the mount, removes its staging folders and exits.
    if (after == AfterUnmount::HelperExited && !waitForExit(record.helperPid, 30000))
        context.warning(QStringLiteral("Mount helper pid %1 is still running after the unmount").arg(record.helperPid));
    if (after == AfterUnmount::MountGone
        && MountSystem::waitForUnmount(record.mountDir, record.helperPid, 30000) == MountSystem::UnmountWait::TimedOut)
        context.warning(
            QStringLiteral("Mount helper pid %1 has not detached %2 30 s after the unmount").arg(record.helperPid).arg(record.mountDir));
    if (MountSystem::mountTypeAt(record.mountDir)) {
        context.warning(QStringLiteral("%1 is still a mount point after unmounting; detaching it").arg(record.mountDir));
        WB_TRY(MountSystem::detachMount(record.mountDir));
    }
    context.info(QStringLiteral("Unmounted %1").arg(record.mountDir));
    return {};
}

void MountManager::releaseStagingFolder(const MountRecord &record, OperationContext &context) const
{
    if (record.stagingDir.isEmpty())
        return;
    if (MountSystem::isProcessAlive(record.helperPid)) {
        context.debug(
            QStringLiteral("Mount helper pid %1 removes the staging folder %2 as it exits").arg(record.helperPid).arg(record.stagingDir));
        return;
    }
    if (QFileInfo::exists(record.stagingDir)) {
        context.decision(QStringLiteral("Removing the staging folder %1").arg(record.stagingDir));
        removeStagingFolder(record.stagingDir);
    }
}

Result<MountRecord> MountManager::mountAgain(MountRecord record, OperationContext &context) const
{
    if (record.readWrite) {
        if (!record.stagingDir.isEmpty())
            removeStagingFolder(record.stagingDir);
        auto staging = createStagingFolder(context.settings().scratchDirectory, record.mountDir);
        if (!staging)
            return staging.error();
        record.stagingDir = *staging;
    }
    auto mounted = startHelper(record, context);
    if (!mounted && !record.stagingDir.isEmpty())
        removeStagingFolder(record.stagingDir);
    return mounted;
}

Status MountManager::clearLeftovers(const MountRecord &record, OperationContext &context, CleanupReport *report) const
{
    const bool served = MountSystem::isHelperProcess(record.helperPid) && !MountSystem::isProcessStopped(record.helperPid)
        && MountSystem::isWimlibMount(record.mountDir) && !MountSystem::isStaleEndpoint(record.mountDir);
    if (served) {
        // An Invalid mount that is still served: unmount it without saving.
        WB_TRY(checkNotBusy(record, context));
        context.decision(QStringLiteral("Unmounting %1 without saving (its image file is gone or changed)").arg(record.mountDir));
        const Status s = MountHelper::unmount(record.mountDir, {}, context);
        if (!s.ok())
            context.warning(QStringLiteral("wimlib could not unmount %1: %2").arg(record.mountDir, s.error().logLine()));
        waitForExit(record.helperPid, 10000);
    }
    if (MountSystem::isHelperProcess(record.helperPid)) {
        context.decision(QStringLiteral("Stopping mount helper pid %1, which no longer serves %2").arg(record.helperPid).arg(record.mountDir));
        stopHelper(record.helperPid);
        if (report)
            ++report->helpers;
    }
    if (MountSystem::mountTypeAt(record.mountDir)) {
        // A save killed between its remount and the registration leaves a helper nobody recorded
        // serving the folder. It holds the image's write lock until it exits, which it does once
        // its mount is detached: wait for that, or the next mount of the image is refused.
        const qint64 unrecorded = helperServing(record.mountDir, QFileInfo(m_registry.filePath()).path());
        context.decision(QStringLiteral("Detaching the stale FUSE endpoint %1").arg(record.mountDir));
        WB_TRY(MountSystem::detachMount(record.mountDir));
        if (unrecorded != 0 && unrecorded != record.helperPid && !waitForExit(unrecorded, 10000))
            stopHelper(unrecorded);
        if (report)
            ++report->endpoints;
    }
    if (!record.stagingDir.isEmpty() && QFileInfo::exists(record.stagingDir)) {
        context.decision(QStringLiteral("Removing the staging folder %1").arg(record.stagingDir));
        removeStagingFolder(record.stagingDir);
        if (report)
            ++report->stagingFolders;
    }
    return {};
}

int MountManager::removeUnregisteredMounts(OperationContext &context) const
{
    const QString registryDir = QFileInfo(m_registry.filePath()).path();
    const FileLock lock = lockMountOperations(m_registry.filePath()); // no mount is between start and registration
    auto all = m_registry.records();
    if (!all)
        return 0;
    QStringList registered;
    for (const MountRecord &r : *all)
        registered << r.mountDir;
    const QStringList points = MountSystem::wimlibMountPoints();
    int removed = 0;
    for (const QString &dir : points) {
        if (registered.contains(dir))
            continue;
        const qint64 helperPid = helperServing(dir, registryDir);
        if (helperPid != 0 && MountSystem::isProcessStopped(helperPid)) {
            context.decision(QStringLiteral("Ending mount helper pid %1: it is stopped, so every access to %2 hangs, and no entry "
                                            "names the mount")
                                 .arg(helperPid)
                                 .arg(dir));
            stopHelper(helperPid);
            if (MountSystem::mountTypeAt(dir))
                (void)MountSystem::detachMount(dir);
            ++removed;
            continue;
        }
        if (helperPid == 0 || MountSystem::isStaleEndpoint(dir))
            continue; // another registry's mount, or not WimBench's: not ours to judge; or dead
        context.decision(QStringLiteral("Unmounting %1 without saving: helper pid %2 serves it for this registry, but the process "
                                        "that started it ended before registering it")
                             .arg(dir)
                             .arg(helperPid));
        const Status s = MountHelper::unmount(dir, {}, context);
        if (!s.ok())
            context.warning(QStringLiteral("wimlib could not unmount %1: %2").arg(dir, s.error().logLine()));
        if (!waitForExit(helperPid, 10000)) {
            ::kill(pid_t(helperPid), SIGKILL);
            waitForExit(helperPid, 3000);
        }
        if (MountSystem::mountTypeAt(dir))
            (void)MountSystem::detachMount(dir);
        ++removed;
    }
    return removed;
}

int MountManager::removeStaleEndpoints(OperationContext &context) const
{
    int removed = 0;
    for (const QString &dir : MountSystem::wimlibMountPoints()) {
        const qint64 helperPid = helperServing(dir, QString());
        if (helperPid != 0 && MountSystem::isProcessStopped(helperPid)) {
            context.decision(
                QStringLiteral("Not checking %1: its mount helper pid %2 is stopped (another registry's mount)").arg(dir).arg(helperPid));
            continue;
        }
        if (!MountSystem::isStaleEndpoint(dir))
            continue;
        context.decision(QStringLiteral("Detaching the unregistered stale FUSE endpoint %1").arg(dir));
        const Status detached = MountSystem::detachMount(dir);
        if (detached.ok())
            ++removed;
        else
            context.warning(detached.error().logLine());
    }
    return removed;
}

int MountManager::removeOrphanStagingFolders(const QString &scratchRoot, OperationContext &context) const
{
    const QString root = scratchRoot.isEmpty() ? ScratchDirectory::defaultRoot() : scratchRoot;
    QStringList inUse;
    if (auto all = m_registry.records()) {
        for (const MountRecord &r : *all)
            inUse << r.stagingDir;
    }
    int removed = 0;
    const QFileInfoList entries = QDir(root).entryInfoList({kStagingPrefix + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &fi : entries) {
        const QString path = fi.absoluteFilePath();
        if (inUse.contains(path) || fi.isSymLink())
            continue;
        QFile f(path + QLatin1Char('/') + kOwnerFile);
        qint64 helperPid = 0;
        qint64 starterPid = 0;
        if (f.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            helperPid = o.value(QStringLiteral("helperPid")).toInteger();
            starterPid = o.value(QStringLiteral("starterPid")).toInteger();
        }
        if (MountSystem::isHelperProcess(helperPid))
            continue; // served by a helper of another registry (another user or test): not ours to judge
        const bool young = fi.lastModified().secsTo(QDateTime::currentDateTime()) < 300;
        if (helperPid == 0 && young && (starterPid == 0 || MountSystem::isProcessAlive(starterPid)))
            continue; // a mount being set up right now (no helper recorded yet)
        context.decision(QStringLiteral("Removing the orphaned staging folder %1").arg(path));
        if (removeStagingFolder(path))
            ++removed;
    }
    return removed;
}

} // namespace wb
