// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The inventory readers (INF files, the driver store) and the WIM-index path: an image read
// straight from a WIM gives exactly the answers of the same image as a folder.
#include "ErrorNames.h"
#include "InventoryImageBuilder.h"
#include "WimBuilder.h"

#include "core/Operation.h"
#include "inventory/InfFile.h"
#include "inventory/MumManifest.h"
#include "ops/GetDriversOperation.h"
#include "ops/GetEditionOperation.h"
#include "ops/GetIntlOperation.h"
#include "ops/GetServicingPackagesOperation.h"
#include "ops/GetProvisionedAppxPackagesOperation.h"
#include "provision/ProvisioningList.h"
#include "registry/HiveFacts.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;

namespace {

OperationOutcome execute(Operation &op)
{
    OperationContext ctx(EngineSettings{}, CancellationToken{}, {});
    return executeOperation(op, ctx);
}

QString errorCode(const OperationOutcome &o)
{
    return o.error ? o.error->code : QString();
}

/// Every field of a driver on one line, so two lists compare with one QCOMPARE.
QStringList describe(const QList<DriverPackage> &drivers)
{
    QStringList out;
    for (const DriverPackage &d : drivers)
        out << QStringList{d.publishedName, d.originalFileName, d.driverStorePath, d.infPath, d.inbox ? u"inbox"_s : u"oem"_s,
                           d.className, d.classGuid, d.providerName, d.date.toString(Qt::ISODate), d.version,
                           d.bootCritical ? u"boot"_s : u"-"_s, d.catalogFile}
                   .join(u'|');
    return out;
}

QStringList describe(const QList<DriverDevice> &devices)
{
    QStringList out;
    for (const DriverDevice &d : devices)
        out << QStringList{d.manufacturer, d.description, d.architecture, d.hardwareId, d.serviceName, d.compatibleIds.join(u';')}.join(u'|');
    return out;
}

} // namespace

class TestInventory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_image; ///< a Windows-like folder with a driver store
    QString m_wim;   ///< the same folder captured as index 2 of a WIM (index 1: a non-Windows folder)

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_image = m_dir.filePath(u"image"_s);
        QVERIFY(test::writeInventoryImage(m_image));
        ProvisioningList list;
        ProvisionedPackage bundle{u"Contoso.Notes_2.1.0.0_neutral_~_8wekyb3d8bbwe"_s, {{u"PackageType"_s, u"bundle"_s}}};
        ProvisionedPackage inner{u"Contoso.Notes_2.1.0.0_x64__8wekyb3d8bbwe"_s, {{u"ProvisionSourceIsBundle"_s, u"true"_s}}};
        ProvisionedPackage single{u"Fabrikam.Clock_1.0.0.0_x64__abcdefghjkmnp"_s, {}};
        list.add(bundle);
        list.add(inner);
        list.add(single);
        QVERIFY(test::writeFile(m_image, ProvisioningList::relativePath(), list.toXml()));
        QVERIFY(QDir().mkpath(m_image + u"/Program Files/WindowsApps/"_s + bundle.fullName));
        const QString data = m_dir.filePath(u"data"_s);
        QVERIFY(test::writeFile(data, u"readme.txt"_s, "not Windows"));
        m_wim = m_dir.filePath(u"install.wim"_s);
        test::ImageSpec plain;
        plain.sourceDir = data;
        plain.name = u"Data"_s;
        const Status st = test::createWim(m_wim, {plain, test::windowsLikeSpec(m_image, u"Windows Pro"_s)});
        QVERIFY2(bool(st), qPrintable(st ? QString() : st.error().oneLine()));
    }

    void infValues_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("comment after value") << "[Version]\nClass = Net ; a comment\n"_ba << u"version"_s << u"class"_s << QStringList{u"Net"_s};
        QTest::newRow("semicolon inside quotes") << "[S]\nK = \"a;b\" ; c\n"_ba << u"S"_s << u"K"_s << QStringList{u"a;b"_s};
        QTest::newRow("doubled quote") << "[S]\nK = \"say \"\"hi\"\"\"\n"_ba << u"S"_s << u"K"_s << QStringList{u"say \"hi\""_s};
        QTest::newRow("comma separated") << "[S]\nK = a, \"b,c\" ,d\n"_ba << u"S"_s << u"K"_s << QStringList{u"a"_s, u"b,c"_s, u"d"_s};
        QTest::newRow("line continuation") << "[S]\nK = a, \\\n  b\n"_ba << u"S"_s << u"K"_s << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("string token") << "[S]\nK = %Name%\n[Strings]\nName = \"Contoso\"\n"_ba << u"S"_s << u"K"_s << QStringList{u"Contoso"_s};
        QTest::newRow("token case-insensitive") << "[S]\nK = %NAME%\n[strings]\nname = Contoso\n"_ba << u"S"_s << u"K"_s << QStringList{u"Contoso"_s};
        QTest::newRow("localized strings first") << "[S]\nK = %N%\n[Strings]\nN = \"en\"\n[Strings.0409]\nN = \"en-US\"\n"_ba << u"S"_s
                                                 << u"K"_s << QStringList{u"en-US"_s};
        QTest::newRow("other language ignored") << "[S]\nK = %N%\n[Strings]\nN = \"en\"\n[Strings.0407]\nN = \"de\"\n"_ba << u"S"_s
                                                << u"K"_s << QStringList{u"en"_s};
        QTest::newRow("unknown token kept") << "[S]\nK = %Nope%\n"_ba << u"S"_s << u"K"_s << QStringList{u"%Nope%"_s};
        QTest::newRow("percent escape") << "[S]\nK = 100%%\n"_ba << u"S"_s << u"K"_s << QStringList{u"100%"_s};
        QTest::newRow("repeated section continues") << "[A]\nX = 1\n[B]\n[a]\nY = 2\n"_ba << u"A"_s << u"Y"_s << QStringList{u"2"_s};
        QTest::newRow("crlf and text before sections") << "junk\r\n[S]\r\nK = v\r\n"_ba << u"S"_s << u"K"_s << QStringList{u"v"_s};
        QTest::newRow("utf-16le bom") << test::utf16LeWithBom(u"[S]\r\nK = \u00e9t\u00e9\r\n"_s) << u"S"_s << u"K"_s << QStringList{u"\u00e9t\u00e9"_s};
        QStringEncoder be(QStringConverter::Utf16BE);
        QTest::newRow("utf-16be bom") << QByteArray("\xfe\xff", 2) + QByteArray(be.encode(u"[S]\nK = v\n"_s)) << u"S"_s << u"K"_s
                                      << QStringList{u"v"_s};
        QTest::newRow("utf-8 bom") << "\xef\xbb\xbf[S]\nK = \xe4\xb8\xad\n"_ba << u"S"_s << u"K"_s << QStringList{u"\u4e2d"_s};
        QTest::newRow("ansi as latin-1") << "[S]\nK = \xe9\n"_ba << u"S"_s << u"K"_s << QStringList{u"\u00e9"_s};
        QTest::newRow("absent key") << "[S]\nK = v\n"_ba << u"S"_s << u"Other"_s << QStringList{};
    }

    void infValues()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, section);
        QFETCH(QString, key);
        QFETCH(QStringList, expected);
        auto inf = InfFile::parse(bytes, u"test.inf"_s);
        QVERIFY2(bool(inf), qPrintable(inf ? QString() : inf.error().oneLine()));
        QCOMPARE(inf->values(section, key), expected);
    }

    void infDamaged_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("where"); // the file and the line

        QTest::newRow("section not closed") << "[Version]\nA=1\n[Strings\nB=2\n"_ba << QStringList{u"bad.inf"_s, u"3"_s};
        QTest::newRow("quote not closed") << "[S]\nK = \"open\n"_ba << QStringList{u"bad.inf"_s, u"2"_s};
        QTest::newRow("empty section name") << "[ ]\n"_ba << QStringList{u"bad.inf"_s, u"1"_s};
        QTest::newRow("NUL in 8-bit text") << QByteArray("[S]\nK=\0v\n", 9) << QStringList{u"bad.inf"_s};
        QTest::newRow("line over 4096 characters") << "[S]\nK=" + QByteArray(5000, 'x') + "\n" << QStringList{u"bad.inf"_s, u"2"_s};
        QTest::newRow("continued line over 4096") << "[S]\n" + QByteArray("K=aaaa\\\n").repeated(1200) + "b\n"
                                                  << QStringList{u"bad.inf"_s, u"2"_s};
        QTest::newRow("lone surrogate in utf-16") << QByteArray("\xff\xfe[\0S\0]\0\n\0\x00\xd8K\0", 14) << QStringList{u"bad.inf"_s};
    }

    void infDamaged()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, where);
        auto inf = InfFile::parse(bytes, u"bad.inf"_s);
        QVERIFY(!inf);
        QCOMPARE(inf.error().code, u"inventory.inf-damaged"_s);
        QVERIFY2(test::namesAll(inf.error().message, where), qPrintable(inf.error().message));
    }

    void thirdPartyDriversOfFolder()
    {
        GetDriversOperation op(InventorySource{m_image, {}, {}, {}}, false);
        const auto outcome = execute(op);
        QVERIFY2(outcome.succeeded(), qPrintable(errorCode(outcome)));
        const QString store = u"Windows/System32/DriverStore/FileRepository/"_s;
        QCOMPARE(describe(op.drivers()),
                 (QStringList{u"oem0.inf|wbnet.inf|"_s + store + u"wbnet.inf_amd64_8f3b2c1d0e9a7b65/wbnet.inf|Windows/INF/oem0.inf|oem|Net|"
                                                         "{4D36E972-E325-11CE-BFC1-08002BE10318}|WimBench Test Devices|2019-03-28|12.18.9.10|-|wbnet.cat"_s,
                              u"oem1.inf|wbstor.inf|"_s + store + u"wbstor.inf_amd64_1a2b3c4d5e6f7081/wbstor.inf|Windows/INF/oem1.inf|oem|SCSIAdapter|"
                                                          "{4D36E97B-E325-11CE-BFC1-08002BE10318}|WimBench Storage \u00c9quipe|2021-11-05|1.2.3.4|boot|wbstor.cat"_s}));
        // The damaged oem2.inf is skipped and named.
        QCOMPARE(op.problems().size(), 1);
        QVERIFY2(op.problems().first().contains(u"Windows/INF/oem2.inf, line 1"_s), qPrintable(op.problems().first()));
    }

    void allDriversIncludeInbox()
    {
        GetDriversOperation op(InventorySource{m_image, {}, {}, {}}, true);
        QVERIFY(execute(op).succeeded());
        QCOMPARE(op.drivers().size(), 3);
        const DriverPackage inbox = op.drivers().last();
        QCOMPARE(inbox.publishedName, u"wbinbox.inf"_s);
        QVERIFY(inbox.inbox);
        QCOMPARE(inbox.providerName, u"Microsoft"_s);
        QCOMPARE(inbox.className, u"System"_s);
    }

    void driversHiveMarksThirdParty()
    {
        const QString image = m_dir.filePath(u"drivers-hive"_s);
        test::writeWindowsTree(image, {u"en-US"_s});
        QVERIFY(test::writeDriverStore(image));
        QVERIFY(test::writeDriversHive(image));
        const QString wim = m_dir.filePath(u"drivers-hive.wim"_s);
        QVERIFY(bool(test::createWim(wim, {test::windowsLikeSpec(image, u"Windows Drivers"_s)})));
        for (const InventorySource &source : {InventorySource{image, {}, {}, {}}, InventorySource{{}, wim, 1, {}}}) {
            // Without /All: oem3.inf has no Windows/INF copy but the hive publishes it, so it is third party.
            GetDriversOperation op(source, false);
            QVERIFY(execute(op).succeeded());
            QStringList names;
            for (const DriverPackage &d : op.drivers())
                names << d.publishedName + u'|' + d.originalFileName + u'|' + (d.inbox ? u"inbox"_s : u"oem"_s) + u'|' + d.providerName;
            QCOMPARE(names, (QStringList{u"oem0.inf|wbnet.inf|oem|WimBench Test Devices"_s,
                                         u"oem1.inf|wbstor.inf|oem|WimBench Storage \u00c9quipe"_s,
                                         u"oem3.inf|wbcam.inf|oem|WimBench Camera Vendor"_s}));
            GetDriversOperation all(source, true);
            QVERIFY(execute(all).succeeded());
            QCOMPARE(all.drivers().size(), 4);
            QCOMPARE(all.drivers().last().publishedName, u"wbinbox.inf"_s);
            QVERIFY(all.drivers().last().inbox);
            GetDriversOperation info(source, false, u"oem3.inf"_s);
            QVERIFY(execute(info).succeeded());
            QCOMPARE(info.drivers().size(), 1);
            QCOMPARE(info.drivers().first().className, u"Camera"_s);
        }
        QFile hive(image + u"/Windows/System32/config/DRIVERS"_s);
        QVERIFY(hive.open(QIODevice::ReadWrite));
        QVERIFY(hive.write(QByteArray(64, 'x')) == 64);
        hive.close();
        GetDriversOperation damaged(InventorySource{image, {}, {}, {}}, false);
        const auto outcome = execute(damaged);
        QVERIFY(!outcome.succeeded());
        QVERIFY2(errorCode(outcome).startsWith(u"registry."_s), qPrintable(errorCode(outcome)));
    }

    void driverInfoListsDevices()
    {
        GetDriversOperation op(InventorySource{m_image, {}, {}, {}}, false, u"OEM0.INF"_s);
        QVERIFY(execute(op).succeeded());
        QCOMPARE(op.drivers().size(), 1);
        QCOMPARE(describe(op.devices()),
                 (QStringList{u"WimBench Test Devices|WimBench Gigabit Network Connection|amd64|PCI\\VEN_8086&DEV_15BB|wbnet|PCI\\VEN_8086&CC_0200"_s,
                              u"WimBench Test Devices|WimBench \"Dual\" Port; Network Connection|amd64|PCI\\VEN_8086&DEV_15BC|wbnet|"_s}));
    }

    void driverInfoErrors_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown") << u"oem9.inf"_s << u"inventory.driver-not-found"_s;
        QTest::newRow("damaged") << u"oem2.inf"_s << u"inventory.inf-damaged"_s;
        QTest::newRow("path") << u"../../etc/passwd"_s << u"usage.driver-name"_s;
    }

    void driverInfoErrors()
    {
        QFETCH(QString, driver);
        QFETCH(QString, code);
        GetDriversOperation op(InventorySource{m_image, {}, {}, {}}, false, driver);
        QCOMPARE(errorCode(execute(op)), code);
    }

    void wimIndexGivesTheFolderAnswers_data()
    {
        QTest::addColumn<bool>("all");
        QTest::addColumn<QString>("driver");
        QTest::newRow("third-party") << false << QString();
        QTest::newRow("all") << true << QString();
        QTest::newRow("one driver") << false << u"oem1.inf"_s;
    }

    void wimIndexGivesTheFolderAnswers()
    {
        QFETCH(bool, all);
        QFETCH(QString, driver);
        GetDriversOperation fromFolder(InventorySource{m_image, {}, {}, {}}, all, driver);
        QVERIFY(execute(fromFolder).succeeded());
        GetDriversOperation fromWim(InventorySource{{}, m_wim, 2, {}}, all, driver);
        const auto outcome = execute(fromWim);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error ? outcome.error->oneLine() : QString()));
        QCOMPARE(describe(fromWim.drivers()), describe(fromFolder.drivers()));
        QCOMPARE(describe(fromWim.devices()), describe(fromFolder.devices()));
        QCOMPARE(fromWim.problems(), fromFolder.problems());
        GetDriversOperation byName(InventorySource{{}, m_wim, {}, u"Windows Pro"_s}, all, driver);
        QVERIFY(execute(byName).succeeded());
        QCOMPARE(describe(byName.drivers()), describe(fromFolder.drivers()));
    }

    void provisionedAppsFromWimEqualFolder()
    {
        GetProvisionedAppxPackagesOperation fromFolder(m_image);
        QVERIFY(execute(fromFolder).succeeded());
        GetProvisionedAppxPackagesOperation fromWim(InventorySource{{}, m_wim, 2, {}});
        const auto outcome = execute(fromWim);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error ? outcome.error->oneLine() : QString()));
        auto flat = [](const QList<ProvisionedAppInfo> &apps) {
            QStringList out;
            for (const ProvisionedAppInfo &a : apps)
                out << QStringList{a.displayName, a.version, a.architecture, a.packageName, a.regions, a.folderPresent ? u"folder"_s : u"-"_s,
                                   a.packages.join(u';')}
                           .join(u'|');
            return out;
        };
        QCOMPARE(flat(fromWim.apps()), flat(fromFolder.apps()));
        QCOMPARE(flat(fromFolder.apps()),
                 (QStringList{u"Contoso.Notes|2.1.0.0|neutral|Contoso.Notes_2.1.0.0_neutral_~_8wekyb3d8bbwe||folder|"
                              "Contoso.Notes_2.1.0.0_neutral_~_8wekyb3d8bbwe;Contoso.Notes_2.1.0.0_x64__8wekyb3d8bbwe"_s,
                              u"Fabrikam.Clock|1.0.0.0|x64|Fabrikam.Clock_1.0.0.0_x64__abcdefghjkmnp||-|Fabrikam.Clock_1.0.0.0_x64__abcdefghjkmnp"_s}));
    }

    void appsTopicReadsTheFolderHiveFacts()
    {
        OperationContext ctx(EngineSettings{}, CancellationToken{}, {});
        const auto root = InventoryRoot::open(InventorySource{{}, m_wim, 2, {}}, AppsTopic, ctx);
        QVERIFY(root);
        const auto fromWim = HiveFacts::read(root->path());
        const auto fromFolder = HiveFacts::read(m_image);
        QVERIFY(fromWim && fromFolder);
        const auto values = [](const HiveFacts &f) {
            QStringList out{f.editionId ? f.editionId->value : u"-"_s, f.installLanguage ? f.installLanguage->value : u"-"_s,
                            f.processorArchitecture ? f.processorArchitecture->value : u"-"_s};
            for (const HiveFact &l : f.uiLanguages)
                out << l.value;
            return out + f.hivesRead;
        };
        QCOMPARE(values(*fromWim), values(*fromFolder));
        QVERIFY2(fromWim->hivesRead.size() == 2, qPrintable(fromWim->hivesRead.join(u", "_s)));
    }

    void packagesAndFeatures()
    {
        GetServicingPackagesOperation op(InventorySource{m_image, {}, {}, {}});
        QVERIFY(execute(op).succeeded());
        QStringList ids;
        for (const CbsPackage &p : op.packages())
            ids << p.identity;
        QCOMPARE(ids, test::servicingIdentities());
        QCOMPARE(op.packages()[1].language, u"en-US"_s);
        QCOMPARE(op.packages()[1].releaseType, u"Language Pack"_s);
        QCOMPARE(op.packages()[3].version, u"22621.2428.1.10"_s);
        QStringList features;
        for (const CbsFeature &f : op.features())
            features << f.name + u'|' + f.displayName + u'|' + f.package.section(u'~', 0, 0);
        // Only updates with a <selectable> element are features; sorted by name.
        QCOMPARE(features, (QStringList{u"Microsoft-Hyper-V|Microsoft-Hyper-V display|Microsoft-Hyper-V-ClientEdition-Package"_s,
                                        u"Microsoft-Hyper-V-All|Microsoft-Hyper-V-All display|Microsoft-Hyper-V-ClientEdition-Package"_s,
                                        u"Printing-PrintToPDFServices-Features|Printing-PrintToPDFServices-Features display|"
                                        "Microsoft-Windows-Foundation-Package"_s,
                                        u"SMB1Protocol|SMB1Protocol display|Microsoft-Windows-Foundation-Package"_s}));
        QCOMPARE(op.problems().size(), 1);
        QVERIFY2(op.problems().first().contains(u"Broken-Package~31bf3856ad364e35~amd64~~1.0.0.0.mum is damaged"_s),
                 qPrintable(op.problems().first()));

        GetServicingPackagesOperation fromWim(InventorySource{{}, m_wim, 2, {}});
        QVERIFY(execute(fromWim).succeeded());
        QCOMPARE(fromWim.packages().size(), op.packages().size());
        for (qsizetype i = 0; i < op.packages().size(); ++i) {
            QCOMPARE(fromWim.packages()[i].identity, op.packages()[i].identity);
            QCOMPARE(fromWim.packages()[i].releaseType, op.packages()[i].releaseType);
            QCOMPARE(fromWim.packages()[i].features.size(), op.packages()[i].features.size());
        }
        QCOMPARE(fromWim.problems(), op.problems());
    }

    void packageAndFeatureStates()
    {
        GetServicingPackagesOperation op(InventorySource{m_image, {}, {}, {}});
        QVERIFY(execute(op).succeeded());
        QStringList states;
        for (const CbsPackage &p : op.packages())
            states << (p.currentState ? cbsStateName(*p.currentState) : u"-"_s);
        QCOMPARE(states, (QStringList{u"Staged"_s, u"Installed"_s, u"Permanent"_s, u"0x77"_s}));
        QCOMPARE(op.packages()[0].visibility, std::optional<quint32>(1));
        // FILETIME 0x01d9a2b34c5d6e7f = 2023-06-19 13:38:14.8 UTC (100 ns ticks since 1601, checked with Python datetime).
        QCOMPARE(op.packages()[0].installTime.toUTC().toString(Qt::ISODate), u"2023-06-19T13:38:14Z"_s);
        QStringList features;
        for (const CbsFeature &f : op.features())
            features << f.name + u'=' + (f.state ? featureStateName(*f.state) : u"-"_s);
        QCOMPARE(features, (QStringList{u"Microsoft-Hyper-V=Disabled"_s, u"Microsoft-Hyper-V-All=Enabled"_s,
                                        u"Printing-PrintToPDFServices-Features=Enabled"_s, u"SMB1Protocol=Enable Pending"_s}));
    }

    void stateNames_data()
    {
        QTest::addColumn<quint32>("value");
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("feature");
        QTest::addColumn<QString>("capability");
        QTest::newRow("absent") << 0x00u << u"Absent"_s << u"Disabled with Payload Removed"_s << u"Not Present"_s;
        QTest::newRow("uninstall pending") << 0x05u << u"Uninstall Pending"_s << u"Disable Pending"_s << u"Uninstall Pending"_s;
        QTest::newRow("resolved") << 0x20u << u"Resolved"_s << u"Disabled"_s << u"0x20"_s;
        QTest::newRow("staged") << 0x40u << u"Staged"_s << u"Disabled"_s << u"Staged"_s;
        QTest::newRow("superseded") << 0x50u << u"Superseded"_s << u"Disabled"_s << u"Superseded"_s;
        QTest::newRow("install pending") << 0x60u << u"Install Pending"_s << u"Enable Pending"_s << u"Install Pending"_s;
        QTest::newRow("partially installed") << 0x65u << u"Partially Installed"_s << u"0x65"_s << u"Partially Installed"_s;
        QTest::newRow("installed") << 0x70u << u"Installed"_s << u"Enabled"_s << u"Installed"_s;
        QTest::newRow("permanent") << 0x80u << u"Permanent"_s << u"Enabled"_s << u"Installed"_s;
        QTest::newRow("unknown") << 0x1234u << u"0x1234"_s << u"0x1234"_s << u"0x1234"_s;
    }

    void stateNames()
    {
        QFETCH(quint32, value);
        QFETCH(QString, package);
        QFETCH(QString, feature);
        QFETCH(QString, capability);
        QCOMPARE(cbsStateName(value), package);
        QCOMPARE(featureStateName(value), feature);
        QCOMPARE(capabilityStateName(value), capability);
    }

    void capabilitiesOfFolderAndWim()
    {
        const QString image = m_dir.filePath(u"fod-image"_s);
        test::writeWindowsTree(image, {u"en-US"_s});
        QVERIFY(test::writeCapabilities(image));
        const QString wim = m_dir.filePath(u"fod.wim"_s);
        const Status st = test::createWim(wim, {test::windowsLikeSpec(image, u"Windows FoD"_s)});
        QVERIFY2(bool(st), qPrintable(st ? QString() : st.error().oneLine()));
        QStringList fromFolder;
        for (const InventorySource &source : {InventorySource{image, {}, {}, {}}, InventorySource{{}, wim, 1, {}}}) {
            GetServicingPackagesOperation op(source);
            QVERIFY(execute(op).succeeded());
            QStringList capabilities;
            for (const CbsCapability &c : op.capabilities())
                capabilities << QStringList{c.name, c.state ? capabilityStateName(*c.state) : u"-"_s, c.displayName, c.description,
                                            c.package.section(u'~', 0, 0)}
                                    .join(u'|');
            if (fromFolder.isEmpty()) {
                // Sorted by name; the <depends> identity is not a capability; the Foundation package declares none.
                QCOMPARE(capabilities,
                         (QStringList{u"Browser.InternetExplorer~~~~0.0.11.0|Install Pending|Browser.InternetExplorer display|"
                                      "What Browser.InternetExplorer does.|Microsoft-Windows-InternetExplorer-Optional-Package"_s,
                                      u"Language.Basic~~~en-US~0.0.1.0|Installed|Language.Basic display|What Language.Basic does.|"
                                      "Microsoft-Windows-LanguageFeatures-Basic-en-us-Package"_s,
                                      u"OneCoreUAP.OneSync~~~~0.0.1.0|-|OneCoreUAP.OneSync display|What OneCoreUAP.OneSync does.|"
                                      "Microsoft-OneCore-ApplicationModel-Sync-Desktop-FOD-Package"_s,
                                      u"OpenSSH.Client~~~~0.0.1.0|Not Present|OpenSSH.Client display|What OpenSSH.Client does.|"
                                      "OpenSSH-Client-Package"_s}));
                fromFolder = capabilities;
            } else {
                QCOMPARE(capabilities, fromFolder);
            }
        }
    }

    void capabilityWithoutIdentityIsIgnored()
    {
        QByteArray xml = test::capabilityManifest(u"P"_s, u"Some.Capability"_s, {}, u"0.0.1.0"_s);
        xml.replace("<capabilityIdentity name=\"Some.Capability\"", "<capabilityIdentity name=\"\"");
        const auto package = MumManifest::parse(xml, u"P~31bf3856ad364e35~amd64~~1.0.0.0.mum"_s);
        QVERIFY(package);
        QVERIFY(package->capabilities.isEmpty());
        QCOMPARE(test::capabilityNames().size(), 4);
    }

    void internationalSettings()
    {
        GetIntlOperation folder(InventorySource{m_image, {}, {}, {}});
        const auto outcome = execute(folder);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error ? outcome.error->oneLine() : QString()));
        const IntlSettings &s = folder.settings();
        QCOMPARE(s.systemUiLanguage, u"de-DE"_s);
        QCOMPARE(s.uiFallback, u"en-US"_s);
        QCOMPARE(s.systemLocale, u"de-DE"_s);
        QCOMPARE(s.userLocale, u"de-DE"_s);
        QCOMPARE(s.inputLocales, (QStringList{u"0407:00000407"_s, u"0409:00000409"_s}));
        QCOMPARE(s.timeZone, u"W. Europe Standard Time"_s);
        QCOMPARE(s.installedLanguages, (QStringList{u"de-DE"_s, u"en-US"_s}));
        GetIntlOperation wim(InventorySource{{}, m_wim, 2, {}});
        QVERIFY(execute(wim).succeeded());
        QCOMPARE(wim.settings().systemUiLanguage, s.systemUiLanguage);
        QCOMPARE(wim.settings().inputLocales, s.inputLocales);
        QCOMPARE(wim.settings().installedLanguages, s.installedLanguages);
        QCOMPARE(wim.settings().timeZone, s.timeZone);
    }

    void damagedOrMissingHives()
    {
        const QString image = m_dir.filePath(u"damaged"_s);
        test::writeWindowsTree(image, {u"en-US"_s});
        QVERIFY(test::writeServicing(image));
        QVERIFY(test::writeFile(image, u"Windows/System32/config/SOFTWARE"_s, "regf" + QByteArray(100, '\0')));
        GetServicingPackagesOperation packages(InventorySource{image, {}, {}, {}});
        QCOMPARE(errorCode(execute(packages)), u"registry.corrupt"_s);
        GetEditionOperation edition(InventorySource{image, {}, {}, {}});
        QCOMPARE(errorCode(execute(edition)), u"registry.corrupt"_s);
        GetIntlOperation intl(InventorySource{image, {}, {}, {}});
        QCOMPARE(errorCode(execute(intl)), u"inventory.no-hive"_s);
    }

    void mumDamaged_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("names"); // besides the file, language-independent
        QTest::newRow("truncated") << "<assembly><assemblyIdentity name=\"A\""_ba << u"inventory.mum-damaged"_s << QStringList{u"1"_s};
        QTest::newRow("wrong root") << "<package/>"_ba << u"inventory.mum-damaged"_s << QStringList{u"<package>"_s};
        QTest::newRow("no identity") << "<assembly><package releaseType=\"Update\"/></assembly>"_ba << u"inventory.mum-damaged"_s
                                     << QStringList{u"<assemblyIdentity>"_s};
        QTest::newRow("doctype") << "<!DOCTYPE assembly [<!ENTITY x \"y\">]><assembly/>"_ba << u"inventory.mum-dtd"_s << QStringList{};
        QTest::newRow("not xml") << "\x00\x01binary"_ba << u"inventory.mum-damaged"_s << QStringList{u"1"_s};
    }

    void mumDamaged()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, code);
        QFETCH(QStringList, names);
        auto p = MumManifest::parse(xml, u"x.mum"_s);
        QVERIFY(!p);
        QCOMPARE(p.error().code, code);
        QVERIFY2(test::namesAll(p.error().message, names << u"x.mum"_s), qPrintable(p.error().message));
        QCOMPARE(p.error().remedy.kind, Remedy::Kind::RestoreHealthOnWindows);
    }

    void targetEditions()
    {
        GetEditionOperation folder(InventorySource{m_image, {}, {}, {}});
        QVERIFY(execute(folder).succeeded());
        QCOMPARE(folder.edition().current, u"Professional"_s);
        QVERIFY2(folder.edition().currentSource.contains(u"EditionID"_s), qPrintable(folder.edition().currentSource));
        // The current edition is not a target.
        QCOMPARE(folder.edition().targets, (QStringList{u"Education"_s, u"Enterprise"_s}));
        GetEditionOperation wim(InventorySource{{}, m_wim, 2, {}});
        QVERIFY(execute(wim).succeeded());
        QCOMPARE(wim.edition().targets, folder.edition().targets);
        QCOMPARE(wim.edition().current, folder.edition().current);
    }

    void wimIndexWithoutWindowsIsRefused()
    {
        GetDriversOperation op(InventorySource{{}, m_wim, 1, {}}, false);
        QCOMPARE(errorCode(execute(op)), u"inventory.not-an-image"_s);
        GetDriversOperation folder(InventorySource{m_dir.filePath(u"data"_s), {}, {}, {}}, false);
        QCOMPARE(errorCode(execute(folder)), u"inventory.not-an-image"_s);
        GetDriversOperation missing(InventorySource{{}, m_wim, 7, {}}, false);
        QVERIFY(!execute(missing).succeeded());
    }
};

QTEST_GUILESS_MAIN(TestInventory)
#include "tst_inventory.moc"
