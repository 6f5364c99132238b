// Provisioning into offline image folders built at test time: files under Program Files/WindowsApps,
// AppxProvisioning.xml entries shaped like Windows' own, Custom.data and the license under DISM's
// names (and WimBench's earlier names still read and moved), regions, remove
// keeping shared frameworks, optimize with hard links, failures and cancellation leaving the image
// byte-identical, and the real existingBundle.msixbundle.
#include "AppxBuilder.h"
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
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <sys/stat.h>

using namespace wb;
using namespace wb::test;

namespace {
const QString Ms = QStringLiteral("CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US");

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
    i.resourceId = QStringLiteral("~");
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
    return {QStringLiteral("<no decision for %1>").arg(package), false, {}};
}

QString apps(const QString &image)
{
    return image + QStringLiteral("/Program Files/WindowsApps");
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

    QString newImage(PeMachine machine = PeMachine::X64, const QStringList &languages = {QStringLiteral("en-US")}, const QByteArray &list = {})
    {
        const QString root = m_dir.filePath(QStringLiteral("image%1").arg(++m_images));
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
        r.regions = *RegionList::parse(QStringLiteral("all"));
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
        return QStringLiteral("<no resource %1>").arg(resourceId);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bundle = sampleBundle();
        m_bundlePath = m_dir.filePath(QStringLiteral("Contoso.Sample.msixbundle"));
        QVERIFY(writeBundle(m_bundlePath, m_bundle).ok());
        m_vclibsX64 = m_dir.filePath(QStringLiteral("vclibs-x64.appx"));
        m_vclibsX86 = m_dir.filePath(QStringLiteral("vclibs-x86.appx"));
        m_vclibsArm = m_dir.filePath(QStringLiteral("vclibs-arm.appx"));
        QVERIFY(writeAppx(m_vclibsX64, frameworkSpec(QStringLiteral("Microsoft.VCLibs.140.00"), QStringLiteral("14.0.30704.0"), QStringLiteral("x64"))).ok());
        QVERIFY(writeAppx(m_vclibsX86, frameworkSpec(QStringLiteral("Microsoft.VCLibs.140.00"), QStringLiteral("14.0.30704.0"), QStringLiteral("x86"))).ok());
        QVERIFY(writeAppx(m_vclibsArm, frameworkSpec(QStringLiteral("Microsoft.VCLibs.140.00"), QStringLiteral("14.0.30704.0"), QStringLiteral("arm"))).ok());
        AppxSpec corrupt = frameworkSpec(QStringLiteral("Microsoft.UI.Xaml.2.8"), QStringLiteral("8.2310.30001.0"), QStringLiteral("x64"));
        corrupt.corruptFile = QStringLiteral("vcruntime140_app.dll");
        m_corruptFramework = m_dir.filePath(QStringLiteral("xaml-corrupt.appx"));
        QVERIFY(writeAppx(m_corruptFramework, corrupt).ok());
        // A second app sharing the framework and the default payload (identical files for Optimize).
        m_other.name = QStringLiteral("Contoso.Other");
        m_other.dependencies = {{QStringLiteral("Microsoft.VCLibs.140.00"), Ms, QStringLiteral("14.0.24123.0"), false}};
        m_otherPath = m_dir.filePath(QStringLiteral("Contoso.Other.msix"));
        QVERIFY(writeAppx(m_otherPath, m_other).ok());
        m_license = m_dir.filePath(QStringLiteral("Contoso_License1.xml"));
        QVERIFY(writeFile(m_dir.path(), QStringLiteral("Contoso_License1.xml"), "<License Version=\"1\">contoso</License>"));
        m_customData = m_dir.filePath(QStringLiteral("custom.dat"));
        QVERIFY(writeFile(m_dir.path(), QStringLiteral("custom.dat"), "custom data v1"));
    }

    void bundleIntoX64Image()
    {
        const QString image = newImage();
        const Run run = add(image, bundleRequest());
        QVERIFY2(run.outcome.succeeded(), qPrintable(run.errorMessage()));
        const QList<ProvisionDecision> &d = run.op->decisions();
        const QString x64 = appSpecFull(QStringLiteral("x64")), x86 = appSpecFull(QStringLiteral("x86")), arm64 = appSpecFull(QStringLiteral("arm64"));
        QCOMPARE(decisionFor(d, x64), (ProvisionDecision{x64, true, "application package for x64, the best of the bundle for this x64 image (native)"}));
        QCOMPARE(decisionFor(d, x86).reason, QStringLiteral("application package for x86 applies, but the bundle's x64 package suits this x64 image better"));
        QCOMPARE(decisionFor(d, arm64).reason,
                 QStringLiteral("application package: architecture arm64 does not apply to this x64 image (it takes x64, x86 and neutral)"));
        const QString en = resourceFull(QStringLiteral("split.language-en"));
        QVERIFY2(decisionFor(d, en).included, qPrintable(decisionFor(d, en).package + QLatin1Char(' ') + decisionFor(d, en).reason));
        QVERIFY(decisionFor(d, en).reason.startsWith(QLatin1String("language pack en-US: en-US is installed in the image (Windows/System32/en-US")));
        QVERIFY(!decisionFor(d, resourceFull(QStringLiteral("split.language-fr"))).included);
        QVERIFY(decisionFor(d, resourceFull(QStringLiteral("split.scale-200"))).included);
        QVERIFY(decisionFor(d, resourceFull(QStringLiteral("split.dx11"))).included);

        // Files under Program Files/WindowsApps.
        const QString vclibs = fullName(frameworkSpec(QStringLiteral("Microsoft.VCLibs.140.00"), QStringLiteral("14.0.30704.0"), QStringLiteral("x64")));
        const QString bundle = bundleFullName(m_bundle);
        QStringList expected = {bundle, x64, vclibs, en, resourceFull(QStringLiteral("split.scale-100")), resourceFull(QStringLiteral("split.scale-200")),
                                resourceFull(QStringLiteral("split.dx11"))};
        expected.sort();
        QStringList folders = QDir(apps(image)).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
        folders.sort();
        QCOMPARE(folders, expected); // and no staging folder left
        QVERIFY(QFile::exists(apps(image) + QLatin1Char('/') + bundle + QStringLiteral("/AppxMetadata/AppxBundleManifest.xml")));
        QVERIFY(QFile::exists(apps(image) + QLatin1Char('/') + x64 + QStringLiteral("/AppxManifest.xml")));
        QVERIFY(QFile::exists(apps(image) + QLatin1Char('/') + x64 + QStringLiteral("/AppxBlockMap.xml")));
        const QList<AppxFile> payload = defaultPayload();
        for (const AppxFile &f : payload)
            QCOMPARE(readAll(apps(image) + QLatin1Char('/') + x64 + QLatin1Char('/') + f.name), f.content);
        QVERIFY(QFile::exists(apps(image) + QLatin1Char('/') + vclibs + QStringLiteral("/vcruntime140_app.dll")));

        // Custom.data and the license, under the names DISM uses.
        QCOMPARE(readAll(apps(image) + QLatin1Char('/') + x64 + QStringLiteral("/microsoft.system.package.metadata/Custom.data")), QByteArray("custom data v1"));
        PackageIdentity appId;
        appId.name = m_bundle.name;
        appId.publisher = m_bundle.publisher;
        QCOMPARE(readAll(image + QStringLiteral("/ProgramData/Microsoft/Windows/ClipSVC/Install/Apps/") + appId.familyName().toLower() + QStringLiteral(".xml")),
                 readAll(m_license));

        // The list, shaped like Windows' own.
        auto list = ProvisioningList::load(image + QStringLiteral("/ProgramData/Microsoft/Windows/AppxProvisioning.xml"));
        QVERIFY(list);
        QList<std::pair<QString, QList<std::pair<QString, QString>>>> entries;
        for (const ProvisionedPackage &p : list->packages())
            entries.append({p.fullName, p.attributes});
        using A = QList<std::pair<QString, QString>>;
        const A res{{"ProvisionSourceIsBundle", "true"}, {"PackageType", "resource"}};
        QCOMPARE(entries, (QList<std::pair<QString, A>>{{vclibs, A{{"IsLOBApp", "true"}}},
                                                        {bundle, A{{"PackageType", "bundle"}}},
                                                        {x64, A{{"ProvisionSourceIsBundle", "true"}}},
                                                        {en, res},
                                                        {resourceFull(QStringLiteral("split.scale-100")), res},
                                                        {resourceFull(QStringLiteral("split.scale-200")), res},
                                                        {resourceFull(QStringLiteral("split.dx11")), res}}));
        // Regions and decisions in the sidecar, never in the list.
        QVERIFY(!list->toXml().contains("Region"));
        auto sidecar = ProvisioningSidecar::load(image + QLatin1Char('/') + ProvisioningSidecar::relativePath());
        QVERIFY(sidecar);
        QCOMPARE(sidecar->find(bundle)->regions, QStringLiteral("all"));
        QCOMPARE(sidecar->find(bundle)->decisions, d);

        // Get lists the bundle with its regions.
        GetProvisionedAppxPackagesOperation get(image);
        QVERIFY(execute(get).succeeded());
        QCOMPARE(get.apps().size(), 1);
        QCOMPARE(get.apps()[0].packageName, bundle);
        QCOMPARE(get.apps()[0].displayName, m_bundle.name);
        QCOMPARE(get.apps()[0].architecture, QStringLiteral("neutral"));
        QCOMPARE(get.apps()[0].resourceId, QStringLiteral("~"));
        QCOMPARE(get.apps()[0].regions, QStringLiteral("all"));

        // Adding it again is refused and changes nothing.
        const auto before = treeDigest(image);
        const Run again = add(image, bundleRequest());
        QCOMPARE(again.errorCode(), QStringLiteral("provision.already-provisioned"));
        QCOMPARE(treeDigest(image), before);
    }

    void severalLanguagesAndArm64()
    {
        const QString image = newImage(PeMachine::Arm64, {QStringLiteral("en-US"), QStringLiteral("de-DE")});
        const auto before = treeDigest(image);
        ProvisionRequest r = bundleRequest();
        // x64, x86 and arm frameworks apply to an arm64 Windows 11 image but cannot serve the arm64 app.
        r.dependencyPaths = {m_vclibsX64, m_vclibsArm, m_vclibsX86};
        const Run wrongArch = add(image, r);
        QCOMPARE(wrongArch.errorCode(), QStringLiteral("provision.dependency-missing"));
        QCOMPARE(decisionFor(wrongArch.op->decisions(), QStringLiteral("Microsoft.VCLibs.140.00 >= 14.0.30704.0")).reason,
                 QStringLiteral("dependency of %1 not met: no given or provisioned Microsoft.VCLibs.140.00 package of publisher %2, version "
                                "14.0.30704.0 or later, for arm64 or neutral")
                     .arg(appSpecFull(QStringLiteral("arm64")), Ms));
        QCOMPARE(treeDigest(image), before);

        const QString arm64Libs = m_dir.filePath(QStringLiteral("vclibs-arm64.appx"));
        QVERIFY(writeAppx(arm64Libs, frameworkSpec(QStringLiteral("Microsoft.VCLibs.140.00"), QStringLiteral("14.0.30704.0"), QStringLiteral("arm64"))).ok());
        r.dependencyPaths << arm64Libs;
        const Run run = add(image, r);
        QVERIFY2(run.outcome.succeeded(), qPrintable(run.errorMessage()));
        const auto &d = run.op->decisions();
        QCOMPARE(decisionFor(d, appSpecFull(QStringLiteral("arm64"))).reason,
                 QStringLiteral("application package for arm64, the best of the bundle for this arm64 image (native)"));
        QVERIFY(decisionFor(d, resourceFull(QStringLiteral("split.language-en"))).included);
        QVERIFY(decisionFor(d, resourceFull(QStringLiteral("split.language-de"))).included);
        QCOMPARE(decisionFor(d, resourceFull(QStringLiteral("split.language-fr"))).reason,
                 QStringLiteral("language pack fr-FR: no matching language is installed in the image (installed: de-DE, en-US)"));
        QVERIFY(QFileInfo(apps(image) + QLatin1Char('/') + resourceFull(QStringLiteral("split.language-de"))).isDir());
        QVERIFY(!QFileInfo(apps(image) + QLatin1Char('/') + resourceFull(QStringLiteral("split.language-fr"))).exists());
    }

    void unmetDependencyFailsNamingIt()
    {
        const QString image = newImage();
        const auto before = treeDigest(image);
        ProvisionRequest r = bundleRequest();
        r.dependencyPaths.clear();
        const Run run = add(image, r);
        QVERIFY(run.outcome.failed());
        QCOMPARE(run.errorCode(), QStringLiteral("provision.dependency-missing"));
        QCOMPARE(run.errorMessage(), QStringLiteral("%1 needs Microsoft.VCLibs.140.00 (version 14.0.30704.0 or later, publisher %2), which is neither "
                                                    "given nor provisioned in the image. Add it with /DependencyPackagePath.")
                                         .arg(appSpecFull(QStringLiteral("x64")), Ms));
        QVERIFY(!run.op->decisions().isEmpty()); // the decisions are there to show why
        QCOMPARE(treeDigest(image), before);
    }

    void failureMidwayLeavesImageUnchanged()
    {
        QFile real(sharedFixturesDir() + QStringLiteral("/real/AppxProvisioning-win11-23h2.xml"));
        const QByteArray list = real.open(QIODevice::ReadOnly) ? real.readAll() : QByteArray();
        const QString image = newImage(PeMachine::X64, {QStringLiteral("en-US")}, list);
        const auto before = treeDigest(image);
        ProvisionRequest r = bundleRequest();
        r.dependencyPaths << m_corruptFramework; // extracted last, after the app and its resource packs were staged
        const Run run = add(image, r);
        QVERIFY(run.outcome.failed());
        QCOMPARE(run.errorCode(), QStringLiteral("appx.block-hash-mismatch"));
        QVERIFY2(run.errorMessage().contains(QLatin1String("vcruntime140_app.dll")), qPrintable(run.errorMessage()));
        QVERIFY(decisionFor(run.op->decisions(), appSpecFull(QStringLiteral("x64"))).included); // the app came first and was staged
        QCOMPARE(treeDigest(image), before);
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
        QVERIFY2(run.outcome.cancelled(), qPrintable(run.outcome.succeeded() ? QStringLiteral("succeeded") : run.errorMessage()));
        QCOMPARE(treeDigest(image), before);
    }

    void removeKeepsSharedFrameworks()
    {
        const QString image = newImage();
        QVERIFY(add(image, bundleRequest()).outcome.succeeded());
        const Run other = add(image, otherRequest());
        QVERIFY2(other.outcome.succeeded(), qPrintable(other.errorMessage()));
        const QString vclibs = fullName(frameworkSpec(QStringLiteral("Microsoft.VCLibs.140.00"), QStringLiteral("14.0.30704.0"), QStringLiteral("x64")));
        QVERIFY(decisionFor(other.op->decisions(), QStringLiteral("Microsoft.VCLibs.140.00 >= 14.0.24123.0"))
                    .reason.endsWith(QStringLiteral("met by %1 (already provisioned in the image)").arg(vclibs)));

        RemoveProvisionedAppxPackageOperation remove(image, bundleFullName(m_bundle));
        QVERIFY(execute(remove).succeeded());
        QCOMPARE(decisionFor(remove.result().decisions, vclibs),
                 (ProvisionDecision{vclibs, false, "dependency kept: another provisioned app depends on Microsoft.VCLibs.140.00"}));
        QStringList left = QDir(apps(image)).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
        left.sort();
        QStringList expected{fullName(m_other), vclibs};
        expected.sort();
        QCOMPARE(left, expected);
        auto list = ProvisioningList::load(image + QStringLiteral("/ProgramData/Microsoft/Windows/AppxProvisioning.xml"));
        QStringList entries;
        for (const ProvisionedPackage &p : list->packages())
            entries << p.fullName;
        QCOMPARE(entries, (QStringList{vclibs, fullName(m_other)}));
        PackageIdentity appId;
        appId.name = m_bundle.name;
        appId.publisher = m_bundle.publisher;
        QVERIFY(!QFile::exists(image + QStringLiteral("/ProgramData/Microsoft/Windows/ClipSVC/Install/Apps/") + appId.familyName().toLower() + QStringLiteral(".xml")));
    }

    void removeLastUserRemovesFramework()
    {
        const QString image = newImage();
        QVERIFY(add(image, bundleRequest()).outcome.succeeded());
        QVERIFY(add(image, otherRequest()).outcome.succeeded());
        RemoveProvisionedAppxPackageOperation removeOther(image, m_other.name); // by name alone
        QVERIFY(execute(removeOther).succeeded());
        const QString vclibs = fullName(frameworkSpec(QStringLiteral("Microsoft.VCLibs.140.00"), QStringLiteral("14.0.30704.0"), QStringLiteral("x64")));
        QVERIFY(QFileInfo(apps(image) + QLatin1Char('/') + vclibs).isDir());
        RemoveProvisionedAppxPackageOperation removeBundle(image, bundleFullName(m_bundle));
        QVERIFY(execute(removeBundle).succeeded());
        QCOMPARE(decisionFor(removeBundle.result().decisions, vclibs),
                 (ProvisionDecision{vclibs, true, QStringLiteral("dependency that came with %1 and that no other provisioned app needs").arg(bundleFullName(m_bundle))}));
        QCOMPARE(QDir(apps(image)).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        auto list = ProvisioningList::load(image + QStringLiteral("/ProgramData/Microsoft/Windows/AppxProvisioning.xml"));
        QCOMPARE(list->packages().size(), 0);

        RemoveProvisionedAppxPackageOperation missing(image, QStringLiteral("Nope"));
        const OperationOutcome o = execute(missing);
        QCOMPARE(o.error->code, QStringLiteral("provision.not-provisioned"));
    }

    void optimizeLinksIdenticalFiles()
    {
        const QString image = newImage();
        QVERIFY(add(image, bundleRequest()).outcome.succeeded());
        QVERIFY(add(image, otherRequest()).outcome.succeeded());
        const auto contentBefore = treeDigest(image);
        const QString a = apps(image) + QLatin1Char('/') + appSpecFull(QStringLiteral("x64")) + QStringLiteral("/bin/app.dat");
        const QString b = apps(image) + QLatin1Char('/') + fullName(m_other) + QStringLiteral("/bin/app.dat");
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
        QVERIFY(writeFile(m_dir.path(), QStringLiteral("custom2.dat"), "custom data v2"));
        SetProvisionedAppxDataFileOperation set(image, bundleFullName(m_bundle), m_dir.filePath(QStringLiteral("custom2.dat")));
        QVERIFY(execute(set).succeeded());
        const QString dat = apps(image) + QLatin1Char('/') + appSpecFull(QStringLiteral("x64")) + QStringLiteral("/microsoft.system.package.metadata/Custom.data");
        QCOMPARE(set.writtenFile(), dat);
        QCOMPARE(readAll(dat), QByteArray("custom data v2"));
        SetProvisionedAppxDataFileOperation notThere(image, QStringLiteral("Contoso.Missing"), m_dir.filePath(QStringLiteral("custom2.dat")));
        QCOMPARE(execute(notThere).error->code, QStringLiteral("provision.not-provisioned"));
    }

    void nothingTranslatedGoesIntoTheImage()
    {
        // A translator that turns every string into Chinese, as a GUI run in zh_CN does: the user sees
        // the decisions in Chinese, the sidecar inside the image holds codes and plain values only.
        using namespace Qt::StringLiterals;
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
        using namespace Qt::StringLiterals;
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
        using namespace Qt::StringLiterals;
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
        const QString folder = m_dir.filePath(QStringLiteral("unpacked-app"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/Dependencies/x64")));
        QVERIFY(QFile::copy(m_bundlePath, folder + QStringLiteral("/Contoso.Sample.msixbundle")));
        QVERIFY(QFile::copy(m_vclibsX64, folder + QStringLiteral("/Dependencies/x64/Microsoft.VCLibs.x64.appx")));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/Dependencies/arm")));
        QVERIFY(QFile::copy(m_vclibsArm, folder + QStringLiteral("/Dependencies/arm/Microsoft.VCLibs.arm.appx")));
        QVERIFY(QFile::copy(m_license, folder + QStringLiteral("/Contoso_License1.xml")));
        const QString image = newImage();
        ProvisionRequest r;
        r.folderPath = folder;
        const Run run = add(image, r);
        QVERIFY2(run.outcome.succeeded(), qPrintable(run.errorMessage()));
        QCOMPARE(run.op->appEntry(), bundleFullName(m_bundle));
        const QString armLibs = fullName(frameworkSpec(QStringLiteral("Microsoft.VCLibs.140.00"), QStringLiteral("14.0.30704.0"), QStringLiteral("arm")));
        QCOMPARE(decisionFor(run.op->decisions(), armLibs).reason,
                 QStringLiteral("dependency package: architecture arm does not apply to this x64 image (it takes x64, x86 and neutral); skipped, not an error"));
        PackageIdentity appId;
        appId.name = m_bundle.name;
        appId.publisher = m_bundle.publisher;
        QCOMPARE(readAll(image + QStringLiteral("/ProgramData/Microsoft/Windows/ClipSVC/Install/Apps/") + appId.familyName().toLower() + QStringLiteral(".xml")),
                 readAll(m_license));
        // Without a license file in the folder and without /SkipLicense it is refused.
        QVERIFY(QFile::remove(folder + QStringLiteral("/Contoso_License1.xml")));
        const Run noLicense = add(newImage(), r);
        QCOMPARE(noLicense.errorCode(), QStringLiteral("usage.license"));
    }

    void mountedImageFactsComeFromWimXml()
    {
        // A folder registered as a WimBench mount: architecture, build and languages from the WIM XML.
        const QString image = newImage(PeMachine::X86, {QStringLiteral("en-US")});
        const QString wim = m_dir.filePath(QStringLiteral("facts.wim"));
        ImageSpec spec = windowsLikeSpec(image, QStringLiteral("Pro")); // x64, build 22631, en-US + fr-FR
        QVERIFY(createWim(wim, {spec}).ok());
        MountRecord record;
        record.mountDir = QFileInfo(image).canonicalFilePath();
        record.imageFile = wim;
        record.index = 1;
        QVERIFY(MountRegistry().put(record).ok());
        auto op = std::make_shared<AddProvisionedAppxPackageOperation>(image, bundleRequest(), true);
        QVERIFY(execute(*op).succeeded());
        const QString source = QStringLiteral("WIM XML of %1, index 1").arg(wim);
        QCOMPARE(op->image()->cpu(), ImageCpu::X64); // not the x86 ntoskrnl.exe
        QCOMPARE(op->image()->cpuSource(), source);
        QCOMPARE(op->image()->build(), std::optional<quint32>(22631));
        QCOMPARE(op->image()->buildSource(), source);
        QCOMPARE(op->image()->languageTags(), (QStringList{"en-US", "fr-FR"}));
        QCOMPARE(op->image()->languages()[0].sources, (QStringList{source, QStringLiteral("Windows/System32/en-US")}));
        QVERIFY(decisionFor(op->decisions(), resourceFull(QStringLiteral("split.language-fr"))).included);
        QVERIFY(MountRegistry().remove(record.mountDir).ok());
    }

    void stubAwareBundleHonoursStubOption()
    {
        BundleSpec b;
        b.name = QStringLiteral("Contoso.Stubby");
        AppxSpec fullApp;
        fullApp.name = b.name;
        fullApp.publisher = b.publisher;
        AppxSpec stubApp = fullApp;
        stubApp.resourceId = QStringLiteral("stub");
        stubApp.files = {{QStringLiteral("stub.txt"), "I am the stub", true}};
        BundleItem stubItem = bundleItem(stubApp, QStringLiteral("Stubby_stub.msix"));
        stubItem.stub = true;
        b.items = {bundleItem(fullApp, QStringLiteral("Stubby_x64.msix")), stubItem};
        const QString path = m_dir.filePath(QStringLiteral("Stubby.msixbundle"));
        QVERIFY(writeBundle(path, b).ok());

        ProvisionRequest r;
        r.packagePath = path;
        r.skipLicense = true;
        const Run byDefault = add(newImage(), r);
        QVERIFY2(byDefault.outcome.succeeded(), qPrintable(byDefault.errorMessage()));
        QCOMPARE(decisionFor(byDefault.op->decisions(), fullName(stubApp)).reason,
                 QStringLiteral("stub package: the full packages are provisioned (the default without /StubPackageOption)"));

        const QString image = newImage();
        r.stub = StubPreference::InstallStub;
        const Run stub = add(image, r);
        QVERIFY2(stub.outcome.succeeded(), qPrintable(stub.errorMessage()));
        QCOMPARE(decisionFor(stub.op->decisions(), fullName(fullApp)).reason,
                 QStringLiteral("full package: the stub packages are provisioned (/StubPackageOption:installstub)"));
        QCOMPARE(readAll(apps(image) + QLatin1Char('/') + fullName(stubApp) + QStringLiteral("/stub.txt")), QByteArray("I am the stub"));
        QVERIFY(!QFileInfo::exists(apps(image) + QLatin1Char('/') + fullName(fullApp)));
        auto sidecar = ProvisioningSidecar::load(image + QLatin1Char('/') + ProvisioningSidecar::relativePath());
        QCOMPARE(sidecar->find(bundleFullName(b))->stubPreference, QStringLiteral("installstub"));
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
        QCOMPARE(o.error->code, QStringLiteral("provision.busy"));
        QVERIFY(QFileInfo(apps(image) + QLatin1Char('/') + fullName(m_other)).isDir());
    }

    void licenseIsRequired()
    {
        const QString image = newImage();
        ProvisionRequest r = bundleRequest();
        r.licensePath.clear();
        const Run run = add(image, r);
        QCOMPARE(run.errorCode(), QStringLiteral("usage.license"));
    }

    void realExistingBundlePicksX64()
    {
        const QString fixtures = sharedFixturesDir();
        if (fixtures.isEmpty())
            QSKIP("../shared/fixtures is absent");
        const QString bundle = fixtures + QStringLiteral("/appx/bundles/existingBundle.msixbundle");
        const QString image = newImage(PeMachine::X64, {QStringLiteral("en-US")});
        ProvisionRequest r;
        r.packagePath = bundle;
        r.skipLicense = true;
        const Run missing = add(image, r);
        QCOMPARE(missing.errorCode(), QStringLiteral("provision.dependency-missing"));
        QVERIFY(missing.errorMessage().contains(QLatin1String("Microsoft.VCLibs.140.00 (version 14.0.22929.0 or later")));
        QVERIFY(missing.errorMessage().contains(QLatin1String("Microsoft.NET.Native.Framework.2.2 (version 2.2.27912.0 or later")));
        QVERIFY(missing.errorMessage().contains(QLatin1String("Microsoft.NET.Native.Runtime.2.2 (version 2.2.28604.0 or later")));

        // Frameworks with matching identities, generated.
        for (const auto &[name, version] : {std::pair{QStringLiteral("Microsoft.VCLibs.140.00"), QStringLiteral("14.0.30704.0")},
                                            std::pair{QStringLiteral("Microsoft.NET.Native.Framework.2.2"), QStringLiteral("2.2.29512.0")},
                                            std::pair{QStringLiteral("Microsoft.NET.Native.Runtime.2.2"), QStringLiteral("2.2.28604.0")}}) {
            const QString path = m_dir.filePath(name + QStringLiteral(".appx"));
            QVERIFY(writeAppx(path, frameworkSpec(name, version, QStringLiteral("x64"))).ok());
            r.dependencyPaths << path;
        }
        // The rules choose x64; the real bundle is unsigned, so the add is then refused (as Windows
        // would refuse it) and nothing is written.
        const auto before = treeDigest(image);
        const Run run = add(image, r);
        QCOMPARE(run.errorCode(), QStringLiteral("provision.unsigned"));
        QCOMPARE(treeDigest(image), before);
        const QString pfx = QStringLiteral("7fa9aa49-c12e-4977-8a29-14b25a006dc7_4.0.0.0_");
        const auto &d = run.op->decisions();
        QCOMPARE(decisionFor(d, pfx + QStringLiteral("x64__vszhfztff4j74")).reason,
                 QStringLiteral("application package for x64, the best of the bundle for this x64 image (native)"));
        QCOMPARE(decisionFor(d, pfx + QStringLiteral("x86__vszhfztff4j74")).reason,
                 QStringLiteral("application package for x86 applies, but the bundle's x64 package suits this x64 image better"));
        QCOMPARE(decisionFor(d, pfx + QStringLiteral("arm__vszhfztff4j74")).reason,
                 QStringLiteral("application package: architecture arm does not apply to this x64 image (it takes x64, x86 and neutral)"));
        QVERIFY(std::any_of(d.begin(), d.end(), [&](const ProvisionDecision &x) {
            return x.package == pfx + QStringLiteral("neutral_~_vszhfztff4j74") && x.why.codeName() == QLatin1String("trust.unsigned") && !x.included;
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
        r.packagePath = fixtures + QStringLiteral("/appx/flat/FlatBundleWithAsset.appxbundle");
        r.skipLicense = true;
        const Run run = add(image, r);
        QVERIFY(run.outcome.failed());
        QCOMPARE(run.errorCode(), QStringLiteral("appx.bundle-package-missing"));
        QCOMPARE(treeDigest(image), before);
    }
};

QTEST_GUILESS_MAIN(TestProvisioning)
#include "tst_provisioning.moc"
