// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench-mount-helper: mounts one WIM image with wimlib (FUSE) and serves it until it is
// unmounted, detached from the GUI/CLI that started it. The protocol is described in
// engine/mount/README.md. A command line's mount starts wimbench-mount-prewarm instead
// (app/prewarm), which hands the mounts it does not serve itself over to this program.
#include "HelperProcess.h"

#include "core/FaultPoint.h"
#include "core/LogLevel.h"
#include "servicelog/Log.h"
#include "spawn/Spawn.h"
#include "wim/WimFile.h"
#include "wim/WimLibrary.h"
#include "wim/WimMount.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <utility>

#include <unistd.h>

namespace {

using namespace wb::helper;

const QString kComponent = QStringLiteral("MOUNT");

int fail(int wimlibCode, const QString &code, const QString &message)
{
    wb::Log::error(kComponent, QStringLiteral("Mount helper failed: %1 (%2)").arg(message, code));
    reportError(wimlibCode, code.toStdString(), message.toStdString());
    return 1;
}

/// The command line with the engine's types (helper::Arguments has the bytes).
struct Request
{
    QString image, dir, staging, swm, log, name;
    int index = 0; ///< 0: select by --name, or the only image
    bool readWrite = false;
    bool unixData = false;
    bool waitForGo = false;
    wb::LogLevel level = wb::LogLevel::WarningsInfo;
};

Request withEngineTypes(const wb::helper::Arguments &p)
{
    Request a;
    a.image = QString::fromStdString(p.image);
    a.dir = QString::fromStdString(p.dir);
    a.staging = QString::fromStdString(p.staging);
    a.swm = QString::fromStdString(p.swm);
    a.log = QString::fromStdString(p.log);
    a.name = QString::fromStdString(p.name);
    a.index = p.index;
    a.readWrite = p.readWrite;
    a.unixData = p.unixData;
    a.waitForGo = p.waitForGo;
    if (p.logLevelGiven)
        a.level = wb::parseLogLevel(QString::fromStdString(p.logLevel)).value_or(wb::LogLevel::WarningsInfo);
    return a;
}

/// Opens the image once (for writing when read-write; the parts of a split set with --swm or the default
/// glob), refuses what the starter refused before (split or read-only file read-write, an index or
/// name that does not exist) and reports "image <index> <parts>\t<name>\t<parts glob>".
wb::Result<std::pair<wb::WimFile, int>> openImage(const Request &a)
{
    using namespace wb;
    WimOpenOptions options;
    options.splitPattern = a.swm;
    options.writeAccess = a.readWrite; // wimlib_mount_image read-write needs it
    auto wim = WimFile::open(a.image, options);
    if (!wim)
        return wim.error();
    const WimHeaderInfo &h = wim->header();
    if (a.readWrite && h.totalParts > 1)
        return Error::make(QStringLiteral("mount.split-read-write"), QStringLiteral("%1 is a split image; mount it read-only").arg(a.image));
    if (a.readWrite && h.readOnly)
        return Error::make(QStringLiteral("mount.image-read-only"), QStringLiteral("%1 is read-only").arg(a.image));
    auto index = wim->resolveImage(a.index > 0 ? std::optional<int>(a.index) : std::nullopt, a.name);
    if (!index)
        return index.error();
    const QString glob = h.totalParts > 1 ? (a.swm.isEmpty() ? QFileInfo(a.image).absolutePath() + QLatin1Char('/')
                                                                  + QFileInfo(a.image).completeBaseName() + QStringLiteral("*.swm")
                                                            : a.swm)
                                          : QString();
    const QByteArray line = "image " + QByteArray::number(*index) + ' ' + QByteArray::number(h.totalParts) + '\t'
        + wim->imageInfo(*index).name.toUtf8() + '\t' + glob.toUtf8();
    report(line.toStdString());
    return std::pair<WimFile, int>(std::move(*wim), *index);
}

} // namespace

int main(int argc, char *argv[])
{
    adoptHelperFault();
    g_argumentArea = wb::Spawn::argumentArea(argc, argv);
    if (const char *pending = std::getenv(kPendingVariable)) {
        g_pending = pending;
        ::unsetenv(kPendingVariable);
    }
    const wb::helper::Arguments parsed = parseArguments(argc, argv);
    if (parsed.help) {
        std::fputs(usage(), stdout);
        return 0;
    }
    g_readyFd = parsed.readyFd;
    Request a = withEngineTypes(parsed);
    wb::Log::configure(a.log, a.level);
    wb::WimLibrary::initialise();
    if (a.image.isEmpty() || a.dir.isEmpty() || a.index < 0 || (a.readWrite && a.staging.isEmpty() && !a.waitForGo))
        return fail(0, QStringLiteral("mount.helper-usage"), QStringLiteral("The mount helper was started with incomplete arguments."));

    const pid_t starterPid = ::getpid();
    watchImageWrites(parsed.image);
    const QString which = a.index > 0 ? QStringLiteral("index %1").arg(a.index)
                                      : (a.name.isEmpty() ? QStringLiteral("the only image") : QStringLiteral("\"%1\"").arg(a.name));
    wb::Log::info(kComponent, QStringLiteral("Mount helper: mounting %1 of %2 at %3 %4")
                                  .arg(which, a.image, a.dir, a.readWrite ? QStringLiteral("read-write") : QStringLiteral("read-only")));

    // The helper opens the image once and does the checks the starter used to do with a second
    // open (issue 16); a refusal is reported with the "error" line and the starter explains it.
    auto opened = openImage(a);
    if (!opened)
        return fail(0, opened.error().code, opened.error().message);
    wb::WimFile &wimFile = opened->first;
    a.index = opened->second;
    if (a.waitForGo) {
        // The image's directory tree is read now, while the starter runs its checks, instead of
        // after the go-ahead inside wimlib_mount_image (issue 16); an error there is met again
        // and reported by the mount below.
        (void)wb::WimMount::prepare(wimFile, a.index);
        const std::optional<std::string> go = waitForGo();
        if (!go) {
            wb::Log::info(kComponent, QStringLiteral("Mount helper: the starter did not go ahead; %1 not mounted").arg(a.dir));
            return 0;
        }
        a.staging = QString::fromStdString(*go);
        if (a.readWrite && a.staging.isEmpty())
            return fail(0, QStringLiteral("mount.helper-usage"), QStringLiteral("The mount helper was started with incomplete arguments."));
    }
    wb::ServeOptions serve;
    serve.readWrite = a.readWrite;
    serve.unixData = a.unixData;
    serve.stagingDir = a.staging;

    // The log file is closed across the fork FUSE makes to daemonize (buffered lines would be
    // written twice) and reopened by whichever process comes back from wimlib_mount_image.
    wb::Log::shutdown();
    armForkHandlers(QFile::encodeName(a.dir).toStdString());
    wb::faultPoint("helper.before-mount");
    int rc = wb::WimMount::serve(wimFile, a.index, a.dir, serve);
    wb::Log::configure(a.log, a.level);
    if (::getpid() == starterPid && rc != 0) {
        return fail(rc, wb::WimLibrary::codeName(rc), QStringLiteral("Could not mount index %1 of %2 at %3").arg(a.index).arg(a.image, a.dir));
    }
    // Here in the daemon: the image has been unmounted (and committed, if that was asked).
    afterUnmount(QFile::encodeName(a.staging).toStdString());
    if (rc != 0)
        wb::Log::error(kComponent, QStringLiteral("Mount helper: %1 ended with %2").arg(a.dir, wb::WimLibrary::codeName(rc)));
    else
        wb::Log::info(kComponent, QStringLiteral("Mount helper: %1 unmounted; helper exits").arg(a.dir));
    wb::Log::shutdown();
    // The image is unmounted and anything committed is on disk. wimlib_free() would now spend
    // about 80 ms on a 100,000-file image freeing memory the exit frees at once, and the
    // unmounting process waits for this exit; so leave without it (the kernel closes the WIM).
    ::_exit(rc == 0 ? 0 : 1);
}
