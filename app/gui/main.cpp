// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench: the workbench window.
//
//   wimbench [image.wim ...]                open these images (default: the recent state; on first
//                                           start the bundled sample image)
//   wimbench --lang zh_CN                   interface language for this run
//   wimbench --screenshot out.png [--delay ms] [--expand path] [--select-index n] [--tab n]
//            [--dialog apply|capture|export|split|mount|preferences] [--width px]
//                                           save a picture of the window (or of the dialog
//                                           opened on it) and quit (docs, checks)
#include "AppSettings.h"
#include "ImageBrowser.h"
#include "ImageTreeModel.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "WorkbenchViews.h"
#include "inventory/InventoryView.h"
#include "log/LogView.h"
#include "mount/MountsView.h"
#include "provision/ProvisionedAppsView.h"

#include "ops/Engine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QTimer>
#include <QTreeView>

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
    const QCommandLineOption shotOption(QStringLiteral("screenshot"), QStringLiteral("Save a picture of the window to <file> and quit."),
                                        QStringLiteral("file"));
    const QCommandLineOption delayOption(QStringLiteral("delay"), QStringLiteral("Milliseconds to wait before the screenshot."),
                                         QStringLiteral("ms"), QStringLiteral("3000"));
    const QCommandLineOption expandOption(QStringLiteral("expand"), QStringLiteral("Folder of the image to expand before the screenshot (repeatable)."),
                                          QStringLiteral("path"));
    const QCommandLineOption indexOption(QStringLiteral("select-index"), QStringLiteral("Image index to select before the screenshot."),
                                         QStringLiteral("n"));
    const QCommandLineOption tabOption(QStringLiteral("tab"), QStringLiteral("Tab to show before the screenshot (0 = Images, 1 = Mounts, 2 = Provisioned apps, 3 = Log, 4 = Inventory)."),
                                       QStringLiteral("n"));
    const QCommandLineOption dialogOption(QStringLiteral("dialog"), QStringLiteral("Open this dialog (apply, capture, export, split, mount, preferences) and picture it instead of the window."),
                                          QStringLiteral("name"));
    const QCommandLineOption widthOption(QStringLiteral("width"), QStringLiteral("Window width in pixels for the screenshot (height 720)."),
                                         QStringLiteral("px"));
    parser.addOptions({langOption, shotOption, delayOption, expandOption, indexOption, tabOption, dialogOption, widthOption});
    parser.addPositionalArgument(QStringLiteral("images"), QStringLiteral("Image files to open (.wim, .esd, .swm)."), QStringLiteral("[images...]"));
    parser.process(app);

    wb::LanguageManager::setLanguageFromPreference(parser.isSet(langOption) ? parser.value(langOption) : wb::AppSettings::language());

    wb::Engine engine(wb::AppSettings::engineSettings());
    wb::MainWindow window(engine);
    // The other modules' views (mounts, provisioned apps, log, export/split/mount, package
    // inspector, provisioning wizard); a child of the window.
    auto *views = new wb::WorkbenchViews(window, engine);
    if (parser.isSet(widthOption))
        window.resize(parser.value(widthOption).toInt(), 720);
    window.show();
    window.openStartupImages(parser.positionalArguments());

    if (parser.isSet(shotOption)) {
        const QString out = parser.value(shotOption);
        const QStringList expand = parser.values(expandOption);
        const int index = parser.value(indexOption).toInt();
        // Select and expand in steps, each after the engine had time to answer, then grab.
        QTimer::singleShot(1000, &window, [&window, expand, index] {
            wb::ImageBrowser *b = window.currentBrowser();
            if (b && index > 0)
                b->selectImageIndex(index);
        });
        for (int i = 0; i < expand.size(); ++i) {
            QTimer::singleShot(1500 + 400 * i, &window, [&window, path = expand.at(i)] {
                wb::ImageBrowser *b = window.currentBrowser();
                if (!b)
                    return;
                const QModelIndex idx = b->treeModel()->indexForPath(path);
                if (idx.isValid()) {
                    b->fileTree()->expand(idx);
                    b->fileTree()->setCurrentIndex(idx);
                }
            });
        }
        if (parser.isSet(tabOption)) {
            const QList<QWidget *> tabs = {nullptr, views->mountsView(), views->provisionedAppsView(), views->logView(),
                                           views->inventoryView()};
            QWidget *tab = tabs.value(parser.value(tabOption).toInt());
            if (tab)
                QTimer::singleShot(2000, &window, [&window, tab] { window.showView(tab); });
        }
        const QString dialog = parser.value(dialogOption);
        if (!dialog.isEmpty()) {
            QTimer::singleShot(2000, &window, [&window, views, dialog] {
                if (dialog == QLatin1String("apply"))
                    views->applyImage();
                else if (dialog == QLatin1String("capture"))
                    views->captureImage(QString());
                else if (dialog == QLatin1String("export"))
                    views->exportCurrentImage();
                else if (dialog == QLatin1String("split"))
                    views->splitCurrentImage();
                else if (dialog == QLatin1String("mount"))
                    views->mountCurrentImage(); // modal: the grab below runs inside its loop
                else if (dialog == QLatin1String("preferences"))
                    window.showPreferences();
            });
        }
        QTimer::singleShot(parser.value(delayOption).toInt(), &window, [&window, out] {
            QWidget *shown = &window;
            for (QDialog *d : window.findChildren<QDialog *>())
                if (d->isVisible())
                    shown = d;
            const bool ok = shown->grab().save(out);
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
