// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Trust judged by a target image: certificates written into a test SOFTWARE hive (the test
// signer's own root, a foreign root, none) are read back through engine/registry and decide
// whether the image trusts a package's signer.
#include "appx/AppxPackage.h"
#include "provision/ImageCertificates.h"

#include "AppxBuilder.h"
#include "HiveBuilder.h"
#include "TestSigner.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

class TestImageCertificates : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::optional<AppxSignature> m_signature;

private Q_SLOTS:
    void initTestCase()
    {
        auto signature = writeSignedSample(m_dir.filePath(u"signed.msix"_s));
        QVERIFY2(signature.ok(), signature.ok() ? "" : qPrintable(signature.error().oneLine()));
        m_signature = *signature;
    }

    void trustFromTheImagesStores_data()
    {
        QTest::addColumn<QString>("root"); // own, foreign, none
        QTest::addColumn<QString>("store");
        QTest::addColumn<int>("verdict");
        QTest::newRow("own root in ROOT") << u"own"_s << u"ROOT"_s << int(TrustDecision::Verdict::Trusted);
        QTest::newRow("own root in AuthRoot") << u"own"_s << u"AuthRoot"_s << int(TrustDecision::Verdict::Trusted);
        QTest::newRow("foreign root") << u"foreign"_s << u"ROOT"_s << int(TrustDecision::Verdict::Untrusted);
        QTest::newRow("no certificates") << u"none"_s << u"ROOT"_s << int(TrustDecision::Verdict::Untrusted);
    }
    void trustFromTheImagesStores()
    {
        QFETCH(QString, root);
        QFETCH(QString, store);
        QFETCH(int, verdict);
        const QString image = m_dir.filePath(u"image-"_s + QString::number(qHash(root + store)));
        HiveBuilder software;
        software.addKey(u"Microsoft\\Windows NT\\CurrentVersion"_s);
        if (root != u"none"_s) {
            const QByteArray der = testRootCertificate(root == u"foreign"_s);
            const QString thumbprint = certificateFromDer(der)->thumbprint;
            software.setValue(u"Microsoft\\SystemCertificates\\"_s + store + u"\\Certificates\\"_s + thumbprint,
                              RegistryValue::binary(u"Blob"_s, certificateStoreBlob(der)));
        }
        // A damaged entry is skipped and reported, never fatal.
        software.setValue(u"Microsoft\\SystemCertificates\\CA\\Certificates\\00"_s, RegistryValue::binary(u"Blob"_s, "junk"_ba));
        QVERIFY(software.writeTo(image + u"/Windows/System32/config/SOFTWARE"_s));
        auto stores = ImageCertificates::read(image);
        QVERIFY2(stores.ok(), qPrintable(stores.ok() ? QString() : stores.error().message));
        QCOMPARE(stores->certificates.size(), root == u"none"_s ? 0 : 1);
        QCOMPARE(stores->problems.size(), 1);
        const TrustDecision d = decideTrust(&*m_signature, stores->certificates);
        QCOMPARE(int(d.verdict), verdict);
        if (d.verdict == TrustDecision::Verdict::Untrusted)
            QCOMPARE(d.missing, u"CN=WimBench Test Root, O=WimBench"_s);
    }

    void imageWithoutSoftwareHive()
    {
        const QString image = m_dir.filePath(u"bare"_s);
        QVERIFY(QDir().mkpath(image));
        auto stores = ImageCertificates::read(image);
        QVERIFY(!stores.ok());
        QCOMPARE(stores.error().code, u"appx.image-certificates-unreadable"_s);
    }
};

QTEST_GUILESS_MAIN(TestImageCertificates)
#include "tst_imagecertificates.moc"
