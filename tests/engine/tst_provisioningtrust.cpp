// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Trust in provisioning (issue 15 item 2): before anything is written, the add judges the signer
// of the app (and of each dependency) against the target image's own certificate stores (SOFTWARE
// Microsoft\SystemCertificates). Signed test packages (TestSigner) against a hive holding their
// root, a foreign root, none; an unsigned package; a bare folder without a hive; the signed
// fixtures of ../shared/fixtures/appx (untrusted until their signer is in TrustedPeople).
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

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

namespace {
const QString TestRoot = u"CN=WimBench Test Root, O=WimBench"_s;

OperationOutcome execute(Operation &op)
{
    OperationContext ctx(EngineSettings{}, CancellationToken{}, {});
    return executeOperation(op, ctx);
}

const ProvisionDecision *decisionWithCode(const QList<ProvisionDecision> &decisions, const QString &prefix)
{
    for (const ProvisionDecision &d : decisions)
        if (d.why.codeName().startsWith(prefix))
            return &d;
    return nullptr;
}
} // namespace

class TestProvisioningTrust : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_signed, m_unsigned, m_vclibs;
    int m_images = 0;

    /// An image whose SOFTWARE hive holds `roots` ("own", "foreign"; empty: no certificate), or
    /// (hive = false) no SOFTWARE hive at all.
    QString newImage(const QStringList &roots, bool hive = true)
    {
        const QString root = m_dir.filePath(u"image%1"_s.arg(++m_images));
        if (!writeImageWithRoots(root, roots))
            return {};
        return hive || QFile::remove(root + u"/Windows/System32/config/SOFTWARE"_s) ? root : QString();
    }

    OperationOutcome add(const QString &image, const QString &package, QList<ProvisionDecision> *decisions, const QStringList &dependencies = {})
    {
        ProvisionRequest r;
        r.packagePath = package;
        r.dependencyPaths = dependencies;
        r.skipLicense = true;
        AddProvisionedAppxPackageOperation op(image, r);
        const OperationOutcome outcome = execute(op);
        *decisions = op.decisions();
        return outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        AppxSpec app;
        m_signed = m_dir.filePath(u"signed.msix"_s);
        QVERIFY(writeAppx(m_signed, app).ok());
        app.signature = false;
        m_unsigned = m_dir.filePath(u"unsigned.msix"_s);
        QVERIFY(writeAppx(m_unsigned, app).ok());
        m_vclibs = m_dir.filePath(u"vclibs.appx"_s);
        QVERIFY(writeAppx(m_vclibs, frameworkSpec(u"Microsoft.VCLibs.140.00"_s, u"14.0.30704.0"_s, u"x64"_s)).ok());
    }

    void trustDecidesBeforeAnythingIsWritten_data()
    {
        QTest::addColumn<QString>("package");  // signed, unsigned
        QTest::addColumn<QStringList>("roots"); // in the image's ROOT store
        QTest::addColumn<bool>("hive");
        QTest::addColumn<QString>("code");      // decision code
        QTest::addColumn<QString>("error");     // "" = provisioned
        QTest::addColumn<QString>("says");      // the decision's arguments (codeForm()), language-independent
        QTest::newRow("own root") << u"signed"_s << QStringList{u"own"_s} << true << u"trust.trusted"_s << u""_s
                                  << u"trust.trusted(CN=Contoso Test, O=Contoso, C=US -> "_s + TestRoot + u")"_s;
        QTest::newRow("foreign root") << u"signed"_s << QStringList{u"foreign"_s} << true << u"trust.untrusted"_s
                                      << u"provision.untrusted"_s
                                      << u"trust.untrusted(CN=Contoso Test, O=Contoso, C=US, "_s + TestRoot + u")"_s;
        QTest::newRow("no certificates") << u"signed"_s << QStringList{} << true << u"trust.untrusted"_s << u"provision.untrusted"_s
                                         << u"trust.untrusted(CN=Contoso Test, O=Contoso, C=US, "_s + TestRoot + u")"_s;
        QTest::newRow("both roots") << u"signed"_s << QStringList{u"foreign"_s, u"own"_s} << true << u"trust.trusted"_s << u""_s
                                    << u"trust.trusted(CN=Contoso Test, O=Contoso, C=US -> "_s + TestRoot + u")"_s;
        QTest::newRow("unsigned") << u"unsigned"_s << QStringList{u"own"_s} << true << u"trust.unsigned"_s << u"provision.unsigned"_s
                                  << u"trust.unsigned"_s;
        QTest::newRow("unsigned, bare folder") << u"unsigned"_s << QStringList{} << false << u"trust.unsigned"_s << u"provision.unsigned"_s
                                               << u"trust.unsigned"_s;
        QTest::newRow("signed, bare folder") << u"signed"_s << QStringList{} << false << u"trust.no-hive"_s << u""_s
                                             << u"trust.no-hive(CN=Contoso Test, O=Contoso, C=US, Windows/System32/config/SOFTWARE)"_s;
    }

    void trustDecidesBeforeAnythingIsWritten()
    {
        QFETCH(QString, package);
        QFETCH(QStringList, roots);
        QFETCH(bool, hive);
        QFETCH(QString, code);
        QFETCH(QString, error);
        QFETCH(QString, says);
        const QString image = newImage(roots, hive);
        QVERIFY(!image.isEmpty());
        const auto before = treeDigest(image);
        QList<ProvisionDecision> decisions;
        const OperationOutcome outcome = add(image, package == u"signed"_s ? m_signed : m_unsigned, &decisions);
        const ProvisionDecision *trust = decisionWithCode(decisions, u"trust."_s);
        QVERIFY(trust);
        QCOMPARE(trust->why.codeName(), code);
        QCOMPARE(codeForm(trust->why), says);
        QCOMPARE(trust->package, u"Contoso.Sample_1.0.0.0_x64__"_s + trust->package.section(u'_', 4));
        if (error.isEmpty()) {
            QVERIFY2(outcome.succeeded(), qPrintable(outcome.error->message));
            QVERIFY(trust->included);
            QVERIFY(QFile::exists(image + u"/Program Files/WindowsApps/"_s + trust->package + u"/AppxManifest.xml"_s));
            return;
        }
        QVERIFY(!outcome.succeeded());
        QCOMPARE(outcome.error->code, error);
        QVERIFY(!trust->included);
        QVERIFY2(outcome.error->message.contains(trust->package), qPrintable(outcome.error->message));
        if (code == u"trust.untrusted"_s)
            QVERIFY2(namesAll(outcome.error->message, {TestRoot}), qPrintable(outcome.error->message));
        QCOMPARE(treeDigest(image), before); // nothing written
    }

    void dependencySignersAreJudgedToo()
    {
        // The framework is signed by the foreign root: the app's own signer is trusted, the
        // dependency's is not, and the add is refused naming the dependency.
        AppxSpec fw = frameworkSpec(u"Microsoft.VCLibs.140.00"_s, u"14.0.30704.0"_s, u"x64"_s);
        fw.foreignRoot = true;
        const QString foreign = m_dir.filePath(u"fw-foreign.appx"_s);
        QVERIFY(writeAppx(foreign, fw).ok());
        const QString image = newImage({u"own"_s});
        AppxSpec app;
        app.name = u"Contoso.WithFramework"_s;
        app.dependencies = {{fw.name, fw.publisher, fw.version, false}};
        const QString appPath = m_dir.filePath(u"with-framework.msix"_s);
        QVERIFY(writeAppx(appPath, app).ok());
        ProvisionRequest r;
        r.packagePath = appPath;
        r.dependencyPaths = {foreign};
        r.skipLicense = true;
        AddProvisionedAppxPackageOperation op(image, r);
        const auto before = treeDigest(image);
        const OperationOutcome outcome = execute(op);
        QVERIFY(!outcome.succeeded());
        QCOMPARE(outcome.error->code, u"provision.untrusted"_s);
        QVERIFY2(outcome.error->message.contains(u"Microsoft.VCLibs.140.00_14.0.30704.0_x64__"_s), qPrintable(outcome.error->message));
        QStringList verdicts;
        for (const ProvisionDecision &d : op.decisions())
            if (d.why.codeName().startsWith(u"trust."_s))
                verdicts << d.package.section(u'_', 0, 0) + u' ' + d.why.codeName();
        QCOMPARE(verdicts, (QStringList{u"Contoso.WithFramework trust.trusted"_s, u"Microsoft.VCLibs.140.00 trust.untrusted"_s}));
        QCOMPARE(treeDigest(image), before);
    }

    void signedFixtureNeedsItsSignerInTheImage()
    {
        const QString fixture = sharedFixturesDir() + u"/appx/TestAppxPackage_x64.appx"_s;
        if (!QFile::exists(fixture))
            QSKIP("../shared/fixtures is absent");
        auto pkg = AppxPackage::open(fixture);
        QVERIFY(pkg.ok() && pkg->signatureDetails());
        const SignatureCertificate signer = pkg->signatureDetails()->certificates().first();
        QList<ProvisionDecision> decisions;
        const QString image = newImage({u"own"_s});
        const OperationOutcome refused = add(image, fixture, &decisions, {m_vclibs});
        QVERIFY(!refused.succeeded());
        QCOMPARE(refused.error->code, u"provision.untrusted"_s);
        QVERIFY2(refused.error->message.contains(signer.subject), qPrintable(refused.error->message));

        // The signer in the image's TrustedPeople store (the framework's test root in ROOT): trusted.
        const QString trusting = newImage({});
        ImageHivesSpec hives;
        hives.trustTestRoot = true;
        HiveBuilder software = softwareHive(hives);
        software.setValue(u"Microsoft\\SystemCertificates\\TrustedPeople\\Certificates\\"_s + signer.thumbprint,
                          RegistryValue::binary(u"Blob"_s, certificateStoreBlob(signer.der)));
        QVERIFY(software.writeTo(trusting + u"/Windows/System32/config/SOFTWARE"_s));
        const OperationOutcome ok = add(trusting, fixture, &decisions, {m_vclibs});
        QVERIFY2(ok.succeeded(), qPrintable(ok.error->message));
        const ProvisionDecision *trust = decisionWithCode(decisions, u"trust."_s);
        QVERIFY(trust);
        QCOMPARE(trust->why.codeName(), u"trust.trusted"_s);
        QCOMPARE(trust->reason, u"signature trusted by the image: "_s + signer.subject);
    }
};

QTEST_GUILESS_MAIN(TestProvisioningTrust)
#include "tst_provisioningtrust.moc"
