// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// /Mount-Image, /Commit-Image, /Unmount-Image, /Get-MountedImageInfo, /Remount-Image,
// /Cleanup-Mountpoints; Mount-WindowsImage, Save-WindowsImage, Dismount-WindowsImage,
// Clear-WindowsCorruptMountPoint (Get-WindowsImage -Mounted dispatches to Get-MountedImageInfo).
#include "../CliContext.h"
#include "../CommandLine.h"
#include "../English.h"

#include "ops/CleanupMountpointsOperation.h"
#include "ops/DismountImageOperation.h"
#include "ops/GetMountedImagesOperation.h"
#include "ops/MountImageOperation.h"
#include "ops/RemountImageOperation.h"
#include "ops/SaveImageOperation.h"
#include "spawn/Standby.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace wb::cli {
namespace {

ParameterSpec mountDirParameter()
{
    return {QStringLiteral("MountDir"), {QStringLiteral("MountDir")}, {QStringLiteral("Path")},
            ParameterSpec::Value,       QStringLiteral("<folder>"),   english("The folder the image is mounted on.")};
}

ParameterSpec switchParameter(const QString &name, const QStringList &dism, const QStringList &cmdlet, const QString &help)
{
    return {name, dism, cmdlet, ParameterSpec::Switch, {}, help};
}

ParameterSpec checkIntegrityParameter(const QString &help)
{
    return switchParameter(QStringLiteral("CheckIntegrity"), {QStringLiteral("CheckIntegrity")}, {QStringLiteral("CheckIntegrity")}, help);
}

ParameterSpec appendParameter()
{
    return switchParameter(QStringLiteral("Append"), {QStringLiteral("Append")}, {QStringLiteral("Append")},
                           english("Write the changed image as a new index at the end of the file; the mounted index stays unchanged."));
}

/// PowerShell's image object for a mount folder.
void printImageObject(CliContext &ctx, const QString &dir)
{
    ctx.fields({{QStringLiteral("Path"), dir},
                {QStringLiteral("Online"), QStringLiteral("False")},
                {QStringLiteral("RestartNeeded"), QStringLiteral("False")}});
}

int finish(CliContext &ctx, const QString &dir)
{
    if (ctx.isCmdlet()) {
        printImageObject(ctx, dir);
        return 0;
    }
    return ctx.success();
}

int remount(CliContext &ctx)
{
    const auto dir = ctx.required(QStringLiteral("MountDir"));
    if (!dir)
        return ctx.fail(dir.error());
    auto op = std::make_shared<RemountImageOperation>(*dir);
    if (const int rc = ctx.runToExit(op))
        return rc;
    if (op->wasServed())
        ctx.warning(english("%1 is already mounted and served; nothing was remounted.").arg(op->record().mountDir));
    return finish(ctx, op->record().mountDir);
}

/// The mount helper started by `startHelperEarly`, handed to the mount operation.
std::shared_ptr<MountHelper::Launched> g_earlyHelper;

/// CommandSpec::early of /Mount-Image: starts the helper before the CLI's own set-up, so its start-up
/// and image open run beside it (issue 16). Only for a command line the handler will accept as it
/// is; the handler's checks and refusals are unchanged, and an unused helper is ended unmounted.
void startHelperEarly(const ParsedCommand &parsed, const EngineSettings &settings)
{
    if (parsed.has(QStringLiteral("Remount")) || parsed.has(QStringLiteral("CheckIntegrity")))
        return;
    const QString index = parsed.value(QStringLiteral("Index"));
    bool numeric = index.isEmpty();
    const int number = numeric ? 0 : index.toInt(&numeric);
    if (!numeric || number < 0 || (number > 0 && parsed.has(QStringLiteral("Name"))))
        return;
    MountRequest request;
    request.imageFile = parsed.value(QStringLiteral("ImageFile"));
    request.index = number > 0 ? std::optional<int>(number) : std::nullopt;
    request.name = parsed.value(QStringLiteral("Name"));
    request.mountDir = parsed.value(QStringLiteral("MountDir"));
    request.readWrite = !parsed.has(QStringLiteral("ReadOnly"));
    request.splitPattern = parsed.value(QStringLiteral("SWMFile"));
    g_earlyHelper = MountManager().launchEarly(request, settings);
}

int mountImage(CliContext &ctx)
{
    // Taken at once, so a refusal below ends an early helper (unmounted) when this returns.
    std::shared_ptr<MountHelper::Launched> early = std::move(g_earlyHelper);
    if (ctx.has(QStringLiteral("Remount")))
        return remount(ctx);
    const auto file = ctx.required(QStringLiteral("ImageFile"));
    if (!file)
        return ctx.fail(file.error());
    const auto dir = ctx.required(QStringLiteral("MountDir"));
    if (!dir)
        return ctx.fail(dir.error());
    const auto selector = ctx.imageSelector();
    if (!selector)
        return ctx.fail(selector.error());
    MountRequest request;
    request.imageFile = *file;
    request.index = selector->index;
    request.name = selector->name;
    request.mountDir = *dir;
    request.readWrite = !ctx.has(QStringLiteral("ReadOnly"));
    request.checkIntegrity = ctx.has(QStringLiteral("CheckIntegrity"));
    request.splitPattern = ctx.value(QStringLiteral("SWMFile"));
    request.earlyHelper = std::move(early);
    if (!ctx.isCmdlet() && !ctx.quiet())
        ctx.line(english("Mounting image"));
    auto op = std::make_shared<MountImageOperation>(request);
    if (const int rc = ctx.runToExit(op))
        return rc;
    // The unmount of this folder can now run in this command's standby copy (spawn/Standby.h).
    Standby::serve(QFile::encodeName(op->record().mountDir).toStdString(), pid_t(op->record().helperPid));
    return finish(ctx, op->record().mountDir);
}

int commitImage(CliContext &ctx)
{
    const auto dir = ctx.required(QStringLiteral("MountDir"));
    if (!dir)
        return ctx.fail(dir.error());
    if (!ctx.isCmdlet() && !ctx.quiet())
        ctx.line(english("Saving image"));
    auto op = std::make_shared<SaveImageOperation>(*dir, ctx.has(QStringLiteral("Append")), ctx.has(QStringLiteral("CheckIntegrity")),
                                                   ctx.has(QStringLiteral("SupportEa")));
    if (const int rc = ctx.runToExit(op))
        return rc;
    if (!ctx.isCmdlet() && !ctx.quiet() && ctx.has(QStringLiteral("Append")))
        ctx.line(
            english("The changes were saved as index %1 of %2, which is now mounted.").arg(op->savedIndex()).arg(op->record().imageFile));
    return finish(ctx, op->record().mountDir);
}

int unmountImage(CliContext &ctx)
{
    const auto dir = ctx.required(QStringLiteral("MountDir"));
    if (!dir)
        return ctx.fail(dir.error());
    const bool commit = ctx.has(QStringLiteral("Commit"));
    const bool discard = ctx.has(QStringLiteral("Discard"));
    if (commit == discard) {
        const QString c = ctx.spelling(QStringLiteral("Commit"));
        const QString d = ctx.spelling(QStringLiteral("Discard"));
        return ctx.fail(Error::make(commit ? QStringLiteral("usage.conflicting-options") : QStringLiteral("usage.missing-option"),
                                    commit ? english("Give either %1 or %2, not both.").arg(c, d)
                                           : english("Give %1 to save the changes or %2 to throw them away.").arg(c, d)));
    }
    if (discard && (ctx.has(QStringLiteral("Append")) || ctx.has(QStringLiteral("CheckIntegrity"))))
        return ctx.fail(Error::make(QStringLiteral("usage.conflicting-options"),
                                    english("%1 and %2 only apply when saving (%3).")
                                        .arg(ctx.spelling(QStringLiteral("Append")), ctx.spelling(QStringLiteral("CheckIntegrity")),
                                             ctx.spelling(QStringLiteral("Commit")))));
    if (!ctx.isCmdlet() && !ctx.quiet())
        ctx.line(english("Unmounting image"));
    auto op = std::make_shared<DismountImageOperation>(*dir, commit, ctx.has(QStringLiteral("Append")), ctx.has(QStringLiteral("CheckIntegrity")));
    if (const int rc = ctx.runToExit(op))
        return rc;
    if (ctx.isCmdlet()) {
        printImageObject(ctx, op->record().mountDir);
        return 0;
    }
    return ctx.success();
}

int getMountedImageInfo(CliContext &ctx)
{
    auto op = std::make_shared<GetMountedImagesOperation>();
    if (const int rc = ctx.runToExit(op))
        return rc;
    if (ctx.isCmdlet()) {
        bool first = true;
        for (const MountedImage &m : op->mounts()) {
            if (!first)
                ctx.line();
            first = false;
            ctx.fields({{QStringLiteral("Path"), m.record.mountDir},
                        {QStringLiteral("ImagePath"), m.record.imageFile},
                        {QStringLiteral("ImageIndex"), QString::number(m.record.index)},
                        {QStringLiteral("MountMode"), m.record.readWrite ? QStringLiteral("ReadWrite") : QStringLiteral("ReadOnly")},
                        {QStringLiteral("MountStatus"), mountStatusName(m.status)}});
        }
        return 0;
    }
    ctx.line(english("Mounted images:"));
    ctx.line();
    if (op->mounts().isEmpty()) {
        ctx.line(english("No mounted images found."));
        ctx.line();
    }
    for (const MountedImage &m : op->mounts()) {
        ctx.fields({{english("Mount Dir"), m.record.mountDir},
                    {english("Image File"), m.record.imageFile},
                    {english("Image Index"), QString::number(m.record.index)},
                    {english("Mounted Read/Write"), m.record.readWrite ? english("Yes") : english("No")},
                    {english("Status"), mountStatusName(m.status)}});
        ctx.line();
    }
    return ctx.success();
}

int cleanupMountpoints(CliContext &ctx)
{
    auto op = std::make_shared<CleanupMountpointsOperation>();
    if (const int rc = ctx.runToExit(op))
        return rc;
    const CleanupReport &r = op->report();
    if (!ctx.isCmdlet() && !ctx.quiet())
        ctx.line(english("Removed %1 stale mount(s), %2 stale FUSE endpoint(s), %3 helper process(es), %4 staging folder(s) and %5 "
                         "message queue(s) of interrupted unmounts.")
                     .arg(r.registryEntries)
                     .arg(r.endpoints)
                     .arg(r.helpers)
                     .arg(r.stagingFolders)
                     .arg(r.messageQueues));
    return ctx.isCmdlet() ? 0 : ctx.success();
}

CommandSpec mountSpec()
{
    CommandSpec c;
    c.id = QStringLiteral("Mount-Image");
    c.dismNames = {QStringLiteral("Mount-Image"), QStringLiteral("Mount-Wim")};
    c.cmdletNames = {QStringLiteral("Mount-WindowsImage")};
    c.summary = english("Mounts an image of a WIM file on an empty folder, read-write or read-only.");
    c.details = english("The mount is served by wimbench-mount-helper (FUSE) and outlives this command; changed files are staged in the "
                        "scratch directory. Split images (.swm) can only be mounted read-only.\n"
                        "Mount-WindowsImage -Path <folder> -Remount serves a mount again after its helper stopped.");
    c.parameters = {{QStringLiteral("ImageFile"),
                     {QStringLiteral("ImageFile"), QStringLiteral("WimFile")},
                     {QStringLiteral("ImagePath"), QStringLiteral("IP")},
                     ParameterSpec::Value,
                     QStringLiteral("<file>"),
                     english("The .wim, .esd or first .swm file.")},
                    indexParameter(),
                    nameParameter(),
                    mountDirParameter(),
                    switchParameter(QStringLiteral("ReadOnly"), {QStringLiteral("ReadOnly")}, {QStringLiteral("ReadOnly")},
                                    english("Mount read-only: the image cannot be changed.")),
                    checkIntegrityParameter(english("Verify the file's integrity table before mounting; refuse a damaged file.")),
                    {QStringLiteral("SWMFile"),
                     {QStringLiteral("SWMFile")},
                     {QStringLiteral("SplitImageFilePattern")},
                     ParameterSpec::Value,
                     QStringLiteral("<pattern>"),
                     english("Pattern of all parts of a split image, e.g. install*.swm.")},
                    switchParameter(QStringLiteral("Remount"), {}, {QStringLiteral("Remount")},
                                    english("Serve the mount at -Path again (same as /Remount-Image).")),
                    switchParameter(QStringLiteral("Optimize"), {QStringLiteral("Optimize")}, {QStringLiteral("Optimize")},
                                    english("Accepted for compatibility; mounting is always lazy here."))};
    c.handler = mountImage;
    c.early = startHelperEarly;
    return c;
}

CommandSpec commitSpec()
{
    CommandSpec c;
    c.id = QStringLiteral("Commit-Image");
    c.dismNames = {QStringLiteral("Commit-Image"), QStringLiteral("Commit-Wim")};
    c.cmdletNames = {QStringLiteral("Save-WindowsImage")};
    c.summary = english("Saves the changes of a mounted image into its WIM file and keeps it mounted.");
    c.details = english("Only changed data is written (an in-place append), so an interrupted save leaves the old content readable. "
                        "With /Append the changes become a new index and the mounted index is left unchanged; the new index is "
                        "mounted from then on. Fails, naming the processes, while programs use files in the folder.");
    c.parameters = {mountDirParameter(), appendParameter(), checkIntegrityParameter(english("Write an integrity table into the file.")),
                    switchParameter(QStringLiteral("SupportEa"), {QStringLiteral("EA")}, {QStringLiteral("SupportEa")},
                                    english("Keep extended attributes: the image is mounted again with UNIX data support."))};
    c.handler = commitImage;
    return c;
}

CommandSpec unmountSpec()
{
    CommandSpec c;
    c.id = QStringLiteral("Unmount-Image");
    c.dismNames = {QStringLiteral("Unmount-Image"), QStringLiteral("Unmount-Wim")};
    c.cmdletNames = {QStringLiteral("Dismount-WindowsImage")};
    c.summary = english("Saves or discards the changes of a mounted image and unmounts it.");
    c.details = english("Exactly one of /Commit (-Save) or /Discard is required. The helper, the staging folder and the registry entry "
                        "are removed. A mount whose helper has stopped can only be discarded (or remounted first).");
    c.parameters = {mountDirParameter(),
                    switchParameter(QStringLiteral("Commit"), {QStringLiteral("Commit")}, {QStringLiteral("Save")},
                                    english("Save the changes into the WIM file before unmounting.")),
                    switchParameter(QStringLiteral("Discard"), {QStringLiteral("Discard")}, {QStringLiteral("Discard")},
                                    english("Throw the changes away; the WIM file is not touched.")),
                    appendParameter(), checkIntegrityParameter(english("Write an integrity table into the file."))};
    c.handler = unmountImage;
    return c;
}

CommandSpec getMountedSpec()
{
    CommandSpec c;
    c.id = QStringLiteral("Get-MountedImageInfo");
    c.dismNames = {QStringLiteral("Get-MountedImageInfo"), QStringLiteral("Get-MountedWimInfo")};
    c.summary = english("Lists the mounted images: folder, image file, index, read-write or read-only, and status.");
    c.details = english("Status is Ok (served), NeedsRemount (registered but not served: run /Remount-Image) or Invalid (the image file "
                        "is gone or was changed: discard it or run /Cleanup-Mountpoints).");
    c.handler = getMountedImageInfo;
    return c;
}

CommandSpec remountSpec()
{
    CommandSpec c;
    c.id = QStringLiteral("Remount-Image");
    c.dismNames = {QStringLiteral("Remount-Image"), QStringLiteral("Remount-Wim")};
    c.summary = english("Serves a mount again whose helper stopped (status NeedsRemount).");
    c.details = english("Changes made after the last save are lost, as wimlib cannot resume a staging folder.");
    c.parameters = {mountDirParameter()};
    c.handler = remount;
    return c;
}

CommandSpec cleanupSpec()
{
    CommandSpec c;
    c.id = QStringLiteral("Cleanup-Mountpoints");
    c.dismNames = {QStringLiteral("Cleanup-Mountpoints"), QStringLiteral("Cleanup-Wim")};
    c.cmdletNames = {QStringLiteral("Clear-WindowsCorruptMountPoint")};
    c.summary = english("Removes what dead mounts left behind: stale FUSE endpoints, helpers, staging folders, registry entries.");
    c.details = english("Mounts that are served (status Ok) are not touched.");
    c.handler = cleanupMountpoints;
    return c;
}

const bool registered = CommandRegistry::add(mountSpec()) && CommandRegistry::add(commitSpec()) && CommandRegistry::add(unmountSpec())
    && CommandRegistry::add(getMountedSpec()) && CommandRegistry::add(remountSpec()) && CommandRegistry::add(cleanupSpec());

} // namespace
} // namespace wb::cli
