// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Package identity, names and manifests: pure parsing, no files.
#include "appx/AppxManifest.h"
#include "appx/BlockMap.h"
#include "appx/BundleManifest.h"
#include "appx/PackageIdentity.h"
#include "appx/PackagePath.h"

#include "AppxBuilder.h"
#include "ErrorNames.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;

class TestAppxFormat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void publisherId_data()
    {
        QTest::addColumn<QString>("publisher");
        QTest::addColumn<QString>("id");
        QTest::newRow("Microsoft Corporation")
            << u"CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US"_s << u"8wekyb3d8bbwe"_s;
        QTest::newRow("Microsoft Windows")
            << u"CN=Microsoft Windows, O=Microsoft Corporation, L=Redmond, S=Washington, C=US"_s << u"cw5n1h2txyewy"_s;
        QTest::newRow("TestPublisher") << u"CN=TestPublisher"_s << u"q7djbd8vek6zr"_s;
        QTest::newRow("HelloWorldPublisher") << u"CN=HelloWorldPublisher"_s << u"vszhfztff4j74"_s;
    }
    void publisherId()
    {
        QFETCH(QString, publisher);
        QFETCH(QString, id);
        QCOMPARE(PackageIdentity::publisherIdOf(publisher), id);
    }

    void fullAndFamilyNames()
    {
        PackageIdentity id;
        id.name = u"Microsoft.WindowsCalculator"_s;
        id.publisher = u"CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US"_s;
        id.version = *PackageVersion::parse(u"10.1906.55.0"_s);
        id.architecture = PackageArchitecture::X64;
        QCOMPARE(id.fullName(), u"Microsoft.WindowsCalculator_10.1906.55.0_x64__8wekyb3d8bbwe"_s);
        QCOMPARE(id.familyName(), u"Microsoft.WindowsCalculator_8wekyb3d8bbwe"_s);
        id.architecture = PackageArchitecture::Neutral;
        id.resourceId = u"split.scale-200"_s;
        QCOMPARE(id.fullName(), u"Microsoft.WindowsCalculator_10.1906.55.0_neutral_split.scale-200_8wekyb3d8bbwe"_s);
    }

    void versions()
    {
        QCOMPARE(PackageVersion::parse(u"2017.1107.2305.0"_s)->toString(), u"2017.1107.2305.0"_s);
        QCOMPARE(PackageVersion::parse(u"01.2.3.4"_s)->toString(), u"1.2.3.4"_s);
        QVERIFY(!PackageVersion::parse(u"1.2.3"_s));
        QVERIFY(!PackageVersion::parse(u"1.2.3.65536"_s));
        QVERIFY(!PackageVersion::parse(u"1.2.3.-4"_s));
        QVERIFY(*PackageVersion::parse(u"14.0.30704.0"_s) > *PackageVersion::parse(u"14.0.24123.0"_s));
        QVERIFY(*PackageVersion::parse(u"2.0.0.0"_s) > *PackageVersion::parse(u"1.65535.0.0"_s));
    }

    void architectures()
    {
        QCOMPARE(parseArchitecture(u"ARM"_s), PackageArchitecture::Arm);
        QCOMPARE(parseArchitecture(QString()), PackageArchitecture::Neutral);
        QCOMPARE(parseArchitecture(u"x86a64"_s), PackageArchitecture::X86OnArm64);
        QVERIFY(!parseArchitecture(u"ia64"_s));
        QCOMPARE(architectureName(PackageArchitecture::Arm64), u"arm64"_s);
    }

    void percentDecoding()
    {
        QCOMPARE(*PackagePath::decodeEntryName("loader%255B1%255D.js", {}), u"loader%5B1%5D.js"_s);
        QCOMPARE(*PackagePath::decodeEntryName("Assets/Logo%20%5B1%5D.png", {}), u"Assets/Logo [1].png"_s);
        QCOMPARE(*PackagePath::decodeEntryName("%E4%B8%AD.txt", {}), QString::fromUtf8("\xe4\xb8\xad.txt"));
        QCOMPARE(PackagePath::decodeEntryName("bad%2", {}).error().code, u"appx.bad-entry-name"_s);
        QCOMPARE(PackagePath::decodeEntryName("bad%zz", {}).error().code, u"appx.bad-entry-name"_s);
        QCOMPARE(PackagePath::decodeEntryName("%FF%FE", {}).error().code, u"appx.bad-entry-name"_s);
        QCOMPARE(PackagePath::encodeEntryName(u"Assets/Logo [1].png"_s), QByteArray("Assets/Logo%20%5B1%5D.png"));
    }

    void pathSafety_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("safe");
        QTest::newRow("plain") << u"Assets/Logo.png"_s << true;
        QTest::newRow("backslash folder") << u"Assets\\Logo.png"_s << true;
        QTest::newRow("dots inside") << u"a..b/c.d"_s << true;
        QTest::newRow("parent") << u"../evil.txt"_s << false;
        QTest::newRow("parent inside") << u"Assets/../../evil.txt"_s << false;
        QTest::newRow("parent backslash") << u"Assets\\..\\..\\evil.txt"_s << false;
        QTest::newRow("absolute") << u"/etc/passwd"_s << false;
        QTest::newRow("absolute backslash") << u"\\Windows\\evil.dll"_s << false;
        QTest::newRow("drive") << u"C:/Windows/evil.dll"_s << false;
        QTest::newRow("drive relative") << u"C:evil.dll"_s << false;
        QTest::newRow("stream") << u"file.txt:stream"_s << false;
        QTest::newRow("dot") << u"./file"_s << false;
        QTest::newRow("dots and spaces") << u". ./file"_s << false;
        QTest::newRow("empty segment") << u"a//b"_s << false;
        QTest::newRow("control") << u"a\nb"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void pathSafety()
    {
        QFETCH(QString, name);
        QFETCH(bool, safe);
        const auto r = PackagePath::checkRelative(name, u"x.appx"_s);
        QCOMPARE(r.ok(), safe);
        if (!safe) {
            QCOMPARE(r.error().code, u"appx.unsafe-entry-name"_s);
            QVERIFY(r.error().message.contains(u"x.appx"_s));
        } else {
            QVERIFY(!r->contains(QLatin1Char('\\')));
        }
    }

    void manifestWindows10()
    {
        test::AppxSpec spec;
        spec.architecture = u"arm64"_s;
        spec.languages = {u"en-US"_s, u"fr-FR"_s};
        spec.scales = {100, 200};
        spec.dxFeatureLevels = {u"dx11"_s};
        spec.dependencies = {{u"Microsoft.VCLibs.140.00"_s, u"CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US"_s,
                              u"14.0.30704.0"_s, false},
                             {u"Contoso.Extra"_s, u"CN=Contoso"_s, u"1.0.0.0"_s, true}};
        const auto m = AppxManifest::parse(test::appxManifestXml(spec), u"x/AppxManifest.xml"_s);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
        QCOMPARE(m->schema, AppxManifest::Schema::Windows10);
        QCOMPARE(m->identity.name, spec.name);
        QCOMPARE(m->identity.architecture, PackageArchitecture::Arm64);
        QCOMPARE(m->displayName, u"Contoso Sample"_s);
        QCOMPARE(m->languages(), (QStringList{u"en-US"_s, u"fr-FR"_s}));
        QCOMPARE(m->resources.size(), 5);
        QCOMPARE(m->resources.at(2).scale, std::optional<int>(100));
        QCOMPARE(m->resources.at(4).dxFeatureLevel, u"dx11"_s);
        QCOMPARE(m->resources.at(4).describe(), u"DXFeatureLevel dx11"_s);
        QCOMPARE(m->dependencies.size(), 2);
        QCOMPARE(m->dependencies.at(0).minVersion.toString(), u"14.0.30704.0"_s);
        QCOMPARE(m->dependencies.at(0).familyName(), u"Microsoft.VCLibs.140.00_8wekyb3d8bbwe"_s);
        QVERIFY(!m->dependencies.at(0).optional);
        QVERIFY(m->dependencies.at(1).optional);
        QCOMPARE(m->targetDeviceFamilies.size(), 1);
        QCOMPARE(m->targetDeviceFamilies.at(0).name, u"Windows.Universal"_s);
        QCOMPARE(m->applicationIds, QStringList{u"App"_s});
        QCOMPARE(m->kindName(), u"Application"_s);
    }

    void manifestWindows8And81()
    {
        test::AppxSpec spec;
        spec.schema = test::AppxSpec::Schema::Windows8;
        spec.architecture.clear();
        auto m = AppxManifest::parse(test::appxManifestXml(spec), u"m.xml"_s);
        QVERIFY(m.ok());
        QCOMPARE(m->schema, AppxManifest::Schema::Windows8);
        QCOMPARE(m->identity.architecture, PackageArchitecture::Neutral);
        QCOMPARE(m->osMinVersion, u"6.2"_s);

        test::AppxSpec pack = test::scalePack(spec, 140);
        pack.schema = test::AppxSpec::Schema::Windows81;
        pack.dxFeatureLevels = {u"dx10"_s};
        m = AppxManifest::parse(test::appxManifestXml(pack), u"m.xml"_s);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
        QCOMPARE(m->schema, AppxManifest::Schema::Windows81);
        QVERIFY(m->resourcePackage);
        QCOMPARE(m->identity.resourceId, u"split.scale-140"_s);
        QCOMPARE(m->resources.at(0).scale, std::optional<int>(140));
        QCOMPARE(m->resources.at(1).dxFeatureLevel, u"dx10"_s);
        QCOMPARE(m->kindName(), u"Resource"_s);

        const auto fw = AppxManifest::parse(test::appxManifestXml(test::frameworkSpec(u"Microsoft.VCLibs.140.00"_s,
                                                                                       u"14.0.30704.0"_s, u"x86"_s)),
                                            u"m.xml"_s);
        QVERIFY(fw.ok());
        QVERIFY(fw->framework);
        QCOMPARE(fw->identity.fullName(), u"Microsoft.VCLibs.140.00_14.0.30704.0_x86__8wekyb3d8bbwe"_s);
    }

    void manifestErrors_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        const QByteArray ns = "xmlns=\"http://schemas.microsoft.com/appx/manifest/foundation/windows10\"";
        const QByteArray props = "<Properties><DisplayName>d</DisplayName><PublisherDisplayName>p</PublisherDisplayName></Properties>";
        QTest::newRow("malformed") << QByteArray("<Package ") + ns + "><Identity"
                                   << "appx.manifest-malformed"
                                   << "1"; // the line
        QTest::newRow("wrong root") << QByteArray("<Bundle ") + ns + "/>"
                                    << "appx.manifest-invalid"
                                    << "Bundle";
        QTest::newRow("foreign namespace") << QByteArray("<Package xmlns=\"urn:x\"><Identity/></Package>") << "appx.manifest-invalid" << "urn:x";
        QTest::newRow("no identity") << QByteArray("<Package ") + ns + ">" + props + "</Package>" << "appx.manifest-missing-element" << "Identity";
        QTest::newRow("no publisher") << QByteArray("<Package ") + ns + "><Identity Name=\"Abc\" Version=\"1.0.0.0\"/>" + props + "</Package>"
                                      << "appx.manifest-missing-element" << "Identity Publisher";
        QTest::newRow("bad version") << QByteArray("<Package ") + ns + "><Identity Name=\"Abc\" Publisher=\"CN=x\" Version=\"1.0\"/>" + props + "</Package>"
                                     << "appx.manifest-invalid-value" << "Identity Version";
        QTest::newRow("bad arch") << QByteArray("<Package ") + ns + "><Identity Name=\"Abc\" Publisher=\"CN=x\" Version=\"1.0.0.0\" ProcessorArchitecture=\"mips\"/>" + props + "</Package>"
                                  << "appx.manifest-invalid-value" << "mips";
        QTest::newRow("bad name") << QByteArray("<Package ") + ns + "><Identity Name=\"a_b\" Publisher=\"CN=x\" Version=\"1.0.0.0\"/>" + props + "</Package>"
                                  << "appx.manifest-invalid-value" << "a_b";
        QTest::newRow("no display name") << QByteArray("<Package ") + ns + "><Identity Name=\"Abc\" Publisher=\"CN=x\" Version=\"1.0.0.0\"/><Properties><PublisherDisplayName>p</PublisherDisplayName></Properties></Package>"
                                         << "appx.manifest-missing-element" << "Properties/DisplayName";
        QTest::newRow("dependency without version") << QByteArray("<Package ") + ns + "><Identity Name=\"Abc\" Publisher=\"CN=x\" Version=\"1.0.0.0\"/>" + props
                + "<Dependencies><PackageDependency Name=\"Fw\" Publisher=\"CN=y\"/></Dependencies></Package>"
                                                    << "appx.manifest-missing-element" << "PackageDependency MinVersion";
    }
    void manifestErrors()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        const auto m = AppxManifest::parse(xml, u"pkg.appx/AppxManifest.xml"_s);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, code);
        QVERIFY2(test::namesAll(m.error().message, {mentions, u"pkg.appx/AppxManifest.xml"_s}), qPrintable(m.error().message));
        QVERIFY(m.error().remedy.isNone());
    }

    void bundleManifest()
    {
        test::BundleSpec spec = test::sampleBundle();
        spec.rootNamespaceYear = 2017;
        spec.items[1].stub = true;
        QList<quint64> offsets, sizes;
        for (int i = 0; i < spec.items.size(); ++i) {
            offsets << quint64(100 * (i + 1));
            sizes << quint64(10 * (i + 1));
        }
        const auto m = BundleManifest::parse(test::bundleManifestXml(spec, offsets, sizes), u"b/AppxBundleManifest.xml"_s);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
        QCOMPARE(m->schemaYear, 2017);
        QCOMPARE(m->identity.fullName(), u"Contoso.Sample_1.0.0.0_neutral_~_"_s + PackageIdentity::publisherIdOf(spec.publisher));
        QCOMPARE(m->packages.size(), 9);
        QVERIFY(m->hasApplicationPackage());
        const BundlePackageEntry &x64 = m->packages.at(1);
        QVERIFY(x64.isApplication());
        QVERIFY(x64.isStub);
        QCOMPARE(x64.architecture, PackageArchitecture::X64);
        QCOMPARE(x64.offset, std::optional<quint64>(200));
        QCOMPARE(x64.size, quint64(20));
        QCOMPARE(x64.targetDeviceFamilies.size(), 1);
        const BundlePackageEntry &fr = m->packages.at(4);
        QVERIFY(!fr.isApplication());
        QCOMPARE(fr.resourceId, u"split.language-fr"_s);
        QCOMPARE(fr.resources.size(), 1);
        QCOMPARE(fr.resources.at(0).language, u"fr-FR"_s);
        QCOMPARE(m->packages.at(8).resources.at(0).dxFeatureLevel, u"dx11"_s);
    }

    void bundleManifestErrors_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        const QByteArray head = "<Bundle xmlns=\"http://schemas.microsoft.com/appx/2013/bundle\"><Identity Name=\"Abc\" Publisher=\"CN=x\" Version=\"1.0.0.0\"/>";
        QTest::newRow("no packages") << head + "</Bundle>" << "appx.bundle-manifest-missing-element" << "Packages";
        QTest::newRow("no size") << head + "<Packages><Package Type=\"application\" Version=\"1.0.0.0\" FileName=\"a.appx\"/></Packages></Bundle>"
                                 << "appx.bundle-manifest-missing-element" << "Package Size";
        QTest::newRow("bad type") << head + "<Packages><Package Type=\"optional\" Version=\"1.0.0.0\" FileName=\"a.appx\" Size=\"1\"/></Packages></Bundle>"
                                  << "appx.bundle-manifest-invalid-value" << "optional";
        QTest::newRow("escaping file name") << head + "<Packages><Package Type=\"application\" Version=\"1.0.0.0\" FileName=\"..\\a.appx\" Size=\"1\"/></Packages></Bundle>"
                                            << "appx.unsafe-entry-name" << "..";
        QTest::newRow("unknown namespace") << QByteArray("<Bundle xmlns=\"http://schemas.microsoft.com/appx/2030/bundle\"/>")
                                           << "appx.bundle-manifest-invalid" << "2030";
    }
    void bundleManifestErrors()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        const auto m = BundleManifest::parse(xml, u"b.appxbundle/AppxMetadata/AppxBundleManifest.xml"_s);
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, code);
        QVERIFY2(test::namesAll(m.error().message, {mentions}), qPrintable(m.error().message));
        QVERIFY(m.error().remedy.isNone());
    }

    void blockMap()
    {
        const QByteArray data(200000, 'x');
        QString xml = u"<BlockMap xmlns=\"http://schemas.microsoft.com/appx/2010/blockmap\" HashMethod=\"http://www.w3.org/2001/04/xmlenc#sha256\">"
                                     "<File Name=\"bin\\a.dat\" Size=\"200000\" LfhSize=\"40\">"_s;
        for (const QString &h : test::blockHashes(data))
            xml += u"<Block Hash=\"%1\" Size=\"10\"/>"_s.arg(h);
        xml += u"</File><File Name=\"empty.txt\" Size=\"0\" LfhSize=\"39\"/></BlockMap>"_s;
        const auto map = BlockMap::parse(xml.toUtf8(), u"x"_s);
        QVERIFY(map.ok());
        QCOMPARE(map->files().size(), 2);
        const BlockMapFile *f = map->find(u"BIN/A.dat"_s);
        QVERIFY(f);
        QCOMPARE(f->name, u"bin/a.dat"_s);
        QCOMPARE(f->blocks.size(), 4);
        QVERIFY(map->checkInMemory(*f, data, u"p"_s).ok());
        QByteArray altered = data;
        altered[70000] = 'y';
        const Status bad = map->checkInMemory(*f, altered, u"p.appx"_s);
        QCOMPARE(bad.error().code, u"appx.block-hash-mismatch"_s);
        QVERIFY2(test::namesAll(bad.error().message, {u"2"_s, u"bin/a.dat"_s, u"p.appx"_s}), qPrintable(bad.error().message));
        QCOMPARE(map->checkInMemory(*f, data.left(1000), u"p"_s).error().code, u"appx.size-mismatch"_s);

        QCOMPARE(BlockMap::parse("<BlockMap HashMethod=\"http://www.w3.org/2000/09/xmldsig#md5\"/>", u"x"_s).error().code,
                 u"appx.blockmap-unsupported-hash"_s);
        QCOMPARE(BlockMap::parse("<BlockMap HashMethod=\"x#sha256\"><File Name=\"a\" Size=\"1\"><Block Hash=\"!!\"/></File></BlockMap>", u"x"_s)
                     .error()
                     .code,
                 u"appx.blockmap-invalid"_s);
        QCOMPARE(BlockMap::parse("<BlockMap HashMethod=\"x#sha256\"><File Name=\"a\" Size=\"1\"/><File Name=\"A\" Size=\"1\"/></BlockMap>", u"x"_s)
                     .error()
                     .code,
                 u"appx.blockmap-invalid"_s);
    }

    void detectFormat()
    {
        QCOMPARE(PackagePath::detectFormat(u"/nonexistent/x.appx"_s), PackageFormat::Unknown);
        QVERIFY(!PackagePath::looksLikePackage(u"/etc/hostname"_s));
    }
};

QTEST_GUILESS_MAIN(TestAppxFormat)
#include "tst_appxformat.moc"
