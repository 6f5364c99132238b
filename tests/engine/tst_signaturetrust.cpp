// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Trust as a target image would judge it: the signer's chain against certificates of the image's
// stores (ROOT, AuthRoot, CA, TrustedPeople), and the Blob values those stores keep them in.
#include "appx/AppxPackage.h"
#include "appx/SignatureTrust.h"

#include "AppxBuilder.h"
#include "ErrorNames.h"
#include "TestSigner.h"
#include "WimBuilder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

namespace {
QByteArray le32(quint32 v)
{
    QByteArray b(4, '\0');
    for (int i = 0; i < 4; ++i)
        b[i] = char((v >> (8 * i)) & 0xff);
    return b;
}
} // namespace

class TestSignatureTrust : public QObject
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

    void decisions_data()
    {
        QTest::addColumn<QStringList>("stores"); // "<store>:own|foreign|signer"
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("missing");
        const int trusted = int(TrustDecision::Verdict::Trusted), untrusted = int(TrustDecision::Verdict::Untrusted);
        const QString ownRoot = u"CN=WimBench Test Root, O=WimBench"_s;
        QTest::newRow("own root in ROOT") << QStringList{u"ROOT:own"_s} << trusted << u""_s;
        QTest::newRow("own root in AuthRoot") << QStringList{u"AuthRoot:own"_s} << trusted << u""_s;
        QTest::newRow("store names case-insensitive") << QStringList{u"root:own"_s} << trusted << u""_s;
        QTest::newRow("foreign root only") << QStringList{u"ROOT:foreign"_s} << untrusted << ownRoot;
        QTest::newRow("no certificates") << QStringList{} << untrusted << ownRoot;
        QTest::newRow("own root only as CA") << QStringList{u"CA:own"_s} << untrusted << ownRoot;
        QTest::newRow("signer in TrustedPeople") << QStringList{u"TrustedPeople:signer"_s} << trusted << u""_s;
        QTest::newRow("signer only as CA") << QStringList{u"CA:signer"_s} << untrusted << ownRoot;
    }
    void decisions()
    {
        QFETCH(QStringList, stores);
        QFETCH(int, verdict);
        QFETCH(QString, missing);
        QList<StoredCertificate> stored;
        for (const QString &s : stores) {
            const QString store = s.section(u':', 0, 0);
            const QString what = s.section(u':', 1);
            const SignatureCertificate &signer = m_signature->certificates().first();
            const QByteArray der = what == u"signer"_s ? signer.der : testRootCertificate(what == u"foreign"_s);
            stored << StoredCertificate{store, certificateFromDer(der)->thumbprint, der};
        }
        const TrustDecision d = decideTrust(&*m_signature, stored);
        QCOMPARE(int(d.verdict), verdict);
        QCOMPARE(d.missing, missing);
        if (d.verdict == TrustDecision::Verdict::Trusted) {
            QVERIFY2(namesAll(d.reason, {d.chain.last()}), qPrintable(d.reason)); // what it chains to
            QCOMPARE(d.chain.first(), m_signature->publisher());
        } else {
            QVERIFY2(d.reason.contains(missing), qPrintable(d.reason));
            QVERIFY2(namesAll(d.reason, {u"TrustedPeople"_s}), qPrintable(d.reason)); // the advice names the store
        }
    }

    void unsignedPackages()
    {
        const TrustDecision d = decideTrust(nullptr, {});
        QCOMPARE(d.verdict, TrustDecision::Verdict::Unsigned);
        QVERIFY(d.chain.isEmpty() && d.missing.isEmpty()); // nothing to chain, nothing missing: the verdict says it
    }

    void fixtureSignerNeedsItsTestRoot()
    {
        const QString shared = sharedFixturesDir();
        if (shared.isEmpty())
            QSKIP("../shared/fixtures is absent");
        auto p = AppxPackage::open(shared + u"/appx/TestAppxPackage_x64.appx"_s);
        QVERIFY(p.ok());
        const TrustDecision d = decideTrust(p->signatureDetails(), {});
        QCOMPARE(d.verdict, TrustDecision::Verdict::Untrusted);
        QCOMPARE(d.missing, u"CN=APPX_TEST_ROOT"_s);
    }

    void storeBlobs_data()
    {
        QTest::addColumn<QByteArray>("blob");
        QTest::addColumn<bool>("valid");
        const QByteArray der = testRootCertificate();
        QTest::newRow("certificate after a property") << certificateStoreBlob(der) << true;
        QTest::newRow("certificate only") << (le32(0x20) + le32(1) + le32(quint32(der.size())) + der) << true;
        QTest::newRow("truncated") << certificateStoreBlob(der).left(200) << false;
        QTest::newRow("no certificate property") << (le32(3) + le32(1) + le32(20) + QByteArray(20, '\x11')) << false;
        QTest::newRow("length beyond end") << (le32(0x20) + le32(1) + le32(0xffffffffu) + der) << false;
        QTest::newRow("empty") << QByteArray() << false;
    }
    void storeBlobs()
    {
        QFETCH(QByteArray, blob);
        QFETCH(bool, valid);
        auto der = certificateFromStoreBlob(blob, u"ROOT\\Certificates\\ABC"_s);
        QCOMPARE(der.ok(), valid);
        if (valid)
            QCOMPARE(*der, testRootCertificate());
        else
            QCOMPARE(der.error().code, u"appx.certificate-blob-invalid"_s);
    }
};

QTEST_GUILESS_MAIN(TestSignatureTrust)
#include "tst_signaturetrust.moc"
