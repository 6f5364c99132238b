// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The provisioning wizard's review page shows each image fact with where it came from: an image
// whose files say arm64 / build 19041 / de-DE and whose hives say x64 / 22631.4169 / en-US is shown
// as the hives say, with the hive and key. WIMBENCH_SCREENSHOT_DIR=<dir> saves the page as a PNG.
#include "AppxBuilder.h"
#include "EngineWait.h"
#include "OfflineImageBuilder.h"

#include "ops/Engine.h"
#include "provision/ProvisionWizard.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

class TestReviewFacts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Engine> m_engine;

private Q_SLOTS:
    void initTestCase() { m_engine = std::make_unique<Engine>(); }
    void cleanupTestCase() { QVERIFY(waitForEngineIdle(*m_engine)); }

    void reviewShowsFactsFromTheHives()
    {
        const QString image = m_dir.filePath(u"image"_s);
        OfflineImageSpec spec;
        spec.machine = PeMachine::Arm64;
        spec.build = 19041;
        spec.languages = {u"de-DE"_s};
        spec.hives = ImageHivesSpec{};
        QVERIFY(writeOfflineImage(image, spec));
        const QString app = m_dir.filePath(u"Contoso.Sample.msix"_s);
        QVERIFY(writeAppx(app, AppxSpec{}).ok());

        ProvisionWizard w(*m_engine, image);
        w.resize(1024, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.sourcePage()->pathEdit()->setText(app);
        w.sourcePage()->skipLicenseRadio()->setChecked(true);
        w.sourcePage()->allRegionsRadio()->setChecked(true);
        w.next();
        ProvisionReviewPage *review = w.reviewPage();
        QTRY_VERIFY_WITH_TIMEOUT(!review->isReviewing(), 60000);
        QVERIFY2(review->reviewSucceeded(), qPrintable(review->messageLabel()->text()));
        QCOMPARE(review->architectureLabel()->text(),
                 u"x64 (from SYSTEM hive, ControlSet001\\Control\\Session Manager\\Environment\\PROCESSOR_ARCHITECTURE)"_s);
        QCOMPARE(review->buildLabel()->text(), u"22631.4169 (from SOFTWARE hive, Microsoft\\Windows NT\\CurrentVersion\\CurrentBuildNumber)"_s);
        QCOMPARE(review->editionLabel()->text(), u"Professional (from SOFTWARE hive, Microsoft\\Windows NT\\CurrentVersion\\EditionID)"_s);
        QVERIFY(review->languagesLabel()->text().startsWith(u"en-US (SYSTEM hive, ControlSet001\\Control\\MUI\\UILanguages\\en-US"_s));
        QVERIFY(!review->languagesLabel()->text().contains(u"de-DE"_s));
        if (const QString shots = qEnvironmentVariable("WIMBENCH_SCREENSHOT_DIR"); !shots.isEmpty())
            QVERIFY(w.grab().save(shots + u"/review-facts.png"_s));
    }
};

QTEST_MAIN(TestReviewFacts)
#include "tst_reviewfacts.moc"
