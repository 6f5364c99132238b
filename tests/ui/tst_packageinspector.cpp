// The package inspector dialog, offscreen: what it shows for packages and bundles, refusals,
// missing packages, drops and cancellation.
#include "appx/PackageIdentity.h"
#include "ops/Engine.h"
#include "appx/PackageInspectorDialog.h"

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
    return item ? item->text(1) : QStringLiteral("<absent>");
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
        const QString appx = m_dir.filePath(QStringLiteral("a.appx"));
        QVERIFY(writeAppx(appx, AppxSpec()).ok());
        const QString bundle = m_dir.filePath(QStringLiteral("b.msixbundle"));
        QVERIFY(writeBundle(bundle, sampleBundle()).ok());
        QVERIFY(PackageInspectorDialog::looksLikePackage(appx));
        QVERIFY(PackageInspectorDialog::looksLikePackage(bundle));
        const QString folder = m_dir.filePath(QStringLiteral("unpacked"));
        QVERIFY(writeUnpackedPackage(folder, AppxSpec()).ok());
        QVERIFY(PackageInspectorDialog::looksLikePackage(folder));
        QVERIFY(!PackageInspectorDialog::looksLikePackage(m_dir.path()));
        QVERIFY(!PackageInspectorDialog::looksLikePackage(folder + QStringLiteral("/readme.txt")));
        QVERIFY(!PackageInspectorDialog::looksLikePackage(m_dir.filePath(QStringLiteral("missing.appx"))));
    }

    void showsBundle()
    {
        const QString bundle = m_dir.filePath(QStringLiteral("show.msixbundle"));
        BundleSpec spec = sampleBundle();
        spec.items[1].stub = true;
        QVERIFY(writeBundle(bundle, spec).ok());
        PackageInspectorDialog dialog(*m_engine);
        dialog.show();
        QVERIFY(QCoro::waitFor(dialog.inspect(bundle)));
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.info().has_value());
        QVERIFY(dialog.statusText().contains(QStringLiteral("every block matches")));
        QTreeWidgetItem *root = dialog.tree()->invisibleRootItem();
        QTreeWidgetItem *identity = findItem(root, QStringLiteral("Identity"));
        QVERIFY(identity);
        const QString id = PackageIdentity::publisherIdOf(spec.publisher);
        QCOMPARE(valueOf(identity, QStringLiteral("Package full name")), QStringLiteral("Contoso.Sample_1.0.0.0_neutral_~_") + id);
        QCOMPARE(valueOf(identity, QStringLiteral("Package family name")), QStringLiteral("Contoso.Sample_") + id);
        QCOMPARE(valueOf(identity, QStringLiteral("Type")), QStringLiteral("Bundle"));
        QTreeWidgetItem *packages = findItem(root, QStringLiteral("Packages"));
        QVERIFY(packages);
        QCOMPARE(packages->childCount(), 9);
        QTreeWidgetItem *x64 = packages->child(1);
        QCOMPARE(x64->text(0), QStringLiteral("Contoso.Sample_1.0.0.0_x64.msix"));
        QCOMPARE(x64->text(1), QStringLiteral("application x64 — Language en-US, Scale 100"));
        QCOMPARE(valueOf(x64, QStringLiteral("Stub")), QStringLiteral("Yes"));
        QCOMPARE(valueOf(x64, QStringLiteral("Package full name")), QStringLiteral("Contoso.Sample_1.0.0.0_x64__") + id);
        QTreeWidgetItem *deps = findItem(x64, QStringLiteral("Dependencies"));
        QVERIFY(deps);
        QCOMPARE(deps->child(0)->text(0), QStringLiteral("Microsoft.VCLibs.140.00"));
        QCOMPARE(packages->child(4)->text(1), QStringLiteral("resource — Language fr-FR"));
        QCOMPARE(packages->child(8)->text(1), QStringLiteral("resource — DXFeatureLevel dx11"));
        QVERIFY(!findItem(root, QStringLiteral("Missing packages")));
        // WIMBENCH_SCREENSHOTS=<folder> keeps a picture of the dialog for people to look at.
        if (const QString shots = qEnvironmentVariable("WIMBENCH_SCREENSHOTS"); !shots.isEmpty())
            QVERIFY(dialog.grab().save(QDir(shots).filePath(QStringLiteral("package-inspector.png"))));
    }

    void showsPackageAndRefusesDamagedOne()
    {
        AppxSpec spec;
        spec.signature = true;
        const QString good = m_dir.filePath(QStringLiteral("good.appx"));
        QVERIFY(writeAppx(good, spec).ok());
        PackageInspectorDialog dialog(*m_engine);
        QVERIFY(QCoro::waitFor(dialog.inspect(good)));
        QTreeWidgetItem *root = dialog.tree()->invisibleRootItem();
        QCOMPARE(valueOf(findItem(root, QStringLiteral("Identity")), QStringLiteral("Architecture")), QStringLiteral("x64"));
        QCOMPARE(valueOf(findItem(root, QStringLiteral("Integrity")), QStringLiteral("Signature")), QStringLiteral("verified"));
        QTreeWidgetItem *signature = findItem(root, QStringLiteral("Signature"));
        QVERIFY(signature);
        QCOMPARE(valueOf(signature, QStringLiteral("Signer")), spec.publisher);
        QVERIFY(valueOf(signature, QStringLiteral("Trust")).startsWith(QStringLiteral("not evaluated")));
        QTreeWidgetItem *digests = findItem(signature, QStringLiteral("Signed digests"));
        QVERIFY(digests);
        QCOMPARE(digests->child(0)->text(0), QStringLiteral("ZIP file records: matches"));
        QCOMPARE(digests->childCount(), 5);
        QTreeWidgetItem *details = findItem(root, QStringLiteral("Package"));
        QVERIFY(details);
        QCOMPARE(valueOf(details, QStringLiteral("Files")), QStringLiteral("6"));
        QCOMPARE(findItem(details, QStringLiteral("Resources"))->child(0)->text(0), QStringLiteral("Language en-US"));
        // "Provision this package…" hands the package to the wizard (issue 19, conveniences).
        QVERIFY(dialog.provisionButton()->isEnabled());
        QSignalSpy provision(&dialog, &PackageInspectorDialog::provisionRequested);
        QTest::mouseClick(dialog.provisionButton(), Qt::LeftButton);
        QCOMPARE(provision.count(), 1);
        QCOMPARE(provision.first().first().toString(), good);

        spec.corruptFile = QStringLiteral("bin/app.dat");
        const QString bad = m_dir.filePath(QStringLiteral("bad.appx"));
        QVERIFY(writeAppx(bad, spec).ok());
        QSignalSpy spy(&dialog, &PackageInspectorDialog::inspected);
        QVERIFY(!QCoro::waitFor(dialog.inspect(bad)));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<OperationOutcome>().error->code, QStringLiteral("appx.block-hash-mismatch"));
        QVERIFY(dialog.statusText().contains(QStringLiteral("Block 2 of bin/app.dat")));
        QCOMPARE(dialog.tree()->topLevelItemCount(), 0);
        QVERIFY(!dialog.info().has_value());
        QVERIFY(!dialog.provisionButton()->isEnabled());
    }

    void showsMissingPackagesOfFlatBundle()
    {
        const QString folder = m_dir.filePath(QStringLiteral("flat"));
        QVERIFY(QDir().mkpath(folder));
        BundleSpec spec = sampleBundle();
        for (BundleItem &item : spec.items)
            item.outside = true;
        spec.items[2].omitFile = true;
        const QString file = folder + QStringLiteral("/flat.appxbundle");
        QVERIFY(writeBundle(file, spec).ok());
        PackageInspectorDialog dialog(*m_engine);
        QVERIFY(QCoro::waitFor(dialog.inspect(file)));
        QTreeWidgetItem *root = dialog.tree()->invisibleRootItem();
        QTreeWidgetItem *missing = findItem(root, QStringLiteral("Missing packages"));
        QVERIFY(missing);
        QCOMPARE(missing->childCount(), 1);
        QCOMPARE(missing->child(0)->text(0), QStringLiteral("Contoso.Sample_1.0.0.0_arm64.msix"));
        QVERIFY(dialog.statusText().contains(QStringLiteral("Missing packages: Contoso.Sample_1.0.0.0_arm64.msix")));
        QCOMPARE(valueOf(findItem(root, QStringLiteral("Identity")), QStringLiteral("Type")), QStringLiteral("Flat bundle"));
        QVERIFY(findItem(root, QStringLiteral("Packages"))->child(2)->text(1).endsWith(QStringLiteral("MISSING")));
    }

    void resourceOnlyBundleIsFlagged()
    {
        BundleSpec spec = sampleBundle();
        spec.items.remove(0, 3);
        const QString file = m_dir.filePath(QStringLiteral("resources.appxbundle"));
        QVERIFY(writeBundle(file, spec).ok());
        PackageInspectorDialog dialog(*m_engine);
        QVERIFY(QCoro::waitFor(dialog.inspect(file)));
        QVERIFY(dialog.statusText().contains(QStringLiteral("no application package")));
        QVERIFY(!dialog.provisionButton()->isEnabled()); // nothing to provision on its own
        QVERIFY(findItem(dialog.tree()->invisibleRootItem(), QStringLiteral("Application package")));
    }

    void dropInspects()
    {
        const QString appx = m_dir.filePath(QStringLiteral("drop.appx"));
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
        QCOMPARE(valueOf(findItem(dialog.tree()->invisibleRootItem(), QStringLiteral("Identity")), QStringLiteral("Name")), QStringLiteral("Contoso.Sample"));
    }

    void cancelStopsReading()
    {
        AppxSpec spec;
        spec.files = {{QStringLiteral("big.bin"), QByteArray(48 << 20, 'b'), false}};
        const QString big = m_dir.filePath(QStringLiteral("big.appx"));
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
        QCOMPARE(dialog.statusText(), QStringLiteral("Reading the package was cancelled."));
        QVERIFY(!dialog.isBusy());
        QVERIFY(!dialog.cancelButton()->isVisible());

        // Without block checks the same package reads at once.
        dialog.verifyBox()->setChecked(false);
        QVERIFY(QCoro::waitFor(dialog.inspect(big)));
        QVERIFY(!dialog.info()->verified);
        QVERIFY(dialog.statusText().contains(QStringLiteral("not checked")));
    }
};

QTEST_MAIN(TestPackageInspector)
#include "tst_packageinspector.moc"
