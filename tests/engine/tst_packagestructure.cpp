// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The MSIX SDK's structural rules for block maps and bundles (microsoft/msix-packaging, src/msix/
// unpack): each refused with its own code by the readers, so /Get-PackageInfo and provisioning
// refuse them alike (both open packages through AppxPackage/AppxBundle).
#include "appx/AppxBundle.h"
#include "appx/BlockMap.h"
#include "appx/BundleManifest.h"

#include "AppxBuilder.h"
#include "TestSigner.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

class TestPackageStructure : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void blockMapMayNotListContentTypes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::newRow("content types") << u"[Content_Types].xml"_s << u"appx.blockmap-lists-content-types"_s;
        QTest::newRow("other case") << u"[content_types].XML"_s << u"appx.blockmap-lists-content-types"_s;
        QTest::newRow("payload") << u"bin/app.dat"_s << u""_s;
    }
    void blockMapMayNotListContentTypes()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        const QByteArray xml = "<?xml version=\"1.0\"?><BlockMap xmlns=\"http://schemas.microsoft.com/appx/2010/blockmap\" "
                               "HashMethod=\"http://www.w3.org/2001/04/xmlenc#sha256\"><File Name=\""_ba
                               + name.toUtf8() + "\" Size=\"3\" LfhSize=\"49\"><Block Hash=\"ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=\"/></File></BlockMap>"_ba;
        auto map = BlockMap::parse(xml, u"App.msix/AppxBlockMap.xml"_s);
        if (code.isEmpty()) {
            QVERIFY(map.ok());
            return;
        }
        QVERIFY(!map.ok());
        QCOMPARE(map.error().code, code);
        QVERIFY(map.error().message.contains(u"App.msix/AppxBlockMap.xml"_s));
    }

    void bundlePackagesAreAppxOrMsix_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("msix") << u".msix"_s << true;
        QTest::newRow("appx") << u".appx"_s << true;
        QTest::newRow("zip") << u".zip"_s << false;
        QTest::newRow("bundle inside a bundle") << u".msixbundle"_s << false;
        QTest::newRow("upper case (the SDK's rule is case-sensitive)") << u".MSIX"_s << false;
    }
    void bundlePackagesAreAppxOrMsix()
    {
        QFETCH(QString, extension);
        QFETCH(bool, accepted);
        const BundleSpec spec = sampleBundle();
        const QList<quint64> sizes(spec.items.size(), 4096);
        QString xml = QString::fromUtf8(bundleManifestXml(spec, {}, sizes));
        const QRegularExpression firstName(u"FileName=\"([^\"]+)\\.msix\""_s);
        const QRegularExpressionMatch m = firstName.match(xml);
        QVERIFY(m.hasMatch());
        xml.replace(m.capturedStart(), m.capturedLength(), u"FileName=\""_s + m.captured(1) + extension + u"\""_s);
        auto parsed = BundleManifest::parse(xml.toUtf8(), u"B.msixbundle/AppxMetadata/AppxBundleManifest.xml"_s);
        QVERIFY2(parsed.ok() == accepted, qPrintable(parsed.ok() ? u"accepted"_s : parsed.error().code + u" "_s + parsed.error().message));
        if (!accepted) {
            QCOMPARE(parsed.error().code, u"appx.bundle-manifest-package-name"_s);
            QVERIFY(parsed.error().message.contains(m.captured(1) + extension));
        }
    }

    void bundleBlockMapMayNotListPayloadPackages()
    {
        const QString bundle = m_dir.filePath(u"b.msixbundle"_s);
        QVERIFY(writeBundle(bundle, sampleBundle()).ok());
        QVERIFY(AppxBundle::open(bundle).ok());
        auto opened = AppxBundle::open(bundle);
        const QString payload = opened->packages().first().fileName;
        QByteArray map = zipEntryContents(bundle, "AppxBlockMap.xml");
        const qsizetype end = map.lastIndexOf("</BlockMap>");
        QVERIFY(end > 0);
        map.insert(end, "<File Name=\"" + payload.toUtf8() + "\" Size=\"1\" LfhSize=\"30\"></File>");
        const QString changed = m_dir.filePath(u"listed.msixbundle"_s);
        QVERIFY(copyZipChanging(bundle, changed, "AppxBlockMap.xml", ZipChange::Replace, map).ok());
        auto b = AppxBundle::open(changed);
        QVERIFY(!b.ok());
        QCOMPARE(b.error().code, u"appx.bundle-blockmap-lists-package"_s);
        QVERIFY(b.error().message.contains(payload));
    }

    void resourceOnlyBundleCannotBeProvisioned()
    {
        BundleSpec spec = sampleBundle();
        QList<BundleItem> resources;
        for (const BundleItem &item : spec.items) {
            if (item.spec.resourcePackage)
                resources << item;
        }
        QVERIFY(!resources.isEmpty());
        spec.items = resources;
        const QString file = m_dir.filePath(u"resources.msixbundle"_s);
        QVERIFY(writeBundle(file, spec).ok());
        auto b = AppxBundle::open(file);
        QVERIFY(b.ok());
        const Status s = b->requireApplicationPackage();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, u"appx.bundle-no-application-package"_s);
    }
};

QTEST_GUILESS_MAIN(TestPackageStructure)
#include "tst_packagestructure.moc"
