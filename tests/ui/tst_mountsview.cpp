// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Mounts view driven offscreen on real FUSE mounts: mount, list, save, save as new index,
// remount after a killed helper, dismount (discard / save), cleanup, errors shown, buttons enabled
// by mode and status; and the Mount dialog.
#include "ModalAnswer.h"
#include "ModelTesting.h"
#include "MountTestSupport.h"
#include "WimBuilder.h"
#include "WimSnapshot.h"

#include "mount/MountDialog.h"
#include "mount/NewIndexDialog.h"
#include "wim/WimFile.h"
#include "AppSettings.h"
#include "PreferencesDialog.h"
#include "mount/MountsView.h"
#include "OperationPanel.h"
#include "OperationsView.h"

#include "mount/MountRegistry.h"
#include "mount/MountSystem.h"
#include "ops/Engine.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>

#include <csignal>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

/// Receives the URLs the view hands to the desktop (QDesktopServices::setUrlHandler).
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class TestMountsView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    MountGuard m_guard;
    QString m_wim;
    QString m_scratch;
    std::unique_ptr<Engine> m_engine;
    int m_counter = 0;

    QString newMountDir() { return m_guard.newFolder(m_tmp.filePath(u"mnt%1"_s.arg(++m_counter))); }

    /// Waits for the action to end and for the list to be re-read after it.
    bool finish(MountsView &view, OperationHandle *handle, OperationOutcome *outcome = nullptr)
    {
        if (!handle)
            return false;
        QSignalSpy finished(&view, &MountsView::actionFinished);
        if (!QTest::qWaitFor([&] { return finished.count() > 0 || !view.isBusy(); }, 120000))
            return false;
        if (finished.count() > 0 && outcome)
            *outcome = finished.first().first().value<OperationOutcome>();
        return reread(view);
    }

    /// Starts a fresh re-read (after any one under way) and waits for it.
    bool reread(MountsView &view)
    {
        if (!QTest::qWaitFor([&] { return !view.isRefreshing(); }, 30000))
            return false;
        QSignalSpy refreshed(&view, &MountsView::refreshed);
        view.refresh();
        return QTest::qWaitFor([&] { return refreshed.count() > 0; }, 30000);
    }

    QTreeWidgetItem *row(MountsView &view, const QString &dir)
    {
        for (int i = 0; i < view.list()->topLevelItemCount(); ++i) {
            if (view.list()->topLevelItem(i)->data(MountsView::FolderColumn, Qt::UserRole).toString() == dir)
                return view.list()->topLevelItem(i);
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        WB_SKIP_WITHOUT_FUSE();
        m_wim = m_tmp.filePath(u"install.wim"_s);
        QVERIFY(createWindowsLikeWim(m_wim, m_tmp.filePath(u"src"_s), {u"Pro"_s, u"Home"_s}).ok());
        m_scratch = m_tmp.filePath(u"scratch"_s);
        QVERIFY(QDir().mkpath(m_scratch));
        EngineSettings settings;
        settings.scratchDirectory = m_scratch;
        settings.logPath = m_tmp.filePath(u"dism.log"_s);
        m_engine = std::make_unique<Engine>(settings);
    }

    void cleanup()
    {
        m_guard.release();
        QFile::remove(MountRegistry().filePath());
    }
    void cleanupTestCase()
    {
        m_engine.reset();
        m_guard.release();
    }

    void mountDialogCollectsTheRequest()
    {
        AppSettings::setDefaultMountFolder({});
        MountDialog dialog;
        QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog.setImageFile(m_wim, 2);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog.mountDirField(), u"/tmp/somewhere"_s);
        QVERIFY(ok->isEnabled());
        dialog.readOnlyBox()->setChecked(true);
        dialog.integrityBox()->setChecked(true);
        const MountRequest r = dialog.request();
        QCOMPARE(r.imageFile, m_wim);
        QCOMPARE(r.index, 2);
        QCOMPARE(r.mountDir, u"/tmp/somewhere"_s);
        QVERIFY(!r.readWrite);
        QVERIFY(r.checkIntegrity);
    }

    // Issue 19: a default mount location in Preferences prefills the Mount dialog with a folder
    // named after the image until the user types one.
    void defaultMountLocationPrefillsTheDialog()
    {
        PreferencesDialog prefs(*m_engine);
        prefs.mountFolderField()->setText(u"relative/mounts"_s);
        QVERIFY(!prefs.apply());
        QVERIFY2(prefs.problem().contains(u"default mount location must be an absolute path"_s), qPrintable(prefs.problem()));
        QVERIFY(AppSettings::defaultMountFolder().isEmpty());
        const QString base = m_tmp.filePath(u"mounts"_s);
        prefs.mountFolderField()->setText(base);
        QVERIFY(prefs.apply());
        QCOMPARE(AppSettings::defaultMountFolder(), base);

        MountDialog dialog;
        QCOMPARE(dialog.mountDirField()->text(), base);
        dialog.setImageFile(m_wim, 2, 2);
        QCOMPARE(dialog.mountDirField()->text(), base + u"/install-2"_s);
        dialog.indexBox()->setValue(1);
        QCOMPARE(dialog.mountDirField()->text(), base + u"/install-1"_s);
        dialog.mountDirField()->clear();
        QTest::keyClicks(dialog.mountDirField(), u"/tmp/mine"_s);
        dialog.indexBox()->setValue(2);
        QCOMPARE(dialog.mountDirField()->text(), u"/tmp/mine"_s);

        AppSettings::setDefaultMountFolder({});
        MountDialog plain;
        plain.setImageFile(m_wim, 1, 2);
        QVERIFY(plain.mountDirField()->text().isEmpty());
    }

    // Issue 19 defect 4 / issue 18 item 1: the Mounts view's polls stay out of the Operations view
    // and the servicing log's Info level, and leave no handle behind.
    void pollsStayOutOfTheOperationsView()
    {
        OperationsView ops(*m_engine);
        MountsView view(*m_engine);
        const auto modelTesters = test::testModelsOf(&view); // the mounts list, through its real re-reads
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int i = 0; i < 12; ++i)
            QVERIFY(reread(view));
        QVERIFY(!ops.latestRow(u"Get-MountedImageInfo"_s));
        QCOMPARE(ops.rows().size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_engine->handleCount(), 0, 10000);
        QFile log(m_engine->settings().logPath);
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(!QString::fromUtf8(log.readAll()).contains(u"Starting Get-MountedImageInfo"_s));
        // An action the user asked for is listed.
        QVERIFY(view.cleanup());
        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 60000);
        QVERIFY(ops.latestRow(u"Cleanup-Mountpoints"_s));
    }

    // Defect 3: the dialog checks the folder before closing, so nothing typed is lost.
    void mountDialogChecksTheFolderBeforeClosing()
    {
        MountDialog dialog;
        dialog.setImageFile(m_wim, 2, 2);
        QCOMPARE(dialog.indexBox()->maximum(), 2); // a 2-image file: 5 is not accepted
        dialog.indexBox()->setValue(5);
        QCOMPARE(dialog.indexBox()->value(), 2);
        QSignalSpy accepted(&dialog, &QDialog::accepted);

        // A file is refused; the dialog stays with what was typed.
        const QString file = m_tmp.filePath(u"a-file"_s);
        QVERIFY(writeFile(m_tmp.path(), u"a-file"_s, "x"));
        dialog.mountDirField()->setText(file);
        QString said;
        answerNextMessageBox(QMessageBox::Ok, &said);
        dialog.accept();
        QCOMPARE(accepted.count(), 0);
        QVERIFY2(said.contains(u"is a file"_s), qPrintable(said));
        QCOMPARE(dialog.mountDirField()->text(), file);

        // A folder that is not empty is refused.
        const QString full = newMountDir();
        QVERIFY(writeFile(full, u"x.txt"_s, "x"));
        dialog.mountDirField()->setText(full);
        answerNextMessageBox(QMessageBox::Ok, &said);
        dialog.accept();
        QCOMPARE(accepted.count(), 0);
        QVERIFY2(said.contains(u"not empty"_s), qPrintable(said));

        // A missing folder: No keeps the dialog open and creates nothing; Yes creates it.
        const QString missing = m_tmp.filePath(u"new/mount"_s);
        dialog.mountDirField()->setText(missing);
        answerNextMessageBox(QMessageBox::No, &said);
        dialog.accept();
        QCOMPARE(accepted.count(), 0);
        QVERIFY2(said.contains(u"does not exist"_s), qPrintable(said));
        QVERIFY(!QFileInfo::exists(missing));
        answerNextMessageBox(QMessageBox::NoButton); // Enter: Yes, create it
        dialog.accept();
        QCOMPARE(accepted.count(), 1);
        QVERIFY(QFileInfo(missing).isDir());
        QCOMPARE(dialog.request().mountDir, missing);
        QCOMPARE(dialog.request().index, 2);
    }

    // Defect 3: Mount… on the Mounts tab prefills the image open in the window.
    void mountButtonPrefillsTheCurrentImage()
    {
        MountsView view(*m_engine);
        const auto modelTesters = test::testModelsOf(&view); // the mounts list, through its real re-reads
        view.setCurrentImage(m_wim, 2, 2);
        MountDialog *seen = nullptr;
        QString image;
        int index = 0, maximum = 0;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(qobject_cast<MountDialog *>(QApplication::activeModalWidget()));
            seen = qobject_cast<MountDialog *>(QApplication::activeModalWidget());
            image = seen->imageFileField()->text();
            index = seen->indexBox()->value();
            maximum = seen->indexBox()->maximum();
            seen->reject();
        });
        QTest::mouseClick(view.mountButton(), Qt::LeftButton);
        QVERIFY(seen);
        QCOMPARE(image, m_wim);
        QCOMPARE(index, 2);
        QCOMPARE(maximum, 2);
        QVERIFY(!view.isBusy()); // cancelled: nothing started
    }

    void lifecycleThroughTheView()
    {
        MountsView view(*m_engine);
        const auto modelTesters = test::testModelsOf(&view); // the mounts list, through its real re-reads
        view.setConfirmDiscard(false);
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(reread(view));
        QCOMPARE(view.list()->topLevelItemCount(), 0);
        QVERIFY(!view.saveButton()->isEnabled());
        QVERIFY(view.mountButton()->isEnabled());
        QVERIFY(view.cleanupButton()->isEnabled());

        // Mount read-write.
        const QString dir = newMountDir();
        MountRequest request;
        request.imageFile = m_wim;
        request.index = 1;
        request.mountDir = dir;
        OperationHandle *h = view.mountImage(request);
        QVERIFY(h);
        QVERIFY(view.isBusy());
        QVERIFY(!view.mountButton()->isEnabled());
        OperationOutcome outcome;
        QVERIFY(finish(view, h, &outcome));
        QVERIFY2(outcome.succeeded(), qPrintable(view.statusText()));
        QVERIFY(isMountPoint(dir));
        QTreeWidgetItem *item = row(view, dir);
        QVERIFY(item);
        QCOMPARE(item->text(MountsView::ImageColumn), m_wim);
        QCOMPARE(item->text(MountsView::IndexColumn), u"1"_s);
        QCOMPARE(item->text(MountsView::NameColumn), u"Pro"_s);
        QCOMPARE(item->text(MountsView::ModeColumn), u"Read-write"_s);
        QCOMPARE(item->text(MountsView::StatusColumn), u"Ok"_s);
        QVERIFY(view.selectMount(dir));
        if (const QString shot = qEnvironmentVariable("WIMBENCH_SCREENSHOT_DIR"); !shot.isEmpty())
            view.grab().save(shot + u"/mountsview.png"_s);
        // "Open folder" hands the mount folder to the desktop.
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"file"_s, &catcher, "open");
        QVERIFY(view.openFolderButton()->isEnabled());
        QTest::mouseClick(view.openFolderButton(), Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(u"file"_s);
        QCOMPARE(catcher.urls, QList<QUrl>{QUrl::fromLocalFile(dir)});
        QVERIFY(view.saveButton()->isEnabled());
        QVERIFY(view.saveNewIndexButton()->isEnabled());
        QVERIFY(view.dismountSaveButton()->isEnabled());
        QVERIFY(!view.remountButton()->isEnabled());

        // Save (button click) and Save as new index.
        QVERIFY(writeFile(dir, u"gui.txt"_s, "from the view"));
        QSignalSpy done(&view, &MountsView::actionFinished);
        QSignalSpy written(&view, &MountsView::imageWritten);
        QTest::mouseClick(view.saveButton(), Qt::LeftButton);
        QVERIFY(view.isBusy());
        QVERIFY(view.panel()->cancelButton()->isVisible());
        QVERIFY(QTest::qWaitFor([&] { return done.count() == 1; }, 120000));
        // The window re-reads the saved file (defect 7: no stale size and count until F5).
        QCOMPARE(written.count(), 1);
        QCOMPARE(written.first().first().toString(), m_wim);
        QVERIFY2(done.first().first().value<OperationOutcome>().succeeded(), qPrintable(view.statusText()));
        QCOMPARE(snapshotImage(m_wim, 1).value(u"/gui.txt"_s).sha1, sha1Hex("from the view"));
        QVERIFY(reread(view));
        QVERIFY(view.selectMount(dir));
        QVERIFY(writeFile(dir, u"second.txt"_s, "2"));
        // Save as new index asks the name (prefilled "<name> (changed)") and the description.
        QString prefilled;
        QTimer::singleShot(0, this, [&prefilled] {
            QTRY_VERIFY(qobject_cast<NewIndexDialog *>(QApplication::activeModalWidget()));
            auto *ask = qobject_cast<NewIndexDialog *>(QApplication::activeModalWidget());
            prefilled = ask->nameField()->text();
            ask->nameField()->setText(u"Pro with second.txt"_s);
            ask->descriptionField()->setText(u"Saved from the Mounts tab"_s);
            ask->accept();
        });
        QVERIFY(finish(view, view.saveSelected(true), &outcome));
        QVERIFY(outcome.succeeded());
        QCOMPARE(prefilled, u"Pro (changed)"_s);
        QCOMPARE(wimImageCount(m_wim), 3);
        {
            auto saved = WimFile::open(m_wim);
            QVERIFY(saved);
            QCOMPARE(saved->imageInfo(3).name, u"Pro with second.txt"_s);
            QCOMPARE(saved->imageInfo(3).description.value_or(QString()), u"Saved from the Mounts tab"_s);
        }
        QVERIFY(reread(view));
        QCOMPARE(row(view, dir)->text(MountsView::IndexColumn), u"3"_s);
        QCOMPARE(row(view, dir)->text(MountsView::NameColumn), u"Pro with second.txt"_s);
        QVERIFY(!snapshotImage(m_wim, 1).contains(u"/second.txt"_s));

        // Kill the helper: NeedsRemount, only Remount and Discard are offered; Remount restores.
        const qint64 pid = view.mounts().first().record.helperPid;
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QVERIFY(QTest::qWaitFor([&] { return !MountSystem::isProcessAlive(pid); }, 10000));
        QVERIFY(reread(view));
        QVERIFY(view.selectMount(dir));
        QCOMPARE(row(view, dir)->text(MountsView::StatusColumn), u"Needs remount"_s);
        QCOMPARE(row(view, dir)->data(MountsView::StatusColumn, MountsView::StatusRole).toInt(), int(MountStatus::NeedsRemount));
        QVERIFY(view.remountButton()->isEnabled());
        QVERIFY(!view.saveButton()->isEnabled());
        QVERIFY(view.dismountDiscardButton()->isEnabled());
        QTest::mouseClick(view.remountButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !view.isBusy(); }, 60000));
        QVERIFY(reread(view));
        QCOMPARE(row(view, dir)->text(MountsView::StatusColumn), u"Ok"_s);
        QVERIFY(QFileInfo::exists(dir + u"/second.txt"_s));

        // An error is shown under the list.
        const QString full = newMountDir();
        QVERIFY(writeFile(full, u"x"_s, "x"));
        request.mountDir = full;
        QVERIFY(finish(view, view.mountImage(request), &outcome));
        QVERIFY(outcome.failed());
        QCOMPARE(view.statusText(), u"The mount folder %1 is not empty. Mount onto an empty folder."_s.arg(full));

        // Dismount and discard.
        QVERIFY(view.selectMount(dir));
        QVERIFY(writeFile(dir, u"discarded.txt"_s, "no"));
        const QByteArray before = snapshotImage(m_wim, 3).value(u"/second.txt"_s).sha1;
        // Defect 8: the discard question defaults to No, so Enter keeps the mount and its changes.
        view.setConfirmDiscard(true);
        QString question;
        answerNextMessageBox(QMessageBox::NoButton, &question);
        QTest::mouseClick(view.dismountDiscardButton(), Qt::LeftButton);
        QVERIFY2(question.contains(u"throw away"_s), qPrintable(question));
        QVERIFY(!view.isBusy());
        QVERIFY(isMountPoint(dir));
        answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(view.dismountDiscardButton(), Qt::LeftButton);
        view.setConfirmDiscard(false);
        QVERIFY(QTest::qWaitFor([&] { return !view.isBusy(); }, 60000));
        QVERIFY(reread(view));
        QCOMPARE(view.list()->topLevelItemCount(), 0);
        QVERIFY(!isMountPoint(dir));
        QVERIFY(!snapshotImage(m_wim, 3).contains(u"/discarded.txt"_s));
        QCOMPARE(snapshotImage(m_wim, 3).value(u"/second.txt"_s).sha1, before);
    }

    void readOnlyAndCleanup()
    {
        MountsView view(*m_engine);
        const auto modelTesters = test::testModelsOf(&view); // the mounts list, through its real re-reads
        view.setConfirmDiscard(false);
        view.show();
        const QString ro = newMountDir();
        MountRequest request;
        request.imageFile = m_wim;
        request.index = 2;
        request.mountDir = ro;
        request.readWrite = false;
        OperationOutcome outcome;
        QVERIFY(finish(view, view.mountImage(request), &outcome));
        QVERIFY2(outcome.succeeded(), qPrintable(view.statusText()));
        QVERIFY(view.selectMount(ro));
        QCOMPARE(row(view, ro)->text(MountsView::ModeColumn), u"Read-only"_s);
        QVERIFY(!view.saveButton()->isEnabled());
        QVERIFY(!view.saveNewIndexButton()->isEnabled());
        QVERIFY(!view.dismountSaveButton()->isEnabled());
        QVERIFY(view.dismountDiscardButton()->isEnabled());
        QVERIFY(!view.saveSelected(false));

        // A dead read-write mount next to it: Cleanup removes it and keeps the served one.
        // (another file: one mounted read-only is not mounted read-write at the same time)
        const QString copy = m_tmp.filePath(u"copy.wim"_s);
        QVERIFY(QFile::copy(m_wim, copy));
        request.imageFile = copy;
        const QString dead = newMountDir();
        request.index = 1;
        request.mountDir = dead;
        request.readWrite = true;
        QVERIFY(finish(view, view.mountImage(request), &outcome));
        QVERIFY2(outcome.succeeded(), qPrintable(view.statusText()));
        qint64 pid = 0;
        for (const MountedImage &m : view.mounts()) {
            if (m.record.mountDir == dead)
                pid = m.record.helperPid;
        }
        QVERIFY(pid > 0);
        ::kill(pid_t(pid), SIGKILL);
        QVERIFY(QTest::qWaitFor([&] { return !MountSystem::isProcessAlive(pid); }, 10000));
        QTest::mouseClick(view.cleanupButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !view.isBusy(); }, 60000));
        QVERIFY(reread(view));
        QVERIFY2(view.list()->topLevelItemCount() == 1, qPrintable(view.statusText()));
        QVERIFY(row(view, ro));
        QVERIFY(!isMountPoint(dead));
        QVERIFY(isMountPoint(ro));
        QVERIFY(view.selectMount(ro));
        QVERIFY(finish(view, view.dismountSelected(false), &outcome));
        QVERIFY(outcome.succeeded());
        QCOMPARE(view.list()->topLevelItemCount(), 0);
    }
};

QTEST_MAIN(TestMountsView)
#include "tst_mountsview.moc"
