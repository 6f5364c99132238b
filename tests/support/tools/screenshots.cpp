// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench-screenshots: pictures of the workbench window, each of its tabs and each of its dialogs,
// for docs/screenshots (docs/screenshots/make-screenshots.sh runs it under Xvfb).
//
//   wimbench-screenshots <out-dir> [--lang en,zh_CN] [--width 1024]
//
// It builds the sample image (SampleImage.h) in a fresh settings and state folder, opens it in the
// real window, selects an index and expands /Windows and /Windows/System32, and writes
// mainwindow.png, tab-<view>.png and <dialog>-dialog.png; languages other than English add
// -<lang> to the names. Each step waits for what it shows to have loaded, not for a fixed time.
#include "EventWait.h"
#include "SampleImage.h"

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
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <functional>

using namespace Qt::StringLiterals;
using namespace wb;

namespace {

/// Lets the window paint (and late answers arrive) for `ms`.
void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    test::waitUntil([&] { return t.elapsed() >= ms; }, ms + 1000);
}

/// One language's pictures, taken from one window.
class Shooter
{
public:
    Shooter(QString outDir, QString suffix, int width) : m_out(std::move(outDir)), m_suffix(std::move(suffix)), m_width(width) {}

    /// Takes every picture; false when one could not be taken or saved (said on stderr).
    bool run(const QString &sample, int index)
    {
        Engine engine(AppSettings::engineSettings());
        MainWindow window(engine);
        auto *views = new WorkbenchViews(window, engine);
        views->setConfirmQuit(false);
        window.resize(m_width, 720);
        window.show();
        openSample(window, sample, index);
        save(&window, u"mainwindow"_s);
        const QList<std::pair<QString, QWidget *>> tabs{{u"tab-mounts"_s, views->mountsView()},
                                                        {u"tab-provisioned-apps"_s, views->provisionedAppsView()},
                                                        {u"tab-log"_s, views->logView()},
                                                        {u"tab-inventory"_s, views->inventoryView()}};
        for (const auto &[name, view] : tabs) {
            window.showView(view);
            settle(1000);
            test::waitUntil([&] { return !views->inventoryView()->isLoading(); }, 60000);
            save(&window, name);
        }
        window.openImage(sample); // back on the Images tab, the image current again
        const QList<std::pair<QString, std::function<void()>>> dialogs{
            {u"apply"_s, [views] { views->applyImage(); }},
            {u"capture"_s, [views] { views->captureImage(QString()); }},
            {u"export"_s, [views] { views->exportCurrentImage(); }},
            {u"split"_s, [views] { views->splitCurrentImage(); }},
            {u"mount"_s, [views] { views->mountCurrentImage(); }}, // modal: pictured inside its loop
            {u"preferences"_s, [&window] { window.showPreferences(); }}};
        for (const auto &[name, open] : dialogs)
            shootDialog(window, name + u"-dialog"_s, open);
        return m_ok;
    }

private:
    void openSample(MainWindow &window, const QString &sample, int index)
    {
        ImageBrowser *b = window.openImage(sample);
        test::waitUntil([b] { return b->loadState() != ImageBrowser::LoadState::Loading; });
        b->selectImageIndex(index);
        for (const QString &path : {u"/Windows"_s, u"/Windows/System32"_s}) {
            test::waitUntil([b] { return !b->treeModel()->isLoading(); });
            const QModelIndex folder = b->treeModel()->indexForPath(path);
            b->fileTree()->expand(folder);
            b->fileTree()->setCurrentIndex(folder);
        }
        test::waitUntil([b] { return !b->treeModel()->isLoading(); });
        settle(500);
    }

    /// Opens a dialog with `open` (modal or not), pictures it once it has loaded, and closes it.
    void shootDialog(MainWindow &window, const QString &name, const std::function<void()> &open)
    {
        bool taken = false;
        QTimer::singleShot(1500, &window, [&] {
            QDialog *shown = nullptr;
            for (QDialog *d : window.findChildren<QDialog *>())
                if (d->isVisible())
                    shown = d;
            if (shown) {
                save(shown, name);
                shown->close();
            } else {
                fail(u"%1: the dialog did not open"_s.arg(name));
            }
            taken = true;
        });
        open();
        test::waitUntil([&] { return taken; });
    }

    void save(QWidget *widget, const QString &name)
    {
        const QString file = QDir(m_out).filePath(name + m_suffix + u".png"_s);
        if (!widget->grab().save(file))
            fail(u"cannot write %1"_s.arg(file));
    }

    void fail(const QString &why)
    {
        QTextStream(stderr) << "wimbench-screenshots: " << why << '\n';
        m_ok = false;
    }

    QString m_out;
    QString m_suffix;
    int m_width;
    bool m_ok = true;
};

} // namespace

int main(int argc, char *argv[])
{
    // A fresh settings and state folder: no recent files, the default layout, a log of its own.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u"config"_s)));
    qputenv("XDG_STATE_HOME", QFile::encodeName(home.filePath(u"state"_s)));
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"wimbench"_s);
    QApplication::setOrganizationName(u"WimBench"_s);
    QApplication::setApplicationDisplayName(u"WimBench"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Pictures of the WimBench window, its tabs and dialogs, for docs/screenshots."_s);
    parser.addHelpOption();
    const QCommandLineOption langOption(u"lang"_s, u"Languages, comma-separated (default: en,zh_CN)."_s, u"list"_s, u"en,zh_CN"_s);
    const QCommandLineOption widthOption(u"width"_s, u"Window width in pixels (height 720; default 1024)."_s, u"px"_s, u"1024"_s);
    parser.addOptions({langOption, widthOption});
    parser.addPositionalArgument(u"out-dir"_s, u"Folder the PNG files are written to."_s);
    parser.process(app);
    if (parser.positionalArguments().size() != 1 || !home.isValid())
        parser.showHelp(2);
    const QString out = parser.positionalArguments().first();
    QDir().mkpath(out);

    const QString sample = home.filePath(u"sample.wim"_s);
    if (const Status st = test::writeSampleImage(sample); !st.ok()) {
        QTextStream(stderr) << "wimbench-screenshots: " << st.error().oneLine() << '\n';
        return 1;
    }
    bool ok = true;
    for (const QString &lang : parser.value(langOption).split(u',', Qt::SkipEmptyParts)) {
        LanguageManager::setLanguageFromPreference(lang);
        const bool english = lang.startsWith(u"en"_s);
        // The second index in the other language, so both layouts are pictured.
        ok = Shooter(out, english ? QString() : u"-"_s + lang, parser.value(widthOption).toInt()).run(sample, english ? 1 : 2) && ok;
    }
    return ok ? 0 : 1;
}
