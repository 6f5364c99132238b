// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The DRIVERS hive's DriverDatabase\DriverPackages\<package>\Version value (REG_BINARY: class
// GUID, DriverVer date as a FILETIME, DriverVer version as four 16-bit parts; layout and sources in
// engine/inventory/README.md) decoded through a real hive, and drivers whose INF cannot be read
// still listed with the hive's date and version.
#include "HiveBuilder.h"
#include "WimBuilder.h"

#include "core/Operation.h"
#include "inventory/DriverDatabase.h"
#include "ops/GetDriversOperation.h"
#include "registry/RegistryValue.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;

namespace {

/// The Version values of two real DRIVERS hives as published by lxc/distrobuilder
/// (windows/driver_netkvm.go, windows/driver_viostor.go): virtio-win 0.1.190 netkvm and 0.1.215 viostor.
const QByteArray kNetKvm = QByteArray::fromHex("00ff090000000000"
                                               "72e9364d25e3ce11bfc108002be10318"
                                               "00008ec386b8d601"
                                               "384a680053006400"
                                               "0000000000000000");
const QByteArray kVioStor = QByteArray::fromHex("00ff090000000000"
                                                "7be9364d25e3ce11bfc108002be10318"
                                                "00c0978c0fe7d701"
                                                "fc5368005a006400"
                                                "0000000000000000");
const QString kPackages = u"DriverDatabase\\DriverPackages\\"_s;

/// A DRIVERS hive with one package key `folder` published as `published`, with `version` as its
/// Version value (none when null).
test::HiveBuilder driversHive(const QString &folder, const QString &published, const QString &infName, const QByteArray &version)
{
    test::HiveBuilder hive;
    hive.setValue(kPackages + folder, RegistryValue::string(QString(), published))
        .setValue(kPackages + folder, RegistryValue::string(u"InfName"_s, infName))
        .setValue(kPackages + folder, RegistryValue::string(u"Provider"_s, u"Red Hat, Inc."_s))
        .setValue(kPackages + folder, RegistryValue::string(u"Catalog"_s, infName.section(u'.', 0, 0) + u".cat"_s));
    if (!version.isNull())
        hive.setValue(kPackages + folder, RegistryValue::binary(u"Version"_s, version));
    return hive;
}

OperationOutcome execute(Operation &op)
{
    OperationContext ctx(EngineSettings{}, CancellationToken{}, {});
    return executeOperation(op, ctx);
}

} // namespace

class TestDriverDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void versionValue_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("decoded");
        QTest::addColumn<QString>("classGuid");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("version");
        QTest::newRow("netkvm, real hive") << kNetKvm << true << u"{4D36E972-E325-11CE-BFC1-08002BE10318}"_s << QDate(2020, 11, 12)
                                           << u"100.83.104.19000"_s;
        QTest::newRow("viostor, real hive") << kVioStor << true << u"{4D36E97B-E325-11CE-BFC1-08002BE10318}"_s << QDate(2021, 12, 2)
                                            << u"100.90.104.21500"_s;
        QTest::newRow("without the 8 trailing bytes") << kVioStor.left(40) << true << u"{4D36E97B-E325-11CE-BFC1-08002BE10318}"_s
                                                      << QDate(2021, 12, 2) << u"100.90.104.21500"_s;
        QByteArray big = kNetKvm;
        big.replace(32, 8, QByteArray::fromHex("feff0100feff0a00")); // 10.65534.1.65534
        big.replace(24, 8, QByteArray::fromHex("00c0f2698406cf01")); // 2014-01-01
        QTest::newRow("largest parts, other date") << big << true << u"{4D36E972-E325-11CE-BFC1-08002BE10318}"_s << QDate(2014, 1, 1)
                                                   << u"10.65534.1.65534"_s;
        QByteArray zero = kNetKvm;
        zero.replace(8, 32, QByteArray(32, '\0'));
        QTest::newRow("all zero: no GUID, date or version") << zero << true << QString() << QDate() << QString();
        QTest::newRow("39 bytes: not decoded") << kNetKvm.left(39) << false << QString() << QDate() << QString();
        QTest::newRow("empty") << QByteArray("") << false << QString() << QDate() << QString();
    }

    void versionValue()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, decoded);
        QFETCH(QString, classGuid);
        QFETCH(QDate, date);
        QFETCH(QString, version);
        const auto info = DriverDatabase::decodeVersion(bytes);
        QCOMPARE(info.has_value(), decoded);
        // The same through a real hive file read with libhivex (an undecodable value leaves the
        // fields empty; the package is still listed).
        const QString root = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        const QString folder = u"vioscsi.inf_amd64_580ed5a1d3a26f95"_s;
        QVERIFY(driversHive(folder, u"oem5.inf"_s, u"vioscsi.inf"_s, bytes).writeTo(root + u"/Windows/System32/config/DRIVERS"_s));
        const auto db = DriverDatabase::read(root);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().oneLine()));
        const DriverDatabase::Entry *entry = db->package(folder.toUpper());
        QVERIFY(entry);
        QCOMPARE(entry->publishedName, u"oem5.inf"_s);
        QCOMPARE(entry->infName, u"vioscsi.inf"_s);
        QCOMPARE(entry->catalog, u"vioscsi.cat"_s);
        QCOMPARE(entry->version.classGuid, classGuid);
        QCOMPARE(entry->version.date, date);
        QCOMPARE(entry->version.version, version);
        QCOMPARE(db->published(u"OEM5.INF"_s), entry);
    }

    void unreadableInfShowsTheHiveDateAndVersion()
    {
        const QString image = m_dir.filePath(u"image"_s);
        test::writeWindowsTree(image, {u"en-US"_s});
        const QString repository = u"Windows/System32/DriverStore/FileRepository/"_s;
        // A damaged INF (a section name without ']') in its driver store folder, no Windows/INF copy.
        const QString damaged = u"vioscsi.inf_amd64_580ed5a1d3a26f95"_s;
        QVERIFY(test::writeFile(image, repository + damaged + u"/vioscsi.inf"_s, "[Version\r\nSignature=\"$WINDOWS NT$\"\r\n"));
        // A readable INF without DriverVer, published as oem6.inf.
        const QString undated = u"netkvm.inf_amd64_805ee20efb26a964"_s;
        const QByteArray inf = "[Version]\r\nSignature=\"$WINDOWS NT$\"\r\nClass=Net\r\nProvider=%RH%\r\n[Strings]\r\nRH=\"Red Hat, Inc.\"\r\n";
        QVERIFY(test::writeFile(image, repository + undated + u"/netkvm.inf"_s, inf));
        QVERIFY(test::writeFile(image, u"Windows/INF/oem6.inf"_s, inf));
        test::HiveBuilder hive = driversHive(damaged, u"oem5.inf"_s, u"vioscsi.inf"_s, kVioStor);
        hive.setValue(kPackages + undated, RegistryValue::string(QString(), u"oem6.inf"_s))
            .setValue(kPackages + undated, RegistryValue::binary(u"Version"_s, kNetKvm));
        QVERIFY(hive.writeTo(image + u"/Windows/System32/config/DRIVERS"_s));

        GetDriversOperation op(InventorySource{image, {}, {}, {}}, false);
        QVERIFY(execute(op).succeeded());
        QStringList rows;
        for (const DriverPackage &d : op.drivers())
            rows << QStringList{d.publishedName, d.originalFileName, d.inbox ? u"inbox"_s : u"oem"_s, d.className, d.classGuid,
                                d.providerName, d.date.toString(Qt::ISODate), d.version, d.catalogFile}
                        .join(u'|');
        QCOMPARE(rows, (QStringList{u"oem6.inf|netkvm.inf|oem|Net|{4D36E972-E325-11CE-BFC1-08002BE10318}|Red Hat, Inc.|2020-11-12|100.83.104.19000|"_s,
                                    u"oem5.inf|vioscsi.inf|oem||{4D36E97B-E325-11CE-BFC1-08002BE10318}|Red Hat, Inc.|2021-12-02|100.90.104.21500|vioscsi.cat"_s}));
        // The damaged INF is still reported.
        QCOMPARE(op.problems().size(), 1);
        QVERIFY2(op.problems().first().contains(u"vioscsi.inf"_s), qPrintable(op.problems().first()));
    }
};

QTEST_GUILESS_MAIN(TestDriverDatabase)
#include "tst_driver_database.moc"
