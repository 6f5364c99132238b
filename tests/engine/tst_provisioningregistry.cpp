// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Provisioning and the image's SOFTWARE hive (AppxAllUserStore): the keys an add writes for a
// bundle with resource packs and a dependency, for a standalone app with a dependency; remove
// deleting them and writing Deprovisioned; deprovision then provision again; a truncated hive
// refused with nothing written; a bare folder provisioned without registry entries, and saying so.
// Every hive WimBench writes is read back with hivexget / hivexsh (libhivex-bin), not with WimBench.
#include "AppxBuilder.h"
#include "DecisionCodes.h"
#include "ErrorNames.h"
#include "HiveBuilder.h"
#include "OfflineImageBuilder.h"
#include "TestSigner.h"
#include "WimBuilder.h"

#include "core/Operation.h"
#include "ops/AddProvisionedAppxPackageOperation.h"
#include "ops/GetProvisionedAppxPackagesOperation.h"
#include "ops/RemoveProvisionedAppxPackageOperation.h"
#include "provision/AllUserStore.h"
#include "provision/Provisioner.h"
#include "provision/ProvisioningList.h"
#include "registry/Hive.h"
#include "registry/HiveCache.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

namespace {
const QString Ms = u"CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US"_s;
const QString Store = u"Microsoft\\Windows\\CurrentVersion\\Appx\\AppxAllUserStore"_s;

PackageIdentity identity(const QString &name, const QString &publisher, const QString &version, const QString &arch, const QString &resourceId = {})
{
    PackageIdentity i;
    i.name = name;
    i.publisher = publisher;
    i.version = *PackageVersion::parse(version);
    i.architecture = *parseArchitecture(arch);
    i.resourceId = resourceId;
    return i;
}

struct Tool
{
    bool ok = false;
    QString out;
};

/// A libhivex-bin tool on the hive; hivexsh reads `input` on stdin.
Tool run(const QString &tool, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(tool, args);
    if (!input.isEmpty())
        p.write(input + "\nexit\n");
    p.closeWriteChannel();
    Tool t;
    t.ok = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    t.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    return t;
}

/// hivexget's text of the value `name` of `key`; "<missing>" when hivexget fails.
QString hivexget(const QString &hive, const QString &key, const QString &name)
{
    const Tool t = run(u"hivexget"_s, {hive, key, name});
    return t.ok ? t.out : u"<missing>"_s;
}

/// The subkey names of `key` as hivexsh lists them; {"<missing>"} when it cannot cd there.
QStringList subkeys(const QString &hive, const QString &key)
{
    const Tool t = run(u"hivexsh"_s, {hive}, (u"cd "_s + key + u"\nls"_s).toUtf8());
    if (!t.ok || t.out.contains(u"cd:"_s) || t.out.contains(u"error"_s, Qt::CaseInsensitive))
        return {u"<missing>"_s};
    QStringList names = t.out.split(u'\n', Qt::SkipEmptyParts);
    for (QString &n : names)
        n = n.trimmed();
    names.sort(Qt::CaseInsensitive);
    return names;
}

QString manifest(const QString &fullName, bool bundle = false)
{
    return u"%SYSTEMDRIVE%\\Program Files\\WindowsApps\\"_s + fullName
        + (bundle ? u"\\AppxMetadata\\AppxBundleManifest.xml"_s : u"\\AppxManifest.xml"_s);
}

OperationOutcome execute(Operation &op)
{
    OperationContext ctx(EngineSettings{}, CancellationToken{}, {});
    return executeOperation(op, ctx);
}

QString hiveOf(const QString &image)
{
    return image + u"/Windows/System32/config/SOFTWARE"_s;
}
} // namespace

class TestProvisioningRegistry : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    BundleSpec m_bundle;
    AppxSpec m_other;
    QString m_bundlePath, m_vclibs, m_otherPath, m_license;
    PackageIdentity m_bundleId, m_vclibsId, m_otherId, m_appX64;
    int m_images = 0;

    /// An x64 en-US image; with `hive`, a SOFTWARE hive holding Windows' own keys and another app.
    QString newImage(bool hive = true)
    {
        const QString root = m_dir.filePath(u"image%1"_s.arg(++m_images));
        OfflineImageSpec spec;
        spec.machine = PeMachine::X64;
        spec.languages = {u"en-US"_s};
        spec.build = 22631;
        if (!writeOfflineImage(root, spec) || !QFile::remove(hiveOf(root))) // the tree's empty hive
            return {};
        if (hive) {
            HiveBuilder b;
            addTestRoot(b);
            b.setValue(u"Microsoft\\Windows NT\\CurrentVersion"_s, RegistryValue::string(u"CurrentBuildNumber"_s, u"22631"_s));
            b.setValue(Store + u"\\Applications\\Microsoft.WindowsCalculator_11.2210.0.0_neutral_~_8wekyb3d8bbwe"_s,
                       RegistryValue::string(u"Path"_s, manifest(u"Microsoft.WindowsCalculator_11.2210.0.0_neutral_~_8wekyb3d8bbwe"_s, true)));
            if (!b.writeTo(hiveOf(root)))
                return {};
        }
        return root;
    }

    ProvisionRequest bundleRequest() const
    {
        ProvisionRequest r;
        r.packagePath = m_bundlePath;
        r.dependencyPaths = {m_vclibs};
        r.licensePath = m_license;
        return r;
    }

    OperationOutcome add(const QString &image, const ProvisionRequest &r, QList<ProvisionDecision> *decisions = nullptr)
    {
        AddProvisionedAppxPackageOperation op(image, r);
        const OperationOutcome outcome = execute(op);
        if (decisions)
            *decisions = op.decisions();
        return outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const QString &tool : {u"hivexget"_s, u"hivexsh"_s})
            if (QStandardPaths::findExecutable(tool).isEmpty())
                QSKIP("libhivex-bin (hivexget, hivexsh) is not installed");
        m_bundle = sampleBundle();
        m_bundlePath = m_dir.filePath(u"Contoso.Sample.msixbundle"_s);
        QVERIFY(writeBundle(m_bundlePath, m_bundle).ok());
        m_bundleId = identity(m_bundle.name, m_bundle.publisher, m_bundle.version, u"neutral"_s, u"~"_s);
        m_appX64 = identity(m_bundle.name, m_bundle.publisher, m_bundle.version, u"x64"_s);
        m_vclibs = m_dir.filePath(u"vclibs-x64.appx"_s);
        QVERIFY(writeAppx(m_vclibs, frameworkSpec(u"Microsoft.VCLibs.140.00"_s, u"14.0.30704.0"_s, u"x64"_s)).ok());
        m_vclibsId = identity(u"Microsoft.VCLibs.140.00"_s, Ms, u"14.0.30704.0"_s, u"x64"_s);
        m_other.name = u"Contoso.Other"_s;
        m_other.dependencies = {{u"Microsoft.VCLibs.140.00"_s, Ms, u"14.0.24123.0"_s, false}};
        m_otherPath = m_dir.filePath(u"Contoso.Other.msix"_s);
        QVERIFY(writeAppx(m_otherPath, m_other).ok());
        m_otherId = identity(m_other.name, m_other.publisher, m_other.version, m_other.architecture);
        m_license = m_dir.filePath(u"Contoso_License1.xml"_s);
        QVERIFY(writeFile(m_dir.path(), u"Contoso_License1.xml"_s, "<License Version=\"1\">contoso</License>"));
    }

    void bundleWithResourcePacksAndDependency()
    {
        const QString image = newImage();
        QList<ProvisionDecision> decisions;
        const OperationOutcome outcome = add(image, bundleRequest(), &decisions);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error ? outcome.error->message : QString()));
        const QString hive = hiveOf(image);
        const QString app = Store + u"\\Applications\\"_s + m_bundleId.fullName();
        QCOMPARE(hivexget(hive, app, u"Path"_s), manifest(m_bundleId.fullName(), true));
        QCOMPARE(subkeys(hive, app), QStringList{m_vclibsId.fullName()});
        QCOMPARE(hivexget(hive, app + u'\\' + m_vclibsId.fullName(), u"Path"_s), manifest(m_vclibsId.fullName()));
        // Windows' own entry is kept; the inner application package has no Applications entry.
        QCOMPARE(subkeys(hive, Store + u"\\Applications"_s),
                 (QStringList{m_bundleId.fullName(), u"Microsoft.WindowsCalculator_11.2210.0.0_neutral_~_8wekyb3d8bbwe"_s}));
        // Staged: every package of the set, that is every entry the add put into AppxProvisioning.xml.
        auto list = ProvisioningList::load(image + u"/ProgramData/Microsoft/Windows/AppxProvisioning.xml"_s);
        QVERIFY(list);
        QStringList appFamily, vclibsFamily;
        for (const ProvisionedPackage &p : list->packages())
            (p.packageName() == m_bundle.name ? appFamily : vclibsFamily) << p.fullName;
        appFamily.sort(Qt::CaseInsensitive);
        QCOMPARE(appFamily.size(), 6); // bundle, x64 package, en-US, scale 100 and 200, dx11
        QCOMPARE(subkeys(hive, Store + u"\\Staged\\"_s + m_bundleId.familyName()), appFamily);
        QCOMPARE(subkeys(hive, Store + u"\\Staged\\"_s + m_vclibsId.familyName()), vclibsFamily);
        QCOMPARE(hivexget(hive, Store + u"\\Staged\\"_s + m_appX64.familyName() + u'\\' + m_appX64.fullName(), u"Path"_s),
                 manifest(m_appX64.fullName()));
        QCOMPARE(hivexget(hive, Store + u"\\Staged\\"_s + m_bundleId.familyName() + u'\\' + m_bundleId.fullName(), u"Path"_s),
                 manifest(m_bundleId.fullName(), true));
        bool listed = false;
        for (const ProvisionDecision &d : decisions)
            listed |= d.package == app && codeForm(d.why) == u"registry.key(%1)"_s.arg(manifest(m_bundleId.fullName(), true));
        QVERIFY(listed);
    }

    void standaloneAppWithDependency()
    {
        const QString image = newImage();
        ProvisionRequest r;
        r.packagePath = m_otherPath;
        r.dependencyPaths = {m_vclibs};
        r.skipLicense = true;
        const OperationOutcome outcome = add(image, r);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error ? outcome.error->message : QString()));
        const QString hive = hiveOf(image);
        const QString app = Store + u"\\Applications\\"_s + m_otherId.fullName();
        QCOMPARE(hivexget(hive, app, u"Path"_s), manifest(m_otherId.fullName()));
        QCOMPARE(hivexget(hive, app + u'\\' + m_vclibsId.fullName(), u"Path"_s), manifest(m_vclibsId.fullName()));
        // The framework only as a dependency subkey and Staged, never as an app of its own.
        QCOMPARE(hivexget(hive, Store + u"\\Applications\\"_s + m_vclibsId.fullName(), u"Path"_s), u"<missing>"_s);
        QCOMPARE(subkeys(hive, Store + u"\\Staged\\"_s + m_vclibsId.familyName()), QStringList{m_vclibsId.fullName()});
        QCOMPARE(subkeys(hive, Store + u"\\Staged\\"_s + m_otherId.familyName()), QStringList{m_otherId.fullName()});
    }

    void removeDeletesKeysAndDeprovisionsThenProvisionAgain()
    {
        const QString image = newImage();
        QVERIFY(add(image, bundleRequest()).succeeded());
        const QString hive = hiveOf(image);
        RemoveProvisionedAppxPackageOperation remove(image, m_bundleId.fullName());
        QVERIFY(execute(remove).succeeded());
        QCOMPARE(subkeys(hive, Store + u"\\Applications"_s), QStringList{u"Microsoft.WindowsCalculator_11.2210.0.0_neutral_~_8wekyb3d8bbwe"_s});
        QCOMPARE(subkeys(hive, Store + u"\\Staged"_s), QStringList{}); // the framework went with the app
        QCOMPARE(subkeys(hive, Store + u"\\Deprovisioned"_s), QStringList{m_bundleId.familyName()});
        QCOMPARE(run(u"hivexget"_s, {hive, Store + u"\\Deprovisioned\\"_s + m_bundleId.familyName()}).out, QString()); // empty key
        QVERIFY(QDir(image + u"/ProgramData/Microsoft/Windows/ClipSVC/Install/Apps"_s).entryList(QDir::Files).isEmpty());

        // Provisioning the family again clears Deprovisioned and says so.
        QList<ProvisionDecision> decisions;
        QVERIFY(add(image, bundleRequest(), &decisions).succeeded());
        QCOMPARE(subkeys(hive, Store + u"\\Deprovisioned"_s), QStringList{});
        QCOMPARE(hivexget(hive, Store + u"\\Applications\\"_s + m_bundleId.fullName(), u"Path"_s), manifest(m_bundleId.fullName(), true));
        bool said = false;
        for (const ProvisionDecision &d : decisions)
            said |= d.package == AllUserStore::deprovisionedKey(m_bundleId.familyName()) && d.why.codeName() == u"registry.clear-deprovisioned"_s;
        QVERIFY(said);
    }

    void getComparesListAndRegistry()
    {
        // Registered in both; an entry whose key is gone is "No"; a key without a list entry is listed as "RegistryOnly".
        const QString image = newImage();
        QVERIFY(add(image, bundleRequest()).succeeded());
        ProvisionRequest r;
        r.packagePath = m_otherPath;
        r.dependencyPaths = {m_vclibs};
        r.skipLicense = true;
        QVERIFY(add(image, r).succeeded());
        {
            auto hive = Hive::open(hiveOf(image), Hive::Mode::Write);
            QVERIFY(hive);
            QVERIFY(*hive->deleteKey(Store + u"\\Applications\\"_s + m_otherId.fullName()));
            QVERIFY(hive->commit().ok());
        }
        GetProvisionedAppxPackagesOperation get(image);
        QVERIFY(execute(get).succeeded());
        QMap<QString, QString> state;
        for (const ProvisionedAppInfo &a : get.apps())
            state.insert(a.packageName, registryStateName(a.registry));
        QCOMPARE(state, (QMap<QString, QString>{{m_bundleId.fullName(), u"Yes"_s},
                                                {m_otherId.fullName(), u"No"_s},
                                                {u"Microsoft.WindowsCalculator_11.2210.0.0_neutral_~_8wekyb3d8bbwe"_s, u"RegistryOnly"_s}}));
        // Without a hive nothing is claimed.
        QVERIFY(QFile::remove(hiveOf(image)));
        GetProvisionedAppxPackagesOperation bare(image);
        QVERIFY(execute(bare).succeeded());
        for (const ProvisionedAppInfo &a : bare.apps())
            QCOMPARE(registryStateName(a.registry), u"NoHive"_s);
    }

    void platformFromTheHives_data()
    {
        QTest::addColumn<QString>("installationType");
        QTest::addColumn<QString>("family");     // the package's TargetDeviceFamily
        QTest::addColumn<QString>("minVersion");
        QTest::addColumn<QStringList>("refusal"); // {} = provisioned; else what the error message names
        QTest::newRow("server image, server package") << u"Server"_s << u"Windows.Server"_s << u"10.0.20348.2700"_s << QStringList{};
        QTest::newRow("server image, later ubr") << u"Server"_s << u"Windows.Server"_s << u"10.0.20348.2701"_s
                                                 << QStringList{u"Windows.Server 10.0.20348.2701"_s, u"Windows.Server 10.0.20348.2700"_s};
        QTest::newRow("client image, server package") << u"Client"_s << u"Windows.Server"_s << u"10.0.17763.0"_s
                                                      << QStringList{u"Windows.Server"_s, u"Windows.Desktop 10.0.20348.2700"_s};
    }

    void platformFromTheHives()
    {
        // End to end through the provisioner: the image's SOFTWARE hive says InstallationType and
        // UBR (HiveFacts), and TargetDeviceFamily is judged against them; a refusal writes nothing.
        QFETCH(QString, installationType);
        QFETCH(QString, family);
        QFETCH(QString, minVersion);
        QFETCH(QStringList, refusal);
        const QString root = m_dir.filePath(u"image%1"_s.arg(++m_images));
        ImageHivesSpec hives;
        hives.installationType = installationType;
        hives.build = u"20348"_s;
        hives.ubr = 2700;
        QVERIFY(writeImageWithRoots(root, {u"own"_s}, hives));
        AppxSpec app;
        app.name = u"Contoso.ServerTool"_s;
        app.targetDeviceFamily = family;
        app.targetDeviceMinVersion = minVersion;
        const QString path = m_dir.filePath(u"server-%1.msix"_s.arg(m_images));
        QVERIFY(writeAppx(path, app).ok());
        ProvisionRequest r;
        r.packagePath = path;
        r.skipLicense = true;
        const auto before = treeDigest(root);
        QList<ProvisionDecision> decisions;
        const OperationOutcome outcome = add(root, r, &decisions);
        if (refusal.isEmpty()) {
            QVERIFY2(outcome.succeeded(), qPrintable(outcome.error->message));
            const QString fullName = identity(app.name, app.publisher, app.version, app.architecture).fullName();
            const auto main = std::find_if(decisions.begin(), decisions.end(), [&](const ProvisionDecision &d) { return d.package == fullName; });
            QVERIFY(main != decisions.end());
            QVERIFY2(
                codeForm(main->why).endsWith(u", family.applies(Windows.Server, %1, Windows.Server 10.0.20348.2700))"_s.arg(minVersion)),
                qPrintable(codeForm(main->why)));
            QCOMPARE(hivexget(hiveOf(root), Store + u"\\Applications\\"_s + fullName, u"Path"_s), manifest(fullName));
            return;
        }
        QVERIFY(!outcome.succeeded());
        QCOMPARE(outcome.error->code, u"provision.device-family-not-applicable"_s);
        QVERIFY2(namesAll(outcome.error->message, refusal), qPrintable(outcome.error->message));
        QCOMPARE(treeDigest(root), before);
    }

    /// The SOFTWARE hive is parsed once for a command's facts, trust check, registry plan and write
    /// (HiveCache shared by OfflineImage::inspect and the Provisioner, as the operations do), and
    /// parsed again only when the file changed underneath.
    void parsesTheSoftwareHiveOncePerCommand()
    {
        const QString image = newImage();
        auto hives = std::make_shared<HiveCache>();
        auto img = OfflineImage::inspect(image, std::nullopt, hives.get());
        QVERIFY(img);
        QCOMPARE(img->hiveFacts().build->value, u"22631"_s);
        QCOMPARE(hives->parses(), 1);
        Provisioner provisioner(*img, hives);
        auto lock = provisioner.lock();
        QVERIFY(lock);
        auto prepared = provisioner.prepare(bundleRequest(), nullptr);
        QVERIFY2(prepared, qPrintable(prepared ? QString() : prepared.error().message));
        QVERIFY(provisioner.commit(*prepared, nullptr));
        QCOMPARE(hives->parses(), 1); // facts, certificate stores, plan and commit: one parse
        const QString app = Store + u"\\Applications\\"_s + m_bundleId.fullName();
        QCOMPARE(hivexget(hiveOf(image), app, u"Path"_s), manifest(m_bundleId.fullName(), true));

        // The add freed its handle once the new hive was renamed into place (HiveCache::release,
        // so its memory goes beside the last steps): a remove parses the committed file once.
        QVERIFY(provisioner.remove(m_bundleId.fullName(), nullptr));
        QCOMPARE(hives->parses(), 2);
        QCOMPARE(hivexget(hiveOf(image), app, u"Path"_s), u"<missing>"_s);
        QCOMPARE(subkeys(hiveOf(image), Store + u"\\Deprovisioned"_s), QStringList{m_bundleId.familyName()});

        // Another writer replaced the hive: the next read parses the new file, not the old handle.
        HiveBuilder other;
        addTestRoot(other);
        other.setValue(u"Microsoft\\Windows NT\\CurrentVersion"_s, RegistryValue::string(u"CurrentBuildNumber"_s, u"26100"_s));
        QVERIFY(other.writeTo(hiveOf(image) + u".new"_s));
        QVERIFY(::rename(QFile::encodeName(hiveOf(image) + u".new"_s).constData(), QFile::encodeName(hiveOf(image)).constData()) == 0);
        auto again = provisioner.softwareHive(Hive::Mode::ReadOnly);
        QVERIFY(again);
        QCOMPARE(hives->parses(), 3);
        QCOMPARE((*(*again)->value(u"Microsoft\\Windows NT\\CurrentVersion"_s, u"CurrentBuildNumber"_s))->toString(), u"26100"_s);
        QVERIFY(!(*(*again)->findKey(Store + u"\\Deprovisioned"_s)));
    }

    /// The add parses SOFTWARE on a thread of its own while it opens the packages
    /// (HiveCache::prefetch): a cancel then stops the add before anything is written, and the
    /// parse is joined (no thread outlives the command).
    void cancelWhileTheHiveIsParsed()
    {
        const QString image = newImage();
        const auto before = treeDigest(image);
        CancellationToken token;
        token.cancel(); // seen by the package opening, while the early parse runs
        OperationContext ctx(EngineSettings{}, token, {});
        AddProvisionedAppxPackageOperation op(image, bundleRequest());
        const OperationOutcome outcome = executeOperation(op, ctx);
        QVERIFY(outcome.cancelled());
        QCOMPARE(treeDigest(image), before);
    }

    /// The early parse runs while the packages are opened; a hive replaced meanwhile is parsed
    /// again (its stamp differs), so the decisions and the write are made from the file as it is.
    void hiveReplacedAfterTheEarlyParse()
    {
        const QString image = newImage();
        auto hives = std::make_shared<HiveCache>();
        hives->prefetch(hiveOf(image));
        QVERIFY(QTest::qWaitFor([&] { return !hives->isPrefetching(hiveOf(image)); }, 10000));
        HiveBuilder other;
        addTestRoot(other);
        other.setValue(u"Microsoft\\Windows NT\\CurrentVersion"_s, RegistryValue::string(u"CurrentBuildNumber"_s, u"26100"_s));
        QVERIFY(other.writeTo(hiveOf(image) + u".new"_s));
        QVERIFY(::rename(QFile::encodeName(hiveOf(image) + u".new"_s).constData(), QFile::encodeName(hiveOf(image)).constData()) == 0);
        auto img = OfflineImage::inspect(image, std::nullopt, hives.get());
        QVERIFY(img);
        QCOMPARE(img->hiveFacts().build->value, u"26100"_s); // the file as it is, not the early parse
        QCOMPARE(hives->parses(), 2);
    }

    /// A SOFTWARE hive damaged when the early parse ran is refused with the error of the file as
    /// the facts read it, and nothing is written.
    void corruptHiveFoundByTheEarlyParse()
    {
        const QString image = newImage();
        QFile f(hiveOf(image));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(4096));
        QVERIFY(f.write("xxxx") == 4); // the first hbin's signature
        f.close();
        const auto before = treeDigest(image);
        const OperationOutcome outcome = add(image, bundleRequest());
        QVERIFY(!outcome.succeeded());
        QCOMPARE(outcome.error->code, u"registry.corrupt"_s);
        QVERIFY2(namesAll(outcome.error->message, {hiveOf(image)}), qPrintable(outcome.error->message));
        QCOMPARE(treeDigest(image), before);
    }

    void truncatedHiveIsRefused()
    {
        const QString image = newImage();
        QFile f(hiveOf(image));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2 + 100));
        f.close();
        const auto before = treeDigest(image);
        const OperationOutcome outcome = add(image, bundleRequest());
        QVERIFY(!outcome.succeeded());
        QVERIFY2(outcome.error->code.startsWith(u"registry."_s), qPrintable(outcome.error->code));
        QVERIFY2(outcome.error->message.contains(u"SOFTWARE"_s), qPrintable(outcome.error->message));
        QCOMPARE(treeDigest(image), before); // nothing written
    }

    void bareFolderProvisionsWithoutRegistry()
    {
        const QString image = newImage(false);
        QList<ProvisionDecision> decisions;
        QVERIFY(add(image, bundleRequest(), &decisions).succeeded());
        QVERIFY(!QFile::exists(hiveOf(image)));
        bool said = false;
        for (const ProvisionDecision &d : decisions) {
            if (d.why.codeName() == u"registry.no-hive"_s) {
                said = !d.included && codeForm(d.why).startsWith(u"registry.no-hive("_s)
                    && codeForm(d.why).contains(u"Windows/System32/config/SOFTWARE"_s);
            }
        }
        QVERIFY(said);
    }
};

QTEST_GUILESS_MAIN(TestProvisioningRegistry)
#include "tst_provisioningregistry.moc"
