// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Image facts from the image's own hives first (SYSTEM: architecture and languages; SOFTWARE:
// build, UBR, edition, ...), then the WIM XML, then file heuristics; each fact keeps its source.
// Images are folders written by OfflineImageBuilder whose files and hives disagree on purpose.
#include "HiveBuilder.h"
#include "OfflineImageBuilder.h"
#include "WimBuilder.h"

#include "provision/Applicability.h"
#include "provision/OfflineImage.h"
#include "registry/HiveFacts.h"
#include "registry/ImageHives.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

namespace {
const QString SoftwareCv = u"SOFTWARE hive, Microsoft\\Windows NT\\CurrentVersion\\"_s;
}

class TestImageFacts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_images = 0;

    /// An image whose files say arm64, build 19041 and en-US/de-DE, with the hives of `hives` (if any).
    QString newImage(const std::optional<ImageHivesSpec> &hives)
    {
        const QString root = m_dir.filePath(u"image%1"_s.arg(++m_images));
        OfflineImageSpec spec;
        spec.machine = PeMachine::Arm64;
        spec.build = 19041;
        spec.languages = {u"en-US"_s, u"de-DE"_s};
        spec.hives = hives;
        return writeOfflineImage(root, spec) ? root : QString();
    }

private Q_SLOTS:
    void hivesWinOverFiles_data()
    {
        QTest::addColumn<QString>("processorArchitecture");
        QTest::addColumn<int>("cpu");
        QTest::addColumn<quint32>("controlSet");
        QTest::newRow("AMD64") << u"AMD64"_s << int(ImageCpu::X64) << 1u;
        QTest::newRow("x86") << u"x86"_s << int(ImageCpu::X86) << 1u;
        QTest::newRow("ARM64") << u"ARM64"_s << int(ImageCpu::Arm64) << 1u;
        QTest::newRow("ARM") << u"ARM"_s << int(ImageCpu::Arm) << 1u;
        QTest::newRow("amd64 in ControlSet002") << u"amd64"_s << int(ImageCpu::X64) << 2u;
    }

    void hivesWinOverFiles()
    {
        QFETCH(QString, processorArchitecture);
        QFETCH(int, cpu);
        QFETCH(quint32, controlSet);
        ImageHivesSpec hives;
        hives.processorArchitecture = processorArchitecture;
        hives.controlSet = controlSet;
        hives.uiLanguages = {u"fr-FR"_s, u"ja-JP"_s};
        hives.installLanguage = u"040c"_s;
        hives.defaultLanguage = u"0411"_s;
        const QString root = newImage(hives);
        QVERIFY(!root.isEmpty());
        const auto img = OfflineImage::inspect(root);
        QVERIFY2(img, qPrintable(img ? QString() : img.error().oneLine()));
        const QString set = u"ControlSet%1"_s.arg(controlSet, 3, 10, QLatin1Char('0'));
        QCOMPARE(int(img->cpu()), cpu);
        QCOMPARE(img->cpuSource(), u"SYSTEM hive, "_s + set + u"\\Control\\Session Manager\\Environment\\PROCESSOR_ARCHITECTURE"_s);
        QCOMPARE(img->build(), 22631u);
        QCOMPARE(img->ubr(), 4169u);
        QCOMPARE(img->buildText(), u"22631.4169"_s);
        QCOMPARE(img->buildSource(), SoftwareCv + u"CurrentBuildNumber"_s);
        QCOMPARE(img->ubrSource(), SoftwareCv + u"UBR"_s);
        QCOMPARE(img->languageTags(), QStringList({u"fr-FR"_s, u"ja-JP"_s})); // not the en-US/de-DE folders
        QCOMPARE(img->languages().first().sources,
                 QStringList({u"SYSTEM hive, "_s + set + u"\\Control\\MUI\\UILanguages\\fr-FR"_s,
                              u"SYSTEM hive, "_s + set + u"\\Control\\Nls\\Language\\InstallLanguage"_s}));
        const HiveFacts &facts = img->hiveFacts();
        QCOMPARE(facts.editionId->value, u"Professional"_s);
        QCOMPARE(facts.editionId->source, SoftwareCv + u"EditionID"_s);
        QCOMPARE(facts.productName->value, u"Windows 10 Pro"_s);
        QCOMPARE(facts.installationType->value, u"Client"_s);
        QCOMPARE(facts.displayVersion->value, u"23H2"_s);
        QCOMPARE(facts.defaultLanguage->value, u"ja-JP"_s);
        QCOMPARE(facts.hivesRead, QStringList({u"Windows/System32/config/SOFTWARE"_s, u"Windows/System32/config/SYSTEM"_s}));
    }

    void hiveWinsOverWimXml()
    {
        const QString root = newImage(ImageHivesSpec{});
        WimImageFacts wim;
        wim.source = u"WIM XML of install.wim, index 1"_s;
        wim.architecture = 12; // arm64
        wim.build = 19045;
        wim.languages = {u"de-DE"_s};
        const auto img = OfflineImage::inspect(root, wim);
        QVERIFY(img);
        QCOMPARE(img->cpu(), ImageCpu::X64);
        QCOMPARE(img->build(), 22631u);
        QCOMPARE(img->languageTags(), QStringList({u"en-US"_s}));
    }

    void filesAndWimXmlRemainFallbacks()
    {
        const QString root = newImage(std::nullopt);
        QVERIFY(QFile::remove(root + u"/Windows/System32/config/SOFTWARE"_s)); // a bare folder: no hive at all
        auto img = OfflineImage::inspect(root);
        QVERIFY2(img, qPrintable(img ? QString() : img.error().oneLine()));
        QCOMPARE(img->cpu(), ImageCpu::Arm64);
        QVERIFY(img->cpuSource().startsWith(u"PE header"_s));
        QCOMPARE(img->build(), 19041u);
        QCOMPARE(img->ubr(), std::nullopt);
        QCOMPARE(img->buildText(), u"19041"_s);
        QVERIFY(img->hiveFacts().hivesRead.isEmpty());
        QVERIFY(!img->hiveFacts().editionId);
        QCOMPARE(img->languageTags(), QStringList({u"de-DE"_s, u"en-US"_s}));
        // A SOFTWARE hive without a build and a SYSTEM hive without an architecture or languages.
        ImageHivesSpec sparse;
        sparse.build.clear();
        sparse.ubr.reset();
        sparse.processorArchitecture.clear();
        sparse.uiLanguages.clear();
        sparse.installLanguage.clear();
        sparse.defaultLanguage = u"ffff"_s; // not a known LCID: says nothing
        QVERIFY(writeImageHives(root, sparse));
        img = OfflineImage::inspect(root);
        QVERIFY2(img, qPrintable(img ? QString() : img.error().oneLine()));
        QCOMPARE(img->cpu(), ImageCpu::Arm64);
        QCOMPARE(img->build(), 19041u);
        QCOMPARE(img->languageTags(), QStringList({u"de-DE"_s, u"en-US"_s}));
        QCOMPARE(img->hiveFacts().editionId->value, u"Professional"_s);
    }

    void currentBuildWhenCurrentBuildNumberIsMissing()
    {
        const QString root = newImage(std::nullopt);
        HiveBuilder software;
        software.setValue(u"Microsoft\\Windows NT\\CurrentVersion"_s, RegistryValue::string(u"CurrentBuild"_s, u"26100"_s));
        QVERIFY(software.writeTo(root + u"/Windows/System32/config/SOFTWARE"_s));
        const auto img = OfflineImage::inspect(root);
        QVERIFY(img);
        QCOMPARE(img->build(), 26100u);
        QCOMPARE(img->buildSource(), SoftwareCv + u"CurrentBuild"_s);
    }

    void arm64RulesUseTheBuildFromTheHive_data()
    {
        QTest::addColumn<QString>("build");
        QTest::addColumn<bool>("x64Applies");
        QTest::addColumn<bool>("armApplies");
        QTest::newRow("Windows 10 19045") << u"19045"_s << false << true;
        QTest::newRow("Windows 11 22631") << u"22631"_s << true << true;
        QTest::newRow("Windows 11 24H2 26100") << u"26100"_s << true << false;
    }

    void arm64RulesUseTheBuildFromTheHive()
    {
        QFETCH(QString, build);
        QFETCH(bool, x64Applies);
        QFETCH(bool, armApplies);
        ImageHivesSpec hives;
        hives.processorArchitecture = u"ARM64"_s;
        hives.build = build;
        const QString root = newImage(hives); // its servicing manifests say 19041
        const auto img = OfflineImage::inspect(root);
        QVERIFY(img);
        DecisionText reason;
        QCOMPARE(Applicability::architectureApplies(*img, PackageArchitecture::X64, &reason), x64Applies);
        QCOMPARE(Applicability::architectureApplies(*img, PackageArchitecture::Arm, &reason), armApplies);
    }

    void corruptHiveIsAnError_data()
    {
        QTest::addColumn<QString>("hive");
        QTest::newRow("SYSTEM") << u"SYSTEM"_s;
        QTest::newRow("SOFTWARE") << u"SOFTWARE"_s;
    }

    void corruptHiveIsAnError()
    {
        QFETCH(QString, hive);
        const QString root = newImage(ImageHivesSpec{});
        const QString path = root + u"/Windows/System32/config/"_s + hive;
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(0x1800)); // truncated inside its first hive bin
        f.close();
        const auto img = OfflineImage::inspect(root);
        QVERIFY(!img);
        QCOMPARE(img.error().code, u"registry.corrupt"_s);
        QVERIFY2(img.error().message.contains(path), qPrintable(img.error().message));
    }

    void unsupportedArchitectureInTheHive()
    {
        ImageHivesSpec hives;
        hives.processorArchitecture = u"IA64"_s;
        const auto img = OfflineImage::inspect(newImage(hives));
        QVERIFY(!img);
        QCOMPARE(img.error().code, u"provision.unknown-architecture"_s);
        QVERIFY(img.error().message.contains(u"IA64"_s));
    }

    void locatesHivesCaseInsensitively()
    {
        const QString root = m_dir.filePath(u"lowercase"_s);
        QVERIFY(softwareHive(ImageHivesSpec{}).writeTo(root + u"/windows/SYSTEM32/Config/software"_s));
        QVERIFY(QDir().mkpath(root + u"/windows/SYSTEM32/Config/SYSTEM"_s)); // a folder is not a hive
        QCOMPARE(ImageHives::locate(root, ImageHives::Kind::Software), root + u"/windows/SYSTEM32/Config/software"_s);
        QCOMPARE(ImageHives::locate(root, ImageHives::Kind::System), std::nullopt);
        QCOMPARE(ImageHives::locate(root, ImageHives::Kind::Drivers), std::nullopt);
        QCOMPARE(ImageHives::relativePath(ImageHives::Kind::DefaultUser), u"Users/Default/NTUSER.DAT"_s);
        const auto facts = HiveFacts::read(root);
        QVERIFY(facts);
        QCOMPARE(facts->build->value, u"22631"_s);
        QCOMPARE(facts->hivesRead, QStringList({u"Windows/System32/config/SOFTWARE"_s}));
    }

    void lcids_data()
    {
        QTest::addColumn<QString>("lcid");
        QTest::addColumn<QString>("tag");
        QTest::newRow("en-US") << u"0409"_s << u"en-US"_s;
        QTest::newRow("zh-CN") << u"0804"_s << u"zh-CN"_s;
        QTest::newRow("zh-TW") << u"0404"_s << u"zh-TW"_s;
        QTest::newRow("lower-case hex") << u"0c0a"_s << u"es-ES"_s;
        QTest::newRow("sr-Latn-RS") << u"241A"_s << u"sr-Latn-RS"_s;
        QTest::newRow("unknown") << u"ffff"_s << QString();
        QTest::newRow("not hex") << u"en-US"_s << QString();
    }

    void lcids()
    {
        QFETCH(QString, lcid);
        QFETCH(QString, tag);
        QCOMPARE(HiveFacts::languageOfLcid(lcid), tag);
    }
};

QTEST_GUILESS_MAIN(TestImageFacts)
#include "tst_imagefacts.moc"
