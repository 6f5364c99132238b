// The provisioning wizard and the provisioned-apps view driven offscreen on offline image folders
// built at test time: source page validation, the review (image facts and every decision, nothing
// written), the run with its outcome, and Remove / Set data file / Optimize from the view.
#include "AppxBuilder.h"
#include "ModalAnswer.h"
#include "OfflineImageBuilder.h"
#include "WimBuilder.h"

#include "provision/ProvisionWizard.h"
#include "provision/ProvisionedAppsView.h"
#include "OperationRow.h"
#include "OperationsView.h"

#include "appx/PackageIdentity.h"
#include "ops/Engine.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QTimer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace wb;
using namespace Qt::StringLiterals;
using namespace wb::test;

class TestProvisionWizard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Engine> m_engine;
    BundleSpec m_spec;
    QString m_bundle, m_vclibs;
    int m_images = 0;

    QString newImage()
    {
        const QString root = m_dir.filePath(QStringLiteral("image%1").arg(++m_images));
        OfflineImageSpec spec;
        spec.languages = {QStringLiteral("en-US"), QStringLiteral("fr-FR")};
        return writeOfflineImage(root, spec) ? root : QString();
    }

    QString full(PackageArchitecture arch, const QString &resourceId = {}) const
    {
        PackageIdentity i;
        i.name = m_spec.name;
        i.publisher = m_spec.publisher;
        i.version = *PackageVersion::parse(m_spec.version);
        i.architecture = arch;
        i.resourceId = resourceId;
        return i.fullName();
    }

    static QTreeWidgetItem *row(QTreeWidget *tree, const QString &package)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->text(0) == package)
                return tree->topLevelItem(i);
        return nullptr;
    }

    void fillSource(ProvisionWizard &w, bool withDependency = true)
    {
        ProvisionSourcePage *s = w.sourcePage();
        s->pathEdit()->setText(m_bundle);
        if (withDependency)
            s->addDependency(m_vclibs);
        s->skipLicenseRadio()->setChecked(true);
        s->allRegionsRadio()->setChecked(true);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_engine = std::make_unique<Engine>();
        m_spec = sampleBundle();
        m_bundle = m_dir.filePath(QStringLiteral("Contoso.Sample.msixbundle"));
        QVERIFY(writeBundle(m_bundle, m_spec).ok());
        m_vclibs = m_dir.filePath(QStringLiteral("vclibs.appx"));
        QVERIFY(writeAppx(m_vclibs, frameworkSpec(QStringLiteral("Microsoft.VCLibs.140.00"), QStringLiteral("14.0.30704.0"), QStringLiteral("x64"))).ok());
    }

    void cleanupTestCase()
    {
        m_engine->waitForIdle();
    }

    void wizardEndToEnd()
    {
        const QString image = newImage();
        OperationsView ops(*m_engine);
        ProvisionWizard w(*m_engine, image);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.currentId(), int(ProvisionWizard::SourcePageId));
        QVERIFY(!w.sourcePage()->isComplete()); // no app yet
        fillSource(w);
        QVERIFY(w.sourcePage()->isComplete());

        const auto before = treeDigest(image);
        w.next();
        QCOMPARE(w.currentId(), int(ProvisionWizard::ReviewPageId));
        ProvisionReviewPage *review = w.reviewPage();
        QTRY_VERIFY_WITH_TIMEOUT(!review->isReviewing(), 60000);
        QVERIFY2(review->reviewSucceeded(), qPrintable(review->messageLabel()->text()));
        QVERIFY(review->isComplete());
        QCOMPARE(review->architectureLabel()->text(), QStringLiteral("x64 (from PE header of Windows/System32/ntoskrnl.exe (machine 0x8664))"));
        QVERIFY(review->languagesLabel()->text().contains(QLatin1String("en-US (Windows/System32/en-US)")));
        QVERIFY(review->languagesLabel()->text().contains(QLatin1String("fr-FR (Windows/System32/fr-FR)")));
        QTreeWidgetItem *x64 = row(review->decisionTree(), full(PackageArchitecture::X64));
        QVERIFY(x64);
        QCOMPARE(x64->text(1), QStringLiteral("Included"));
        QCOMPARE(x64->text(2), QStringLiteral("application package for x64, the best of the bundle for this x64 image (native)"));
        QTreeWidgetItem *arm64 = row(review->decisionTree(), full(PackageArchitecture::Arm64));
        QVERIFY(arm64);
        QCOMPARE(arm64->text(1), QStringLiteral("Skipped"));
        QTreeWidgetItem *fr = row(review->decisionTree(), full(PackageArchitecture::Neutral, QStringLiteral("split.language-fr")));
        QVERIFY(fr);
        QCOMPARE(fr->text(1), QStringLiteral("Included"));
        QTreeWidgetItem *de = row(review->decisionTree(), full(PackageArchitecture::Neutral, QStringLiteral("split.language-de")));
        QVERIFY(de);
        QCOMPARE(de->text(1), QStringLiteral("Skipped"));
        // The registry keys the add will write into the image's SOFTWARE hive are listed too.
        QStringList keys;
        for (int i = 0; i < review->decisionTree()->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = review->decisionTree()->topLevelItem(i);
            if (item->text(1) == QStringLiteral("Registry: write"))
                keys << item->text(0);
        }
        const QString store = QStringLiteral("Microsoft\\Windows\\CurrentVersion\\Appx\\AppxAllUserStore\\");
        QVERIFY2(!keys.filter(store + QStringLiteral("Applications\\Contoso.Sample_1.0.0.0_neutral_~_")).isEmpty(), qPrintable(keys.join(u'\n')));
        QVERIFY2(!keys.filter(store + QStringLiteral("Staged\\")).isEmpty(), qPrintable(keys.join(u'\n')));
        QVERIFY2(review->messageLabel()->text().contains(QStringLiteral("%1 registry key(s) will be written").arg(keys.size())),
                 qPrintable(review->messageLabel()->text()));
        QCOMPARE(treeDigest(image), before); // the review writes nothing

        QSignalSpy finished(w.runPage(), &ProvisionRunPage::runFinished);
        w.next();
        QCOMPARE(w.currentId(), int(ProvisionWizard::RunPageId));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
        QVERIFY2(w.runPage()->outcome()->succeeded(), qPrintable(w.runPage()->messageLabel()->text()));
        QVERIFY(w.runPage()->isComplete());
        QCOMPARE(w.runPage()->progressBar()->value(), 1000);
        QVERIFY(w.runPage()->messageLabel()->text().contains(QLatin1String("was provisioned")));
        QCOMPARE(w.button(QWizard::FinishButton)->text(), u"Done"_s);
        QVERIFY(QFile::exists(image + QStringLiteral("/Program Files/WindowsApps/") + full(PackageArchitecture::X64) + QStringLiteral("/AppxManifest.xml")));
        // One provisioning, one row in the Operations view (the review's dry run is not listed).
        QCOMPARE(ops.rows().size(), 1);
        QCOMPARE(ops.rows().first()->state(), OperationState::Succeeded);
    }

    void sourcePageRefusesBadRegion()
    {
        const QString image = newImage();
        ProvisionWizard w(*m_engine, image);
        w.show();
        fillSource(w);
        w.sourcePage()->someRegionsRadio()->setChecked(true);
        w.sourcePage()->regionsEdit()->setText(QStringLiteral("US;QQ"));
        w.next();
        QCOMPARE(w.currentId(), int(ProvisionWizard::SourcePageId));
        QVERIFY(w.sourcePage()->messageLabel()->text().startsWith(QLatin1String("\"QQ\" in /Region \"US;QQ\" is not an ISO 3166-1")));
        // A license or "no license" must be chosen for a package.
        w.sourcePage()->licenseRadio()->setChecked(true);
        QVERIFY(!w.sourcePage()->isComplete());
    }

    void reviewShowsUnmetDependency()
    {
        const QString image = newImage();
        ProvisionWizard w(*m_engine, image);
        w.show();
        fillSource(w, false);
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(!w.reviewPage()->isReviewing(), 60000);
        QVERIFY(!w.reviewPage()->reviewSucceeded());
        QVERIFY(!w.reviewPage()->isComplete());
        QVERIFY(w.reviewPage()->messageLabel()->text().contains(QLatin1String("needs Microsoft.VCLibs.140.00 (version 14.0.30704.0 or later")));
        QTreeWidgetItem *dep = row(w.reviewPage()->decisionTree(), QStringLiteral("Microsoft.VCLibs.140.00 >= 14.0.30704.0"));
        QVERIFY(dep);
        QCOMPARE(dep->text(1), QStringLiteral("Skipped"));
    }

    // Package kinds in the review: an optional package given as the app is refused with its kind
    // decision; given as an optional package with its app, it is included with the app.
    void reviewShowsPackageKinds()
    {
        AppxSpec main;
        main.name = u"Contoso.Main"_s;
        const AppxSpec levels = optionalPackageSpec(main, u"Contoso.Main.Levels"_s);
        const QString mainPath = m_dir.filePath(u"Contoso.Main.msix"_s), levelsPath = m_dir.filePath(u"Contoso.Main.Levels.msix"_s);
        QVERIFY(writeAppx(mainPath, main).ok());
        QVERIFY(writeAppx(levelsPath, levels).ok());
        const QString levelsFull = packageFullName(levels);

        ProvisionWizard alone(*m_engine, newImage());
        alone.show();
        QVERIFY(alone.sourcePage()->packageRadio()->isChecked()); // checking "All regions" no longer unchecks it
        QVERIFY(alone.sourcePage()->allRegionsRadio()->isChecked());
        alone.sourcePage()->pathEdit()->setText(levelsPath);
        alone.sourcePage()->skipLicenseRadio()->setChecked(true);
        alone.next();
        QTRY_VERIFY_WITH_TIMEOUT(!alone.reviewPage()->isReviewing(), 60000);
        QVERIFY(!alone.reviewPage()->reviewSucceeded());
        QTreeWidgetItem *refused = row(alone.reviewPage()->decisionTree(), levelsFull);
        QVERIFY(refused);
        QCOMPARE(refused->text(1), u"Refused: kind"_s);
        QCOMPARE(refused->text(2), u"main package: an optional package of Contoso.Main (MainPackageDependency), not an app on its own"_s);
        QVERIFY(alone.reviewPage()->messageLabel()->text().contains(u"/OptionalPackagePath"_s));

        ProvisionWizard with(*m_engine, newImage());
        with.show();
        with.sourcePage()->pathEdit()->setText(mainPath);
        with.sourcePage()->addOptional(levelsPath);
        with.sourcePage()->skipLicenseRadio()->setChecked(true);
        with.next();
        QTRY_VERIFY_WITH_TIMEOUT(!with.reviewPage()->isReviewing(), 60000);
        QVERIFY(with.reviewPage()->reviewSucceeded());
        QTreeWidgetItem *included = row(with.reviewPage()->decisionTree(), levelsFull);
        QVERIFY(included);
        QCOMPARE(included->text(1), u"Included with the app"_s);
        QVERIFY(included->text(2).startsWith(u"optional package of Contoso.Main: "_s));
    }

    // Defect 8: after a failed run the wizard offers to start over with the input kept, and its
    // last button says Close, not Finish.
    void failedRunOffersToStartOver()
    {
        const QString image = newImage();
        const QString bundle = m_dir.filePath(u"vanishing.msixbundle"_s);
        QVERIFY(QFile::copy(m_bundle, bundle));
        ProvisionWizard w(*m_engine, image);
        fillSource(w);
        w.sourcePage()->pathEdit()->setText(bundle);
        w.show();
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(!w.reviewPage()->isReviewing(), 60000);
        QVERIFY2(w.reviewPage()->reviewSucceeded(), qPrintable(w.reviewPage()->messageLabel()->text()));
        QVERIFY(QFile::remove(bundle)); // gone between the review and the run
        const auto before = treeDigest(image);
        QSignalSpy finished(w.runPage(), &ProvisionRunPage::runFinished);
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
        QVERIFY(w.runPage()->outcome()->failed());
        QCOMPARE(treeDigest(image), before);
        QCOMPARE(w.button(QWizard::FinishButton)->text(), u"Close"_s);
        QVERIFY(w.button(QWizard::CustomButton1)->isVisible());
        QTest::mouseClick(w.button(QWizard::CustomButton1), Qt::LeftButton);
        QCOMPARE(w.currentId(), int(ProvisionWizard::SourcePageId));
        QCOMPARE(w.sourcePage()->pathEdit()->text(), bundle); // what was entered is kept
        QVERIFY(!w.button(QWizard::CustomButton1)->isVisible());
    }

    void provisionedAppsView()
    {
        const QString image = newImage();
        ProvisionWizard w(*m_engine, image);
        fillSource(w);
        w.show();
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(!w.reviewPage()->isReviewing(), 60000);
        QSignalSpy finished(w.runPage(), &ProvisionRunPage::runFinished);
        w.next();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 60000);
        QVERIFY(w.runPage()->outcome()->succeeded());

        ProvisionedAppsView view(*m_engine, image);
        view.show();
        QSignalSpy refreshed(&view, &ProvisionedAppsView::refreshed);
        view.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 30000);
        QCOMPARE(view.list()->topLevelItemCount(), 1);
        QTreeWidgetItem *item = view.list()->topLevelItem(0);
        QCOMPARE(item->text(ProvisionedAppsView::NameColumn), m_spec.name);
        QCOMPARE(item->text(ProvisionedAppsView::ArchitectureColumn), QStringLiteral("neutral"));
        QCOMPARE(item->text(ProvisionedAppsView::RegionsColumn), QStringLiteral("all"));
        QVERIFY(!view.removeButton()->isEnabled());
        QVERIFY(view.selectPackage(full(PackageArchitecture::Neutral, QStringLiteral("~"))));
        QVERIFY(view.removeButton()->isEnabled());

        QVERIFY(writeFile(m_dir.path(), QStringLiteral("view.dat"), "from the view"));
        QSignalSpy actions(&view, &ProvisionedAppsView::actionFinished);
        QVERIFY(view.setDataFileForSelected(m_dir.filePath(QStringLiteral("view.dat"))));
        QTRY_VERIFY_WITH_TIMEOUT(actions.count() == 1, 30000);
        QVERIFY2(actions.at(0).at(0).value<OperationOutcome>().succeeded(), qPrintable(view.statusText()));
        QFile dat(image + QStringLiteral("/Program Files/WindowsApps/") + full(PackageArchitecture::X64) + QStringLiteral("/microsoft.system.package.metadata/Custom.data"));
        QVERIFY(dat.open(QIODevice::ReadOnly));
        QCOMPARE(dat.readAll(), QByteArray("from the view"));

        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 30000);
        QVERIFY(view.optimize());
        QTRY_VERIFY_WITH_TIMEOUT(actions.count() == 2, 30000);
        QVERIFY(actions.at(1).at(0).value<OperationOutcome>().succeeded());
        QVERIFY2(view.statusText().contains(QLatin1String("bytes saved")), qPrintable(view.statusText()));

        QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 30000);
        QVERIFY(view.selectPackage(full(PackageArchitecture::Neutral, QStringLiteral("~"))));
        // Defect 8: removing asks first, and Enter (the default, No) keeps the app.
        const int listed = view.list()->topLevelItemCount();
        QString question;
        answerNextMessageBox(QMessageBox::NoButton, &question); // Enter
        QVERIFY(!view.removeSelected());
        QVERIFY2(question.contains(u"frameworks"_s), qPrintable(question));
        QCOMPARE(actions.count(), 2);
        QCOMPARE(view.list()->topLevelItemCount(), listed);
        QVERIFY(QFile::exists(image + u"/Program Files/WindowsApps/"_s + full(PackageArchitecture::X64)));
        refreshed.clear();
        answerNextMessageBox(QMessageBox::Yes);
        QVERIFY(view.removeSelected());
        QTRY_VERIFY_WITH_TIMEOUT(actions.count() == 3, 30000);
        QVERIFY(actions.at(2).at(0).value<OperationOutcome>().succeeded());
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 1, 30000);
        QCOMPARE(view.list()->topLevelItemCount(), 0);
        QVERIFY(!QFile::exists(image + QStringLiteral("/Program Files/WindowsApps/") + full(PackageArchitecture::X64)));
        QVERIFY2(view.statusText().contains(u"Deleted: "_s), qPrintable(view.statusText()));
    }
};

QTEST_MAIN(TestProvisionWizard)
#include "tst_provisionwizard.moc"
