// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Package signatures (AppxSignature.p7x): the signed fixtures made by MakeAppx/SignTool verify;
// each signed part changed in turn is refused with its own code; packages signed by the test
// signer (tests/support/TestSigner) verify; hostile signatures are refused with bounded memory.
#include "appx/AppxBundle.h"
#include "appx/AppxPackage.h"
#include "appx/AppxSignature.h"
#include "appx/SignatureCheck.h"
#include "core/Operation.h"
#include "ops/AddProvisionedAppxPackageOperation.h"

#include "AppxBuilder.h"
#include "HostileZip.h"
#include "OfflineImageBuilder.h"
#include "TestSigner.h"
#include "WimBuilder.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

namespace {

const QString MicrosoftPublisher = u"CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US"_s;

QString errorText(const Error &e)
{
    return e.code + u": "_s + e.message;
}

/// Flips one byte of `path` at `offset`.
bool flipByte(const QString &path, qint64 offset)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset))
        return false;
    char c = 0;
    f.getChar(&c);
    f.seek(offset);
    return f.putChar(char(c ^ 0x01));
}

/// Lowers the byte of `path` at `offset` by one (it must not be 0).
bool lowerByte(const QString &path, qint64 offset)
{
    QFile f(path);
    char c = 0;
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset) || !f.getChar(&c) || c == 0)
        return false;
    f.seek(offset);
    return f.putChar(char(c - 1));
}

/// Offset of the first data descriptor (PK\7\8) and of the first central-directory record (PK\1\2).
qint64 findSignature(const QString &path, const QByteArray &magic)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll().indexOf(magic) : -1;
}

/// The sample bundle signed, with every inner package signed too (as MakeAppx and SignTool make them).
BundleSpec signedSampleBundle()
{
    BundleSpec spec = sampleBundle();
    spec.signature = true;
    for (BundleItem &item : spec.items)
        item.spec.signature = true;
    return spec;
}

} // namespace

class TestAppxSignature : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_appx;
    QString fixture(const QString &name) const { return m_appx + u'/' + name; }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void requireFixtures()
    {
        if (m_appx.isEmpty())
            QSKIP("../shared/fixtures/appx is absent");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString shared = sharedFixturesDir();
        if (!shared.isEmpty() && QFileInfo(shared + u"/appx"_s).isDir())
            m_appx = shared + u"/appx"_s;
    }

    void signedFixturesVerify_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("x64") << u"TestAppxPackage_x64.appx"_s;
        QTest::newRow("Win32") << u"TestAppxPackage_Win32.appx"_s;
    }
    void signedFixturesVerify()
    {
        requireFixtures();
        QFETCH(QString, file);
        auto p = AppxPackage::open(fixture(file));
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : errorText(p.error())));
        QCOMPARE(p->signature(), SignatureStatus::Verified);
        const AppxSignature *s = p->signatureDetails();
        QVERIFY(s);
        QCOMPARE(s->publisher(), MicrosoftPublisher);
        QCOMPARE(s->certificates().first().issuer, u"CN=APPX_TEST_ROOT"_s);
        QCOMPARE(s->certificates().first().thumbprint.size(), 40);
        QVERIFY(s->certificates().first().notBefore < s->certificates().first().notAfter);
        for (SignedPart part : {SignedPart::FileRecords, SignedPart::CentralDirectory, SignedPart::ContentTypes, SignedPart::BlockMap,
                                SignedPart::CodeIntegrity})
            QCOMPARE(s->digest(part).size(), 32);
        const Status verified = p->verify();
        QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : errorText(verified.error())));
        const QString target = path(u"extract-"_s + file);
        const Status extracted = p->extractTo(target);
        QVERIFY2(extracted.ok(), qPrintable(extracted.ok() ? QString() : errorText(extracted.error())));
        QVERIFY(QFileInfo(target + u"/AppxSignature.p7x"_s).isFile());
    }

    void signedFlatBundleVerifies()
    {
        requireFixtures();
        auto b = AppxBundle::open(fixture(u"flat/FlatBundleWithAsset.appxbundle"_s));
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : errorText(b.error())));
        QCOMPARE(b->signature(), SignatureStatus::Verified);
        QCOMPARE(b->signatureDetails()->publisher(), b->identity().publisher);
        const Status whole = b->verifySignature();
        QVERIFY2(whole.ok(), qPrintable(whole.ok() ? QString() : errorText(whole.error())));
        int signedPackages = 0;
        for (const BundlePackageEntry &e : b->packages()) {
            if (!b->isPresent(e))
                continue;
            auto p = b->openPackage(e);
            QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : errorText(p.error())));
            const Status v = p->verify();
            QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : errorText(v.error())));
            signedPackages += p->signature() == SignatureStatus::Verified ? 1 : 0;
        }
        QVERIFY(signedPackages > 0);
    }

    void eachChangedPartHasItsOwnCode_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("atOpen");
        QTest::newRow("block map") << u"AppxBlockMap.xml"_s << u"appx.signature-blockmap-mismatch"_s << true;
        QTest::newRow("content types") << u"[Content_Types].xml"_s << u"appx.signature-content-types-mismatch"_s << true;
        QTest::newRow("code integrity catalog") << u"AppxMetadata/CodeIntegrity.cat"_s << u"appx.signature-code-integrity-mismatch"_s << true;
        QTest::newRow("central directory") << u"central"_s << u"appx.signature-central-directory-mismatch"_s << true;
        QTest::newRow("local record") << u"local"_s << u"appx.signature-file-records-mismatch"_s << false;
        QTest::newRow("signed digests") << u"AppxSignature.p7x"_s << u"appx.signature-invalid"_s << true;
        QTest::newRow("signature not last") << u"move"_s << u"appx.signature-not-last"_s << true;
        QTest::newRow("catalog without signature") << u"unsign"_s << u"appx.signature-missing"_s << true;
    }
    void eachChangedPartHasItsOwnCode()
    {
        requireFixtures();
        QFETCH(QString, change);
        QFETCH(QString, code);
        QFETCH(bool, atOpen);
        const QString source = fixture(u"TestAppxPackage_x64.appx"_s);
        const QString copy = path(u"tampered-"_s + QString::number(qHash(change)) + u".appx"_s);
        QFile::remove(copy);
        if (change == u"central"_s || change == u"local"_s) {
            QVERIFY(QFile::copy(source, copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            // Central: its internal-attributes field; local: the CRC in the first data descriptor.
            const qint64 at = change == u"central"_s ? findSignature(copy, "PK\x01\x02") + 36 : findSignature(copy, "PK\x07\x08") + 4;
            QVERIFY(at > 8);
            QVERIFY(flipByte(copy, at));
        } else if (change == u"move"_s) {
            QVERIFY(copyZipChanging(source, copy, "AppxSignature.p7x", ZipChange::MoveToFront).ok());
        } else if (change == u"unsign"_s) {
            QVERIFY(copyZipChanging(source, copy, "AppxSignature.p7x", ZipChange::Remove).ok());
        } else {
            QByteArray content = zipEntryContents(source, change.toUtf8());
            QVERIFY(!content.isEmpty());
            if (change == u"AppxSignature.p7x"_s)
                content[content.indexOf("AXBM") + 4] = char(content.at(content.indexOf("AXBM") + 4) ^ 0x01); // a signed digest
            else if (change.endsWith(u".xml"_s))
                content.append('\n'); // same meaning, other bytes
            else
                content[content.size() - 1] = char(content.back() ^ 0x01);
            QVERIFY(copyZipChanging(source, copy, change.toUtf8(), ZipChange::Replace, content).ok());
        }
        auto p = AppxPackage::open(copy);
        if (!atOpen) {
            QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : errorText(p.error())));
            const Status v = p->verify();
            QVERIFY(!v.ok());
            QCOMPARE(v.error().code, code);
            const Status x = p->extractTo(path(u"never"_s));
            QVERIFY(!x.ok());
            QCOMPARE(x.error().code, code);
            QVERIFY(!QFileInfo::exists(path(u"never"_s)));
            return;
        }
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, code);
    }

    void messagesNameThePart()
    {
        requireFixtures();
        const QString copy = path(u"named.appx"_s);
        QByteArray content = zipEntryContents(fixture(u"TestAppxPackage_x64.appx"_s), "AppxBlockMap.xml") + ' ';
        QVERIFY(copyZipChanging(fixture(u"TestAppxPackage_x64.appx"_s), copy, "AppxBlockMap.xml", ZipChange::Replace, content).ok());
        auto p = AppxPackage::open(copy);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, u"appx.signature-blockmap-mismatch"_s);
        QVERIFY2(p.error().message.contains(u"AppxBlockMap.xml"_s), qPrintable(p.error().message));
        QVERIFY(p.error().message.contains(u"named.appx"_s));
    }

    void testSignerPackagesVerify()
    {
        AppxSpec spec;
        spec.signature = true;
        const QString file = path(u"signed.msix"_s);
        QVERIFY(writeAppx(file, spec).ok());
        auto p = AppxPackage::open(file);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : errorText(p.error())));
        QCOMPARE(p->signature(), SignatureStatus::Verified);
        QCOMPARE(p->signatureDetails()->publisher(), spec.publisher);
        QCOMPARE(p->signatureDetails()->certificates().size(), 2);
        QVERIFY(p->verify().ok());

        spec.signer = u"CN=Somebody Else"_s;
        const QString other = path(u"other-signer.msix"_s);
        QVERIFY(writeAppx(other, spec).ok());
        auto q = AppxPackage::open(other);
        QVERIFY(!q.ok());
        QCOMPARE(q.error().code, u"appx.signature-publisher-mismatch"_s);
        QVERIFY(q.error().message.contains(u"CN=Somebody Else"_s));
        QVERIFY(q.error().message.contains(spec.publisher));
    }

    void unsignedPackageIsReportedUnsigned()
    {
        AppxSpec spec;
        spec.signature = false;
        const QString file = path(u"unsigned.msix"_s);
        QVERIFY(writeAppx(file, spec).ok());
        auto p = AppxPackage::open(file);
        QVERIFY(p.ok());
        QCOMPARE(p->signature(), SignatureStatus::Absent);
        QVERIFY(!p->signatureDetails());
        QVERIFY(p->verify().ok());
    }

    void signedBundleVerifies()
    {
        BundleSpec spec = sampleBundle();
        spec.signature = true;
        for (BundleItem &item : spec.items)
            item.spec.signature = true; // the packages inside are signed too, and read in place
        const QString file = path(u"signed.msixbundle"_s);
        QVERIFY(writeBundle(file, spec).ok());
        auto b = AppxBundle::open(file);
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : errorText(b.error())));
        QCOMPARE(b->signature(), SignatureStatus::Verified);
        QVERIFY(b->verifySignature().ok());
        for (const BundlePackageEntry &e : b->packages()) {
            auto p = b->openPackage(e);
            QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : errorText(p.error())));
            QCOMPARE(p->signature(), SignatureStatus::Verified);
            const Status v = p->verify();
            QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : errorText(v.error())));
        }
        // One byte of an inner package changed: the bundle's own file-records digest no longer matches.
        const qint64 at = findSignature(file, "AppxManifest.xml");
        QVERIFY(at > 0);
        QVERIFY(flipByte(file, at + 2));
        auto changed = AppxBundle::open(file);
        QVERIFY(changed.ok());
        const Status v = changed->verifySignature();
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, u"appx.signature-file-records-mismatch"_s);
    }

    // Issue 15 item 1, "in the same single pass": checking every block of every inner package, their
    // signatures and the bundle's reads each byte of the bundle once. The passes' own file reads add
    // up to exactly what the bundle's signature check alone reads (every byte before its
    // signature); checking the packages one by one and then the bundle reads the packages twice.
    void bundleAndInnerPackagesAreReadOnce()
    {
        const QString file = path(u"one-read.msixbundle"_s);
        QVERIFY(writeBundle(file, signedSampleBundle()).ok());
        auto b = AppxBundle::open(file);
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : errorText(b.error())));
        quint64 start = SignatureCheck::Pass::bytesReadFromFiles();
        QVERIFY(b->verifySignature().ok());
        const quint64 oneRead = SignatureCheck::Pass::bytesReadFromFiles() - start;
        QVERIFY(oneRead > 0 && oneRead < quint64(QFileInfo(file).size()));

        std::vector<AppxPackage> packages;
        for (const BundlePackageEntry &e : b->packages()) {
            auto p = b->openPackage(e);
            QVERIFY(p.ok());
            QCOMPARE(p->signature(), SignatureStatus::Verified);
            packages.push_back(std::move(*p));
        }
        std::sort(packages.begin(), packages.end(), [](const AppxPackage &x, const AppxPackage &y) { return x.offsetInFile() < y.offsetInFile(); });
        start = SignatureCheck::Pass::bytesReadFromFiles();
        auto read = b->beginSignatureRead(nullptr);
        QVERIFY(read.ok());
        for (const AppxPackage &p : packages) {
            const Status v = p.verify(nullptr, &*read);
            QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : errorText(v.error())));
        }
        QVERIFY(AppxBundle::finishSignatureRead(*read).ok());
        QCOMPARE(SignatureCheck::Pass::bytesReadFromFiles() - start, oneRead);

        start = SignatureCheck::Pass::bytesReadFromFiles();
        for (const AppxPackage &p : packages)
            QVERIFY(p.verify().ok());
        QVERIFY(b->verifySignature().ok());
        QVERIFY(SignatureCheck::Pass::bytesReadFromFiles() - start > oneRead + quint64(packages.size()) * 1000);
    }

    // An inner package's own ZIP record changed (a local header's "version needed", lowered: no
    // CRC or block map covers it, and libzip accepts a local value below the central one): in the
    // one read, its file-records digest is refused naming the inner package.
    void changedInnerRecordIsRefusedInTheOneRead()
    {
        const QString file = path(u"inner-record.msixbundle"_s);
        const BundleSpec spec = signedSampleBundle();
        QVERIFY(writeBundle(file, spec).ok());
        const QString inner = spec.items.first().fileName;
        qint64 at = -1;
        for (const auto &[name, offset] : zipDataOffsets(file))
            if (name == inner.toUtf8())
                at = qint64(offset) + 4; // the inner package's first local header: version needed to extract
        QVERIFY(at > 4);
        QVERIFY(lowerByte(file, at));
        auto b = AppxBundle::open(file);
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : errorText(b.error())));
        auto read = b->beginSignatureRead(nullptr);
        QVERIFY(read.ok());
        Status failed;
        for (const BundlePackageEntry &e : b->packages()) { // written in manifest order, so offsets ascend
            auto p = b->openPackage(e);
            QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : errorText(p.error())));
            failed = p->verify(nullptr, &*read);
            if (!failed.ok())
                break;
        }
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, u"appx.signature-file-records-mismatch"_s);
        QVERIFY2(failed.error().message.contains(inner), qPrintable(failed.error().message));
    }

    // Provisioning a signed bundle reads it once too: the chosen inner packages are extracted
    // through the bundle's signature pass, the others only hashed.
    void provisioningReadsASignedBundleOnce()
    {
        const QString file = path(u"provision-once.msixbundle"_s);
        QVERIFY(writeBundle(file, signedSampleBundle()).ok());
        auto b = AppxBundle::open(file);
        QVERIFY(b.ok());
        quint64 start = SignatureCheck::Pass::bytesReadFromFiles();
        QVERIFY(b->verifySignature().ok());
        const quint64 oneRead = SignatureCheck::Pass::bytesReadFromFiles() - start;
        const QString vclibs = path(u"vclibs-once.appx"_s);
        QVERIFY(writeAppx(vclibs, frameworkSpec(u"Microsoft.VCLibs.140.00"_s, u"14.0.30704.0"_s, u"x64"_s)).ok());
        // The dependency is signed too (the image refuses unsigned packages): its own one pass.
        auto v = AppxPackage::open(vclibs);
        QVERIFY(v.ok());
        start = SignatureCheck::Pass::bytesReadFromFiles();
        QVERIFY(v->verify().ok());
        const quint64 dependencyRead = SignatureCheck::Pass::bytesReadFromFiles() - start;
        QVERIFY(dependencyRead > 0);
        const QString image = path(u"image-once"_s);
        OfflineImageSpec imageSpec;
        imageSpec.languages = {u"en-US"_s};
        QVERIFY(writeOfflineImage(image, imageSpec));
        ProvisionRequest r;
        r.packagePath = file;
        r.dependencyPaths = {vclibs};
        r.skipLicense = true;
        AddProvisionedAppxPackageOperation op(image, r);
        OperationContext ctx(EngineSettings{}, CancellationToken{}, {});
        start = SignatureCheck::Pass::bytesReadFromFiles();
        const OperationOutcome outcome = executeOperation(op, ctx);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.error ? errorText(*outcome.error) : QString()));
        QCOMPARE(SignatureCheck::Pass::bytesReadFromFiles() - start, oneRead + dependencyRead);
    }

    void hostileSignaturesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("p7x");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << QByteArray() << u"appx.signature-bad-header"_s;
        QTest::newRow("no header") << QByteArray(64, 'x') << u"appx.signature-bad-header"_s;
        QTest::newRow("huge") << ("PKCX"_ba + QByteArray(3 << 20, '\0')) << u"appx.signature-too-large"_s;
        // 10,000 nested constructed SEQUENCEs: OpenSSL's decoder stops at its nesting limit.
        QByteArray nested = "PKCX"_ba;
        for (int i = 0; i < 10000; ++i)
            nested += "\x30\x80"_ba;
        QTest::newRow("deeply nested") << nested << u"appx.signature-malformed"_s;
        QTest::newRow("length beyond end") << ("PKCX\x30\x84\x7f\xff\xff\xff"_ba + QByteArray(100, '\x01')) << u"appx.signature-malformed"_s;
        QTest::newRow("data, not signed data") << QByteArray::fromHex("504b4358300f06092a864886f70d010701a0020400") << u"appx.signature-malformed"_s;
        // Just under the 2 MiB limit: read, not refused for its size, and still bounded.
        QTest::newRow("just under the limit") << ("PKCX"_ba + QByteArray((2 << 20) - 4, '\0')) << u"appx.signature-malformed"_s;
        QTest::newRow("declared 512 MiB inside") << ("PKCX\x30\x84\x20\x00\x00\x00"_ba + QByteArray(1 << 20, '\x30')) << u"appx.signature-malformed"_s;
        // 4,000 SEQUENCEs nested with definite lengths (each header states the exact length inside).
        QByteArray definite;
        for (int i = 0; i < 4000; ++i)
            definite = "\x30\x82"_ba + char((definite.size() >> 8) & 0xff) + char(definite.size() & 0xff) + definite;
        QTest::newRow("deeply nested, definite lengths") << ("PKCX"_ba + definite) << u"appx.signature-malformed"_s;
        // BER constructed OCTET STRINGs nested 10,000 deep inside a ContentInfo's content.
        QTest::newRow("nested constructed strings")
            << ("PKCX\x30\x80\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02\xa0\x80"_ba + "\x24\x80"_ba.repeated(10000)) << u"appx.signature-malformed"_s;
    }
    void hostileSignaturesAreRefused()
    {
        QFETCH(QByteArray, p7x);
        QFETCH(QString, code);
        resetPeakRss();
        const qint64 before = peakRssBytes();
        auto s = AppxSignature::parse(p7x, u"hostile/AppxSignature.p7x"_s);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, code);
        if (before > 0)
            QVERIFY2(peakRssBytes() - before < (64 << 20), qPrintable(QString::number(peakRssBytes() - before)));
    }

    void truncatedSignaturesAreRefused()
    {
        requireFixtures();
        const QByteArray p7x = zipEntryContents(fixture(u"TestAppxPackage_x64.appx"_s), "AppxSignature.p7x");
        QVERIFY(AppxSignature::parse(p7x, u"x"_s).ok());
        const QStringList allowed{u"appx.signature-bad-header"_s, u"appx.signature-malformed"_s, u"appx.signature-digests-missing"_s,
                                  u"appx.signature-invalid"_s};
        for (qsizetype n = 0; n < p7x.size(); n += 37) {
            auto s = AppxSignature::parse(p7x.left(n), u"x"_s);
            QVERIFY2(!s.ok(), qPrintable(QString::number(n)));
            QVERIFY2(allowed.contains(s.error().code), qPrintable(s.error().code));
        }
    }
};

QTEST_GUILESS_MAIN(TestAppxSignature)
#include "tst_appxsignature.moc"
