// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Apply and Capture dialogs driven offscreen: the widgets' values reaching the engine, the WIM
// and the folder really written, append to an existing file, refusals shown, a cancelled apply
// leaving the target as it was, and a folder dropped on the window opening the Capture dialog.
#include "ImageDigest.h"
#include "WimBuilder.h"

#include "MainWindow.h"
#include "WorkbenchViews.h"
#include "image/ApplyDialog.h"
#include "image/CaptureDialog.h"
#include "ops/Engine.h"
#include "ops/OperationHandle.h"
#include "wim/WimFile.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

class TestImageDialogs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_tree;
    QString m_big; // LZX, ~48 MiB of data: long enough to cancel
    int m_counter = 0;

    QString freshDir()
    {
        const QString d = m_dir.filePath(u"out%1"_s.arg(++m_counter));
        QDir().mkpath(d);
        return d;
    }

    static OperationOutcome runToEnd(ImageJobDialog &dialog)
    {
        QSignalSpy finished(&dialog, &ImageJobDialog::operationFinished);
        QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
        if (!finished.wait(120000))
            return {};
        return finished.first().first().value<OperationOutcome>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_tree = m_dir.filePath(u"tree"_s);
        writeWindowsTree(m_tree, {u"en-US"_s});
        QVERIFY(writeBulkFiles(m_tree, 2 * 1024 * 1024, 256 * 1024, 31));
        QVERIFY(writeFile(m_tree, u"Users/Public/Music/naïve 音乐.txt"_s, "unicode names"));
        const QString big = m_dir.filePath(u"big"_s);
        QVERIFY(writeBulkFiles(big, 48 * 1024 * 1024, 1024 * 1024, 32));
        m_big = m_dir.filePath(u"big.wim"_s);
        QVERIFY(createWim(m_big, {windowsLikeSpec(big, u"Big"_s)}, {Compression::Lzx}).ok());
    }

    void capturesNewFileThenAppends()
    {
        Engine engine;
        CaptureDialog dialog(engine);
        dialog.show();
        QVERIFY(!dialog.startButton()->isEnabled());
        const QString dest = QDir(freshDir()).filePath(u"lab.wim"_s);
        QTest::keyClicks(dialog.sourceField(), m_tree);
        QTest::keyClicks(dialog.destinationField(), dest);
        QVERIFY(!dialog.startButton()->isEnabled()); // no name yet
        QTest::keyClicks(dialog.nameField(), u"Lab"_s);
        QTest::keyClicks(dialog.descriptionField(), u"Reference tree"_s);
        dialog.compressionBox()->setCurrentIndex(dialog.compressionBox()->findData(u"max"_s));
        dialog.integrityBox()->setChecked(true);
        dialog.verifyBox()->setChecked(true);
        QVERIFY(dialog.startButton()->isEnabled());
        QCOMPARE(dialog.modeLabel()->text(), u"A new file is written."_s);

        const CaptureImageRequest r = dialog.request();
        QCOMPARE(r.imagePath, dest);
        QCOMPARE(r.source.path, m_tree);
        QVERIFY(r.compression == WimCompression::Max);
        QVERIFY(!r.append && r.checkIntegrity && r.verify && !r.source.bootable && r.source.configFile.isEmpty());

        const OperationOutcome first = runToEnd(dialog);
        QVERIFY2(first.succeeded(), qPrintable(first.error ? first.error->oneLine() : dialog.statusText()));
        QCOMPARE(dialog.statusText(), u"Captured into the new file %1 (LZX compression)."_s.arg(dest));
        QCOMPARE(dialog.progressBar()->value(), 1000);
        QVERIFY(!dialog.cancelButton()->isVisible()); // Cancel shows only while the capture runs
        QCOMPARE(dialog.closeButton()->text(), u"Close"_s);
        {
            auto wim = WimFile::open(dest);
            QVERIFY(wim.ok());
            QCOMPARE(wim->header().compression, u"LZX"_s);
            QVERIFY(wim->header().hasIntegrityTable);
            QCOMPARE(wim->imageInfo(1).name, u"Lab"_s);
            QCOMPARE(wim->imageInfo(1).description.value_or(QString()), u"Reference tree"_s);
        }
        QCOMPARE(*extractedTreeDigest(dest, 1), contentTreeDigest(m_tree));

        // The destination exists now: the dialog appends, with the file's compression.
        dialog.nameField()->setText(u"Lab 2"_s);
        dialog.destinationField()->setText(dest); // re-evaluates the mode
        QVERIFY(dialog.appends());
        QVERIFY(!dialog.compressionBox()->isEnabled());
        QVERIFY(!dialog.request().compression.has_value());
        QVERIFY(dialog.modeLabel()->text().startsWith(u"The file exists: the image is appended"_s));
        const OperationOutcome second = runToEnd(dialog);
        QVERIFY2(second.succeeded(), qPrintable(dialog.statusText()));
        QCOMPARE(dialog.statusText(), u"Appended as index 2 of %1."_s.arg(dest));
        auto wim = WimFile::open(dest);
        QVERIFY(wim.ok());
        QCOMPARE(wim->imageCount(), 2);
        QCOMPARE(wim->imageInfo(2).name, u"Lab 2"_s);
        QCOMPARE(*extractedTreeDigest(dest, 2), contentTreeDigest(m_tree));
    }

    void captureRefusalIsShown()
    {
        Engine engine;
        CaptureDialog dialog(engine, m_tree);
        QCOMPARE(dialog.nameField()->text(), u"tree"_s); // a dropped folder's name
        const QString dir = freshDir();
        dialog.destinationField()->setText(QDir(dir).filePath(u"lab.wim"_s));
        dialog.compressionBox()->setCurrentIndex(dialog.compressionBox()->findData(u"recovery"_s));
        const OperationOutcome outcome = runToEnd(dialog);
        QVERIFY(outcome.failed());
        QVERIFY2(dialog.statusText().contains(u"only be written into an .esd file"_s), qPrintable(dialog.statusText()));
        QVERIFY(entriesBelow(dir).isEmpty());
        QVERIFY(dialog.startButton()->isEnabled());
    }

    void appliesIntoFolder()
    {
        const QString wimPath = QDir(freshDir()).filePath(u"tree.wim"_s);
        QVERIFY(createWim(wimPath, {windowsLikeSpec(m_tree, u"One"_s),
                                    windowsLikeSpec(m_tree, u"Tree"_s)}).ok());
        Engine engine;
        ApplyDialog dialog(engine, wimPath, 2);
        dialog.show();
        QCOMPARE(dialog.indexBox()->value(), 2);
        QVERIFY(!dialog.startButton()->isEnabled()); // no target yet
        const QString target = freshDir();
        QTest::keyClicks(dialog.targetField(), target);
        dialog.integrityBox()->setChecked(true);
        const ApplyImageRequest r = dialog.request();
        QCOMPARE(r.imagePath, wimPath);
        QCOMPARE(r.image.index.value_or(0), 2);
        QCOMPARE(r.applyDir, target);
        QVERIFY(r.checkIntegrity && !r.verify);

        const OperationOutcome outcome = runToEnd(dialog);
        QVERIFY2(outcome.succeeded(), qPrintable(dialog.statusText()));
        QCOMPARE(dialog.statusText(), u"Applied image 2 into %1."_s.arg(target));
        QCOMPARE(contentTreeDigest(target), contentTreeDigest(m_tree));

        // Applying again into the same folder is refused (names exist) and changes nothing.
        const auto before = contentTreeDigest(target);
        QVERIFY(runToEnd(dialog).failed());
        QVERIFY(!dialog.statusText().isEmpty());
        QCOMPARE(contentTreeDigest(target), before);
    }

    void cancelledApplyLeavesTargetUnchanged()
    {
        Engine engine;
        ApplyDialog dialog(engine, m_big, 1);
        dialog.show();
        const QString target = freshDir();
        QVERIFY(writeFile(target, u"already-here.txt"_s, "mine"));
        dialog.targetField()->setText(target);
        QSignalSpy finished(&dialog, &ImageJobDialog::operationFinished);
        dialog.startApply();
        OperationHandle *handle = dialog.operationHandle();
        QVERIFY(handle);
        QVERIFY(!dialog.targetField()->isEnabled());
        QVERIFY(dialog.cancelButton()->isVisible());
        QCOMPARE(dialog.closeButton()->text(), u"Close"_s); // Close never cancels
        // Cancel at once: the apply of 48 MiB takes a fraction of a second on a quiet machine, so
        // waiting for progress first could let it finish.
        QVERIFY(!handle->isFinished());
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().value<OperationOutcome>().cancelled());
        QCOMPARE(dialog.statusText(), u"The apply was cancelled; a folder target was left as it was."_s);
        QVERIFY(dialog.isVisible());
        QCOMPARE(entriesBelow(target), QStringList{u"already-here.txt"_s});
        QFile kept(QDir(target).filePath(u"already-here.txt"_s));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("mine"));
        QVERIFY(!dialog.cancelButton()->isVisible());
        QTest::mouseClick(dialog.closeButton(), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
    }

    void droppedFolderOpensCaptureDialog()
    {
        Engine engine;
        MainWindow window(engine);
        new WorkbenchViews(window, engine);
        QStringList actions;
        for (QAction *a : window.imageMenu()->actions())
            actions << a->text();
        QVERIFY2(actions.contains(u"&Apply image…"_s) && actions.contains(u"&Capture image…"_s), qPrintable(actions.join(u'|')));

        QCOMPARE(window.handleDroppedFiles({m_tree}), 1);
        auto *dialog = window.findChild<CaptureDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->sourceField()->text(), m_tree);
        QCOMPARE(dialog->nameField()->text(), u"tree"_s);
        QVERIFY(!dialog->startButton()->isEnabled()); // the destination is still to choose
    }
};

QTEST_MAIN(TestImageDialogs)
#include "tst_imagedialogs.moc"
