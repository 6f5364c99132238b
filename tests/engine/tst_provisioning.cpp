// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Provisioning into offline image folders built at test time: files under Program Files/WindowsApps,
// AppxProvisioning.xml entries shaped like Windows' own, Custom.data and the license under DISM's
// names (and WimBench's earlier names still read and moved), regions, remove
// keeping shared frameworks, optimize with hard links, failures and cancellation leaving the image
// byte-identical, and the real existingBundle.msixbundle.
#include "AppxBuilder.h"
#include "DecisionCodes.h"
#include "OfflineImageBuilder.h"
#include "WimBuilder.h"

#include "appx/PackageIdentity.h"
#include "core/Operation.h"
#include "ops/AddProvisionedAppxPackageOperation.h"
#include "ops/GetProvisionedAppxPackagesOperation.h"
#include "ops/OptimizeProvisionedAppxPackagesOperation.h"
#include "ops/RemoveProvisionedAppxPackageOperation.h"
#include "ops/SetProvisionedAppxDataFileOperation.h"
#include "mount/MountRegistry.h"
#include "provision/ProvisioningList.h"
#include "provision/ProvisioningSidecar.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

namespace {
const QString Ms = u"CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US"_s;

QString fullName(const AppxSpec &s)
{
    return packageFullName(s);
}

QString bundleFullName(const BundleSpec &b)
{
    PackageIdentity i;
    i.name = b.name;
    i.publisher = b.publisher;
    i.version = *PackageVersion::parse(b.version);
    i.resourceId = u"~"_s;
    return i.fullName();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ino_t inode(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

struct Run
{
    OperationOutcome outcome;
    std::shared_ptr<AddProvisionedAppxPackageOperation> op;
    QString errorCode() const { return outcome.error ? outcome.error->code : QString(); }
    QString errorMessage() const { return outcome.error ? outcome.error->message : QString(); }
};

OperationOutcome execute(Operation &op, CancellationToken token = {}, OperationContext::ProgressSink sink = {})
{
    OperationContext ctx(EngineSettings{}, token, std::move(sink));
    return executeOperation(op, ctx);
}

Run add(const QString &image, const ProvisionRequest &r, CancellationToken token = {}, OperationContext::ProgressSink sink = {})
{
    Run run;
    run.op = std::make_shared<AddProvisionedAppxPackageOperation>(image, r);
    run.outcome = execute(*run.op, token, std::move(sink));
    return run;
}

ProvisionDecision decisionFor(const QList<ProvisionDecision> &decisions, const QString &package)
{
    for (const ProvisionDecision &d : decisions)
        if (d.package == package)
            return d;
    return {u"<no decision for %1>"_s.arg(package), false, {}};
}

QString apps(const QString &image)
{
    return image + u"/Program Files/WindowsApps"_s;
}
} // namespace

class TestProvisioning : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    BundleSpec m_bundle;
    QString m_bundlePath, m_vclibsX64, m_vclibsX86, m_vclibsArm, m_corruptFramework, m_otherPath, m_license, m_customData;
    AppxSpec m_other;
    int m_images = 0;

    QString newImage(PeMachine machine = PeMachine::X64, const QStringList &languages = {u"en-US"_s}, const QByteArray &list = {})
    {
        const QString root = m_dir.filePath(u"image%1"_s.arg(++m_images));
        OfflineImageSpec spec;
        spec.machine = machine;
        spec.languages = languages;
        spec.build = 22631;
        spec.provisioningList = list;
        if (!writeOfflineImage(root, spec))
            return {};
        return root;
    }

    ProvisionRequest bundleRequest() const
    {
        ProvisionRequest r;
        r.packagePath = m_bundlePath;
        r.dependencyPaths = {m_vclibsX64};
        r.licensePath = m_license;
        r.customDataPath = m_customData;
        r.regions = *RegionList::parse(u"all"_s);
        return r;
    }

    ProvisionRequest otherRequest() const
    {
        ProvisionRequest r;
        r.packagePath = m_otherPath;
        r.skipLicense = true;
        return r;
    }

    QString appSpecFull(const QString &arch) const
    {
        for (const BundleItem &i : m_bundle.items)
            if (!i.spec.resourcePackage && i.spec.architecture == arch)
                return fullName(i.spec);
        return {};
    }

    QString resourceFull(const QString &resourceId) const
    {
        for (const BundleItem &i : m_bundle.items)
            if (i.spec.resourcePackage && i.spec.resourceId == resourceId)
                return fullName(i.spec);
        return u"<no resource %1>"_s.arg(resourceId);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bundle = sampleBundle();
        m_bundlePath = m_dir.filePath(u"Contoso.Sample.msixbundle"_s);
        QVERIFY(writeBundle(m_bundlePath, m_bundle).ok());
        m_vclibsX64 = m_dir.filePath(u"vclibs-x64.appx"_s);
        m_vclibsX86 = m_dir.filePath(u"vclibs-x86.appx"_s);
        m_vclibsArm = m_dir.filePath(u"vclibs-arm.appx"_s);
        QVERIFY(writeAppx(m_vclibsX64, frameworkSpec(u"Microsoft.VCLibs.140.00"_s, u"14.0.30704.0"_s, u"x64"_s)).ok());
        QVERIFY(writeAppx(m_vclibsX86, frameworkSpec(u"Microsoft.VCLibs.140.00"_s, u"14.0.30704.0"_s, u"x86"_s)).ok());
        QVERIFY(writeAppx(m_vclibsArm, frameworkSpec(u"Microsoft.VCLibs.140.00"_s, u"14.0.30704.0"_s, u"arm"_s)).ok());
        AppxSpec corrupt = frameworkSpec(u"Microsoft.UI.Xaml.2.8"_s, u"8.2310.30001.0"_s, u"x64"_s);
        corrupt.corruptFile = u"vcruntime140_app.dll"_s;
        m_corruptFramework = m_dir.filePath(u"xaml-corrupt.appx"_s);
        QVERIFY(writeAppx(m_corruptFramework, corrupt).ok());
        // A second app sharing the framework and the default payload (identical files for Optimize).
        m_other.name = u"Contoso.Other"_s;
        m_other.dependencies = {{u"Microsoft.VCLibs.140.00"_s, Ms, u"14.0.24123.0"_s, false}};
        m_otherPath = m_dir.filePath(u"Contoso.Other.msix"_s);
        QVERIFY(writeAppx(m_otherPath, m_other).ok());
        m_license = m_dir.filePath(u"Contoso_License1.xml"_s);
        QVERIFY(writeFile(m_dir.path(), u"Contoso_License1.xml"_s, "<License Version=\"1\">contoso</License>"));
        m_customData = m_dir.filePath(u"custom.dat"_s);
        QVERIFY(writeFile(m_dir.path(), u"custom.dat"_s, "custom data v1"));
    }

    void bundleIntoX64Image()
    {
        const QString image = newImage();
        const Run run = add(image, bundleRequest());
        QVERIFY2(run.outcome.succeeded(), qPrintable(run.errorMessage()));
        const QList<ProvisionDecision> &d = run.op->decisions();
        const QString x64 = appSpecFull(u"x64"_s), x86 = appSpecFull(u"x86"_s), arm64 = appSpecFull(u"arm64"_s);
        QCOMPARE(decisionFor(d, x64).included, true);
        QCOMPARE(codeForm(decisionFor(d, x64).why), u"app.best(x64, x64, rank.native)"_s);
        QCOMPARE(codeForm(decisionFor(d, x86).why), u"app.not-best(x86, x64, x64)"_s);
        QCOMPARE(codeForm(decisionFor(d, arm64).why), u"app.not-applicable(arch.not-applies(arm64, x64, archs.x64))"_s);
        const QString en = resourceFull(u"split.language-en"_s);
        QVERIFY2(decisionFor(d, en).included, qPrintable(decisionFor(d, en).package + QLatin1Char(' ') + decisionFor(d, en).reason));
        QVERIFY2(codeForm(decisionFor(d, en).why).startsWith(u"resource.language-installed(en-US, en-US, Windows/System32/en-US"_s),
                 qPrintable(codeForm(decisionFor(d, en).why)));
        QVERIFY(!decisionFor(d, resourceFull(u"split.language-fr"_s)).included);
        QVERIFY(decisionFor(d, resourceFull(u"split.scale-200"_s)).included);
        QVERIFY(decisionFor(d, resourceFull(u"split.dx11"_s)).included);

        // Files under Program Files/WindowsApps.
        const QString vclibs = fullName(frameworkSpec(u"Microsoft.VCLibs.140.00"_s, u"14.0.30704.0"_s, u"x64"_s));
        const QString bundle = bundleFullName(m_bundle);
        QStringList expected = {bundle, x64, vclibs, en, resourceFull(u"split.scale-100"_s), resourceFull(u"split.scale-200"_s),
                                resourceFull(u"split.dx11"_s)};
        expected.sort();
        QStringList folders = QDir(apps(image)).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
        folders.sort();
        QCOMPARE(folders, expected); // and no staging folder left
        QVERIFY(QFile::exists(apps(image) + QLatin1Char('/') + bundle + u"/AppxMetadata/AppxBundleManifest.xml"_s));
        QVERIFY(QFile::exists(apps(image) + QLatin1Char('/') + x64 + u"/AppxManifest.xml"_s));
        QVERIFY(QFile::exists(apps(image) + QLatin1Char('/') + x64 + u"/AppxBlockMap.xml"_s));
        const QList<AppxFile> payload = defaultPayload();
        for (const AppxFile &f : payload)
            QCOMPARE(readAll(apps(image) + QLatin1Char('/') + x64 + QLatin1Char('/') + f.name), f.content);
        QVERIFY(QFile::exists(apps(image) + QLatin1Char('/') + vclibs + u"/vcruntime140_app.dll"_s));

        // Custom.data and the license, under the names DISM uses.
        QCOMPARE(readAll(apps(image) + QLatin1Char('/') + x64 + u"/microsoft.system.package.metadata/Custom.data"_s), QByteArray("custom data v1"));
        PackageIdentity appId;
        appId.name = m_bundle.name;
        appId.publisher = m_bundle.publisher;
        QCOMPARE(readAll(image + u"/ProgramData/Microsoft/Windows/ClipSVC/Install/Apps/"_s + appId.familyName().toLower() + u".xml"_s),
                 readAll(m_license));

        // The list, shaped like Windows' own.
        auto list = ProvisioningList::load(image + u"/ProgramData/Microsoft/Windows/AppxProvisioning.xml"_s);
        QVERIFY(list);
        QList<std::pair<QString, QList<std::pair<QString, QString>>>> entries;
        for (const ProvisionedPackage &p : list->packages())
            entries.append({p.fullName, p.attributes});
        using A = QList<std::pair<QString, QString>>;
        const A res{{u"ProvisionSourceIsBundle"_s, u"true"_s}, {u"PackageType"_s, u"resource"_s}};
        QCOMPARE(entries,
                 (QList<std::pair<QString, A>>{{vclibs, A{{u"IsLOBApp"_s, u"true"_s}}},
                                               {bundle, A{{u"PackageType"_s, u"bundle"_s}}},
                                               {x64, A{{u"ProvisionSourceIsBundle"_s, u"true"_s}}},
                                               {en, res},
                                               {resourceFull(u"split.scale-100"_s), res},
                                               {resourceFull(u"split.scale-200"_s), res},
                                               {resourceFull(u"split.dx11"_s), res}}));
        // Regions and decisions in the sidecar, never in the list.
        QVERIFY(!list->toXml().contains("Region"));
        auto sidecar = ProvisioningSidecar::load(image + QLatin1Char('/') + ProvisioningSidecar::relativePath());
        QVERIFY(sidecar);
        QCOMPARE(sidecar->find(bundle)->regions, u"all"_s);
        QCOMPARE(sidecar->find(bundle)->decisions, d);

        // Get lists the bundle with its regions.
        GetProvisionedAppxPackagesOperation get(image);
        QVERIFY(execute(get).succeeded());
        QCOMPARE(get.apps().size(), 1);
        QCOMPARE(get.apps()[0].packageName, bundle);
        QCOMPARE(get.apps()[0].displayName, m_bundle.name);
        QCOMPARE(get.apps()[0].architecture, u"neutral"_s);
        QCOMPARE(get.apps()[0].resourceId, u"~"_s);
        QCOMPARE(get.apps()[0].regions, u"all"_s);

        // Adding it again is refused and changes nothing.
        const auto before = treeDigest(image);
        const Run again = add(image, bundleRequest());
        QCOMPARE(again.errorCode(), u"provision.already-provisioned"_s);
        QCOMPARE(treeDigest(image), before);
    }

    void severalLanguagesAndArm64()
    {
        const QString image = newImage(PeMachine::Arm64, {u"en-US"_s, u"de-DE"_s});
        const auto before = treeDigest(image);
        ProvisionRequest r = bundleRequest();
        // x64, x86 and arm frameworks apply to an arm64 Windows 11 image but cannot serve the arm64 app.
        r.dependencyPaths = {m_vclibsX64, m_vclibsArm, m_vclibsX86};
        const Run wrongArch = add(image, r);
        QCOMPARE(wrongArch.errorCode(), u"provision.dependency-missing"_s);
        QCOMPARE(
            codeForm(decisionFor(wrongArch.op->decisions(), u"Microsoft.VCLibs.140.00 >= 14.0.30704.0"_s).why),
            u"dependency.unmet(%1, Microsoft.VCLibs.140.00, %2, 14.0.30704.0, archs.or-neutral(arm64))"_s.arg(appSpecFull(u"arm64"_s), Ms));
        QCOMPARE(treeDigest(image), before);

        const QString arm64Libs = m_dir.filePath(u"vclibs-arm64.appx"_s);
        QVERIFY(writeAppx(arm64Libs, frameworkSpec(u"Microsoft.VCLibs.140.00"_s, u"14.0.30704.0"_s, u"arm64"_s)).ok());
        r.dependencyPaths << arm64Libs;
        const Run run = add(image, r);
        QVERIFY2(run.outcome.succeeded(), qPrintable(run.errorMessage()));
        const auto &d = run.op->decisions();
        QCOMPARE(codeForm(decisionFor(d, appSpecFull(u"arm64"_s)).why), u"app.best(arm64, arm64, rank.native)"_s);
        QVERIFY(decisionFor(d, resourceFull(u"split.language-en"_s)).included);
        QVERIFY(decisionFor(d, resourceFull(u"split.language-de"_s)).included);
        QCOMPARE(codeForm(decisionFor(d, resourceFull(u"split.language-fr"_s)).why), u"resource.language-missing(fr-FR, de-DE, en-US)"_s);
        QVERIFY(QFileInfo(apps(image) + QLatin1Char('/') + resourceFull(u"split.language-de"_s)).isDir());
        QVERIFY(!QFileInfo(apps(image) + QLatin1Char('/') + resourceFull(u"split.language-fr"_s)).exists());
    }

    void unmetDependencyFailsNamingIt()
    {
        const QString image = newImage();
        const auto before = treeDigest(image);
        ProvisionRequest r = bundleRequest();
        r.dependencyPaths.clear();
        const Run run = add(image, r);
        QVERIFY(run.outcome.failed());
        QCOMPARE(run.errorCode(), u"provision.dependency-missing"_s);
        QCOMPARE(run.errorMessage(),
                 u"%1 needs Microsoft.VCLibs.140.00 (version 14.0.30704.0 or later, publisher %2), which is neither "
                 "given nor provisioned in the image."_s.arg(appSpecFull(u"x64"_s), Ms));
        QCOMPARE(run.outcome.error->remedy.kind, Remedy::Kind::AddDependencyPackage);
        QVERIFY(!run.op->decisions().isEmpty()); // the decisions are there to show why
        QCOMPARE(treeDigest(image), before);
    }

    void failureMidwayLeavesImageUnchanged()
    {
        QFile real(sharedFixturesDir() + u"/real/AppxProvisioning-win11-23h2.xml"_s);
        const QByteArray list = real.open(QIODevice::ReadOnly) ? real.readAll() : QByteArray();
        const QString image = newImage(PeMachine::X64, {u"en-US"_s}, list);
        const auto before = treeDigest(image);
        ProvisionRequest r = bundleRequest();
        r.dependencyPaths << m_corruptFramework; // extracted last, after the app and its resource packs were staged
        const Run run = add(image, r);
        QVERIFY(run.outcome.failed());
        QCOMPARE(run.errorCode(), u"appx.block-hash-mismatch"_s);
        QVERIFY2(run.errorMessage().contains(QLatin1String("vcruntime140_app.dll")), qPrintable(run.errorMessage()));
        QVERIFY(decisionFor(run.op->decisions(), appSpecFull(u"x64"_s)).included); // the app came first and was staged
        QCOMPARE(treeDigest(image), before);
    }

    // The bar of "Extracting packages" ends exactly at its total (issue 19: a signed bundle's bytes
    // were counted twice in the total, so the bar stopped short of the end).
    void extractionProgressEndsAtItsTotal_data()
    {
        // (An unsigned bundle is refused before anything is extracted: provision.unsigned.)
        QTest::addColumn<QString>("source"); // signed bundle (with its framework already in the image), plain package
        QTest::newRow("signed bundle") << u"signed bundle"_s;
        QTest::newRow("signed bundle, framework already provisioned") << u"signed bundle, framework present"_s;
        QTest::newRow("plain package") << u"plain package"_s;
    }

    void extractionProgressEndsAtItsTotal()
    {
        QFETCH(QString, source);
        const auto bytesIn = [](const QString &folder) {
            quint64 bytes = 0;
            QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                bytes += quint64(it.nextFileInfo().size());
            return bytes;
        };
        const QString image = newImage();
        ProvisionRequest r;
        r.skipLicense = true; // no custom data either: only what the extraction writes lands in WindowsApps
        r.dependencyPaths = {m_vclibsX64};
        r.packagePath = m_bundlePath;
        if (source == u"plain package"_s) {
            r = otherRequest();
            r.dependencyPaths = {m_vclibsX64};
        } else if (source == u"signed bundle, framework present"_s) {
            ProvisionRequest other = otherRequest();
            other.dependencyPaths = {m_vclibsX64};
            QVERIFY(add(image, other).outcome.succeeded()); // the framework's folder is then kept, not written
        }
        const quint64 before = bytesIn(apps(image));
        QList<Progress> extraction;
        const Run run = add(image, r, {}, [&](const Progress &p) {
            if (p.stage == QLatin1String("Extracting packages"))
                extraction << p;
        });
        QVERIFY2(run.outcome.succeeded(), qPrintable(run.errorMessage()));
        QVERIFY(extraction.size() >= 2);
        const quint64 total = extraction.last().total;
        QCOMPARE(extraction.last().done, total);
        for (qsizetype i = 0; i + 1 < extraction.size(); ++i)
            QVERIFY2(extraction[i].done < total, qPrintable(u"report %1 of %2 is already at the end"_s.arg(i).arg(extraction.size())));
        const quint64 written = bytesIn(apps(image)) - before;
        if (source == u"plain package"_s) {
            QCOMPARE(total, written); // every byte written into the package folders, once
        } else {
            // and the bundle's own records, hashed for its signature (and a kept folder's bytes),
            // but not the inner packages' records a second time.
            QVERIFY(total > written);
            QVERIFY2(total - written < quint64(QFileInfo(m_bundlePath).size()) + before, qPrintable(QString::number(total - written)));
        }
    }

    void cancellationMidwayLeavesImageUnchanged()
    {
        const QString image = newImage();
        const auto before = treeDigest(image);
        CancellationToken token;
        // Cancel once the extraction has started (a signed bundle of ~700 KB is extracted in less
        // than the 100 ms between two progress reports, so a byte threshold may never be reported).
        const Run run = add(image, bundleRequest(), token, [&](const Progress &p) {
            if (p.stage == QLatin1String("Extracting packages"))
                token.cancel();
        });
        QVERIFY2(run.outcome.cancelled(), qPrintable(run.outcome.succeeded() ? u"succeeded"_s : run.errorMessage()));
        QCOMPARE(treeDigest(image), before);
    }

    void removeKeepsSharedFrameworks()
    {
        const QString image = newImage();
        QVERIFY(add(image, bundleRequest()).outcome.succeeded());
        const Run other = add(image, otherRequest());
        QVERIFY2(other.outcome.succeeded(), qPrintable(other.errorMessage()));
        const QString vclibs = fullName(frameworkSpec(u"Microsoft.VCLibs.140.00"_s, u"14.0.30704.0"_s, u"x64"_s));
        QVERIFY(codeForm(decisionFor(other.op->decisions(), u"Microsoft.VCLibs.140.00 >= 14.0.24123.0"_s).why)
                    .endsWith(u", %1, met.provisioned)"_s.arg(vclibs)));

        RemoveProvisionedAppxPackageOperation remove(image, bundleFullName(m_bundle));
        QVERIFY(execute(remove).succeeded());
        QCOMPARE(decisionFor(remove.result().decisions, vclibs),
                 (ProvisionDecision{vclibs, false, u"dependency kept: another provisioned app depends on Microsoft.VCLibs.140.00"_s}));
        QStringList left = QDir(apps(image)).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
        left.sort();
        QStringList expected{fullName(m_other), vclibs};
        expected.sort();
        QCOMPARE(left, expected);
        auto list = ProvisioningList::load(image + u"/ProgramData/Microsoft/Windows/AppxProvisioning.xml"_s);
        QStringList entries;
        for (const ProvisionedPackage &p : list->packages())
            entries << p.fullName;
        QCOMPARE(entries, (QStringList{vclibs, fullName(m_other)}));
        PackageIdentity appId;
        appId.name = m_bundle.name;
        appId.publisher = m_bundle.publisher;
        QVERIFY(!QFile::exists(image + u"/ProgramData/Microsoft/Windows/ClipSVC/Install/Apps/"_s + appId.familyName().toLower() + u".xml"_s));
    }

    void removeLastUserRemovesFramework()
    {
        const QString image = newImage();
        QVERIFY(add(image, bundleRequest()).outcome.succeeded());
        QVERIFY(add(image, otherRequest()).outcome.succeeded());
        RemoveProvisionedAppxPackageOperation removeOther(image, m_other.name); // by name alone
        QVERIFY(execute(removeOther).succeeded());
        const QString vclibs = fullName(frameworkSpec(u"Microsoft.VCLibs.140.00"_s, u"14.0.30704.0"_s, u"x64"_s));
        QVERIFY(QFileInfo(apps(image) + QLatin1Char('/') + vclibs).isDir());
        RemoveProvisionedAppxPackageOperation removeBundle(image, bundleFullName(m_bundle));
        QVERIFY(execute(removeBundle).succeeded());
        QCOMPARE(decisionFor(removeBundle.result().decisions, vclibs),
                 (ProvisionDecision{vclibs, true, u"dependency that came with %1 and that no other provisioned app needs"_s.arg(bundleFullName(m_bundle))}));
        QCOMPARE(QDir(apps(image)).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        auto list = ProvisioningList::load(image + u"/ProgramData/Microsoft/Windows/AppxProvisioning.xml"_s);
        QCOMPARE(list->packages().size(), 0);

        RemoveProvisionedAppxPackageOperation missing(image, u"Nope"_s);
        const OperationOutcome o = execute(missing);
        QCOMPARE(o.error->code, u"provision.not-provisioned"_s);
    }

    void optimizeLinksIdenticalFiles()
    {
        const QString image = newImage();
        QVERIFY(add(image, bundleRequest()).outcome.succeeded());
        QVERIFY(add(image, otherRequest()).outcome.succeeded());
        const auto contentBefore = treeDigest(image);
        const QString a = apps(image) + QLatin1Char('/') + appSpecFull(u"x64"_s) + u"/bin/app.dat"_s;
        const QString b = apps(image) + QLatin1Char('/') + fullName(m_other) + u"/bin/app.dat"_s;
        QVERIFY(inode(a) != inode(b));

        // What is expected: every file whose exact bytes already appeared in another provisioned file.
        QMap<QByteArray, QStringList> byContent;
        QDirIterator it(apps(image), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString p = it.next();
            const QByteArray bytes = readAll(p);
            if (!bytes.isEmpty())
                byContent[bytes] << p;
        }
        quint64 expectedLinks = 0, expectedBytes = 0;
        for (auto g = byContent.cbegin(); g != byContent.cend(); ++g) {
            expectedLinks += quint64(g.value().size() - 1);
            expectedBytes += quint64(g.value().size() - 1) * quint64(g.key().size());
        }
        QVERIFY(expectedLinks >= 3); // app.dat, the text file and the logo at least

        OptimizeProvisionedAppxPackagesOperation optimize(image);
        QVERIFY(execute(optimize).succeeded());
        QCOMPARE(optimize.result().filesLinked, expectedLinks);
        QCOMPARE(optimize.result().bytesSaved, expectedBytes);
        QCOMPARE(inode(a), inode(b));
        QCOMPARE(readAll(a), readAll(b));
        // Same names and bytes everywhere; only link counts changed.
        const auto contentAfter = treeDigest(image);
        QCOMPARE(contentAfter.keys(), contentBefore.keys());
        for (auto i = contentBefore.cbegin(); i != contentBefore.cend(); ++i)
            QCOMPARE(contentAfter.value(i.key()).split(':').mid(0, 2), i.value().split(':').mid(0, 2));

        OptimizeProvisionedAppxPackagesOperation again(image);
        QVERIFY(execute(again).succeeded());
        QCOMPARE(again.result().filesLinked, quint64(0));
        QCOMPARE(again.result().bytesSaved, quint64(0));
        QCOMPARE(again.result().alreadyLinked, expectedLinks);
    }

    void setDataFileReplacesCustomDat()
    {
        const QString image = newImage();
        QVERIFY(add(image, bundleRequest()).outcome.succeeded());
        QVERIFY(writeFile(m_dir.path(), u"custom2.dat"_s, "custom data v2"));
        SetProvisionedAppxDataFileOperation set(image, bundleFullName(m_bundle), m_dir.filePath(u"custom2.dat"_s));
        QVERIFY(execute(set).succeeded());
        const QString dat = apps(image) + QLatin1Char('/') + appSpecFull(u"x64"_s) + u"/microsoft.system.package.metadata/Custom.data"_s;
        QCOMPARE(set.writtenFile(), dat);
        QCOMPARE(readAll(dat), QByteArray("custom data v2"));
        SetProvisionedAppxDataFileOperation notThere(image, u"Contoso.Missing"_s, m_dir.filePath(u"custom2.dat"_s));
        QCOMPARE(execute(notThere).error->code, u"provision.not-provisioned"_s);
    }

    void nothingTranslatedGoesIntoTheImage()
    {
        // A translator that turns every string into Chinese, as a GUI run in zh_CN does: the user sees
        // the decisions in Chinese, the sidecar inside the image holds codes and plain values only.
        struct EverythingInChinese : QTranslator
        {
            bool isEmpty() const override { return false; }
            QString translate(const char *, const char *source, const char *, int) const override
            {
                return u"\u4E2D\u6587\uFF1A"_s + QString::fromUtf8(source);
            }
        } chinese;
        QVERIFY(QCoreApplication::installTranslator(&chinese));
        const QString image = newImage();
        const Run run = add(image, bundleRequest());
        QCoreApplication::removeTranslator(&chinese);
        QVERIFY2(run.outcome.succeeded(), qPrintable(run.errorMessage()));
        const QString x64 = appSpecFull(u"x64"_s);
        QVERIFY(decisionFor(run.op->decisions(), x64).reason.startsWith(u"\u4E2D\u6587\uFF1Aapplication package for x64"_s)); // shown translated
        const QByteArray json = readAll(image + u'/' + ProvisioningSidecar::relativePath());
        for (char c : json)
            QVERIFY2(uchar(c) < 0x80, json.constData());
        QVERIFY(json.contains(R"("code": "app.best")"));
        // Read back without the translator: the English sentences, with their arguments.
        const auto sidecar = ProvisioningSidecar::load(image + u'/' + ProvisioningSidecar::relativePath());
        QVERIFY(sidecar);
        QCOMPARE(decisionFor(sidecar->find(bundleFullName(m_bundle))->decisions, x64).reason,
                 u"application package for x64, the best of the bundle for this x64 image (native)"_s);
    }

    void sidecarOfEarlierVersionsIsRead()
    {
        // Earlier versions stored the sentences; they are read as they are and kept when saved again.
        QTemporaryDir dir;
        const QByteArray old = R"({"format": "wimbench-appx-provisioning/1", "apps": [{"fullName": "A_1.0.0.0_x64__8wekyb3d8bbwe",
            "decisions": [{"package": "A_1.0.0.0_x64__8wekyb3d8bbwe", "included": true, "reason": "main package: architecture x64 applies to this x64 image"}]}]})";
        QVERIFY(writeFile(dir.path(), u"old.json"_s, old));
        auto sidecar = ProvisioningSidecar::load(dir.filePath(u"old.json"_s));
        QVERIFY(sidecar);
        const ProvisionDecision d = sidecar->apps().at(0).decisions.at(0);
        QCOMPARE(d, (ProvisionDecision{u"A_1.0.0.0_x64__8wekyb3d8bbwe"_s, true, u"main package: architecture x64 applies to this x64 image"_s}));
        QVERIFY(sidecar->toJson().contains("main package: architecture x64 applies to this x64 image"));
    }

    void earlierNamesAreReadAndMoved()
    {
        // An image provisioned by an earlier WimBench: Custom.dat and <FamilyName>.xml, the sidecar
        // naming that license.
        const QString image = newImage();
        QVERIFY(add(image, bundleRequest()).outcome.succeeded());
        PackageIdentity appId;
        appId.name = m_bundle.name;
        appId.publisher = m_bundle.publisher;
        QVERIFY(appId.familyName() != appId.familyName().toLower()); // else the test proves nothing
        const QString licenses = image + u"/ProgramData/Microsoft/Windows/ClipSVC/Install/Apps/"_s;
        const QString metadata = apps(image) + u'/' + appSpecFull(u"x64"_s) + u"/microsoft.system.package.metadata/"_s;
        QVERIFY(QFile::rename(licenses + appId.familyName().toLower() + u".xml"_s, licenses + appId.familyName() + u".xml"_s));
        QVERIFY(QFile::rename(metadata + u"Custom.data"_s, metadata + u"Custom.dat"_s));
        const QString sidecarPath = image + u"/"_s + ProvisioningSidecar::relativePath();
        auto sidecar = ProvisioningSidecar::load(sidecarPath);
        QVERIFY(sidecar);
        auto record = sidecar->find(bundleFullName(m_bundle));
        QVERIFY(record);
        record->license = u"ProgramData/Microsoft/Windows/ClipSVC/Install/Apps/"_s + appId.familyName() + u".xml"_s;
        sidecar->put(*record);
        QVERIFY(sidecar->save(sidecarPath).ok());

        // The next change to the app moves both to DISM's names.
        QVERIFY(writeFile(m_dir.path(), u"custom3.dat"_s, "custom data v3"));
        SetProvisionedAppxDataFileOperation set(image, bundleFullName(m_bundle), m_dir.filePath(u"custom3.dat"_s));
        QVERIFY(execute(set).succeeded());
        QCOMPARE(readAll(metadata + u"Custom.data"_s), QByteArray("custom data v3"));
        QVERIFY(!QFile::exists(metadata + u"Custom.dat"_s));
        QCOMPARE(readAll(licenses + appId.familyName().toLower() + u".xml"_s), readAll(m_license));
        QVERIFY(!QFile::exists(licenses + appId.familyName() + u".xml"_s));
        QCOMPARE(ProvisioningSidecar::load(sidecarPath)->find(bundleFullName(m_bundle))->license,
                 u"ProgramData/Microsoft/Windows/ClipSVC/Install/Apps/"_s + appId.familyName().toLower() + u".xml"_s);

        // A remove reads the earlier name from the sidecar and deletes that license.
        QVERIFY(QFile::rename(licenses + appId.familyName().toLower() + u".xml"_s, licenses + appId.familyName() + u".xml"_s));
        record->license = u"ProgramData/Microsoft/Windows/ClipSVC/Install/Apps/"_s + appId.familyName() + u".xml"_s;
        auto again = ProvisioningSidecar::load(sidecarPath);
        again->put(*record);
        QVERIFY(again->save(sidecarPath).ok());
        RemoveProvisionedAppxPackageOperation remove(image, bundleFullName(m_bundle));
        QVERIFY(execute(remove).succeeded());
        QVERIFY(QDir(licenses).entryList(QDir::Files).isEmpty());
    }

    void folderPathFindsAppDependenciesAndLicense()
    {
        const QString folder = m_dir.filePath(u"unpacked-app"_s);
        QVERIFY(QDir().mkpath(folder + u"/Dependencies/x64"_s));
        QVERIFY(QFile::copy(m_bundlePath, folder + u"/Contoso.Sample.msixbundle"_s));
        QVERIFY(QFile::copy(m_vclibsX64, folder + u"/Dependencies/x64/Microsoft.VCLibs.x64.appx"_s));
        QVERIFY(QDir().mkpath(folder + u"/Dependencies/arm"_s));
        QVERIFY(QFile::copy(m_vclibsArm, folder + u"/Dependencies/arm/Microsoft.VCLibs.arm.appx"_s));
        QVERIFY(QFile::copy(m_license, folder + u"/Contoso_License1.xml"_s));
        const QString image = newImage();
        ProvisionRequest r;
        r.folderPath = folder;
        const Run run = add(image, r);
        QVERIFY2(run.outcome.succeeded(), qPrintable(run.errorMessage()));
        QCOMPARE(run.op->appEntry(), bundleFullName(m_bundle));
        const QString armLibs = fullName(frameworkSpec(u"Microsoft.VCLibs.140.00"_s, u"14.0.30704.0"_s, u"arm"_s));
        QCOMPARE(codeForm(decisionFor(run.op->decisions(), armLibs).why),
                 u"dependency.not-applicable(arch.not-applies(arm, x64, archs.x64))"_s);
        PackageIdentity appId;
        appId.name = m_bundle.name;
        appId.publisher = m_bundle.publisher;
        QCOMPARE(readAll(image + u"/ProgramData/Microsoft/Windows/ClipSVC/Install/Apps/"_s + appId.familyName().toLower() + u".xml"_s),
                 readAll(m_license));
        // Without a license file in the folder and without /SkipLicense it is refused.
        QVERIFY(QFile::remove(folder + u"/Contoso_License1.xml"_s));
        const Run noLicense = add(newImage(), r);
        QCOMPARE(noLicense.errorCode(), u"usage.license"_s);
    }

    void mountedImageFactsComeFromWimXml()
    {
        // A folder registered as a WimBench mount: architecture, build and languages from the WIM XML.
        const QString image = newImage(PeMachine::X86, {u"en-US"_s});
        const QString wim = m_dir.filePath(u"facts.wim"_s);
        ImageSpec spec = windowsLikeSpec(image, u"Pro"_s); // x64, build 22631, en-US + fr-FR
        QVERIFY(createWim(wim, {spec}).ok());
        MountRecord record;
        record.mountDir = QFileInfo(image).canonicalFilePath();
        record.imageFile = wim;
        record.index = 1;
        QVERIFY(MountRegistry().put(record).ok());
        auto op = std::make_shared<AddProvisionedAppxPackageOperation>(image, bundleRequest(), true);
        QVERIFY(execute(*op).succeeded());
        const QString source = u"WIM XML of %1, index 1"_s.arg(wim);
        QCOMPARE(op->image()->cpu(), ImageCpu::X64); // not the x86 ntoskrnl.exe
        QCOMPARE(op->image()->cpuSource(), source);
        QCOMPARE(op->image()->build(), std::optional<quint32>(22631));
        QCOMPARE(op->image()->buildSource(), source);
        QCOMPARE(op->image()->languageTags(), (QStringList{u"en-US"_s, u"fr-FR"_s}));
        QCOMPARE(op->image()->languages()[0].sources, (QStringList{source, u"Windows/System32/en-US"_s}));
        QVERIFY(decisionFor(op->decisions(), resourceFull(u"split.language-fr"_s)).included);
        QVERIFY(MountRegistry().remove(record.mountDir).ok());
    }

    void stubAwareBundleHonoursStubOption()
    {
        BundleSpec b;
        b.name = u"Contoso.Stubby"_s;
        AppxSpec fullApp;
        fullApp.name = b.name;
        fullApp.publisher = b.publisher;
        AppxSpec stubApp = fullApp;
        stubApp.resourceId = u"stub"_s;
        stubApp.files = {{u"stub.txt"_s, "I am the stub", true}};
        BundleItem stubItem = bundleItem(stubApp, u"Stubby_stub.msix"_s);
        stubItem.stub = true;
        b.items = {bundleItem(fullApp, u"Stubby_x64.msix"_s), stubItem};
        const QString path = m_dir.filePath(u"Stubby.msixbundle"_s);
        QVERIFY(writeBundle(path, b).ok());

        ProvisionRequest r;
        r.packagePath = path;
        r.skipLicense = true;
        const Run byDefault = add(newImage(), r);
        QVERIFY2(byDefault.outcome.succeeded(), qPrintable(byDefault.errorMessage()));
        QCOMPARE(codeForm(decisionFor(byDefault.op->decisions(), fullName(stubApp)).why), u"stub.stub-skipped(stub.default)"_s);

        const QString image = newImage();
        r.stub = StubPreference::InstallStub;
        const Run stub = add(image, r);
        QVERIFY2(stub.outcome.succeeded(), qPrintable(stub.errorMessage()));
        QCOMPARE(codeForm(decisionFor(stub.op->decisions(), fullName(fullApp)).why), u"stub.full-skipped(stub.installstub)"_s);
        QCOMPARE(readAll(apps(image) + QLatin1Char('/') + fullName(stubApp) + u"/stub.txt"_s), QByteArray("I am the stub"));
        QVERIFY(!QFileInfo::exists(apps(image) + QLatin1Char('/') + fullName(fullApp)));
        auto sidecar = ProvisioningSidecar::load(image + QLatin1Char('/') + ProvisioningSidecar::relativePath());
        QCOMPARE(sidecar->find(bundleFullName(b))->stubPreference, u"installstub"_s);
    }

    void concurrentChangesAreRefused()
    {
        const QString image = newImage();
        ProvisionRequest r = otherRequest();
        r.dependencyPaths = {m_vclibsX64};
        const Run added = add(image, r);
        QVERIFY2(added.outcome.succeeded(), qPrintable(added.errorMessage()));
        auto img = OfflineImage::inspect(image);
        QVERIFY(img);
        auto held = Provisioner(*img).lock();
        QVERIFY(held);
        RemoveProvisionedAppxPackageOperation remove(image, m_other.name);
        const OperationOutcome o = execute(remove);
        QCOMPARE(o.error->code, u"provision.busy"_s);
        QVERIFY(QFileInfo(apps(image) + QLatin1Char('/') + fullName(m_other)).isDir());
    }

    void licenseIsRequired()
    {
        const QString image = newImage();
        ProvisionRequest r = bundleRequest();
        r.licensePath.clear();
        const Run run = add(image, r);
        QCOMPARE(run.errorCode(), u"usage.license"_s);
    }

    void realExistingBundlePicksX64()
    {
        const QString fixtures = sharedFixturesDir();
        if (fixtures.isEmpty())
            QSKIP("../shared/fixtures is absent");
        const QString bundle = fixtures + u"/appx/bundles/existingBundle.msixbundle"_s;
        const QString image = newImage(PeMachine::X64, {u"en-US"_s});
        ProvisionRequest r;
        r.packagePath = bundle;
        r.skipLicense = true;
        const Run missing = add(image, r);
        QCOMPARE(missing.errorCode(), u"provision.dependency-missing"_s);
        QVERIFY(missing.errorMessage().contains(QLatin1String("Microsoft.VCLibs.140.00 (version 14.0.22929.0 or later")));
        QVERIFY(missing.errorMessage().contains(QLatin1String("Microsoft.NET.Native.Framework.2.2 (version 2.2.27912.0 or later")));
        QVERIFY(missing.errorMessage().contains(QLatin1String("Microsoft.NET.Native.Runtime.2.2 (version 2.2.28604.0 or later")));

        // Frameworks with matching identities, generated.
        for (const auto &[name, version] : {std::pair{u"Microsoft.VCLibs.140.00"_s, u"14.0.30704.0"_s},
                                            std::pair{u"Microsoft.NET.Native.Framework.2.2"_s, u"2.2.29512.0"_s},
                                            std::pair{u"Microsoft.NET.Native.Runtime.2.2"_s, u"2.2.28604.0"_s}}) {
            const QString path = m_dir.filePath(name + u".appx"_s);
            QVERIFY(writeAppx(path, frameworkSpec(name, version, u"x64"_s)).ok());
            r.dependencyPaths << path;
        }
        // The rules choose x64; the real bundle is unsigned, so the add is then refused (as Windows
        // would refuse it) and nothing is written.
        const auto before = treeDigest(image);
        const Run run = add(image, r);
        QCOMPARE(run.errorCode(), u"provision.unsigned"_s);
        QCOMPARE(treeDigest(image), before);
        const QString pfx = u"7fa9aa49-c12e-4977-8a29-14b25a006dc7_4.0.0.0_"_s;
        const auto &d = run.op->decisions();
        QCOMPARE(codeForm(decisionFor(d, pfx + u"x64__vszhfztff4j74"_s).why), u"app.best(x64, x64, rank.native)"_s);
        QCOMPARE(codeForm(decisionFor(d, pfx + u"x86__vszhfztff4j74"_s).why), u"app.not-best(x86, x64, x64)"_s);
        QCOMPARE(codeForm(decisionFor(d, pfx + u"arm__vszhfztff4j74"_s).why),
                 u"app.not-applicable(arch.not-applies(arm, x64, archs.x64))"_s);
        QVERIFY(std::any_of(d.begin(), d.end(), [&](const ProvisionDecision &x) {
            return x.package == pfx + u"neutral_~_vszhfztff4j74"_s && x.why.codeName() == QLatin1String("trust.unsigned") && !x.included;
        }));
    }

    void flatBundleWithMissingPackagesIsRefused()
    {
        const QString fixtures = sharedFixturesDir();
        if (fixtures.isEmpty())
            QSKIP("../shared/fixtures is absent");
        const QString image = newImage();
        const auto before = treeDigest(image);
        ProvisionRequest r;
        r.packagePath = fixtures + u"/appx/flat/FlatBundleWithAsset.appxbundle"_s;
        r.skipLicense = true;
        const Run run = add(image, r);
        QVERIFY(run.outcome.failed());
        QCOMPARE(run.errorCode(), u"appx.bundle-package-missing"_s);
        QCOMPARE(treeDigest(image), before);
    }
};

QTEST_GUILESS_MAIN(TestProvisioning)
#include "tst_provisioning.moc"
