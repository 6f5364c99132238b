// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Optional and modification packages (issue 15, "Package kinds"): provisioned with their main
// package through /OptionalPackagePath (folder, list entry, AppxAllUserStore keys read back with
// hivexget/hivexsh, removed with the app), refused when given alone, with another app, or as a
// dependency; /FolderPath sorts them out by their MainPackageDependency.
#include "AppxBuilder.h"
#include "DecisionCodes.h"
#include "ErrorNames.h"
#include "HiveBuilder.h"
#include "OfflineImageBuilder.h"
#include "TestSigner.h"
#include "WimBuilder.h"

#include "appx/AppxPackage.h"
#include "core/Operation.h"
#include "ops/AddProvisionedAppxPackageOperation.h"
#include "ops/RemoveProvisionedAppxPackageOperation.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

namespace {
const QString Store = u"Microsoft\\Windows\\CurrentVersion\\Appx\\AppxAllUserStore"_s;

OperationOutcome execute(Operation &op)
{
    OperationContext ctx(EngineSettings{}, CancellationToken{}, {});
    return executeOperation(op, ctx);
}

QString familyName(const AppxSpec &s)
{
    return s.name + u'_' + PackageIdentity::publisherIdOf(s.publisher);
}

/// hivexget's text of `key`'s value `name`, or "<missing>".
QString hivexget(const QString &hive, const QString &key, const QString &name)
{
    QProcess p;
    p.start(u"hivexget"_s, {hive, key, name});
    const bool ok = p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return ok ? QString::fromUtf8(p.readAllStandardOutput()).trimmed() : u"<missing>"_s;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}
} // namespace

class TestPackageKinds : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    AppxSpec m_app, m_optional, m_modification, m_foreign;
    QString m_appPath, m_optionalPath, m_modificationPath, m_foreignPath;
    int m_images = 0;

    QString newImage()
    {
        const QString root = m_dir.filePath(u"image%1"_s.arg(++m_images));
        OfflineImageSpec spec;
        spec.languages = {u"en-US"_s};
        spec.build = 22631;
        const QString hive = root + u"/Windows/System32/config/SOFTWARE"_s;
        if (!writeOfflineImage(root, spec) || !QFile::remove(hive))
            return {};
        HiveBuilder b;
        b.setValue(u"Microsoft\\Windows NT\\CurrentVersion"_s, RegistryValue::string(u"CurrentBuildNumber"_s, u"22631"_s));
        addTestRoot(b); // the image trusts the test signer, as the test trees do
        return b.writeTo(hive) ? root : QString();
    }

    ProvisionRequest request(const QString &package, const QStringList &optional) const
    {
        ProvisionRequest r;
        r.packagePath = package;
        r.optionalPaths = optional;
        r.skipLicense = true;
        return r;
    }

    QString apps(const QString &image) const { return image + u"/Program Files/WindowsApps/"_s; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(u"hivexget"_s).isEmpty())
            QSKIP("libhivex-bin (hivexget) is not installed");
        m_app.name = u"Contoso.Main"_s;
        m_optional = optionalPackageSpec(m_app, u"Contoso.Main.Levels"_s);
        m_modification = optionalPackageSpec(m_app, u"ContosoIT.Main.Settings"_s, true);
        AppxSpec other;
        other.name = u"Contoso.Other"_s;
        m_foreign = optionalPackageSpec(other, u"Contoso.Other.Levels"_s);
        m_appPath = m_dir.filePath(u"Contoso.Main.msix"_s);
        m_optionalPath = m_dir.filePath(u"Contoso.Main.Levels.msix"_s);
        m_modificationPath = m_dir.filePath(u"ContosoIT.Main.Settings.msix"_s);
        m_foreignPath = m_dir.filePath(u"Contoso.Other.Levels.msix"_s);
        QVERIFY(writeAppx(m_appPath, m_app).ok());
        QVERIFY(writeAppx(m_optionalPath, m_optional).ok());
        QVERIFY(writeAppx(m_modificationPath, m_modification).ok());
        QVERIFY(writeAppx(m_foreignPath, m_foreign).ok());
    }

    void manifestsSayTheirKind()
    {
        auto opt = AppxPackage::open(m_optionalPath);
        QVERIFY(opt);
        QCOMPARE(opt->manifest().kindName(), u"Optional"_s);
        QCOMPARE(opt->manifest().mainPackageDependencies.size(), 1);
        QCOMPARE(opt->manifest().mainPackageDependencies.first().name, m_app.name);
        QVERIFY(opt->manifest().mainPackageDependencies.first().publisher.isEmpty()); // uap3: none
        auto mod = AppxPackage::open(m_modificationPath);
        QVERIFY(mod);
        QCOMPARE(mod->manifest().kindName(), u"Modification"_s);
        QCOMPARE(mod->manifest().mainPackageDependencies.first().publisher, m_app.publisher); // uap4
        QCOMPARE(mod->manifest().mainPublisher(mod->manifest().mainPackageDependencies.first()), m_app.publisher);
    }

    // The MSIX SDK's ValidatePackageType: an optional package cannot be a framework or a resource.
    // One whole sentence per kind (issue 19: an untranslated kind word was put into the sentence).
    void optionalFrameworkIsInvalid_data()
    {
        QTest::addColumn<bool>("framework"); // else a resource package
        QTest::addColumn<QString>("code");
        QTest::newRow("framework") << true << u"appx.optional-is-framework"_s;
        QTest::newRow("resource") << false << u"appx.optional-is-resource"_s;
    }

    void optionalFrameworkIsInvalid()
    {
        QFETCH(bool, framework);
        QFETCH(QString, code);
        AppxSpec spec = m_optional;
        spec.framework = framework;
        spec.resourcePackage = !framework;
        const auto m = AppxManifest::parse(appxManifestXml(spec), u"x/AppxManifest.xml"_s);
        QVERIFY(!m);
        QCOMPARE(m.error().code, code);
        QVERIFY2(namesAll(m.error().message, {u"x/AppxManifest.xml"_s}), qPrintable(m.error().message));
    }

    void optionalAndModificationGoWithTheApp()
    {
        const QString image = newImage();
        AddProvisionedAppxPackageOperation op(image, request(m_appPath, {m_optionalPath, m_modificationPath}));
        const OperationOutcome outcome = execute(op);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error ? outcome.error->message : QString()));
        const QString app = packageFullName(m_app), opt = packageFullName(m_optional), mod = packageFullName(m_modification);
        QCOMPARE(readAll(apps(image) + opt + u"/Extra/readme.txt"_s), QByteArray("extra content\n"));
        QVERIFY(QFile::exists(apps(image) + mod + u"/AppxManifest.xml"_s));
        const QByteArray list = readAll(image + u"/ProgramData/Microsoft/Windows/AppxProvisioning.xml"_s);
        QVERIFY2(list.contains((u"<Package FullName=\"%1\" IsLOBApp=\"true\"/>"_s.arg(opt)).toUtf8()), list.constData());
        QVERIFY(list.contains((u"<Package FullName=\"%1\" IsLOBApp=\"true\"/>"_s.arg(mod)).toUtf8()));
        const QString hive = image + u"/Windows/System32/config/SOFTWARE"_s;
        QCOMPARE(hivexget(hive, Store + u"\\Applications\\"_s + app + u"\\"_s + opt, u"Path"_s),
                 u"%SYSTEMDRIVE%\\Program Files\\WindowsApps\\"_s + opt + u"\\AppxManifest.xml"_s);
        QCOMPARE(hivexget(hive, Store + u"\\Staged\\"_s + familyName(m_modification) + u"\\"_s + mod, u"Path"_s),
                 u"%SYSTEMDRIVE%\\Program Files\\WindowsApps\\"_s + mod + u"\\AppxManifest.xml"_s);
        QStringList reasons;
        for (const ProvisionDecision &d : op.decisions())
            reasons << d.package + u" : "_s + codeForm(d.why);
        QVERIFY2(reasons.contains(opt + u" : optional.included(Contoso.Main, arch.applies(x64, x64))"_s), qPrintable(reasons.join(u'\n')));
        QVERIFY(reasons.contains(mod + u" : optional.modification(Contoso.Main, arch.applies(x64, x64))"_s));

        // Removing the app takes its optional packages with it.
        RemoveProvisionedAppxPackageOperation rem(image, app);
        QVERIFY(execute(rem).succeeded());
        QVERIFY(!QFile::exists(apps(image) + opt));
        QVERIFY(!QFile::exists(apps(image) + mod));
        QVERIFY(!readAll(image + u"/ProgramData/Microsoft/Windows/AppxProvisioning.xml"_s).contains(opt.toUtf8()));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("package");
        QTest::addColumn<QStringList>("optional");
        QTest::addColumn<QStringList>("dependency");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("names"); // what the message must name, language-independent
        QTest::addColumn<Remedy::Kind>("remedy");
        QTest::addColumn<QStringList>("remedyArgs"); // "app", "levels", ...: a package's path; "levels#": its full name
        QTest::newRow("optional alone") << u"levels"_s << QStringList{} << QStringList{} << u"provision.optional-as-main"_s
                                        << QStringList{u"Contoso.Main"_s} << Remedy::Kind::AddOptionalPackage
                                        << QStringList{u"levels#"_s, u"Contoso.Main"_s};
        QTest::newRow("modification alone") << u"settings"_s << QStringList{} << QStringList{} << u"provision.modification-as-main"_s
                                            << QStringList{u"Contoso.Main"_s} << Remedy::Kind::AddOptionalPackage
                                            << QStringList{u"settings#"_s, u"Contoso.Main"_s};
        QTest::newRow("optional of another app")
            << u"app"_s << QStringList{u"foreign"_s} << QStringList{} << u"provision.optional-main-mismatch"_s
            << QStringList{u"Contoso.Other"_s} << Remedy::Kind::None << QStringList{};
        QTest::newRow("app given as optional") << u"app"_s << QStringList{u"app"_s} << QStringList{} << u"provision.not-optional"_s
                                               << QStringList{} << Remedy::Kind::NotOptionalPackage << QStringList{u"app"_s};
        QTest::newRow("optional given as dependency")
            << u"app"_s << QStringList{} << QStringList{u"levels"_s} << u"provision.optional-as-dependency"_s
            << QStringList{u"Contoso.Main"_s} << Remedy::Kind::AddOptionalPackage << QStringList{u"levels"_s, u"Contoso.Main"_s};
    }

    void refusals()
    {
        QFETCH(QString, package);
        QFETCH(QStringList, optional);
        QFETCH(QStringList, dependency);
        QFETCH(QString, code);
        QFETCH(QStringList, names);
        QFETCH(Remedy::Kind, remedy);
        QFETCH(QStringList, remedyArgs);
        const QHash<QString, QString> paths{{u"app"_s, m_appPath}, {u"levels"_s, m_optionalPath}, {u"settings"_s, m_modificationPath},
                                            {u"foreign"_s, m_foreignPath}};
        const QString image = newImage();
        const auto before = treeDigest(image);
        ProvisionRequest r = request(paths.value(package), {});
        for (const QString &o : optional)
            r.optionalPaths << paths.value(o);
        for (const QString &d : dependency)
            r.dependencyPaths << paths.value(d);
        AddProvisionedAppxPackageOperation op(image, r);
        const OperationOutcome outcome = execute(op);
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->code, code);
        QVERIFY2(namesAll(outcome.error->message, names), qPrintable(outcome.error->message));
        QCOMPARE(Remedy::id(outcome.error->remedy.kind), Remedy::id(remedy));
        for (QString &arg : remedyArgs) {
            if (arg.endsWith(u'#'))
                arg = AppxPackage::open(paths.value(arg.chopped(1)))->identity().fullName();
            else
                arg = paths.value(arg, arg);
        }
        QCOMPARE(outcome.error->remedy.args, remedyArgs);
        QCOMPARE(treeDigest(image), before);
    }

    void folderPathSortsOptionalPackages()
    {
        const QString folder = m_dir.filePath(u"folder"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::copy(m_appPath, folder + u"/Contoso.Main.msix"_s));
        QVERIFY(QFile::copy(m_optionalPath, folder + u"/Contoso.Main.Levels.msix"_s));
        const QString image = newImage();
        ProvisionRequest r;
        r.folderPath = folder;
        r.skipLicense = true;
        AddProvisionedAppxPackageOperation op(image, r);
        const OperationOutcome outcome = execute(op);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error ? outcome.error->message : QString()));
        QVERIFY(QFile::exists(apps(image) + packageFullName(m_optional) + u"/Extra/readme.txt"_s));
    }
};

QTEST_GUILESS_MAIN(TestPackageKinds)
#include "tst_packagekinds.moc"
