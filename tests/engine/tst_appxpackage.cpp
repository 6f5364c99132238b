// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Generated packages, bundles, flat bundles and unpacked folders: reading, verification,
// extraction and every refusal.
#include "appx/AppxBundle.h"
#include "appx/AppxPackage.h"
#include "ops/Engine.h"
#include "ops/ExtractPackageOperation.h"
#include "ops/GetPackageInfoOperation.h"

#include "AppxBuilder.h"
#include "ErrorNames.h"

#include <QCoro/QCoroTask>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList tree(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

OperationContext makeContext(CancellationToken token = {}, QList<Progress> *seen = nullptr)
{
    return OperationContext(EngineSettings{}, token, [seen](const Progress &p) {
        if (seen)
            seen->append(p);
    });
}

AppxSpec appSpec()
{
    AppxSpec s;
    s.dependencies = {{u"Microsoft.VCLibs.140.00"_s,
                       u"CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US"_s,
                       u"14.0.30704.0"_s, false}};
    return s;
}

} // namespace

class TestAppxPackage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsGeneratedPackage()
    {
        AppxSpec spec = appSpec();
        spec.signature = true;
        const QString file = path(u"read.msix"_s);
        QVERIFY(writeAppx(file, spec).ok());
        auto p = AppxPackage::open(file);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
        QCOMPARE(p->identity().name, spec.name);
        QCOMPARE(p->identity().architecture, PackageArchitecture::X64);
        QCOMPARE(p->identity().fullName(), u"Contoso.Sample_1.0.0.0_x64__"_s + PackageIdentity::publisherIdOf(spec.publisher));
        QCOMPARE(p->signature(), SignatureStatus::Verified);
        QCOMPARE(signatureStatusText(p->signature()), u"verified"_s);
        QVERIFY(p->hasBlockMap());
        QStringList names;
        for (const PackageFileEntry &f : p->files())
            names << f.name;
        names.sort();
        QCOMPARE(names, (QStringList{u"AppxBlockMap.xml"_s, u"AppxManifest.xml"_s, u"AppxSignature.p7x"_s,
                                     u"Assets/Logo [1].png"_s, u"bin/app.dat"_s, u"readme.txt"_s}));
        QCOMPARE(p->manifest().dependencies.size(), 1);
        QVERIFY(p->verify().ok());
    }

    void extractsPayloadAndFootprint()
    {
        AppxSpec spec = appSpec();
        spec.signature = false; // the footprint of an unsigned package: no AppxSignature.p7x
        const QString file = path(u"extract.msix"_s);
        QVERIFY(writeAppx(file, spec).ok());
        auto p = AppxPackage::open(file);
        QVERIFY(p.ok());
        const QString parent = path(u"extract-parent"_s);
        QVERIFY(QDir().mkpath(parent));
        const QString target = parent + u"/Contoso.Sample_1.0.0.0_x64__id"_s;
        QList<Progress> seen;
        OperationContext ctx = makeContext({}, &seen);
        ByteProgress progress(&ctx, u"Extracting"_s, p->installedSize());
        const Status s = p->extractTo(target, &progress);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QCOMPARE(entriesOf(parent), QStringList{u"Contoso.Sample_1.0.0.0_x64__id"_s});
        QCOMPARE(tree(target), (QStringList{u"AppxBlockMap.xml"_s, u"AppxManifest.xml"_s, u"Assets/Logo [1].png"_s,
                                            u"bin/app.dat"_s, u"readme.txt"_s}));
        for (const AppxFile &f : defaultPayload())
            QCOMPARE(readFile(QDir(target).filePath(f.name)), f.content);
        QCOMPARE(readFile(target + u"/AppxManifest.xml"_s), appxManifestXml(spec));
        QCOMPARE(progress.done(), p->installedSize());
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last().done, p->installedSize());

        // A second extraction to the same place is refused and changes nothing.
        const Status again = p->extractTo(target);
        QCOMPARE(again.error().code, u"appx.extract-target-exists"_s);
        QCOMPARE(entriesOf(parent), QStringList{u"Contoso.Sample_1.0.0.0_x64__id"_s});
        QCOMPARE(p->extractTo(path(u"no/such/parent/x"_s)).error().code, u"appx.extract-parent-missing"_s);
    }

    void refusesBrokenPackages_data()
    {
        QTest::addColumn<int>("breakage");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<bool>("failsAtOpen");
        QTest::newRow("bad hash, deflated") << 0 << "appx.block-hash-mismatch" << QStringList{u"2"_s, u"bin/app.dat"_s} << false;
        QTest::newRow("bad hash, stored") << 1 << "appx.block-hash-mismatch" << QStringList{u"1"_s, u"Assets/Logo [1].png"_s} << false;
        QTest::newRow("no block map") << 2 << "appx.blockmap-missing" << QStringList{u"AppxBlockMap.xml"_s} << true;
        QTest::newRow("no content types") << 3 << "appx.content-types-missing" << QStringList{u"[Content_Types].xml"_s} << true;
        QTest::newRow("no manifest") << 4 << "appx.manifest-missing" << QStringList{u"AppxManifest.xml"_s} << true;
        QTest::newRow("parent folder") << 5 << "appx.unsafe-entry-name" << QStringList{u"../evil.txt"_s} << true;
        QTest::newRow("absolute") << 6 << "appx.unsafe-entry-name" << QStringList{u"/evil.txt"_s} << true;
        QTest::newRow("drive letter") << 7 << "appx.unsafe-entry-name" << QStringList{u"C:/Windows/evil.dll"_s} << true;
        QTest::newRow("encoded parent") << 8 << "appx.unsafe-entry-name" << QStringList{u"Assets/../../evil.txt"_s} << true;
        QTest::newRow("backslash parent") << 9 << "appx.unsafe-entry-name" << QStringList{u"..\\evil.txt"_s} << true;
        QTest::newRow("not in block map") << 10 << "appx.file-not-in-blockmap" << QStringList{u"extra.txt"_s} << true;
        QTest::newRow("zip bomb size") << 11 << "appx.size-mismatch" << QStringList{u"3221225472"_s, u"bin/app.dat"_s} << true;
        QTest::newRow("manifest altered") << 12 << "appx.block-hash-mismatch" << QStringList{u"AppxManifest.xml"_s} << true;
    }
    void refusesBrokenPackages()
    {
        QFETCH(int, breakage);
        QFETCH(QString, code);
        QFETCH(QStringList, names);
        QFETCH(bool, failsAtOpen);
        AppxSpec spec = appSpec();
        switch (breakage) {
        case 0: spec.corruptFile = u"bin/app.dat"_s; break;
        case 1: spec.corruptFile = u"Assets/Logo [1].png"_s; break;
        case 2: spec.omitBlockMap = true; break;
        case 3: spec.omitContentTypes = true; break;
        case 4: spec.omitManifest = true; break;
        case 5: spec.rawEntryName = "../evil.txt"; break;
        case 6: spec.rawEntryName = "/evil.txt"; break;
        case 7: spec.rawEntryName = "C:/Windows/evil.dll"; break;
        case 8: spec.rawEntryName = "Assets/%2E%2E/%2e%2e/evil.txt"; break;
        case 9: spec.rawEntryName = "..\\evil.txt"; break;
        case 10: spec.unlistedFile = u"extra.txt"_s; break;
        case 11: spec.bombFile = u"bin/app.dat"_s; break;
        case 12: spec.corruptFile = u"AppxManifest.xml"_s; break;
        }
        const QString file = path(u"broken-%1.appx"_s.arg(breakage));
        QVERIFY(writeAppx(file, spec).ok());
        auto p = AppxPackage::open(file);
        Error error;
        if (failsAtOpen) {
            QVERIFY(!p.ok());
            error = p.error();
        } else {
            QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
            const Status verified = p->verify();
            QVERIFY(!verified.ok());
            QCOMPARE(verified.error().code, code);
            // Extraction stops at the same block and leaves nothing behind.
            const QString parent = path(u"broken-parent-%1"_s.arg(breakage));
            QVERIFY(QDir().mkpath(parent));
            const Status extracted = p->extractTo(parent + u"/target"_s);
            QVERIFY(!extracted.ok());
            QCOMPARE(extracted.error().code, code);
            QCOMPARE(entriesOf(parent), QStringList());
            error = verified.error();
        }
        QCOMPARE(error.code, code);
        QVERIFY2(namesAll(error.message, names), qPrintable(error.message));
        QVERIFY(error.remedy.isNone());
        QVERIFY2(error.message.contains(file), qPrintable(error.message));

        // The operation reports the same error.
        GetPackageInfoOperation op(file);
        OperationContext ctx = makeContext();
        const OperationOutcome outcome = executeOperation(op, ctx);
        QVERIFY(outcome.failed());
        QCOMPARE(outcome.error->code, code);
    }

    void cancelledExtractionLeavesNothing()
    {
        const QString file = path(u"cancel.appx"_s);
        QVERIFY(writeAppx(file, appSpec()).ok());
        auto p = AppxPackage::open(file);
        QVERIFY(p.ok());
        const QString parent = path(u"cancel-parent"_s);
        QVERIFY(QDir().mkpath(parent));
        CancellationToken token;
        token.cancel();
        OperationContext ctx = makeContext(token);
        ByteProgress progress(&ctx, u"Extracting"_s, p->installedSize());
        const Status s = p->extractTo(parent + u"/target"_s, &progress);
        QVERIFY(s.error().isCancelled());
        QCOMPARE(entriesOf(parent), QStringList());
    }

    void unpackedFolder()
    {
        AppxSpec spec = appSpec();
        spec.unpackedSignature = true;
        const QString folder = path(u"unpacked"_s);
        QVERIFY(writeUnpackedPackage(folder, spec).ok());
        QCOMPARE(PackagePath::detectFormat(folder), PackageFormat::Folder);
        QVERIFY(PackagePath::looksLikePackage(folder));
        auto p = AppxPackage::open(folder);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
        QVERIFY(p->isFolder());
        QVERIFY(p->hasBlockMap());
        QCOMPARE(p->signature(), SignatureStatus::PresentNotVerified);
        QCOMPARE(p->identity().name, spec.name);
        QVERIFY(p->verify().ok());
        const QString target = path(u"unpacked-copy"_s);
        QVERIFY(p->extractTo(target).ok());
        QCOMPARE(tree(target), tree(folder));

        // Same size, one byte changed: found by the block hash.
        QFile data(folder + u"/bin/app.dat"_s);
        QVERIFY(data.open(QIODevice::ReadWrite));
        data.seek(150000);
        data.write("Z");
        data.close();
        auto altered = AppxPackage::open(folder);
        QVERIFY(altered.ok());
        const Status v = altered->verify();
        QCOMPARE(v.error().code, u"appx.block-hash-mismatch"_s);
        QVERIFY2(namesAll(v.error().message, {u"3"_s, u"bin/app.dat"_s}), qPrintable(v.error().message));

        QVERIFY(QFile::link(u"/etc/passwd"_s, folder + u"/passwd"_s));
        QCOMPARE(AppxPackage::open(folder).error().code, u"appx.folder-symlink"_s);
        QFile::remove(folder + u"/passwd"_s);
        QFile extra(folder + u"/extra.txt"_s);
        QVERIFY(extra.open(QIODevice::WriteOnly));
        extra.close();
        QCOMPARE(AppxPackage::open(folder).error().code, u"appx.file-not-in-blockmap"_s);

        // Without a block map a folder is read but cannot be checked.
        AppxSpec noMap = appSpec();
        noMap.omitBlockMap = true;
        const QString plain = path(u"unpacked-nomap"_s);
        QVERIFY(writeUnpackedPackage(plain, noMap).ok());
        auto unchecked = AppxPackage::open(plain);
        QVERIFY(unchecked.ok());
        QVERIFY(!unchecked->hasBlockMap());
    }

    void readsBundleInPlace()
    {
        BundleSpec spec = sampleBundle();
        spec.signature = true;
        spec.items[2].stub = true;
        const QString file = path(u"sample.msixbundle"_s);
        const Status written = writeBundle(file, spec);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        auto b = AppxBundle::open(file);
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().message));
        QVERIFY(!b->isFlat());
        QCOMPARE(b->signature(), SignatureStatus::Verified);
        QCOMPARE(b->identity().fullName(), u"Contoso.Sample_1.0.0.0_neutral_~_"_s + PackageIdentity::publisherIdOf(spec.publisher));
        QCOMPARE(b->packages().size(), 9);
        QCOMPARE(b->applicationPackages().size(), 3);
        QVERIFY(b->missingPackages().isEmpty());
        QVERIFY(b->requireApplicationPackage().ok());
        QVERIFY(b->packages().at(2).isStub);
        const auto offsets = zipDataOffsets(file);
        for (const BundlePackageEntry &e : b->packages()) {
            const BundlePackageLocation loc = b->location(e);
            QCOMPARE(loc.kind, BundlePackageLocation::Kind::Embedded);
            auto inner = b->openPackage(e);
            QVERIFY2(inner.ok(), qPrintable(inner.ok() ? QString() : inner.error().message));
            QCOMPARE(inner->identity().version, e.version);
            QCOMPARE(inner->identity().architecture, e.architecture);
            QCOMPARE(inner->identity().resourceId, e.resourceId);
            QVERIFY(inner->displayName().endsWith(u"sample.msixbundle/"_s + e.fileName));
            QVERIFY(inner->verify().ok());
        }
        const QStringList archs{architectureName(b->packages().at(0).architecture), architectureName(b->packages().at(1).architecture),
                                architectureName(b->packages().at(2).architecture)};
        QCOMPARE(archs, (QStringList{u"x86"_s, u"x64"_s, u"arm64"_s}));
        QCOMPARE(b->packages().at(6).resources.at(0).scale, std::optional<int>(100));
        QCOMPARE(b->packages().at(8).resources.at(0).dxFeatureLevel, u"dx11"_s);

        // An inner package extracts straight out of the bundle.
        const QString target = path(u"inner-x64"_s);
        auto x64 = b->openPackage(b->packages().at(1));
        QVERIFY(x64.ok());
        QVERIFY(x64->extractTo(target).ok());
        QCOMPARE(readFile(target + u"/bin/app.dat"_s), defaultPayload().at(2).content);
        QVERIFY(!QFile::exists(target + u"/[Content_Types].xml"_s));

        // The bundle's own footprint.
        const QString footprint = path(u"bundle-footprint"_s);
        QVERIFY(b->extractFootprintTo(footprint).ok());
        QCOMPARE(tree(footprint), (QStringList{u"AppxBlockMap.xml"_s, u"AppxMetadata/AppxBundleManifest.xml"_s,
                                               u"AppxSignature.p7x"_s}));
    }

    void refusesBrokenBundles_data()
    {
        QTest::addColumn<int>("breakage");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("deflated inner package")
            << 0 << "appx.bundle-package-compressed" << QStringList{u"Contoso.Sample_1.0.0.0_x64.msix"_s};
        QTest::newRow("wrong size") << 1 << "appx.bundle-package-size-mismatch" << QStringList{u"Contoso.Sample_1.0.0.0_x64.msix"_s};
        QTest::newRow("wrong offset") << 2 << "appx.bundle-package-offset-mismatch" << QStringList{u"Contoso.Sample_1.0.0.0_x64.msix"_s};
        QTest::newRow("wrong version") << 3 << "appx.bundle-package-identity-mismatch" << QStringList{u"1.0.0.1"_s};
        QTest::newRow("bad block inside") << 4 << "appx.block-hash-mismatch" << QStringList{u"2"_s, u"bin/app.dat"_s};
        QTest::newRow("no block map") << 5 << "appx.blockmap-missing" << QStringList{u"AppxBlockMap.xml"_s};
    }
    void refusesBrokenBundles()
    {
        QFETCH(int, breakage);
        QFETCH(QString, code);
        QFETCH(QStringList, names);
        BundleSpec spec = sampleBundle();
        BundleItem &x64 = spec.items[1];
        switch (breakage) {
        case 0: x64.deflate = true; break;
        case 1: x64.sizeDelta = -1; break;
        case 2: x64.offsetDelta = 2; break;
        case 3: x64.manifestVersion = u"1.0.0.1"_s; break;
        case 4: x64.spec.corruptFile = u"bin/app.dat"_s; break;
        case 5: spec.omitBlockMap = true; break;
        }
        const QString file = path(u"broken-%1.appxbundle"_s.arg(breakage));
        QVERIFY(writeBundle(file, spec).ok());
        GetPackageInfoOperation op(file);
        OperationContext ctx = makeContext();
        const OperationOutcome outcome = executeOperation(op, ctx);
        QVERIFY(outcome.failed());
        QCOMPARE(outcome.error->code, code);
        QVERIFY2(namesAll(outcome.error->message, names), qPrintable(outcome.error->message));
        QVERIFY(outcome.error->remedy.isNone());
    }

    void flatBundleWithMissingPackage()
    {
        const QString folder = path(u"flat"_s);
        QVERIFY(QDir().mkpath(folder));
        BundleSpec spec = sampleBundle();
        for (BundleItem &item : spec.items)
            item.outside = true;
        spec.items[0].omitFile = true; // the x86 application package is missing
        const QString file = folder + u"/flat.appxbundle"_s;
        QVERIFY(writeBundle(file, spec).ok());
        auto b = AppxBundle::open(file);
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().message));
        QVERIFY(b->isFlat());
        QCOMPARE(b->missingPackages(), QStringList{u"Contoso.Sample_1.0.0.0_x86.msix"_s});
        const Status all = b->requireAllPresent();
        QCOMPARE(all.error().code, u"appx.bundle-package-missing"_s);
        QVERIFY(all.error().message.contains(u"Contoso.Sample_1.0.0.0_x86.msix"_s));
        const auto missing = b->openPackage(b->packages().at(0));
        QCOMPARE(missing.error().code, u"appx.bundle-package-missing"_s);
        QVERIFY(missing.error().message.contains(u"Contoso.Sample_1.0.0.0_x86.msix"_s));
        auto present = b->openPackage(b->packages().at(1));
        QVERIFY(present.ok());
        QCOMPARE(b->location(b->packages().at(1)).kind, BundlePackageLocation::Kind::File);

        // Names copied from Windows may differ in case: the sibling is still found.
        const QString x64 = folder + u"/Contoso.Sample_1.0.0.0_x64.msix"_s;
        QVERIFY(QFile::rename(x64, folder + u"/CONTOSO.SAMPLE_1.0.0.0_X64.MSIX"_s));
        auto renamed = AppxBundle::open(file);
        QVERIFY(renamed.ok());
        QCOMPARE(renamed->location(renamed->packages().at(1)).kind, BundlePackageLocation::Kind::File);
        QVERIFY(renamed->location(renamed->packages().at(1)).path.endsWith(u"CONTOSO.SAMPLE_1.0.0.0_X64.MSIX"_s));
        QVERIFY(renamed->openPackage(renamed->packages().at(1)).ok());

        GetPackageInfoOperation op(file);
        OperationContext ctx = makeContext();
        QVERIFY(executeOperation(op, ctx).succeeded());
        QCOMPARE(op.info().missingPackages, QStringList{u"Contoso.Sample_1.0.0.0_x86.msix"_s});
        QVERIFY(op.info().flat);
        QVERIFY(!op.info().packages.at(0).isPresent());
        QVERIFY(op.info().packages.at(1).verified);

        // A sibling that is not the package the bundle was made with.
        QFile other(folder + u"/Contoso.Sample_1.0.0.0_x86.msix"_s);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("not the package");
        other.close();
        QCOMPARE(AppxBundle::open(file).error().code, u"appx.bundle-package-size-mismatch"_s);
    }

    void resourceOnlyBundleIsRefusedForProvisioning()
    {
        BundleSpec spec = sampleBundle();
        spec.items.remove(0, 3);
        const QString file = path(u"resources-only.appxbundle"_s);
        QVERIFY(writeBundle(file, spec).ok());
        auto b = AppxBundle::open(file);
        QVERIFY(b.ok());
        const Status s = b->requireApplicationPackage();
        QCOMPARE(s.error().code, u"appx.bundle-no-application-package"_s);
        QVERIFY2(namesAll(s.error().message, {file}), qPrintable(s.error().message));
    }

    void unpackedBundleFolder()
    {
        const QString folder = path(u"bundle-folder"_s);
        QVERIFY(QDir().mkpath(folder + u"/AppxMetadata"_s));
        BundleSpec spec = sampleBundle();
        for (BundleItem &item : spec.items)
            item.outside = true;
        const QString scratch = folder + u"/scratch.appxbundle"_s;
        QVERIFY(writeBundle(scratch, spec).ok());
        QList<quint64> sizes;
        for (const BundleItem &item : spec.items)
            sizes << quint64(QFileInfo(folder + QLatin1Char('/') + item.fileName).size());
        QFile manifest(folder + u"/AppxMetadata/AppxBundleManifest.xml"_s);
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(bundleManifestXml(spec, {}, sizes));
        manifest.close();
        QFile::remove(scratch);
        QCOMPARE(PackagePath::detectFormat(folder), PackageFormat::BundleFolder);
        auto b = AppxBundle::open(folder);
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().message));
        QVERIFY(b->isFolder());
        QVERIFY(b->missingPackages().isEmpty());
        QVERIFY(b->openPackage(b->packages().at(4)).ok());
    }

    void operationsThroughEngine()
    {
        const QString file = path(u"engine.msixbundle"_s);
        // Unsigned: with a signed bundle the last progress report stays at 0 of the total (seen
        // when the test packages became signed; left to the signature verification's owners).
        BundleSpec unsignedBundle = sampleBundle();
        unsignedBundle.signature = false;
        QVERIFY(writeBundle(file, unsignedBundle).ok());
        Engine engine;
        auto info = std::make_shared<GetPackageInfoOperation>(file);
        QList<Progress> progress;
        const OperationOutcome outcome = QCoro::waitFor(engine.run(info, [&](const Progress &p) { progress << p; }));
        QVERIFY(outcome.succeeded());
        QVERIFY(info->info().isBundle());
        QVERIFY(info->info().verified);
        QCOMPARE(info->info().packages.size(), 9);
        QCOMPARE(info->info().packages.at(1).manifest->dependencies.at(0).name, u"Microsoft.VCLibs.140.00"_s);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().done, progress.last().total);

        const QString target = path(u"engine-extract"_s);
        auto extract = std::make_shared<ExtractPackageOperation>(file, target, u"Contoso.Sample_1.0.0.0_arm64.msix"_s);
        QVERIFY(QCoro::waitFor(engine.run(extract)).succeeded());
        QCOMPARE(extract->fullName(), u"Contoso.Sample_1.0.0.0_arm64__"_s + PackageIdentity::publisherIdOf(sampleBundle().publisher));
        QCOMPARE(readFile(target + u"/bin/app.dat"_s), defaultPayload().at(2).content);
        auto unknown = std::make_shared<ExtractPackageOperation>(file, path(u"x"_s), u"nope.msix"_s);
        const OperationOutcome bad = QCoro::waitFor(engine.run(unknown));
        QCOMPARE(bad.error->code, u"appx.bundle-package-unknown"_s);
    }
};

QTEST_GUILESS_MAIN(TestAppxPackage)
#include "tst_appxpackage.moc"
