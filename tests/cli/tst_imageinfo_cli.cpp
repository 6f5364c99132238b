// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench-cli /Get-ImageInfo, Get-WindowsImage, /List-Image: the real executable, both syntaxes.
#include "CliRunner.h"
#include "CliScenario.h"
#include "RefusalTable.h"
#include "WimBuilder.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

class TestImageInfoCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_wim;

    QString fixture(const QString &name)
    {
        const QString dir = sharedFixturesDir();
        return dir.isEmpty() ? QString() : dir + u"/wim/"_s + name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "WIMBENCH_CLI must name the built wimbench-cli");
        const QString tree = m_dir.filePath(u"tree"_s);
        writeWindowsTree(tree, {u"en-US"_s, u"fr-FR"_s});
        m_wim = m_dir.filePath(u"install.wim"_s);
        ImageSpec second = windowsLikeSpec(tree, u"Enterprise"_s);
        second.edition = u"Enterprise"_s;
        QVERIFY(createWim(m_wim, {windowsLikeSpec(tree, u"Pro"_s), second}).ok());
    }

    void dismSummary()
    {
        const CliResult r = runCli({u"/Get-ImageInfo"_s, u"/ImageFile:"_s + m_wim});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.fields(u"Index"_s), QStringList({u"1"_s, u"2"_s}));
        QCOMPARE(r.fields(u"Name"_s), QStringList({u"Pro"_s, u"Enterprise"_s}));
        QVERIFY(r.out.contains(u"The operation completed successfully."_s));
        QVERIFY(r.out.contains(u"Details for image : "_s + m_wim));
    }

    void dismDetailsOfOneIndex()
    {
        const CliResult r = runCli({u"/get-wiminfo"_s, u"/IMAGEFILE:\""_s + m_wim + QLatin1Char('"'), u"/index:2"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.field(u"Index"_s), u"2"_s);
        QCOMPARE(r.field(u"Name"_s), u"Enterprise"_s);
        QCOMPARE(r.field(u"Architecture"_s), u"x64"_s);
        QCOMPARE(r.field(u"Edition"_s), u"Enterprise"_s);
        QCOMPARE(r.field(u"Installation"_s), u"Client"_s);
        QCOMPARE(r.field(u"Version"_s), u"10.0.22631.2861"_s);
        QCOMPARE(r.field(u"ServicePack Build"_s), u"2861"_s);
        QCOMPARE(r.field(u"ProductType"_s), u"WinNT"_s);
        QCOMPARE(r.field(u"Hal"_s), u"<undefined>"_s);
        QCOMPARE(r.field(u"WIM Bootable"_s), u"No"_s);
        QVERIFY(r.out.contains(u"        en-US (Default)\n        fr-FR\n"_s));
        QVERIFY(r.field(u"Size"_s).endsWith(u" bytes"_s));
    }

    void cmdletForm()
    {
        const CliResult r = runCli({u"Get-WindowsImage"_s, u"-ImagePath"_s, m_wim, u"-Name"_s, u"Pro"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.field(u"ImageIndex"_s), u"1"_s);
        QCOMPARE(r.field(u"ImageName"_s), u"Pro"_s);
        QCOMPARE(r.field(u"EditionId"_s), u"Professional"_s);
        QCOMPARE(r.field(u"Languages"_s), u"{en-US (Default), fr-FR}"_s);
        QVERIFY(!r.out.contains(u"The operation completed successfully."_s));
        const CliResult all = runCli({u"get-windowsimage"_s, u"-imagepath:"_s + m_wim});
        QCOMPARE(all.fields(u"ImageName"_s), QStringList({u"Pro"_s, u"Enterprise"_s}));
    }

    void listImage()
    {
        const CliResult r = runCli({u"/List-Image"_s, u"/ImageFile:"_s + m_wim, u"/Index:1"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"\n\\Windows\\System32\\kernel32.dll\n"_s));
        QVERIFY(r.out.contains(u"\n\\Windows\\System32\\fr-FR\\\n"_s));
        const CliResult c = runCli({u"Get-WindowsImageContent"_s, u"-ImagePath"_s, m_wim, u"-Index"_s, u"2"_s});
        QCOMPARE(c.exitCode, 0);
        QVERIFY(c.out.contains(u"\\Users\\Default\\NTUSER.DAT"_s));
    }

    // Every refusal of the image information commands: the exit status, the code the servicing log
    // records (none for usage errors, nor for a scratch folder refused before the log starts), a
    // fragment of the one error line, nothing on stdout that says it worked, and the file read
    // unchanged. {wim} is install.wim, {fixtures} the folder of the real WIMs.
    void failuresAreOneLineAndNonZero_data()
    {
        addRefusalColumns();
        // clang-format off
        QTest::newRow("no such index")          << QStringList{u"/Get-ImageInfo"_s, u"/ImageFile:{wim}"_s, u"/Index:7"_s}                         << 1  << u"wim.no-such-index"_s << u"has no image with index 7"_s;
        QTest::newRow("no such index, cmdlet")  << QStringList{u"Get-WindowsImage"_s, u"-ImagePath"_s, u"{wim}"_s, u"-Index"_s, u"7"_s}           << 1  << u"wim.no-such-index"_s << u"has no image with index 7"_s;
        QTest::newRow("no such name")           << QStringList{u"/Get-ImageInfo"_s, u"/ImageFile:{wim}"_s, u"/Name:Home"_s}                       << 1  << u"wim.no-such-name"_s  << u"no image named \"Home\""_s;
        QTest::newRow("no such name, listing")  << QStringList{u"Get-WindowsImageContent"_s, u"-ImagePath"_s, u"{wim}"_s, u"-Name"_s, u"Home"_s}  << 1  << u"wim.no-such-name"_s  << u"no image named \"Home\""_s;
        QTest::newRow("missing file")           << QStringList{u"/Get-ImageInfo"_s, u"/ImageFile:/nonexistent/x.wim"_s}                          << 1  << u"wim.file-not-found"_s << u"/nonexistent/x.wim does not exist"_s;
        QTest::newRow("missing option")         << QStringList{u"/Get-ImageInfo"_s}                                                               << 87 << QString()              << u"/ImageFile is required"_s;
        QTest::newRow("missing option, cmdlet") << QStringList{u"Get-WindowsImage"_s}                                                             << 87 << QString()              << u"-ImagePath is required"_s;
        QTest::newRow("bad index")              << QStringList{u"/Get-ImageInfo"_s, u"/ImageFile:{wim}"_s, u"/Index:zero"_s}                      << 87 << QString()              << u"/Index must be a whole number"_s;
        QTest::newRow("index and name")         << QStringList{u"Get-WindowsImage"_s, u"-ImagePath"_s, u"{wim}"_s, u"-Index"_s, u"1"_s, u"-Name"_s, u"Pro"_s} << 87 << QString() << u"either -Index or -Name"_s;
        QTest::newRow("online")                 << QStringList{u"/Online"_s, u"/Get-ImageInfo"_s}                                                 << 87 << QString()              << u"services offline images only"_s;
        QTest::newRow("unknown option")         << QStringList{u"/Get-ImageInfo"_s, u"/Foo"_s}                                                    << 87 << QString()              << u"/Foo is not an option of /Get-ImageInfo"_s;
        QTest::newRow("bad log level")          << QStringList{u"/Get-ImageInfo"_s, u"/ImageFile:{wim}"_s, u"/LogLevel:9"_s}                      << 87 << QString()              << u"/LogLevel must be 1"_s;
        QTest::newRow("missing scratch")        << QStringList{u"/Get-ImageInfo"_s, u"/ImageFile:{wim}"_s, u"/ScratchDir:/nonexistent"_s}         << 1  << QString()              << u"scratch directory /nonexistent does not exist"_s;
        QTest::newRow("damaged integrity table") << QStringList{u"/Get-ImageInfo"_s, u"/ImageFile:{fixtures}/VerifyFail.wim"_s, u"/CheckIntegrity"_s} << 1 << u"wim.integrity"_s << u"VerifyFail.wim"_s;
        // clang-format on
    }

    void failuresAreOneLineAndNonZero()
    {
        auto [args, exitCode, code, reason] = fetchRefusal();
        const QString fixtures = sharedFixturesDir();
        if (args.join(u' ').contains(u"{fixtures}"_s) && fixtures.isEmpty())
            QSKIP("../shared/fixtures is absent");
        args = fillIn(args, {{u"wim"_s, m_wim}, {u"fixtures"_s, fixtures + u"/wim"_s}});
        const QString log = m_dir.filePath(u"refusal-%1.log"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
        const Untouched file({m_wim});
        const CliResult r = runCli(withLogPath(args, log));
        QCOMPARE(refusedAs(r, log, exitCode, code, reason), QString());
        QCOMPARE(errorLines(r).size(), 1);
        QVERIFY(!r.out.contains(u"completed successfully"_s));
        QCOMPARE(file.changes(), QString());
    }

    void helpAfterACommand()
    {
        const CliResult r = runCli({u"/Get-ImageInfo"_s, u"/?"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"/ImageFile:<file>"_s));
        QVERIFY(r.out.contains(u"/Index:<n>"_s));
        const CliResult c = runCli({u"Get-WindowsImage"_s, u"-?"_s});
        QVERIFY(c.out.contains(u"-ImagePath <file>"_s));
        const CliResult all = runCli({u"/?"_s});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.out.contains(u"/Get-ImageInfo, /Get-WimInfo, Get-WindowsImage"_s));
        QVERIFY(all.out.contains(u"/List-Image"_s));
    }

    void logPathAndLevelAliases()
    {
        const QString log = m_dir.filePath(u"custom/my.log"_s);
        CliResult r = runCli({u"Get-WindowsImage"_s, u"-ImagePath"_s, m_wim, u"-LP"_s, log, u"-LL"_s, u"1"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!QFile::exists(log) || QFileInfo(log).size() == 0); // level 1: nothing but errors
        r = runCli({u"/Get-ImageInfo"_s, u"/ImageFile:"_s + m_wim, u"/Index:9"_s,
                    u"/LogPath:"_s + log, u"/LogLevel:1"_s});
        QCOMPARE(r.exitCode, 1);
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(u"Error                 DISM"_s));
        QVERIFY(text.contains(u"wim.no-such-index"_s));
        QVERIFY(!text.contains(u", Info "_s));
        QCOMPARE(text.count(u"wim.no-such-index"_s), 1); // logged once, by the operation
        r = runCli({u"/Get-ImageInfo"_s, u"/ImageFile:"_s + m_wim, u"/LogPath:"_s + log, u"/LogLevel:WarningsInfo"_s});
        f.close();
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(f.readAll()).contains(u"Starting Get-ImageInfo"_s));
    }

    void defaultLogUnderXdgStateHome()
    {
        QTemporaryDir state;
        QProcessEnvironment env;
        env.insert(u"XDG_STATE_HOME"_s, state.path());
        const CliResult r = runCli({u"/Get-ImageInfo"_s, u"/ImageFile:"_s + m_wim}, 60000, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(state.filePath(u"wimbench/dism.log"_s)));
    }

    void realFixtures()
    {
        if (sharedFixturesDir().isEmpty())
            QSKIP("../shared/fixtures is absent");
        CliResult r = runCli({u"/Get-ImageInfo"_s, u"/ImageFile:"_s + fixture(u"MultiImage.wim"_s)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.fields(u"Name"_s), QStringList({u"Base"_s, u"Changes"_s, u"Delta"_s}));
        r = runCli({u"/Get-ImageInfo"_s, u"/ImageFile:"_s + fixture(u"Split.swm"_s),
                    u"/SWMFile:"_s + fixture(u"Split*.swm"_s)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.fields(u"Name"_s), QStringList({u"Src03"_s}));
        r = runCli({u"/Get-ImageInfo"_s, u"/ImageFile:"_s + fixture(u"LZMS.wim"_s)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.field(u"Compression"_s), u"LZMS (solid)"_s);
        r = runCli({u"/Get-ImageInfo"_s, u"/ImageFile:"_s + fixture(u"BootXPRESS.wim"_s), u"/Index:1"_s});
        QCOMPARE(r.field(u"WIM Bootable"_s), u"Yes"_s);
        QCOMPARE(r.field(u"Architecture"_s), u"<undefined>"_s);

        r = runCli({u"/Get-ImageInfo"_s, u"/ImageFile:"_s + fixture(u"VerifySuccess.wim"_s), u"/CheckIntegrity"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.err.contains(u"Warning"_s));
        r = runCli({u"/Get-ImageInfo"_s, u"/ImageFile:"_s + fixture(u"LZX.wim"_s), u"/CheckIntegrity"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(u"has no integrity table"_s));

        for (const QString &name : {u"corrupted_file_1.wim"_s, u"corrupted_file_2.wim"_s}) {
            r = runCli({u"/List-Image"_s, u"/ImageFile:"_s + fixture(name)});
            QVERIFY(!r.crashed);
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains(u"\\file"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestImageInfoCli)
#include "tst_imageinfo_cli.moc"
