// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The package inspector dialog, offscreen: what it shows for packages and bundles, refusals,
// missing packages, drops and cancellation.
#include "LanguageManager.h"
#include "appx/PackageIdentity.h"
#include "appx/PackageInspectorDialog.h"
#include "ops/Engine.h"

#include "AppxBuilder.h"

#include <QCheckBox>
#include <QCoro/QCoroTask>
#include <QDir>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

namespace {

QTreeWidgetItem *findItem(QTreeWidgetItem *parent, const QString &name)
{
    for (int i = 0; i < parent->childCount(); ++i) {
        if (parent->child(i)->text(0) == name)
            return parent->child(i);
    }
    return nullptr;
}

QString valueOf(QTreeWidgetItem *parent, const QString &name)
{
    QTreeWidgetItem *item = findItem(parent, name);
    return item ? item->text(1) : u"<absent>"_s;
}

} // namespace

class TestPackageInspector : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Engine *m_engine = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_engine = new Engine(EngineSettings{}, this);
    }

    void recognisesPackages()
    {
        const QString appx = m_dir.filePath(u"a.appx"_s);
        QVERIFY(writeAppx(appx, AppxSpec()).ok());
        const QString bundle = m_dir.filePath(u"b.msixbundle"_s);
        QVERIFY(writeBundle(bundle, sampleBundle()).ok());
        QVERIFY(PackageInspectorDialog::looksLikePackage(appx));
        QVERIFY(PackageInspectorDialog::looksLikePackage(bundle));
        const QString folder = m_dir.filePath(u"unpacked"_s);
        QVERIFY(writeUnpackedPackage(folder, AppxSpec()).ok());
        QVERIFY(PackageInspectorDialog::looksLikePackage(folder));
        QVERIFY(!PackageInspectorDialog::looksLikePackage(m_dir.path()));
        QVERIFY(!PackageInspectorDialog::looksLikePackage(folder + u"/readme.txt"_s));
        QVERIFY(!PackageInspectorDialog::looksLikePackage(m_dir.filePath(u"missing.appx"_s)));
    }

    void showsBundle()
    {
        const QString bundle = m_dir.filePath(u"show.msixbundle"_s);
        BundleSpec spec = sampleBundle();
        spec.items[1].stub = true;
        QVERIFY(writeBundle(bundle, spec).ok());
        PackageInspectorDialog dialog(*m_engine);
        dialog.show();
        QVERIFY(QCoro::waitFor(dialog.inspect(bundle)));
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.info().has_value());
        QVERIFY(dialog.statusText().contains(u"every block matches"_s));
        QTreeWidgetItem *root = dialog.tree()->invisibleRootItem();
        QTreeWidgetItem *identity = findItem(root, u"Identity"_s);
        QVERIFY(identity);
        const QString id = PackageIdentity::publisherIdOf(spec.publisher);
        QCOMPARE(valueOf(identity, u"Package full name"_s), u"Contoso.Sample_1.0.0.0_neutral_~_"_s + id);
        QCOMPARE(valueOf(identity, u"Package family name"_s), u"Contoso.Sample_"_s + id);
        QCOMPARE(valueOf(identity, u"Type"_s), u"Bundle"_s);
        QTreeWidgetItem *packages = findItem(root, u"Packages"_s);
        QVERIFY(packages);
        QCOMPARE(packages->childCount(), 9);
        QTreeWidgetItem *x64 = packages->child(1);
        QCOMPARE(x64->text(0), u"Contoso.Sample_1.0.0.0_x64.msix"_s);
        QCOMPARE(x64->text(1), u"application x64 — Language en-US, Scale 100"_s);
        QCOMPARE(valueOf(x64, u"Stub"_s), u"Yes"_s);
        QCOMPARE(valueOf(x64, u"Package full name"_s), u"Contoso.Sample_1.0.0.0_x64__"_s + id);
        QTreeWidgetItem *deps = findItem(x64, u"Dependencies"_s);
        QVERIFY(deps);
        QCOMPARE(deps->child(0)->text(0), u"Microsoft.VCLibs.140.00"_s);
        QCOMPARE(packages->child(4)->text(1), u"resource — Language fr-FR"_s);
        QCOMPARE(packages->child(8)->text(1), u"resource — DXFeatureLevel dx11"_s);
        QVERIFY(!findItem(root, u"Missing packages"_s));
        // WIMBENCH_SCREENSHOTS=<folder> keeps a picture of the dialog for people to look at.
        if (const QString shots = qEnvironmentVariable("WIMBENCH_SCREENSHOTS"); !shots.isEmpty())
            QVERIFY(dialog.grab().save(QDir(shots).filePath(u"package-inspector.png"_s)));
    }

    // The package's kind, its bundle entries' types and resources follow the window's language; the
    // engine's words for them are the command line's English (defect left from session 9).
    void showsKindsAndResourcesInTheWindowsLanguage()
    {
        const QString bundle = m_dir.filePath(u"zh.msixbundle"_s);
        QVERIFY(writeBundle(bundle, sampleBundle()).ok());
        const QString package = m_dir.filePath(u"zh.appx"_s);
        QVERIFY(writeAppx(package, AppxSpec()).ok());
        QVERIFY(LanguageManager::setLanguage(QLocale(u"zh_CN"_s)));
        QString x64, dx, kind, resource;
        {
            PackageInspectorDialog dialog(*m_engine);
            if (QCoro::waitFor(dialog.inspect(bundle))) {
                QTreeWidgetItem *packages = findItem(dialog.tree()->invisibleRootItem(), PackageInspectorDialog::tr("Packages"));
                x64 = packages && packages->childCount() == 9 ? packages->child(1)->text(1) : QString();
                dx = packages && packages->childCount() == 9 ? packages->child(8)->text(1) : QString();
                if (const QString shots = qEnvironmentVariable("WIMBENCH_SCREENSHOTS"); !shots.isEmpty()) {
                    dialog.resize(1024, 640);
                    dialog.show();
                    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
                    QVERIFY(dialog.grab().save(QDir(shots).filePath(u"package-inspector-zh_CN.png"_s)));
                }
            }
            if (QCoro::waitFor(dialog.inspect(package))) {
                QTreeWidgetItem *details = findItem(dialog.tree()->invisibleRootItem(), PackageInspectorDialog::tr("Package"));
                kind = details ? valueOf(details, PackageInspectorDialog::tr("Kind")) : QString();
                QTreeWidgetItem *resources = details ? findItem(details, PackageInspectorDialog::tr("Resources")) : nullptr;
                resource = resources && resources->childCount() > 0 ? resources->child(0)->text(0) : QString();
            }
        }
        LanguageManager::setLanguage(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(x64, u"应用程序 x64 — 语言 en-US, 缩放 100"_s);
        QCOMPARE(dx, u"资源 — DirectX 功能级别 dx11"_s);
        QCOMPARE(kind, u"应用程序"_s);
        QCOMPARE(resource, u"语言 en-US"_s);
    }

    void showsPackageAndRefusesDamagedOne()
    {
        AppxSpec spec;
        spec.signature = true;
        const QString good = m_dir.filePath(u"good.appx"_s);
        QVERIFY(writeAppx(good, spec).ok());
        PackageInspectorDialog dialog(*m_engine);
        QVERIFY(QCoro::waitFor(dialog.inspect(good)));
        QTreeWidgetItem *root = dialog.tree()->invisibleRootItem();
        QCOMPARE(valueOf(findItem(root, u"Identity"_s), u"Architecture"_s), u"x64"_s);
        QCOMPARE(valueOf(findItem(root, u"Integrity"_s), u"Signature"_s), u"verified"_s);
        QTreeWidgetItem *signature = findItem(root, u"Signature"_s);
        QVERIFY(signature);
        QCOMPARE(valueOf(signature, u"Signer"_s), spec.publisher);
        QVERIFY(valueOf(signature, u"Trust"_s).startsWith(u"not evaluated"_s));
        QTreeWidgetItem *digests = findItem(signature, u"Signed digests"_s);
        QVERIFY(digests);
        QCOMPARE(digests->child(0)->text(0), u"ZIP file records: matches"_s);
        QCOMPARE(digests->childCount(), 5);
        QTreeWidgetItem *details = findItem(root, u"Package"_s);
        QVERIFY(details);
        QCOMPARE(valueOf(details, u"Files"_s), u"6"_s);
        QCOMPARE(findItem(details, u"Resources"_s)->child(0)->text(0), u"Language en-US"_s);
        // "Provision this package…" hands the package to the wizard (issue 19, conveniences).
        QVERIFY(dialog.provisionButton()->isEnabled());
        QSignalSpy provision(&dialog, &PackageInspectorDialog::provisionRequested);
        QTest::mouseClick(dialog.provisionButton(), Qt::LeftButton);
        QCOMPARE(provision.count(), 1);
        QCOMPARE(provision.first().first().toString(), good);

        spec.corruptFile = u"bin/app.dat"_s;
        const QString bad = m_dir.filePath(u"bad.appx"_s);
        QVERIFY(writeAppx(bad, spec).ok());
        QSignalSpy spy(&dialog, &PackageInspectorDialog::inspected);
        QVERIFY(!QCoro::waitFor(dialog.inspect(bad)));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<OperationOutcome>().error->code, u"appx.block-hash-mismatch"_s);
        QVERIFY(dialog.statusText().contains(u"Block 2 of bin/app.dat"_s));
        QCOMPARE(dialog.tree()->topLevelItemCount(), 0);
        QVERIFY(!dialog.info().has_value());
        QVERIFY(!dialog.provisionButton()->isEnabled());
    }

    void showsMissingPackagesOfFlatBundle()
    {
        const QString folder = m_dir.filePath(u"flat"_s);
        QVERIFY(QDir().mkpath(folder));
        BundleSpec spec = sampleBundle();
        for (BundleItem &item : spec.items)
            item.outside = true;
        spec.items[2].omitFile = true;
        const QString file = folder + u"/flat.appxbundle"_s;
        QVERIFY(writeBundle(file, spec).ok());
        PackageInspectorDialog dialog(*m_engine);
        QVERIFY(QCoro::waitFor(dialog.inspect(file)));
        QTreeWidgetItem *root = dialog.tree()->invisibleRootItem();
        QTreeWidgetItem *missing = findItem(root, u"Missing packages"_s);
        QVERIFY(missing);
        QCOMPARE(missing->childCount(), 1);
        QCOMPARE(missing->child(0)->text(0), u"Contoso.Sample_1.0.0.0_arm64.msix"_s);
        QVERIFY(dialog.statusText().contains(u"Missing packages: Contoso.Sample_1.0.0.0_arm64.msix"_s));
        QCOMPARE(valueOf(findItem(root, u"Identity"_s), u"Type"_s), u"Flat bundle"_s);
        QVERIFY(findItem(root, u"Packages"_s)->child(2)->text(1).endsWith(u"MISSING"_s));
    }

    void resourceOnlyBundleIsFlagged()
    {
        BundleSpec spec = sampleBundle();
        spec.items.remove(0, 3);
        const QString file = m_dir.filePath(u"resources.appxbundle"_s);
        QVERIFY(writeBundle(file, spec).ok());
        PackageInspectorDialog dialog(*m_engine);
        QVERIFY(QCoro::waitFor(dialog.inspect(file)));
        QVERIFY(dialog.statusText().contains(u"no application package"_s));
        QVERIFY(!dialog.provisionButton()->isEnabled()); // nothing to provision on its own
        QVERIFY(findItem(dialog.tree()->invisibleRootItem(), u"Application package"_s));
    }

    void dropInspects()
    {
        const QString appx = m_dir.filePath(u"drop.appx"_s);
        QVERIFY(writeAppx(appx, AppxSpec()).ok());
        PackageInspectorDialog dialog(*m_engine);
        dialog.show();
        QSignalSpy spy(&dialog, &PackageInspectorDialog::inspected);

        QMimeData notPackage;
        notPackage.setUrls({QUrl::fromLocalFile(m_dir.path())});
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &notPackage, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&dialog, &refused);
        QVERIFY(!refused.isAccepted());

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(appx)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&dialog, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&dialog, &drop);
        QVERIFY(dialog.isBusy() || spy.size() == 1);
        QVERIFY(spy.size() == 1 || spy.wait(30000));
        QVERIFY(spy.at(0).at(0).value<OperationOutcome>().succeeded());
        QCOMPARE(dialog.packagePath(), appx);
        QCOMPARE(valueOf(findItem(dialog.tree()->invisibleRootItem(), u"Identity"_s), u"Name"_s), u"Contoso.Sample"_s);
    }

    void cancelStopsReading()
    {
        AppxSpec spec;
        spec.files = {{u"big.bin"_s, QByteArray(48 << 20, 'b'), false}};
        const QString big = m_dir.filePath(u"big.appx"_s);
        QVERIFY(writeAppx(big, spec).ok());
        PackageInspectorDialog dialog(*m_engine);
        QSignalSpy spy(&dialog, &PackageInspectorDialog::inspected);
        dialog.open(big);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.isBusy());
        QVERIFY(dialog.cancelButton()->isVisible());
        QVERIFY(!dialog.verifyBox()->isEnabled());
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QVERIFY(spy.wait(30000));
        QVERIFY(spy.at(0).at(0).value<OperationOutcome>().cancelled());
        QCOMPARE(dialog.statusText(), u"Reading the package was cancelled."_s);
        QVERIFY(!dialog.isBusy());
        QVERIFY(!dialog.cancelButton()->isVisible());

        // Without block checks the same package reads at once.
        dialog.verifyBox()->setChecked(false);
        QVERIFY(QCoro::waitFor(dialog.inspect(big)));
        QVERIFY(!dialog.info()->verified);
        QVERIFY(dialog.statusText().contains(u"not checked"_s));
    }
};

QTEST_MAIN(TestPackageInspector)
#include "tst_packageinspector.moc"

