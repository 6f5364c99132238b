// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench-cli inventory commands in dism and cmdlet syntax, on an image folder and straight from
// a WIM index: exit codes, printed fields, one-line errors.
#include "CliRunner.h"
#include "CliScenario.h"
#include "InventoryImageBuilder.h"
#include "RefusalTable.h"
#include "WimBuilder.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb::test;

class TestInventoryCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_image;
    QString m_wim;
    QString m_fod;        // an image folder with capabilities (capabilityImage())
    QTemporaryDir m_logs; // the servicing logs of refused commands

    /// The image folder with capabilities, written the first time it is asked for.
    QString capabilityImage()
    {
        if (m_fod.isEmpty()) {
            const QString fod = m_dir.filePath(u"fod"_s);
            writeWindowsTree(fod, {u"en-US"_s});
            if (writeCapabilities(fod))
                m_fod = fod;
        }
        return m_fod;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "WIMBENCH_CLI must name the built wimbench-cli");
        m_image = m_dir.filePath(u"image"_s);
        writeWindowsTree(m_image, {u"en-US"_s});
        QVERIFY(writeDriverStore(m_image));
        QVERIFY(writeServicing(m_image));
        QVERIFY(writeHives(m_image));
        m_wim = m_dir.filePath(u"install.wim"_s);
        QVERIFY(bool(createWim(m_wim, {windowsLikeSpec(m_image, u"Windows Pro"_s)})));
    }

    void getDriversDism()
    {
        const CliResult r = runCli({u"/Image:"_s + m_image, u"/Get-Drivers"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.fields(u"Published Name"_s), (QStringList{u"oem0.inf"_s, u"oem1.inf"_s}));
        QCOMPARE(r.fields(u"Original File Name"_s), (QStringList{u"wbnet.inf"_s, u"wbstor.inf"_s}));
        QCOMPARE(r.fields(u"Inbox"_s), (QStringList{u"No"_s, u"No"_s}));
        QCOMPARE(r.fields(u"Class Name"_s), (QStringList{u"Net"_s, u"SCSIAdapter"_s}));
        QCOMPARE(r.fields(u"Date"_s), (QStringList{u"3/28/2019"_s, u"11/5/2021"_s}));
        QCOMPARE(r.fields(u"Boot Critical"_s), (QStringList{u"No"_s, u"Yes"_s}));
        QVERIFY(r.out.contains(u"The operation completed successfully."_s));
    }

    void getDriversWithDriversHive()
    {
        const QString image = m_dir.filePath(u"drivers-hive"_s);
        writeWindowsTree(image, {u"en-US"_s});
        QVERIFY(writeDriverStore(image));
        QVERIFY(writeDriversHive(image));
        CliResult r = runCli({u"/Image:"_s + image, u"/Get-Drivers"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.fields(u"Published Name"_s), (QStringList{u"oem0.inf"_s, u"oem1.inf"_s, u"oem3.inf"_s}));
        QCOMPARE(r.fields(u"Inbox"_s), (QStringList{u"No"_s, u"No"_s, u"No"_s}));
        r = runCli({u"Get-WindowsDriver"_s, u"-Path"_s, image, u"-All"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.fields(u"Driver"_s), (QStringList{u"oem0.inf"_s, u"oem1.inf"_s, u"oem3.inf"_s, u"wbinbox.inf"_s}));
        QCOMPARE(r.fields(u"Inbox"_s), (QStringList{u"False"_s, u"False"_s, u"False"_s, u"True"_s}));
        QCOMPARE(r.fields(u"ProviderName"_s).value(2), u"WimBench Camera Vendor"_s);
    }

    void getDriversFromWimEqualsFolder_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("dism all") << QStringList{u"/Get-Drivers"_s, u"/All"_s};
        QTest::newRow("dism info") << QStringList{u"/Get-DriverInfo"_s, u"/Driver:oem0.inf"_s};
        QTest::newRow("cmdlet") << QStringList{u"Get-WindowsDriver"_s, u"-All"_s};
        QTest::newRow("packages") << QStringList{u"/Get-Packages"_s};
        QTest::newRow("features") << QStringList{u"/Get-Features"_s};
        QTest::newRow("editions") << QStringList{u"Get-WindowsEdition"_s, u"-Target"_s};
        QTest::newRow("intl") << QStringList{u"/Get-Intl"_s};
        QTest::newRow("current edition") << QStringList{u"/Get-CurrentEdition"_s};
        QTest::newRow("feature info") << QStringList{u"/Get-FeatureInfo"_s, u"/FeatureName:SMB1Protocol"_s};
        QTest::newRow("package info") << QStringList{u"/Get-PackageInfo"_s, u"/PackageName:"_s + servicingIdentities()[0]};
        QTest::newRow("provisioned apps") << QStringList{u"/Get-ProvisionedAppxPackages"_s};
        QTest::newRow("cmdlet packages") << QStringList{u"Get-WindowsPackage"_s};
        QTest::newRow("cmdlet features") << QStringList{u"Get-WindowsOptionalFeature"_s};
    }

    void getDriversFromWimEqualsFolder()
    {
        QFETCH(QStringList, command);
        const bool cmdlet = !command.first().startsWith(u'/');
        const QStringList folder = cmdlet ? QStringList{u"-Path"_s, m_image} : QStringList{u"/Image:"_s + m_image};
        const QStringList wim = cmdlet ? QStringList{u"-ImagePath"_s, m_wim, u"-Index"_s, u"1"_s}
                                       : QStringList{u"/ImageFile:"_s + m_wim, u"/Index:1"_s};
        const CliResult a = runCli(command + folder);
        const CliResult b = runCli(command + wim);
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(b.exitCode, 0);
        // Everything but the header line naming the source is identical.
        QStringList la = a.out.split(u'\n'), lb = b.out.split(u'\n');
        la.removeIf([&](const QString &l) { return l.contains(m_image); });
        lb.removeIf([&](const QString &l) { return l.contains(m_wim); });
        QCOMPARE(lb, la);
        QVERIFY(a.out.count(u'\n') > 1);
    }

    // A split image whose parts are not named <stem>*.swm beside the first one is read with
    // /SWMFile (-SplitImageFilePattern) and answers as the folder does; a pattern that matches
    // no part is an error.
    void splitImageWithPattern()
    {
        const QString image = m_dir.filePath(u"split-image"_s);
        writeWindowsTree(image, {u"en-US"_s});
        QVERIFY(writeDriverStore(image));
        QFile big(image + u"/Windows/System32/big.bin"_s); // incompressible, so the WIM splits into several parts
        QVERIFY(big.open(QIODevice::WriteOnly));
        QByteArray noise(3 << 20, Qt::Uninitialized);
        QRandomGenerator(17).fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        big.write(noise);
        big.close();
        const QString wim = m_dir.filePath(u"split-source.wim"_s);
        QVERIFY(bool(createWim(wim, {windowsLikeSpec(image, u"Windows Pro"_s)})));
        const QString dir = m_dir.filePath(u"parts"_s);
        QVERIFY(QDir().mkpath(dir));
        CliResult r = runCli({u"/Split-Image"_s, u"/ImageFile:"_s + wim, u"/SWMFile:"_s + dir + u"/part.swm"_s, u"/FileSize:1"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(dir + u"/part2.swm"_s));
        QVERIFY(QFile::rename(dir + u"/part.swm"_s, dir + u"/first.swm"_s)); // "first*.swm" now matches no other part
        const QStringList drivers{u"/Get-Drivers"_s, u"/All"_s, u"/Index:1"_s, u"/ImageFile:"_s + dir + u"/first.swm"_s};
        r = runCli(drivers + QStringList{u"/SWMFile:"_s + dir + u"/nothing*.swm"_s});
        QVERIFY2(r.exitCode != 0, qPrintable(r.out));
        QVERIFY2(r.lastErrorLine().contains(u"nothing*.swm"_s), qPrintable(r.err));
        const CliResult folder = runCli({u"/Get-Drivers"_s, u"/All"_s, u"/Image:"_s + image});
        r = runCli(drivers + QStringList{u"/SWMFile:"_s + dir + u"/part*.swm"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.fields(u"Published Name"_s), folder.fields(u"Published Name"_s));
        QCOMPARE(r.fields(u"Version"_s), folder.fields(u"Version"_s));
        QVERIFY(!r.fields(u"Published Name"_s).isEmpty());
    }

    void getDriverInfoCmdlet()
    {
        const CliResult r = runCli({u"Get-WindowsDriver"_s, u"-Path"_s, m_image, u"-Driver"_s, u"oem0.inf"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.fields(u"HardwareId"_s), (QStringList{u"PCI\\VEN_8086&DEV_15BB"_s, u"PCI\\VEN_8086&DEV_15BC"_s}));
        QCOMPARE(r.field(u"ServiceName"_s), u"wbnet"_s);
        QCOMPARE(r.field(u"ProviderName"_s), u"WimBench Test Devices"_s);
    }

    void servicingCommands()
    {
        const QString image = u"/Image:"_s + m_image;
        CliResult r = runCli({image, u"/Get-Packages"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.fields(u"Package Identity"_s), servicingIdentities());
        QCOMPARE(r.fields(u"Release Type"_s), (QStringList{u"Feature Pack"_s, u"Language Pack"_s, u"Foundation"_s, u"Update"_s}));
        r = runCli({image, u"/Get-Features"_s, u"/PackageName:"_s + servicingIdentities()[2]});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.fields(u"Feature Name"_s), (QStringList{u"Printing-PrintToPDFServices-Features"_s, u"SMB1Protocol"_s}));
        r = runCli({image, u"/Get-FeatureInfo"_s, u"/FeatureName:smb1protocol"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.field(u"Display Name"_s), u"SMB1Protocol display"_s);
        QCOMPARE(r.field(u"Package"_s), servicingIdentities()[2]);
        r = runCli({image, u"/Get-PackageInfo"_s, u"/PackageName:"_s + servicingIdentities()[0]});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.field(u"Release Type"_s), u"Feature Pack"_s);
        QCOMPARE(r.fields(u"Feature Name"_s), (QStringList{u"Microsoft-Hyper-V-All"_s, u"Microsoft-Hyper-V"_s}));
        r = runCli({u"Get-WindowsOptionalFeature"_s, u"-Path"_s, m_image, u"-FeatureName"_s, u"Microsoft-Hyper-V-All"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.field(u"DisplayName"_s), u"Microsoft-Hyper-V-All display"_s);
        r = runCli({image, u"/Get-TargetEditions"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.fields(u"Target Edition"_s), (QStringList{u"Education"_s, u"Enterprise"_s}));
        r = runCli({image, u"/Get-CurrentEdition"_s});
        QCOMPARE(r.field(u"Current Edition"_s), u"Professional"_s);
        r = runCli({u"Get-WindowsEdition"_s, u"-Path"_s, m_image});
        QCOMPARE(r.field(u"Edition"_s), u"Professional"_s);
        r = runCli({image, u"/Get-Packages"_s});
        QCOMPARE(r.fields(u"State"_s), (QStringList{u"Staged"_s, u"Installed"_s, u"Permanent"_s, u"0x77"_s}));
        r = runCli({u"Get-WindowsOptionalFeature"_s, u"-Path"_s, m_image});
        QCOMPARE(r.fields(u"State"_s), (QStringList{u"Disabled"_s, u"Enabled"_s, u"Enabled"_s, u"Enable Pending"_s}));
        r = runCli({image, u"/Get-Intl"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.field(u"Default system UI language"_s), u"de-DE"_s);
        QCOMPARE(r.field(u"UI language fallback"_s), u"en-US"_s);
        QCOMPARE(r.field(u"System locale"_s), u"de-DE"_s);
        QCOMPARE(r.field(u"Default time zone"_s), u"W. Europe Standard Time"_s);
        QCOMPARE(r.field(u"User locale for default user"_s), u"de-DE"_s);
        QCOMPARE(r.field(u"Active keyboard(s)"_s), u"0407:00000407, 0409:00000409"_s);
        QVERIFY(r.out.contains(u"Installed language(s): de-DE, en-US"_s));
    }

    void capabilityCommands()
    {
        const QString fod = capabilityImage();
        QVERIFY(!fod.isEmpty());
        const QString wim = m_dir.filePath(u"fod.wim"_s);
        QVERIFY(bool(createWim(wim, {windowsLikeSpec(fod, u"Windows FoD"_s)})));
        CliResult r = runCli({u"/Image:"_s + fod, u"/Get-Capabilities"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"Capability listing:"_s));
        QCOMPARE(r.fields(u"Capability Identity"_s), capabilityNames());
        QCOMPARE(r.fields(u"State"_s), (QStringList{u"Install Pending"_s, u"Installed"_s, u"<undefined>"_s, u"Not Present"_s}));
        const CliResult fromWim = runCli({u"/ImageFile:"_s + wim, u"/Index:1"_s, u"/Get-Capabilities"_s});
        QCOMPARE(fromWim.exitCode, 0);
        QCOMPARE(fromWim.out, r.out);
        r = runCli({u"/Image:"_s + fod, u"/Get-CapabilityInfo"_s, u"/CapabilityName:language.basic~~~en-US~0.0.1.0"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.field(u"Capability Identity"_s), capabilityNames()[1]);
        QCOMPARE(r.field(u"State"_s), u"Installed"_s);
        QCOMPARE(r.field(u"Display Name"_s), u"Language.Basic display"_s);
        r = runCli({u"Get-WindowsCapability"_s, u"-Path"_s, fod});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.fields(u"Name"_s), capabilityNames());
        r = runCli({u"Get-WindowsCapability"_s, u"-ImagePath"_s, wim, u"-Index"_s, u"1"_s, u"-Name"_s, u"OpenSSH.Client~~~~0.0.1.0"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.field(u"State"_s), u"Not Present"_s);
        QCOMPARE(r.field(u"Description"_s), u"What OpenSSH.Client does."_s);
    }

    // Every refusal of the inventory commands: {image} is the offline image folder, {wim} it as a
    // WIM, {fod} an image with capabilities, {empty} a folder that is no image. The exit status, the
    // code the servicing log records (none for usage errors), a fragment of the one error line, and
    // the images read unchanged.
    void errors_data()
    {
        addRefusalColumns();
        // clang-format off
        QTest::newRow("no image")                  << QStringList{u"/Get-Drivers"_s}                                                   << 87 << QString() << u"Give the image either as /Image:<folder>"_s;
        QTest::newRow("no image, cmdlet")          << QStringList{u"Get-WindowsDriver"_s}                                              << 87 << QString() << u"Give the image either as -Path"_s;
        QTest::newRow("both forms")                << QStringList{u"/Get-Drivers"_s, u"/Image:{empty}"_s, u"/ImageFile:{wim}"_s}       << 87 << QString() << u"Give the image either"_s;
        QTest::newRow("index with folder")         << QStringList{u"/Get-Drivers"_s, u"/Image:{empty}"_s, u"/Index:1"_s}               << 87 << QString() << u"/Index, /Name and /SWMFile go with /ImageFile"_s;
        QTest::newRow("split pattern with folder") << QStringList{u"/Get-Packages"_s, u"/Image:{empty}"_s, u"/SWMFile:{empty}/x*.swm"_s} << 87 << QString() << u"/Index, /Name and /SWMFile go with /ImageFile"_s;
        QTest::newRow("not an image")              << QStringList{u"/Get-Drivers"_s, u"/Image:{empty}"_s}                              << 1  << u"inventory.not-an-image"_s << u"has no Windows/System32 folder"_s;
        QTest::newRow("not an image, cmdlet")      << QStringList{u"Get-WindowsDriver"_s, u"-Path"_s, u"{empty}"_s}                    << 1  << u"inventory.not-an-image"_s << u"has no Windows/System32 folder"_s;
        QTest::newRow("unknown driver")            << QStringList{u"/Get-DriverInfo"_s, u"/Driver:oem7.inf"_s, u"/Image:{image}"_s}    << 1  << u"inventory.driver-not-found"_s << u"There is no driver oem7.inf"_s;
        QTest::newRow("unknown driver, cmdlet")    << QStringList{u"Get-WindowsDriver"_s, u"-Path"_s, u"{image}"_s, u"-Driver"_s, u"oem7.inf"_s} << 1 << u"inventory.driver-not-found"_s << u"There is no driver oem7.inf"_s;
        QTest::newRow("missing index")             << QStringList{u"/Get-Drivers"_s, u"/Index:5"_s, u"/ImageFile:{wim}"_s}             << 1  << u"wim.no-such-index"_s << u"5"_s;
        QTest::newRow("unknown feature")           << QStringList{u"/Image:{image}"_s, u"/Get-FeatureInfo"_s, u"/FeatureName:NoSuchFeature"_s} << 1 << u"inventory.feature-not-found"_s << u"no optional feature NoSuchFeature"_s;
        QTest::newRow("unknown servicing package") << QStringList{u"/Image:{image}"_s, u"/Get-PackageInfo"_s, u"/PackageName:Nope~1~2~3~4"_s} << 1 << u"inventory.package-not-found"_s << u"no servicing package Nope~1~2~3~4"_s;
        QTest::newRow("unknown capability")        << QStringList{u"/Image:{fod}"_s, u"/Get-CapabilityInfo"_s, u"/CapabilityName:No.Such~~~~1.0"_s} << 1 << u"inventory.capability-not-found"_s << u"no capability No.Such~~~~1.0"_s;
        QTest::newRow("no capability name")        << QStringList{u"/Image:{fod}"_s, u"/Get-CapabilityInfo"_s}                         << 87 << QString() << u"/CapabilityName"_s;
        // clang-format on
    }

    void errors()
    {
        auto [args, exitCode, code, message] = fetchRefusal();
        const QString empty = m_dir.filePath(u"empty"_s);
        QVERIFY(QDir().mkpath(empty));
        const QString fod = capabilityImage();
        QVERIFY(!fod.isEmpty());
        args = fillIn(args, {{u"image"_s, m_image}, {u"wim"_s, m_wim}, {u"fod"_s, fod}, {u"empty"_s, empty}});
        const QString log = m_logs.filePath(u"%1.log"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
        const Untouched images({m_image, m_wim, fod, empty});
        const CliResult r = runCli(withLogPath(args, log));
        QCOMPARE(refusedAs(r, log, exitCode, code, message), QString());
        QCOMPARE(errorLines(r).size(), 1);
        QCOMPARE(images.changes(), QString());
    }
};

QTEST_GUILESS_MAIN(TestInventoryCli)
#include "tst_inventory_cli.moc"
