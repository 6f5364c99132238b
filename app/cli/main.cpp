// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench-cli-core: dism.exe and PowerShell cmdlet syntax over the WimBench engine; started by the
// wimbench-cli launcher (app/launcher/main.cpp), which runs it in its own process.
#include "CliContext.h"
#include "CommandLine.h"
#include "English.h"
#include "HelpPrinter.h"
#include "RemedyText.h"

#include "core/DeferredRemoval.h"
#include "core/ScratchDirectory.h"
#include "mount/MountHelper.h"
#include "ops/Engine.h"
#include "servicelog/Log.h"
#include "spawn/ExitReport.h"
#include "spawn/Spawn.h"
#include "spawn/Standby.h"

#include <QCoreApplication>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

#include <unistd.h>

namespace {
std::atomic_bool g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}
/// Sets up the log and the engine, runs the command's handler and tears the engine down again
/// (its operations, with their scratch folders, are destroyed before this returns).
int runCommand(QCoreApplication &app, const wb::cli::ParsedCommand &parsed, const wb::EngineSettings &settings, QTextStream &out,
               QTextStream &err)
{
    using namespace wb;
    using namespace wb::cli;
    QString logError;
    Engine::initialiseProcess();
    if (!Log::configure(settings.logPath, settings.logLevel, Log::DefaultMaxBytes, &logError))
        err << english("Warning: ") << logError << '\n';
    Engine engine(settings);

    CliContext context(parsed, engine, out, err);
    if (!context.isCmdlet() && !context.quiet()) {
        out << english("WimBench Deployment Image Servicing tool") << '\n'
            << english("Version: %1").arg(QStringLiteral(WIMBENCH_VERSION)) << "\n\n";
        out.flush();
    }

    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &interruptPoll, [&context]() {
        if (g_interrupted.load() && context.current())
            context.current()->cancel();
    });
    interruptPoll.start(100);

    const QStringList commandLine = app.arguments().mid(1);
    if (const pid_t standby = Standby::standbyPid())
        Log::debug(QStringLiteral("DISM"),
                   QStringLiteral("wimbench-cli: run by the unmount standby (pid %1) of the mount it names").arg(standby));
    Log::info(QStringLiteral("DISM"),
              QStringLiteral("wimbench-cli %1: %2").arg(QStringLiteral(WIMBENCH_VERSION), commandLine.join(QLatin1Char(' '))));
    const int status = parsed.spec->handler(context);
    Log::info(QStringLiteral("DISM"), QStringLiteral("wimbench-cli finished with exit status %1").arg(status));
    return status;
}
} // namespace

int main(int argc, char *argv[])
{
    // Before anything else runs (no thread, no Qt object yet): a mount command forks its unmount
    // standby here, and a worker of a standby comes back here with the request's arguments.
    wb::ExitReport::adopt(); // the launcher that waits for this command's report, if any
    // The standby registers the engine's types and initialises wimlib once it waits for requests,
    // so that its workers (the unmounts) start with them done.
    wb::Standby::forkForMount(&argc, &argv, [] { wb::Engine::initialiseProcess(); });
    wb::MountHelper::adoptPrewarmed(); // the launcher's helper, if it started one (app/launcher)
    wb::DeferredRemoval::enable();     // old versions of rewritten files go after the exit report
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wimbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WIMBENCH_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    using namespace wb;
    using namespace wb::cli;

    const auto parsed = parseCommandLine(app.arguments().mid(1));
    if (!parsed) {
        err << english("Error: ") << parsed.error().message << '\n';
        return UsageExitCode;
    }
    if (!parsed->spec) {
        printGeneralHelp(out);
        return 0;
    }
    if (parsed->helpRequested) {
        printCommandHelp(out, *parsed->spec, parsed->syntax);
        return 0;
    }

    EngineSettings settings;
    settings.logPath = parsed->value(QStringLiteral("LogPath"));
    if (parsed->has(QStringLiteral("LogLevel"))) {
        const auto level = parseLogLevel(parsed->value(QStringLiteral("LogLevel")));
        if (!level) {
            err << english("Error: %1 must be 1 (Errors), 2 (Warnings), 3 (WarningsInfo) or 4 (debug); got \"%2\".")
                       .arg(parsed->spelling(QStringLiteral("LogLevel")), parsed->value(QStringLiteral("LogLevel")))
                << '\n';
            return UsageExitCode;
        }
        settings.logLevel = *level;
    }
    settings.scratchDirectory = parsed->value(QStringLiteral("ScratchDir"));
    if (parsed->has(QStringLiteral("ScratchDir"))) {
        const Status scratch = ScratchDirectory::validateRoot(settings.scratchDirectory);
        if (!scratch.ok()) {
            err << english("Error: ") << errorText(scratch.error(), parsed->syntax) << '\n';
            return 1;
        }
    }

    if (parsed->spec->early)
        parsed->spec->early(*parsed, settings);
    MountHelper::dropPrewarmed(); // not used by the early start: it ends without having opened anything
    const int status = runCommand(app, *parsed, settings, out, err);
#if defined(__SANITIZE_ADDRESS__)
    Standby::sendOrder();
    DeferredRemoval::run();
    return status; // the sanitizers check for leaks in the exit handlers
#else
    // The command has finished and the engine with its operations (and their scratch folders) is
    // gone: what remains is tearing down Qt and every library, about 1 ms of CPU that a mount
    // waits for (issue 16). Output and log are flushed; the kernel frees the rest.
    out.flush();
    err.flush();
    std::fflush(nullptr);
    Log::shutdown();
    Spawn::releaseStandardStreams(); // whoever reads the output sees its end with the report
    Standby::reportExit(status);     // a worker of an unmount standby: its launcher can exit now
    ExitReport::send(status);        // a mount command: its launcher can exit now
    // After the report, what nobody waits for: the standby's order, old registry versions.
    Standby::sendOrder();
    DeferredRemoval::run();
    ::_exit(status);
#endif
}
