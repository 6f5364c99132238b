// Package identity, names and manifests: pure parsing, no files.
#include "appx/AppxManifest.h"
#include "appx/BlockMap.h"
#include "appx/BundleManifest.h"
#include "appx/PackageIdentity.h"
#include "appx/PackagePath.h"

#include "AppxBuilder.h"

#include <QTest>

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
            << QStringLiteral("CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US") << QStringLiteral("8wekyb3d8bbwe");
        QTest::newRow("Microsoft Windows")
            << QStringLiteral("CN=Microsoft Windows, O=Microsoft Corporation, L=Redmond, S=Washington, C=US") << QStringLiteral("cw5n1h2txyewy");
        QTest::newRow("TestPublisher") << QStringLiteral("CN=TestPublisher") << QStringLiteral("q7djbd8vek6zr");
        QTest::newRow("HelloWorldPublisher") << QStringLiteral("CN=HelloWorldPublisher") << QStringLiteral("vszhfztff4j74");
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
        id.name = QStringLiteral("Microsoft.WindowsCalculator");
        id.publisher = QStringLiteral("CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US");
        id.version = *PackageVersion::parse(QStringLiteral("10.1906.55.0"));
        id.architecture = PackageArchitecture::X64;
        QCOMPARE(id.fullName(), QStringLiteral("Microsoft.WindowsCalculator_10.1906.55.0_x64__8wekyb3d8bbwe"));
        QCOMPARE(id.familyName(), QStringLiteral("Microsoft.WindowsCalculator_8wekyb3d8bbwe"));
        id.architecture = PackageArchitecture::Neutral;
        id.resourceId = QStringLiteral("split.scale-200");
        QCOMPARE(id.fullName(), QStringLiteral("Microsoft.WindowsCalculator_10.1906.55.0_neutral_split.scale-200_8wekyb3d8bbwe"));
    }

    void versions()
    {
        QCOMPARE(PackageVersion::parse(QStringLiteral("2017.1107.2305.0"))->toString(), QStringLiteral("2017.1107.2305.0"));
        QCOMPARE(PackageVersion::parse(QStringLiteral("01.2.3.4"))->toString(), QStringLiteral("1.2.3.4"));
        QVERIFY(!PackageVersion::parse(QStringLiteral("1.2.3")));
        QVERIFY(!PackageVersion::parse(QStringLiteral("1.2.3.65536")));
        QVERIFY(!PackageVersion::parse(QStringLiteral("1.2.3.-4")));
        QVERIFY(*PackageVersion::parse(QStringLiteral("14.0.30704.0")) > *PackageVersion::parse(QStringLiteral("14.0.24123.0")));
        QVERIFY(*PackageVersion::parse(QStringLiteral("2.0.0.0")) > *PackageVersion::parse(QStringLiteral("1.65535.0.0")));
    }

    void architectures()
    {
        QCOMPARE(parseArchitecture(QStringLiteral("ARM")), PackageArchitecture::Arm);
        QCOMPARE(parseArchitecture(QString()), PackageArchitecture::Neutral);
        QCOMPARE(parseArchitecture(QStringLiteral("x86a64")), PackageArchitecture::X86OnArm64);
        QVERIFY(!parseArchitecture(QStringLiteral("ia64")));
        QCOMPARE(architectureName(PackageArchitecture::Arm64), QStringLiteral("arm64"));
    }

    void percentDecoding()
    {
        QCOMPARE(*PackagePath::decodeEntryName("loader%255B1%255D.js", {}), QStringLiteral("loader%5B1%5D.js"));
        QCOMPARE(*PackagePath::decodeEntryName("Assets/Logo%20%5B1%5D.png", {}), QStringLiteral("Assets/Logo [1].png"));
        QCOMPARE(*PackagePath::decodeEntryName("%E4%B8%AD.txt", {}), QString::fromUtf8("\xe4\xb8\xad.txt"));
        QCOMPARE(PackagePath::decodeEntryName("bad%2", {}).error().code, QStringLiteral("appx.bad-entry-name"));
        QCOMPARE(PackagePath::decodeEntryName("bad%zz", {}).error().code, QStringLiteral("appx.bad-entry-name"));
        QCOMPARE(PackagePath::decodeEntryName("%FF%FE", {}).error().code, QStringLiteral("appx.bad-entry-name"));
        QCOMPARE(PackagePath::encodeEntryName(QStringLiteral("Assets/Logo [1].png")), QByteArray("Assets/Logo%20%5B1%5D.png"));
    }

    void pathSafety_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("safe");
        QTest::newRow("plain") << QStringLiteral("Assets/Logo.png") << true;
        QTest::newRow("backslash folder") << QStringLiteral("Assets\\Logo.png") << true;
        QTest::newRow("dots inside") << QStringLiteral("a..b/c.d") << true;
        QTest::newRow("parent") << QStringLiteral("../evil.txt") << false;
        QTest::newRow("parent inside") << QStringLiteral("Assets/../../evil.txt") << false;
        QTest::newRow("parent backslash") << QStringLiteral("Assets\\..\\..\\evil.txt") << false;
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << false;
        QTest::newRow("absolute backslash") << QStringLiteral("\\Windows\\evil.dll") << false;
        QTest::newRow("drive") << QStringLiteral("C:/Windows/evil.dll") << false;
        QTest::newRow("drive relative") << QStringLiteral("C:evil.dll") << false;
        QTest::newRow("stream") << QStringLiteral("file.txt:stream") << false;
        QTest::newRow("dot") << QStringLiteral("./file") << false;
        QTest::newRow("dots and spaces") << QStringLiteral(". ./file") << false;
        QTest::newRow("empty segment") << QStringLiteral("a//b") << false;
        QTest::newRow("control") << QStringLiteral("a\nb") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void pathSafety()
    {
        QFETCH(QString, name);
        QFETCH(bool, safe);
        const auto r = PackagePath::checkRelative(name, QStringLiteral("x.appx"));
        QCOMPARE(r.ok(), safe);
        if (!safe) {
            QCOMPARE(r.error().code, QStringLiteral("appx.unsafe-entry-name"));
            QVERIFY(r.error().message.contains(QStringLiteral("x.appx")));
        } else {
            QVERIFY(!r->contains(QLatin1Char('\\')));
        }
    }

    void manifestWindows10()
    {
        test::AppxSpec spec;
        spec.architecture = QStringLiteral("arm64");
        spec.languages = {QStringLiteral("en-US"), QStringLiteral("fr-FR")};
        spec.scales = {100, 200};
        spec.dxFeatureLevels = {QStringLiteral("dx11")};
        spec.dependencies = {{QStringLiteral("Microsoft.VCLibs.140.00"), QStringLiteral("CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US"),
                              QStringLiteral("14.0.30704.0"), false},
                             {QStringLiteral("Contoso.Extra"), QStringLiteral("CN=Contoso"), QStringLiteral("1.0.0.0"), true}};
        const auto m = AppxManifest::parse(test::appxManifestXml(spec), QStringLiteral("x/AppxManifest.xml"));
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
        QCOMPARE(m->schema, AppxManifest::Schema::Windows10);
        QCOMPARE(m->identity.name, spec.name);
        QCOMPARE(m->identity.architecture, PackageArchitecture::Arm64);
        QCOMPARE(m->displayName, QStringLiteral("Contoso Sample"));
        QCOMPARE(m->languages(), (QStringList{QStringLiteral("en-US"), QStringLiteral("fr-FR")}));
        QCOMPARE(m->resources.size(), 5);
        QCOMPARE(m->resources.at(2).scale, std::optional<int>(100));
        QCOMPARE(m->resources.at(4).dxFeatureLevel, QStringLiteral("dx11"));
        QCOMPARE(m->resources.at(4).describe(), QStringLiteral("DXFeatureLevel dx11"));
        QCOMPARE(m->dependencies.size(), 2);
        QCOMPARE(m->dependencies.at(0).minVersion.toString(), QStringLiteral("14.0.30704.0"));
        QCOMPARE(m->dependencies.at(0).familyName(), QStringLiteral("Microsoft.VCLibs.140.00_8wekyb3d8bbwe"));
        QVERIFY(!m->dependencies.at(0).optional);
        QVERIFY(m->dependencies.at(1).optional);
        QCOMPARE(m->targetDeviceFamilies.size(), 1);
        QCOMPARE(m->targetDeviceFamilies.at(0).name, QStringLiteral("Windows.Universal"));
        QCOMPARE(m->applicationIds, QStringList{QStringLiteral("App")});
        QCOMPARE(m->kindName(), QStringLiteral("Application"));
    }

    void manifestWindows8And81()
    {
        test::AppxSpec spec;
        spec.schema = test::AppxSpec::Schema::Windows8;
        spec.architecture.clear();
        auto m = AppxManifest::parse(test::appxManifestXml(spec), QStringLiteral("m.xml"));
        QVERIFY(m.ok());
        QCOMPARE(m->schema, AppxManifest::Schema::Windows8);
        QCOMPARE(m->identity.architecture, PackageArchitecture::Neutral);
        QCOMPARE(m->osMinVersion, QStringLiteral("6.2"));

        test::AppxSpec pack = test::scalePack(spec, 140);
        pack.schema = test::AppxSpec::Schema::Windows81;
        pack.dxFeatureLevels = {QStringLiteral("dx10")};
        m = AppxManifest::parse(test::appxManifestXml(pack), QStringLiteral("m.xml"));
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
        QCOMPARE(m->schema, AppxManifest::Schema::Windows81);
        QVERIFY(m->resourcePackage);
        QCOMPARE(m->identity.resourceId, QStringLiteral("split.scale-140"));
        QCOMPARE(m->resources.at(0).scale, std::optional<int>(140));
        QCOMPARE(m->resources.at(1).dxFeatureLevel, QStringLiteral("dx10"));
        QCOMPARE(m->kindName(), QStringLiteral("Resource"));

        const auto fw = AppxManifest::parse(test::appxManifestXml(test::frameworkSpec(QStringLiteral("Microsoft.VCLibs.140.00"),
                                                                                       QStringLiteral("14.0.30704.0"), QStringLiteral("x86"))),
                                            QStringLiteral("m.xml"));
        QVERIFY(fw.ok());
        QVERIFY(fw->framework);
        QCOMPARE(fw->identity.fullName(), QStringLiteral("Microsoft.VCLibs.140.00_14.0.30704.0_x86__8wekyb3d8bbwe"));
    }

    void manifestErrors_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        const QByteArray ns = "xmlns=\"http://schemas.microsoft.com/appx/manifest/foundation/windows10\"";
        const QByteArray props = "<Properties><DisplayName>d</DisplayName><PublisherDisplayName>p</PublisherDisplayName></Properties>";
        QTest::newRow("malformed") << QByteArray("<Package ") + ns + "><Identity" << "appx.manifest-invalid" << "malformed";
        QTest::newRow("wrong root") << QByteArray("<Bundle ") + ns + "/>" << "appx.manifest-invalid" << "<Bundle>";
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
        const auto m = AppxManifest::parse(xml, QStringLiteral("pkg.appx/AppxManifest.xml"));
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, code);
        QVERIFY2(m.error().message.contains(mentions), qPrintable(m.error().message));
        QVERIFY2(m.error().message.contains(QStringLiteral("pkg.appx/AppxManifest.xml")), qPrintable(m.error().message));
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
        const auto m = BundleManifest::parse(test::bundleManifestXml(spec, offsets, sizes), QStringLiteral("b/AppxBundleManifest.xml"));
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
        QCOMPARE(m->schemaYear, 2017);
        QCOMPARE(m->identity.fullName(), QStringLiteral("Contoso.Sample_1.0.0.0_neutral_~_") + PackageIdentity::publisherIdOf(spec.publisher));
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
        QCOMPARE(fr.resourceId, QStringLiteral("split.language-fr"));
        QCOMPARE(fr.resources.size(), 1);
        QCOMPARE(fr.resources.at(0).language, QStringLiteral("fr-FR"));
        QCOMPARE(m->packages.at(8).resources.at(0).dxFeatureLevel, QStringLiteral("dx11"));
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
        const auto m = BundleManifest::parse(xml, QStringLiteral("b.appxbundle/AppxMetadata/AppxBundleManifest.xml"));
        QVERIFY(!m.ok());
        QCOMPARE(m.error().code, code);
        QVERIFY2(m.error().message.contains(mentions), qPrintable(m.error().message));
    }

    void blockMap()
    {
        const QByteArray data(200000, 'x');
        QString xml = QStringLiteral("<BlockMap xmlns=\"http://schemas.microsoft.com/appx/2010/blockmap\" HashMethod=\"http://www.w3.org/2001/04/xmlenc#sha256\">"
                                     "<File Name=\"bin\\a.dat\" Size=\"200000\" LfhSize=\"40\">");
        for (const QString &h : test::blockHashes(data))
            xml += QStringLiteral("<Block Hash=\"%1\" Size=\"10\"/>").arg(h);
        xml += QStringLiteral("</File><File Name=\"empty.txt\" Size=\"0\" LfhSize=\"39\"/></BlockMap>");
        const auto map = BlockMap::parse(xml.toUtf8(), QStringLiteral("x"));
        QVERIFY(map.ok());
        QCOMPARE(map->files().size(), 2);
        const BlockMapFile *f = map->find(QStringLiteral("BIN/A.dat"));
        QVERIFY(f);
        QCOMPARE(f->name, QStringLiteral("bin/a.dat"));
        QCOMPARE(f->blocks.size(), 4);
        QVERIFY(map->checkInMemory(*f, data, QStringLiteral("p")).ok());
        QByteArray altered = data;
        altered[70000] = 'y';
        const Status bad = map->checkInMemory(*f, altered, QStringLiteral("p.appx"));
        QCOMPARE(bad.error().code, QStringLiteral("appx.block-hash-mismatch"));
        QVERIFY(bad.error().message.contains(QStringLiteral("Block 2 of bin/a.dat")));
        QCOMPARE(map->checkInMemory(*f, data.left(1000), QStringLiteral("p")).error().code, QStringLiteral("appx.size-mismatch"));

        QCOMPARE(BlockMap::parse("<BlockMap HashMethod=\"http://www.w3.org/2000/09/xmldsig#md5\"/>", QStringLiteral("x")).error().code,
                 QStringLiteral("appx.blockmap-unsupported-hash"));
        QCOMPARE(BlockMap::parse("<BlockMap HashMethod=\"x#sha256\"><File Name=\"a\" Size=\"1\"><Block Hash=\"!!\"/></File></BlockMap>", QStringLiteral("x"))
                     .error()
                     .code,
                 QStringLiteral("appx.blockmap-invalid"));
        QCOMPARE(BlockMap::parse("<BlockMap HashMethod=\"x#sha256\"><File Name=\"a\" Size=\"1\"/><File Name=\"A\" Size=\"1\"/></BlockMap>", QStringLiteral("x"))
                     .error()
                     .code,
                 QStringLiteral("appx.blockmap-invalid"));
    }

    void detectFormat()
    {
        QCOMPARE(PackagePath::detectFormat(QStringLiteral("/nonexistent/x.appx")), PackageFormat::Unknown);
        QVERIFY(!PackagePath::looksLikePackage(QStringLiteral("/etc/hostname")));
    }
};

QTEST_GUILESS_MAIN(TestAppxFormat)
#include "tst_appxformat.moc"
