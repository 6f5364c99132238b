// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench-cli /Apply-Image (Expand-WindowsImage): round trips through the real executable (capture,
// apply, `diff -r`; the same through an NTFS volume file made with mkntfs; a split source), hostile
// images that never write outside the target, what a cancelled or killed apply leaves, and every
// refusal with the target left as it was.
#include "CliRunner.h"
#include "FaultSupport.h"
#include "HostileWim.h"
#include "ImageDigest.h"
#include "WimBuilder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

namespace {
const QString kMkntfs = u"/usr/sbin/mkntfs"_s;

/// `diff -r a b`: empty when the trees are equal, diff's output otherwise.
QString diffTrees(const QString &a, const QString &b)
{
    QProcess p;
    p.start(u"diff"_s, {u"-r"_s, u"--no-dereference"_s, a, b});
    p.waitForFinished(120000);
    return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).left(2000);
}

bool makeNtfsVolume(const QString &path, qint64 bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !f.resize(bytes))
        return false;
    f.close();
    return QProcess::execute(kMkntfs, {u"-F"_s, u"-q"_s, path}) == 0;
}
} // namespace

class TestApplyCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_tree; // what was captured (no default exclusion in it, so applying gives it back whole)
    QString m_wim;  // m_tree captured, index 1 "Tree"
    QString m_big;  // ~48 MiB, for cancel and kill
    int m_counter = 0;

    QString freshDir()
    {
        const QString d = m_dir.filePath(u"case%1"_s.arg(++m_counter));
        QDir().mkpath(d);
        return d;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "WIMBENCH_CLI must name the built wimbench-cli");
        m_tree = m_dir.filePath(u"tree"_s);
        writeWindowsTree(m_tree, {u"en-US"_s, u"fr-FR"_s});
        QVERIFY(writeBulkFiles(m_tree, 3 * 1024 * 1024, 256 * 1024, 5));
        QVERIFY(writeFile(m_tree, u"Users/Public/Documents/empty.txt"_s, QByteArray()));
        QVERIFY(QDir().mkpath(m_tree + u"/ProgramData/Empty Folder"_s));
        QVERIFY(writeFile(m_tree, u"Users/Public/Music/naïve 音乐.txt"_s, "unicode names"));
        QVERIFY(QFile::link(u"../Public/Documents/empty.txt"_s, m_tree + u"/Users/Public/link-to-empty"_s));
        m_wim = m_dir.filePath(u"tree.wim"_s);
        const CliResult c = runCli({u"/Capture-Image"_s, u"/ImageFile:"_s + m_wim, u"/CaptureDir:"_s + m_tree, u"/Name:Tree"_s});
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        const QString big = m_dir.filePath(u"big"_s);
        QVERIFY(writeBulkFiles(big, 48 * 1024 * 1024, 1024 * 1024, 9));
        m_big = m_dir.filePath(u"big.wim"_s);
        QVERIFY(createWim(m_big, {windowsLikeSpec(big, u"Big"_s)}, {Compression::Lzx}).ok());
    }

    void roundTripFolder_data()
    {
        QTest::addColumn<bool>("cmdlet");
        QTest::newRow("dism") << false;
        QTest::newRow("cmdlet") << true;
    }

    void roundTripFolder()
    {
        QFETCH(bool, cmdlet);
        const QString target = freshDir();
        const CliResult r = cmdlet ? runCli({u"Expand-WindowsImage"_s, u"-ImagePath"_s, m_wim, u"-Index"_s, u"1"_s, u"-ApplyPath"_s, target,
                                             u"-CheckIntegrity"_s, u"-Verify"_s})
                                   : runCli({u"/Apply-Image"_s, u"/ImageFile:"_s + m_wim, u"/Name:tree"_s, u"/ApplyDir:"_s + target,
                                             u"/ConfirmTrustedFile"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        if (cmdlet)
            QCOMPARE(r.field(u"NtfsVolume"_s), u"False"_s);
        else
            QVERIFY2(r.out.contains(u"Applied image 1 to"_s), qPrintable(r.out));
        QCOMPARE(diffTrees(m_tree, target), QString());
        QVERIFY(QFileInfo(target + u"/Users/Public/link-to-empty"_s).isSymLink());
    }

    void roundTripThroughNtfsVolume()
    {
        if (!QFile::exists(kMkntfs))
            QSKIP("mkntfs (ntfs-3g) is not installed");
        const QString folder = freshDir();
        const QString volume = QDir(folder).filePath(u"volume.img"_s);
        QVERIFY(makeNtfsVolume(volume, 64 * 1024 * 1024));
        const CliResult a = runCli({u"/Apply-Image"_s, u"/ImageFile:"_s + m_wim, u"/Index:1"_s, u"/ApplyDir:"_s + volume});
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        QVERIFY2(a.out.contains(u"onto the NTFS volume"_s), qPrintable(a.out));
        // Back from the volume into a WIM, then into a folder: the same tree.
        const QString again = QDir(folder).filePath(u"again.wim"_s);
        const CliResult c = runCli({u"/Capture-Image"_s, u"/ImageFile:"_s + again, u"/CaptureDir:"_s + volume, u"/Name:Again"_s});
        QVERIFY2(c.exitCode == 0, qPrintable(c.err));
        const QString target = QDir(folder).filePath(u"out"_s);
        QVERIFY(QDir().mkpath(target));
        const CliResult b = runCli({u"/Apply-Image"_s, u"/ImageFile:"_s + again, u"/Index:1"_s, u"/ApplyDir:"_s + target});
        QVERIFY2(b.exitCode == 0, qPrintable(b.err));
        QCOMPARE(diffTrees(m_tree, target), QString());
    }

    void splitSource()
    {
        const QString folder = freshDir();
        const QString first = QDir(folder).filePath(u"tree.swm"_s);
        const CliResult s = runCli({u"/Split-Image"_s, u"/ImageFile:"_s + m_wim, u"/SWMFile:"_s + first, u"/FileSize:1"_s});
        QVERIFY2(s.exitCode == 0, qPrintable(s.err));
        QVERIFY(QFileInfo::exists(QDir(folder).filePath(u"tree2.swm"_s)));
        const QString target = QDir(folder).filePath(u"out"_s);
        QVERIFY(QDir().mkpath(target));
        const CliResult r = runCli({u"/Apply-Image"_s, u"/ImageFile:"_s + first, u"/SWMFile:"_s + QDir(folder).filePath(u"tree*.swm"_s),
                                    u"/Index:1"_s, u"/ApplyDir:"_s + target});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(diffTrees(m_tree, target), QString());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("/Compact") << u"compact"_s << 1 << u"Compact mode applies files compressed by Windows' Overlay Filter"_s;
        QTest::newRow("/WIMBoot") << u"wimboot"_s << 1 << u"WIMBoot mode writes pointer files"_s;
        QTest::newRow("missing target") << u"missing"_s << 1 << u"does not exist. Create the folder first"_s;
        QTest::newRow("named pipe as target") << u"fifo"_s << 1 << u"is not a folder, nor a file or block device"_s;
        QTest::newRow("entry already there") << u"exists"_s << 1 << u"already holds Windows, which the image also has"_s;
        QTest::newRow("no index") << u"no-index"_s << 87 << u"Say which image to apply"_s;
        QTest::newRow("file without NTFS") << u"not-ntfs"_s << 1 << u"Could not apply image 1"_s;
    }

    void refusals()
    {
        QFETCH(QString, kind);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString folder = freshDir();
        QString target = QDir(folder).filePath(u"target"_s);
        QVERIFY(QDir().mkpath(target));
        QStringList args{u"/Apply-Image"_s, u"/ImageFile:"_s + m_wim, u"/Index:1"_s};
        if (kind == u"compact"_s)
            args << u"/Compact"_s;
        if (kind == u"wimboot"_s)
            args << u"/WIMBoot"_s;
        if (kind == u"missing"_s)
            target = QDir(folder).filePath(u"nothere"_s);
        if (kind == u"fifo"_s) {
            target = QDir(folder).filePath(u"pipe"_s);
            QCOMPARE(::mkfifo(QFile::encodeName(target).constData(), 0600), 0);
        }
        if (kind == u"exists"_s)
            QVERIFY(writeFile(target, u"Windows/mine.txt"_s, "mine"));
        if (kind == u"no-index"_s)
            args.removeLast();
        if (kind == u"not-ntfs"_s) {
            target = QDir(folder).filePath(u"zeros.img"_s);
            QVERIFY(writeFile(folder, u"zeros.img"_s, QByteArray(4 * 1024 * 1024, '\0')));
        }
        const QStringList before = entriesBelow(folder);
        const QByteArray hash = QFileInfo(target).isFile() ? fileSha256(target) : QByteArray();
        const CliResult r = runCli(args << u"/ApplyDir:"_s + target);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.lastErrorLine().contains(message), qPrintable(r.err));
        QCOMPARE(entriesBelow(folder), before);
        if (!hash.isEmpty())
            QCOMPARE(fileSha256(target), hash);
    }

    void hostileImages_data()
    {
        QTest::addColumn<QString>("hostile");
        QTest::addColumn<bool>("refused"); // a name with '/' or '\\': refused before anything is written
        QTest::newRow("slash traversal") << u"../../../escaped.txt"_s << true;
        QTest::newRow("backslash traversal") << u"..\\..\\escaped.txt"_s << true;
        QTest::newRow("absolute") << u"/tmp/wimbench-apply-escaped"_s << true;
        QTest::newRow("dot dot") << u".."_s << false;
    }

    void hostileImages()
    {
        QFETCH(QString, hostile);
        QFETCH(bool, refused);
        const QString folder = freshDir();
        const QString src = QDir(folder).filePath(u"src"_s);
        QVERIFY(writeFile(src, u"Keep.txt"_s, "keep"));
        QVERIFY(writeFile(src, u"Sub/"_s + QString(hostile.size(), u'P'), "escaped"));
        const QString wim = QDir(folder).filePath(u"hostile.wim"_s);
        ImageSpec spec;
        spec.sourceDir = src;
        spec.name = u"Hostile"_s;
        QVERIFY(createWim(wim, {spec}, {Compression::None}).ok());
        QVERIFY(patchWimEntryName(wim, QString(hostile.size(), u'P'), hostile).ok());
        const QString target = QDir(folder).filePath(u"a/b/target"_s);
        QVERIFY(QDir().mkpath(target));
        const QStringList before = entriesBelow(folder);
        const CliResult r = runCli({u"/Apply-Image"_s, u"/ImageFile:"_s + wim, u"/Index:1"_s, u"/ApplyDir:"_s + target});
        qInfo() << "exit" << r.exitCode << r.lastErrorLine();
        if (refused)
            QVERIFY2(r.exitCode == 1 && r.lastErrorLine().contains(u"No Windows file name contains '/' or '\\'"_s), qPrintable(r.err));
        for (const QString &p : entriesBelow(folder))
            QVERIFY2(before.contains(p) || p.startsWith(u"a/b/target/"_s), qPrintable(u"written outside the target: "_s + p));
        QVERIFY(!QFileInfo::exists(u"/tmp/wimbench-apply-escaped"_s));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"escaped.txt"_s)));
        if (r.exitCode == 0) {
            QVERIFY(QFileInfo(target + u"/Keep.txt"_s).isFile());
            for (const QString &p : entriesBelow(target))
                QVERIFY2(!p.split(u'/').contains(u".."_s), qPrintable(p));
        } else {
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(entriesBelow(target), QStringList()); // refused before anything was written
        }
    }

    void cyclicTree()
    {
        const QString folder = freshDir();
        const QString src = QDir(folder).filePath(u"src"_s);
        QVERIFY(writeFile(src, u"Keep.txt"_s, "keep"));
        QVERIFY(writeFile(src, u"Loop/Inner/deep.txt"_s, "deep"));
        const QString wim = QDir(folder).filePath(u"cycle.wim"_s);
        ImageSpec spec;
        spec.sourceDir = src;
        spec.name = u"Cycle"_s;
        QVERIFY(createWim(wim, {spec}, {Compression::None}).ok());
        QVERIFY(makeWimCycle(wim, u"Loop"_s, u"Inner"_s).ok());
        const QString target = QDir(folder).filePath(u"target"_s);
        QVERIFY(QDir().mkpath(target));
        const CliResult r = runCli({u"/Apply-Image"_s, u"/ImageFile:"_s + wim, u"/Index:1"_s, u"/ApplyDir:"_s + target}, 30000);
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(entriesBelow(target), QStringList());
    }

    void cancelLeavesTheFolderAsItWas()
    {
        const QString target = freshDir();
        QVERIFY(writeFile(target, u"already-here.txt"_s, "mine"));
        QProcess p;
        p.setProgram(cliPath());
        p.setArguments({u"/Apply-Image"_s, u"/ImageFile:"_s + m_big, u"/Index:1"_s, u"/ApplyDir:"_s + target});
        // Held (SIGSTOP) at the third progress message, so the interrupt always arrives mid-apply
        // however fast the machine is; it is delivered when the process continues.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"WIMBENCH_FAULT"_s, u"apply.progress:3:stop"_s);
        p.setProcessEnvironment(env);
        p.start();
        QVERIFY(p.waitForStarted());
        QByteArray err;
        while (!err.contains("WIMBENCH_FAULT apply.progress") && p.state() == QProcess::Running) {
            p.waitForReadyRead(200);
            err += p.readAllStandardError();
        }
        QVERIFY2(err.contains("WIMBENCH_FAULT apply.progress"), err.constData());
        ::kill(pid_t(p.processId()), SIGINT);
        ::kill(pid_t(p.processId()), SIGCONT);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 130);
        QCOMPARE(entriesBelow(target), QStringList{u"already-here.txt"_s});
    }

    void killLeavesStagingThatTheNextApplyRemoves_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("first progress message") << u"apply.progress"_s;
        QTest::newRow("tenth progress message") << u"apply.progress:10"_s;
        QTest::newRow("all written, nothing moved") << u"apply.before-move"_s;
        QTest::newRow("one entry moved") << u"apply.between-moves"_s;
    }

    void killLeavesStagingThatTheNextApplyRemoves()
    {
        QFETCH(QString, fault);
        const QString target = freshDir();
        const QStringList args{u"/Apply-Image"_s, u"/ImageFile:"_s + m_wim, u"/Index:1"_s, u"/ApplyDir:"_s + target};
        const CliResult r = runCliWithFault(args, fault);
        QCOMPARE(diedAtFault(r, fault.section(u':', 0, 0)), QString());
        const QStringList left = QDir(target).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        qInfo() << "left:" << left;
        QVERIFY(!left.isEmpty() && left.first().startsWith(u".wimbench-apply-"_s));
        if (fault.startsWith(u"apply.between-moves"_s)) {
            // One entry is in place: applying again is refused for it; the user empties the folder.
            for (const QString &e : left.mid(1))
                QFileInfo(target + u'/' + e).isDir() ? void(QDir(target + u'/' + e).removeRecursively()) : void(QFile::remove(target + u'/' + e));
        }
        const CliResult again = runCli(args);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(diffTrees(m_tree, target), QString()); // the killed run's staging folder is gone too
    }
};

QTEST_GUILESS_MAIN(TestApplyCli)
#include "tst_apply_cli.moc"
