// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Inventory view on a WIM index built at test time: background load, the tables, filter,
// sort, CSV export, copy, and the per-index cache. WIMBENCH_SCREENSHOT_DIR, when set, receives
// a picture of the view at 1024 px wide.
#include "DisplayFormat.h"
#include "InventoryImageBuilder.h"
#include "ModelTesting.h"
#include "WimBuilder.h"

#include "inventory/InventoryView.h"
#include "ops/Engine.h"
#include "provision/ProvisioningList.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;

namespace {
/// Every tab's table model (a proxy over the loaded rows) checked through the real background loads.
void checkModels(InventoryView &view)
{
    for (int tab = 0; tab < InventoryView::TabCount; ++tab)
        test::testModel(view.table(InventoryView::Tab(tab))->model());
}
} // namespace

class TestInventoryView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_wim;
    std::unique_ptr<Engine> m_engine;

    static QStringList column(QTableView *table, int column)
    {
        QStringList out;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            out << table->model()->index(r, column).data().toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_engine = std::make_unique<Engine>();
        const QString image = m_dir.filePath(u"image"_s);
        test::writeWindowsTree(image, {u"en-US"_s});
        QVERIFY(test::writeDriverStore(image));
        QVERIFY(test::writeServicing(image));
        QVERIFY(test::writeHives(image));
        ProvisioningList list;
        list.add(ProvisionedPackage{u"Contoso.Notes_2.1.0.0_x64__8wekyb3d8bbwe"_s, {}});
        QVERIFY(test::writeFile(image, ProvisioningList::relativePath(), list.toXml()));
        m_wim = m_dir.filePath(u"install.wim"_s);
        QVERIFY(bool(test::createWim(m_wim, {test::windowsLikeSpec(image, u"Windows Pro"_s), test::windowsLikeSpec(image, u"Copy"_s)})));
    }

    void loadsInTheBackgroundAndCaches()
    {
        InventoryView view(*m_engine);
        checkModels(view);
        view.resize(1024, 640);
        view.show();
        QSignalSpy loaded(&view, &InventoryView::loaded);
        view.setWimImage(m_wim, 1);
        QVERIFY(view.isLoading());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QCOMPARE(column(view.table(InventoryView::DriversTab), 0), (QStringList{u"oem0.inf"_s, u"oem1.inf"_s, u"wbinbox.inf"_s}));
        QCOMPARE(column(view.table(InventoryView::PackagesTab), 0), test::servicingIdentities());
        QCOMPARE(view.table(InventoryView::FeaturesTab)->model()->rowCount(), 4);
        QCOMPARE(column(view.table(InventoryView::AppsTab), 0), (QStringList{u"Contoso.Notes"_s}));
        QCOMPARE(column(view.table(InventoryView::EditionTab), 1), (QStringList{u"Professional"_s, u"Education"_s, u"Enterprise"_s}));
        QCOMPARE(column(view.table(InventoryView::PackagesTab), 2), (QStringList{u"Staged"_s, u"Installed"_s, u"Permanent"_s, u"0x77"_s}));
        QVERIFY(column(view.table(InventoryView::LanguagesTab), 1).contains(u"W. Europe Standard Time"_s));
        if (const QString dir = qEnvironmentVariable("WIMBENCH_SCREENSHOT_DIR"); !dir.isEmpty()) {
            view.tabs()->setCurrentIndex(InventoryView::DriversTab);
            QTest::qWait(100);
            QVERIFY(view.grab().save(dir + u"/inventory.png"_s));
        }

        // Another index loads; going back to index 1 is answered from the cache.
        view.setWimImage(m_wim, 2);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 30000);
        QVERIFY(view.isCached(InventorySource{{}, m_wim, 1, {}}));
        view.setWimImage(m_wim, 1);
        QVERIFY(!view.isLoading());
        QCOMPARE(loaded.count(), 3);
        QCOMPARE(view.table(InventoryView::DriversTab)->model()->rowCount(), 3);
    }

    void capabilitiesTab()
    {
        const QString fod = m_dir.filePath(u"fod"_s);
        test::writeWindowsTree(fod, {u"en-US"_s});
        QVERIFY(test::writeCapabilities(fod));
        InventoryView view(*m_engine);
        checkModels(view);
        view.resize(1024, 640);
        view.show();
        QSignalSpy loaded(&view, &InventoryView::loaded);
        view.setImageFolder(fod);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QCOMPARE(view.tabs()->tabText(InventoryView::CapabilitiesTab), u"Capabilities"_s);
        QCOMPARE(column(view.table(InventoryView::CapabilitiesTab), 0), test::capabilityNames());
        QCOMPARE(column(view.table(InventoryView::CapabilitiesTab), 2),
                 (QStringList{u"Install Pending"_s, u"Installed"_s, DisplayFormat::absent(), u"Not Present"_s}));
        QCOMPARE(view.table(InventoryView::FeaturesTab)->model()->rowCount(), 1);
        if (const QString dir = qEnvironmentVariable("WIMBENCH_SCREENSHOT_DIR"); !dir.isEmpty()) {
            view.tabs()->setCurrentIndex(InventoryView::CapabilitiesTab);
            QTest::qWait(100);
            QVERIFY(view.grab().save(dir + u"/inventory-capabilities.png"_s));
        }
    }

    void filterSortCopyAndCsv()
    {
        InventoryView view(*m_engine);
        checkModels(view);
        QSignalSpy loaded(&view, &InventoryView::loaded);
        view.setWimImage(m_wim, 1);
        view.load();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QTableView *drivers = view.table(InventoryView::DriversTab);
        view.filter()->setText(u"scsi"_s);
        QCOMPARE(column(drivers, 0), (QStringList{u"oem1.inf"_s}));
        view.filter()->clear();
        drivers->sortByColumn(3, Qt::AscendingOrder); // class: Net, SCSIAdapter, System
        QCOMPARE(column(drivers, 3), (QStringList{u"Net"_s, u"SCSIAdapter"_s, u"System"_s}));
        drivers->sortByColumn(3, Qt::DescendingOrder);
        QCOMPARE(column(drivers, 0).first(), u"wbinbox.inf"_s);

        view.tabs()->setCurrentIndex(InventoryView::DriversTab);
        drivers->selectRow(0);
        view.copySelection();
        QVERIFY(QApplication::clipboard()->text().startsWith(u"wbinbox.inf\twbinbox.inf\t"_s));

        const QString csvFile = m_dir.filePath(u"drivers.csv"_s);
        QVERIFY(view.exportCsv(InventoryView::DriversTab, csvFile));
        QFile f(csvFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(f.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], u"Published name,Original file,Inbox,Class,Provider,Date,Version,Boot critical"_s);
        QVERIFY2(lines[3].startsWith(u"oem0.inf,wbnet.inf,No,Net,WimBench Test Devices,"_s), qPrintable(lines[3]));
    }

    void notAnImageShowsTheReason()
    {
        InventoryView view(*m_engine);
        checkModels(view);
        QSignalSpy loaded(&view, &InventoryView::loaded);
        view.setImageFolder(m_dir.path());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 30000);
        QVERIFY2(view.statusText().contains(u"has no Windows/System32 folder"_s), qPrintable(view.statusText()));
    }
};

QTEST_MAIN(TestInventoryView)
#include "tst_inventoryview.moc"
