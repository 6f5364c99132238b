// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench: the workbench window.
//
//   wimbench [image.wim ...]                open these images (default: the recent state; on first
//                                           start the bundled sample image)
//   wimbench --lang zh_CN                   interface language for this run
//
// Pictures of the window for the docs: tests/support/tools/screenshots.cpp (wimbench-screenshots).
#include "AppSettings.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "WorkbenchViews.h"

#include "ops/Engine.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("wimbench"));
    QApplication::setOrganizationName(QStringLiteral("WimBench"));
    QApplication::setApplicationVersion(QStringLiteral(WIMBENCH_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("WimBench"));
    QApplication::setDesktopFileName(QStringLiteral("wimbench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Windows image servicing workbench"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface language (e.g. zh_CN, en_US)."),
                                        QStringLiteral("locale"));
    parser.addOption(langOption);
    parser.addPositionalArgument(QStringLiteral("images"), QStringLiteral("Image files to open (.wim, .esd, .swm)."), QStringLiteral("[images...]"));
    parser.process(app);

    wb::LanguageManager::setLanguageFromPreference(parser.isSet(langOption) ? parser.value(langOption) : wb::AppSettings::language());

    wb::Engine engine(wb::AppSettings::engineSettings());
    wb::MainWindow window(engine);
    // The other modules' views (mounts, provisioned apps, log, export/split/mount, package
    // inspector, provisioning wizard); a child of the window.
    new wb::WorkbenchViews(window, engine);
    window.show();
    window.openStartupImages(parser.positionalArguments());
    return app.exec();
}
