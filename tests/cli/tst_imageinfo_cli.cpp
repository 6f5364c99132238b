// wimbench-cli /Get-ImageInfo, Get-WindowsImage, /List-Image: the real executable, both syntaxes.
#include "CliRunner.h"
#include "WimBuilder.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

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
        return dir.isEmpty() ? QString() : dir + QStringLiteral("/wim/") + name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "WIMBENCH_CLI must name the built wimbench-cli");
        const QString tree = m_dir.filePath(QStringLiteral("tree"));
        writeWindowsTree(tree, {QStringLiteral("en-US"), QStringLiteral("fr-FR")});
        m_wim = m_dir.filePath(QStringLiteral("install.wim"));
        ImageSpec second = windowsLikeSpec(tree, QStringLiteral("Enterprise"));
        second.edition = QStringLiteral("Enterprise");
        QVERIFY(createWim(m_wim, {windowsLikeSpec(tree, QStringLiteral("Pro")), second}).ok());
    }

    void dismSummary()
    {
        const CliResult r = runCli({QStringLiteral("/Get-ImageInfo"), QStringLiteral("/ImageFile:") + m_wim});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.fields(QStringLiteral("Index")), QStringList({QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(r.fields(QStringLiteral("Name")), QStringList({QStringLiteral("Pro"), QStringLiteral("Enterprise")}));
        QVERIFY(r.out.contains(QStringLiteral("The operation completed successfully.")));
        QVERIFY(r.out.contains(QStringLiteral("Details for image : ") + m_wim));
    }

    void dismDetailsOfOneIndex()
    {
        const CliResult r = runCli({QStringLiteral("/get-wiminfo"), QStringLiteral("/IMAGEFILE:\"") + m_wim + QLatin1Char('"'), QStringLiteral("/index:2")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.field(QStringLiteral("Index")), QStringLiteral("2"));
        QCOMPARE(r.field(QStringLiteral("Name")), QStringLiteral("Enterprise"));
        QCOMPARE(r.field(QStringLiteral("Architecture")), QStringLiteral("x64"));
        QCOMPARE(r.field(QStringLiteral("Edition")), QStringLiteral("Enterprise"));
        QCOMPARE(r.field(QStringLiteral("Installation")), QStringLiteral("Client"));
        QCOMPARE(r.field(QStringLiteral("Version")), QStringLiteral("10.0.22631.2861"));
        QCOMPARE(r.field(QStringLiteral("ServicePack Build")), QStringLiteral("2861"));
        QCOMPARE(r.field(QStringLiteral("ProductType")), QStringLiteral("WinNT"));
        QCOMPARE(r.field(QStringLiteral("Hal")), QStringLiteral("<undefined>"));
        QCOMPARE(r.field(QStringLiteral("WIM Bootable")), QStringLiteral("No"));
        QVERIFY(r.out.contains(QStringLiteral("        en-US (Default)\n        fr-FR\n")));
        QVERIFY(r.field(QStringLiteral("Size")).endsWith(QStringLiteral(" bytes")));
    }

    void cmdletForm()
    {
        const CliResult r = runCli({QStringLiteral("Get-WindowsImage"), QStringLiteral("-ImagePath"), m_wim, QStringLiteral("-Name"), QStringLiteral("Pro")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.field(QStringLiteral("ImageIndex")), QStringLiteral("1"));
        QCOMPARE(r.field(QStringLiteral("ImageName")), QStringLiteral("Pro"));
        QCOMPARE(r.field(QStringLiteral("EditionId")), QStringLiteral("Professional"));
        QCOMPARE(r.field(QStringLiteral("Languages")), QStringLiteral("{en-US (Default), fr-FR}"));
        QVERIFY(!r.out.contains(QStringLiteral("The operation completed successfully.")));
        const CliResult all = runCli({QStringLiteral("get-windowsimage"), QStringLiteral("-imagepath:") + m_wim});
        QCOMPARE(all.fields(QStringLiteral("ImageName")), QStringList({QStringLiteral("Pro"), QStringLiteral("Enterprise")}));
    }

    void listImage()
    {
        const CliResult r = runCli({QStringLiteral("/List-Image"), QStringLiteral("/ImageFile:") + m_wim, QStringLiteral("/Index:1")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("\n\\Windows\\System32\\kernel32.dll\n")));
        QVERIFY(r.out.contains(QStringLiteral("\n\\Windows\\System32\\fr-FR\\\n")));
        const CliResult c = runCli({QStringLiteral("Get-WindowsImageContent"), QStringLiteral("-ImagePath"), m_wim, QStringLiteral("-Index"), QStringLiteral("2")});
        QCOMPARE(c.exitCode, 0);
        QVERIFY(c.out.contains(QStringLiteral("\\Users\\Default\\NTUSER.DAT")));
    }

    void failuresAreOneLineAndNonZero_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no such index") << QStringList{QStringLiteral("/Get-ImageInfo"), QStringLiteral("/ImageFile:%WIM%"), QStringLiteral("/Index:7")}
                                       << 1 << QStringLiteral("has no image with index 7");
        QTest::newRow("no such name") << QStringList{QStringLiteral("/Get-ImageInfo"), QStringLiteral("/ImageFile:%WIM%"), QStringLiteral("/Name:Home")}
                                      << 1 << QStringLiteral("no image named \"Home\"");
        QTest::newRow("missing file") << QStringList{QStringLiteral("/Get-ImageInfo"), QStringLiteral("/ImageFile:/nonexistent/x.wim")}
                                      << 1 << QStringLiteral("/nonexistent/x.wim does not exist");
        QTest::newRow("missing option") << QStringList{QStringLiteral("/Get-ImageInfo")} << 87 << QStringLiteral("/ImageFile is required");
        QTest::newRow("bad index") << QStringList{QStringLiteral("/Get-ImageInfo"), QStringLiteral("/ImageFile:%WIM%"), QStringLiteral("/Index:zero")}
                                   << 87 << QStringLiteral("/Index must be a whole number");
        QTest::newRow("index and name") << QStringList{QStringLiteral("Get-WindowsImage"), QStringLiteral("-ImagePath"), QStringLiteral("%WIM%"),
                                                       QStringLiteral("-Index"), QStringLiteral("1"), QStringLiteral("-Name"), QStringLiteral("Pro")}
                                        << 87 << QStringLiteral("either -Index or -Name");
        QTest::newRow("online") << QStringList{QStringLiteral("/Online"), QStringLiteral("/Get-ImageInfo")} << 87
                                << QStringLiteral("services offline images only");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("/Get-ImageInfo"), QStringLiteral("/Foo")} << 87
                                        << QStringLiteral("/Foo is not an option of /Get-ImageInfo");
        QTest::newRow("bad log level") << QStringList{QStringLiteral("/Get-ImageInfo"), QStringLiteral("/ImageFile:%WIM%"), QStringLiteral("/LogLevel:9")}
                                       << 87 << QStringLiteral("/LogLevel must be 1");
        QTest::newRow("missing scratch") << QStringList{QStringLiteral("/Get-ImageInfo"), QStringLiteral("/ImageFile:%WIM%"), QStringLiteral("/ScratchDir:/nonexistent")}
                                         << 1 << QStringLiteral("scratch directory /nonexistent does not exist");
    }

    void failuresAreOneLineAndNonZero()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, reason);
        for (QString &a : args)
            a.replace(QStringLiteral("%WIM%"), m_wim);
        const CliResult r = runCli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.lastErrorLine().startsWith(QStringLiteral("Error: ")), qPrintable(r.err));
        QVERIFY2(r.lastErrorLine().contains(reason), qPrintable(r.lastErrorLine()));
        QVERIFY(!r.out.contains(QStringLiteral("completed successfully")));
    }

    void helpAfterACommand()
    {
        const CliResult r = runCli({QStringLiteral("/Get-ImageInfo"), QStringLiteral("/?")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("/ImageFile:<file>")));
        QVERIFY(r.out.contains(QStringLiteral("/Index:<n>")));
        const CliResult c = runCli({QStringLiteral("Get-WindowsImage"), QStringLiteral("-?")});
        QVERIFY(c.out.contains(QStringLiteral("-ImagePath <file>")));
        const CliResult all = runCli({QStringLiteral("/?")});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.out.contains(QStringLiteral("/Get-ImageInfo, /Get-WimInfo, Get-WindowsImage")));
        QVERIFY(all.out.contains(QStringLiteral("/List-Image")));
    }

    void logPathAndLevelAliases()
    {
        const QString log = m_dir.filePath(QStringLiteral("custom/my.log"));
        CliResult r = runCli({QStringLiteral("Get-WindowsImage"), QStringLiteral("-ImagePath"), m_wim, QStringLiteral("-LP"), log, QStringLiteral("-LL"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!QFile::exists(log) || QFileInfo(log).size() == 0); // level 1: nothing but errors
        r = runCli({QStringLiteral("/Get-ImageInfo"), QStringLiteral("/ImageFile:") + m_wim, QStringLiteral("/Index:9"),
                    QStringLiteral("/LogPath:") + log, QStringLiteral("/LogLevel:1")});
        QCOMPARE(r.exitCode, 1);
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral("Error                 DISM")));
        QVERIFY(text.contains(QStringLiteral("wim.no-such-index")));
        QVERIFY(!text.contains(QStringLiteral(", Info ")));
        QCOMPARE(text.count(QStringLiteral("wim.no-such-index")), 1); // logged once, by the operation
        r = runCli({QStringLiteral("/Get-ImageInfo"), QStringLiteral("/ImageFile:") + m_wim, QStringLiteral("/LogPath:") + log, QStringLiteral("/LogLevel:WarningsInfo")});
        f.close();
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(f.readAll()).contains(QStringLiteral("Starting Get-ImageInfo")));
    }

    void defaultLogUnderXdgStateHome()
    {
        QTemporaryDir state;
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_STATE_HOME"), state.path());
        const CliResult r = runCli({QStringLiteral("/Get-ImageInfo"), QStringLiteral("/ImageFile:") + m_wim}, 60000, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(state.filePath(QStringLiteral("wimbench/dism.log"))));
    }

    void realFixtures()
    {
        if (sharedFixturesDir().isEmpty())
            QSKIP("../shared/fixtures is absent");
        CliResult r = runCli({QStringLiteral("/Get-ImageInfo"), QStringLiteral("/ImageFile:") + fixture(QStringLiteral("MultiImage.wim"))});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.fields(QStringLiteral("Name")), QStringList({QStringLiteral("Base"), QStringLiteral("Changes"), QStringLiteral("Delta")}));
        r = runCli({QStringLiteral("/Get-ImageInfo"), QStringLiteral("/ImageFile:") + fixture(QStringLiteral("Split.swm")),
                    QStringLiteral("/SWMFile:") + fixture(QStringLiteral("Split*.swm"))});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.fields(QStringLiteral("Name")), QStringList({QStringLiteral("Src03")}));
        r = runCli({QStringLiteral("/Get-ImageInfo"), QStringLiteral("/ImageFile:") + fixture(QStringLiteral("LZMS.wim"))});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.field(QStringLiteral("Compression")), QStringLiteral("LZMS (solid)"));
        r = runCli({QStringLiteral("/Get-ImageInfo"), QStringLiteral("/ImageFile:") + fixture(QStringLiteral("BootXPRESS.wim")), QStringLiteral("/Index:1")});
        QCOMPARE(r.field(QStringLiteral("WIM Bootable")), QStringLiteral("Yes"));
        QCOMPARE(r.field(QStringLiteral("Architecture")), QStringLiteral("<undefined>"));

        r = runCli({QStringLiteral("/Get-ImageInfo"), QStringLiteral("/ImageFile:") + fixture(QStringLiteral("VerifyFail.wim")), QStringLiteral("/CheckIntegrity")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.lastErrorLine().contains(QStringLiteral("integrity table")));
        QVERIFY(r.lastErrorLine().contains(QStringLiteral("VerifyFail.wim")));
        r = runCli({QStringLiteral("/Get-ImageInfo"), QStringLiteral("/ImageFile:") + fixture(QStringLiteral("VerifySuccess.wim")), QStringLiteral("/CheckIntegrity")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.err.contains(QStringLiteral("Warning")));
        r = runCli({QStringLiteral("/Get-ImageInfo"), QStringLiteral("/ImageFile:") + fixture(QStringLiteral("LZX.wim")), QStringLiteral("/CheckIntegrity")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(QStringLiteral("has no integrity table")));

        for (const QString &name : {QStringLiteral("corrupted_file_1.wim"), QStringLiteral("corrupted_file_2.wim")}) {
            r = runCli({QStringLiteral("/List-Image"), QStringLiteral("/ImageFile:") + fixture(name)});
            QVERIFY(!r.crashed);
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains(QStringLiteral("\\file")));
        }
    }
};

QTEST_GUILESS_MAIN(TestImageInfoCli)
#include "tst_imageinfo_cli.moc"
