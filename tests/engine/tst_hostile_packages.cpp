// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile app packages made by hand at test time (tests/support/HostileZip): unsafe entry names,
// symbolic links, decompression bombs and huge manifests. Each is refused with its own error
// code, nothing is written outside the target folder (nor inside it), and memory stays bounded.
#include "appx/AppxPackage.h"
#include "ops/GetPackageInfoOperation.h"

#include "AppxBuilder.h"
#include "HostileZip.h"
#include "OfflineImageBuilder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

namespace {

constexpr qint64 MiB = 1024 * 1024;
// AddressSanitizer keeps freed memory in quarantine (256 MiB by default) and adds shadow memory,
// so the memory bounds below get that much slack in the sanitizer build (tests/sanitizers/run.sh);
// a decompression bomb would still exceed them by gigabytes.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 SanitizerSlack = 320 * MiB;
#else
constexpr qint64 SanitizerSlack = 0;
#endif

AppxSpec plainSpec()
{
    AppxSpec spec;
    spec.name = u"Contoso.Hostile"_s;
    return spec;
}

/// A package whose only payload is `payload` (listed in the block map with `mapped`).
QString writePackage(const QString &dir, const QString &fileName, const QList<RawZipEntry> &payload, const QList<BlockMapItem> &mapped,
                     const QByteArray &manifest = {})
{
    const QString path = QDir(dir).filePath(fileName);
    const Status s = writeHostileAppx(path, plainSpec(), payload, mapped, manifest);
    return s.ok() ? path : QString();
}

/// A manifest from AppxBuilder with `filler` inserted just before </Package>.
QByteArray manifestWith(const QByteArray &filler)
{
    QByteArray xml = appxManifestXml(plainSpec());
    const qsizetype end = xml.lastIndexOf("</Package>");
    xml.insert(end, filler);
    return xml;
}

qint64 rssGrowthOf(const std::function<void()> &work)
{
    resetPeakRss();
    const qint64 before = peakRssBytes();
    work();
    return peakRssBytes() - before;
}

} // namespace

class TestHostilePackages : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// Opens (and, when that works, extracts) `package` into a fresh folder; returns the error of the
    /// first step that failed, and checks that nothing at all was left in the sandbox.
    Error refusal(const QString &package)
    {
        const QString sandbox = m_dir.filePath(u"sandbox-"_s + QFileInfo(package).completeBaseName());
        QDir().mkpath(sandbox);
        auto p = AppxPackage::open(package);
        Error e;
        if (!p) {
            e = p.error();
        } else if (Status s = p->extractTo(sandbox + u"/target"_s); !s) {
            e = s.error();
        }
        const QStringList left = QDir(sandbox).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        if (!e.code.isEmpty() && !left.isEmpty())
            e.detail += u" [LEFT BEHIND: %1]"_s.arg(left.join(QLatin1Char(',')));
        return e;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Names a ZIP may carry that must never become a path outside the target. tst_appxpackage
    // covers "../", "/", "C:/" and "..\" through AppxBuilder; these are the others.
    void unsafeEntryNames_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("code");
        QTest::newRow("absolute /etc") << QByteArray("/etc/x") << "appx.unsafe-entry-name";
        QTest::newRow("drive backslash") << QByteArray("C:\\x") << "appx.unsafe-entry-name";
        QTest::newRow("UNC") << QByteArray("\\\\server\\share\\x") << "appx.unsafe-entry-name";
        QTest::newRow("backslash traversal") << QByteArray("..\\..\\x") << "appx.unsafe-entry-name";
        QTest::newRow("inner backslash traversal") << QByteArray("Assets\\..\\..\\..\\x") << "appx.unsafe-entry-name";
        QTest::newRow("encoded backslash traversal") << QByteArray("Assets%5C..%5C..%5Cx") << "appx.unsafe-entry-name";
        QTest::newRow("encoded NUL") << QByteArray("bin/x%00.dat") << "appx.unsafe-entry-name";
        QTest::newRow("control character") << QByteArray("bin/x\x01.dat") << "appx.unsafe-entry-name";
        QTest::newRow("encoded newline") << QByteArray("bin/x%0A.dat") << "appx.unsafe-entry-name";
        QTest::newRow("encoded slash parent") << QByteArray("..%2Fx") << "appx.unsafe-entry-name";
        QTest::newRow("colon stream") << QByteArray("bin/x.dat:evil") << "appx.unsafe-entry-name";
        QTest::newRow("lone dot") << QByteArray("./x") << "appx.unsafe-entry-name";
        QTest::newRow("bad percent") << QByteArray("bin/x%zz") << "appx.bad-entry-name";
        QTest::newRow("not UTF-8") << QByteArray("bin/x\xff\xfe.dat") << "appx.bad-entry-name";
    }
    void unsafeEntryNames()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, code);
        const QByteArray content = "payload\n";
        const QString path = writePackage(m_dir.path(), u"names-%1.appx"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(QRegularExpression(u"[^A-Za-z0-9]"_s), u"-"_s)),
                                          {storedEntry(raw, content)}, {blockMapItem(QString::fromLatin1(raw), content)});
        QVERIFY(!path.isEmpty());
        const Error e = refusal(path);
        QCOMPARE(e.code, code);
        QVERIFY2(e.message.contains(QDir::toNativeSeparators(path)), qPrintable(e.message));
        QVERIFY(e.remedy.isNone());
        QVERIFY2(!e.detail.contains(QLatin1String("LEFT BEHIND")), qPrintable(e.detail));
        QVERIFY(!QFileInfo::exists(u"/etc/x"_s) || QFileInfo(u"/etc/x"_s).lastModified().secsTo(QDateTime::currentDateTime()) > 60);
    }

    // Windows compares names case-insensitively, so two entries differing only by case are one
    // file twice.
    void duplicateNamesByCase()
    {
        const QString path = writePackage(m_dir.path(), u"dup.appx"_s,
                                          {storedEntry("bin/App.dat", "one"), storedEntry("BIN/app.DAT", "two")},
                                          {blockMapItem(u"bin/App.dat"_s, "one")});
        const Error e = refusal(path);
        QCOMPARE(e.code, u"appx.duplicate-entry"_s);
        QVERIFY2(e.message.contains(u"app.DAT"_s, Qt::CaseInsensitive), qPrintable(e.message));
    }

    // A raw NUL byte ends the name libzip reports: the name is "bin/x" (what Windows' ZIP readers
    // use too). It stays inside the package folder, which is all that matters.
    void rawNulInName()
    {
        const QByteArray raw("bin/x\0/../../../escaped", 23);
        const QString path = writePackage(m_dir.path(), u"nul.appx"_s, {storedEntry(raw, "data")},
                                          {blockMapItem(u"bin/x"_s, "data")});
        auto p = AppxPackage::open(path);
        if (!p) {
            QCOMPARE(p.error().code, u"appx.unsafe-entry-name"_s);
            return;
        }
        const QString target = m_dir.filePath(u"nul/target"_s);
        QDir().mkpath(m_dir.filePath(u"nul"_s));
        QVERIFY(p->extractTo(target).ok());
        QVERIFY(QFileInfo(target + u"/bin/x"_s).isFile());
        QCOMPARE(QDir(m_dir.filePath(u"nul"_s)).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{u"target"_s});
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"escaped"_s)));
    }

    // A name longer than the file system allows fails cleanly: clear error naming the file,
    // nothing left behind.
    void overlongNames_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("segment of 300") << QByteArray("bin/") + QByteArray(300, 'a');
        QTest::newRow("path of 5000") << QByteArray("a/").repeated(2500) + "x";
    }
    void overlongNames()
    {
        QFETCH(QByteArray, raw);
        const QString path = writePackage(m_dir.path(), u"long-%1.appx"_s.arg(raw.size()), {storedEntry(raw, "data")},
                                          {blockMapItem(QString::fromLatin1(raw), "data")});
        const Error e = refusal(path);
        QVERIFY2(!e.code.isEmpty(), "an over-long name must be refused");
        QVERIFY2(e.code == u"appx.unsafe-entry-name"_s || e.code == u"appx.write-failed"_s, qPrintable(e.code + e.message));
        QVERIFY2(!e.detail.contains(QLatin1String("LEFT BEHIND")), qPrintable(e.detail));
    }

    // An entry whose UNIX attributes say "symbolic link" is refused, whatever its target.
    void symlinkEntry_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::newRow("to /etc/passwd") << QByteArray("/etc/passwd");
        QTest::newRow("to parent") << QByteArray("../../../../tmp");
        QTest::newRow("harmless") << QByteArray("app.dat");
    }
    void symlinkEntry()
    {
        QFETCH(QByteArray, target);
        RawZipEntry link = storedEntry("bin/link", target);
        link.externalAttributes = quint32(S_IFLNK | 0777) << 16;
        const QString path = writePackage(m_dir.path(),
                                          u"symlink-%1.appx"_s.arg(QString::fromUtf8(QTest::currentDataTag()))
                                              .replace(QLatin1Char(' '), QLatin1Char('-'))
                                              .replace(QLatin1Char('/'), QLatin1Char('_')),
                                          {link}, {blockMapItem(u"bin/link"_s, target)});
        const Error e = refusal(path);
        QCOMPARE(e.code, u"appx.zip-symlink"_s);
        QVERIFY2(e.message.contains(u"bin/link"_s), qPrintable(e.message));
        QVERIFY2(!e.detail.contains(QLatin1String("LEFT BEHIND")), qPrintable(e.detail));
    }

    // ZIP directory declares 3 GB, the block map agrees, the data inflates to 1 MiB only: the short
    // data is found while streaming; what was written is removed; memory stays flat.
    void declaredSizeFarBeyondData()
    {
        const quint64 declared = 3000ull * MiB;
        RawZipEntry bomb = zerosEntry("bin/bomb.dat", MiB);
        bomb.uncompressedSize = declared;
        bomb.crc = crc32OfZeros(declared);
        const QString path = writePackage(m_dir.path(), u"declared.appx"_s, {bomb}, {zerosBlockMapItem(u"bin/bomb.dat"_s, declared)});
        Error e;
        const qint64 growth = rssGrowthOf([&] { e = refusal(path); });
        // libzip reaches the end of the deflate data first and reports the CRC of what it got.
        QVERIFY2(e.code == u"appx.zip-crc"_s || e.code == u"appx.not-enough-space"_s, qPrintable(e.code + QLatin1Char(' ') + e.message));
        QVERIFY2(!e.detail.contains(QLatin1String("LEFT BEHIND")), qPrintable(e.detail));
        QVERIFY2(growth < 64 * MiB + SanitizerSlack, qPrintable(QString::number(growth)));

        // Only reading (what Get-PackageInfo does) finds it too, without the free-space shortcut.
        auto p = AppxPackage::open(path);
        QVERIFY(p.ok());
        const Status v = p->verify();
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, u"appx.zip-crc"_s);
        QVERIFY2(v.error().message.contains(u"bin/bomb.dat"_s), qPrintable(v.error().message));
    }

    // Declares 100 bytes (ZIP directory and block map agree) but the deflate stream would inflate
    // to 1 GiB: reading stops after the declared bytes and refuses the rest.
    void tinyDeclaredSizeHugeData()
    {
        RawZipEntry bomb = zerosEntry("bin/bomb.dat", 1024 * MiB);
        bomb.uncompressedSize = 100;
        bomb.crc = crc32OfZeros(100);
        const QString path = writePackage(m_dir.path(), u"tiny.appx"_s, {bomb}, {zerosBlockMapItem(u"bin/bomb.dat"_s, 100)});
        QElapsedTimer t;
        t.start();
        Error e;
        const qint64 growth = rssGrowthOf([&] { e = refusal(path); });
        QVERIFY2(e.code == u"appx.size-mismatch"_s || e.code == u"appx.zip-corrupted"_s || e.code == u"appx.zip-crc"_s,
                 qPrintable(e.code + QLatin1Char(' ') + e.message));
        QVERIFY2(!e.detail.contains(QLatin1String("LEFT BEHIND")), qPrintable(e.detail));
        QVERIFY2(growth < 64 * MiB + SanitizerSlack, qPrintable(QString::number(growth)));
        QVERIFY2(t.elapsed() < 10000, "must not inflate the whole gigabyte");
    }

    // The ZIP directory and the block map disagree on the size: refused before anything is inflated.
    void blockMapSizeDisagrees()
    {
        RawZipEntry bomb = zerosEntry("bin/bomb.dat", 512 * MiB);
        const QString path = writePackage(m_dir.path(), u"disagree.appx"_s, {bomb}, {zerosBlockMapItem(u"bin/bomb.dat"_s, 4096)});
        QElapsedTimer t;
        t.start();
        const Error e = refusal(path);
        QCOMPARE(e.code, u"appx.size-mismatch"_s);
        QVERIFY2(e.message.contains(u"bin/bomb.dat"_s), qPrintable(e.message));
        QVERIFY2(t.elapsed() < 3000, "refused from the directories alone");
    }

    // A real 1 GiB of zeros, honestly declared (ratio about 1000:1): reading it takes one 64 KiB
    // buffer; extracting it into a folder without room for it is refused before a byte is written.
    void realHighRatioEntry()
    {
        const quint64 size = 1024ull * MiB;
        const QString path = writePackage(m_dir.path(), u"ratio.appx"_s, {zerosEntry("bin/zeros.dat", size)},
                                          {zerosBlockMapItem(u"bin/zeros.dat"_s, size)});
        QVERIFY(QFileInfo(path).size() < 8 * MiB);
        auto p = AppxPackage::open(path);
        QVERIFY2(p.ok(), qPrintable(p.ok() ? QString() : p.error().message));
        QCOMPARE(p->installedSize(), size + quint64(appxManifestXml(plainSpec()).size()) + quint64(blockMapXmlOf({zerosBlockMapItem(u"bin/zeros.dat"_s, size), blockMapItem(u"AppxManifest.xml"_s, appxManifestXml(plainSpec()))}).size()));

        if (geteuid() != 0)
            QSKIP("needs root to mount a small tmpfs for the free-space refusal");
        const QString small = m_dir.filePath(u"small"_s);
        QDir().mkpath(small);
        if (::mount("tmpfs", QFile::encodeName(small).constData(), "tmpfs", 0, "size=16m") != 0)
            QSKIP("cannot mount a tmpfs here");
        auto unmount = qScopeGuard([&] { ::umount2(QFile::encodeName(small).constData(), MNT_DETACH); });
        const Status s = p->extractTo(small + u"/target"_s);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, u"appx.not-enough-space"_s);
        QVERIFY2(s.error().message.contains(small), qPrintable(s.error().message));
        QVERIFY(QDir(small).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }

    // The overlapping-entries bomb: 2,000 directory entries share one local header and its 1 MiB of
    // deflated zeros (2 GiB in all from a file of a few hundred KiB). Refused without writing.
    void overlappingEntries()
    {
        QList<RawZipEntry> payload{zerosEntry("bin/f0.dat", MiB)};
        QList<BlockMapItem> mapped{zerosBlockMapItem(u"bin/f0.dat"_s, MiB)};
        for (int i = 1; i < 2000; ++i) {
            RawZipEntry e = payload.first();
            e.name = "bin/f" + QByteArray::number(i) + ".dat";
            e.sameDataAs = 0;
            payload << e;
            mapped << zerosBlockMapItem(QString::fromLatin1(e.name), MiB);
        }
        const QString path = writePackage(m_dir.path(), u"overlap.appx"_s, payload, mapped);
        QVERIFY(!path.isEmpty());
        QVERIFY(QFileInfo(path).size() < 4 * MiB);
        QElapsedTimer t;
        t.start();
        Error e;
        const qint64 growth = rssGrowthOf([&] { e = refusal(path); });
        qInfo("overlapping entries: %s in %lld ms", qPrintable(e.code + QLatin1Char(' ') + e.message), t.elapsed());
        // libzip's consistency check (ZIP_CHECKCONS) finds central entries whose local header names another file.
        QCOMPARE(e.code, u"appx.zip-corrupted"_s);
        QVERIFY2(!e.detail.contains(QLatin1String("LEFT BEHIND")), qPrintable(e.detail));
        QVERIFY(growth < 64 * MiB);
        QVERIFY(t.elapsed() < 10000);
    }

    // Verifying 256 MiB of zeros (inflate + SHA-256 of every block) keeps memory flat.
    void highRatioVerifyMemory()
    {
        const quint64 size = 256ull * MiB;
        const QString path = writePackage(m_dir.path(), u"ratio256.appx"_s, {zerosEntry("bin/zeros.dat", size)},
                                          {zerosBlockMapItem(u"bin/zeros.dat"_s, size)});
        auto p = AppxPackage::open(path);
        QVERIFY(p.ok());
        Status v;
        const qint64 growth = rssGrowthOf([&] { v = p->verify(); });
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
        QVERIFY2(growth < 32 * MiB + SanitizerSlack, qPrintable(QString::number(growth)));
    }

    // A 50 MB AppxManifest.xml is refused from its declared size, before it is read.
    void hugeManifest()
    {
        QByteArray filler = "<!--";
        filler += QByteArray(50 * MiB, 'x');
        filler += "-->";
        const QByteArray manifest = manifestWith(filler);
        const QString path = writePackage(m_dir.path(), u"hugemanifest.appx"_s, {}, {}, manifest);
        Error e;
        const qint64 growth = rssGrowthOf([&] { e = refusal(path); });
        QCOMPARE(e.code, u"appx.entry-too-large"_s);
        QVERIFY2(e.message.contains(u"AppxManifest.xml"_s), qPrintable(e.message));
        QVERIFY2(growth < 32 * MiB + SanitizerSlack, qPrintable(QString::number(growth)));
    }

    // XML nested 100,000 levels deep, and an element with a million attributes: a clear answer
    // in bounded time and memory.
    void pathologicalManifests_data()
    {
        QTest::addColumn<QByteArray>("filler");
        QTest::newRow("nested 100k") << QByteArray("<n>").repeated(100000) + QByteArray("</n>").repeated(100000);
        QByteArray attrs = "<Many";
        for (int i = 0; i < 1000000; ++i)
            attrs += " a" + QByteArray::number(i) + "=\"\"";
        attrs += "/>";
        QTest::newRow("1M attributes") << attrs;
        QTest::newRow("entity expansion") << QByteArray();
    }
    void pathologicalManifests()
    {
        QFETCH(QByteArray, filler);
        QByteArray manifest = manifestWith(filler);
        if (filler.isEmpty()) {
            // Billion laughs: an internal DTD subset whose entities expand exponentially.
            QByteArray dtd = "<!DOCTYPE Package [<!ENTITY a0 \"lol\">";
            for (int i = 1; i < 12; ++i)
                dtd += "<!ENTITY a" + QByteArray::number(i) + " \"" + QByteArray("&a" + QByteArray::number(i - 1) + ";").repeated(10) + "\">";
            dtd += "]>";
            manifest = appxManifestXml(plainSpec());
            manifest.insert(manifest.indexOf("<Package"), dtd);
            manifest.replace("Contoso Sample", "&a11;");
        }
        const QString path = writePackage(
            m_dir.path(), u"patho-%1.appx"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(QLatin1Char(' '), QLatin1Char('-')),
            {}, {}, manifest);
        QElapsedTimer t;
        t.start();
        Error e;
        const qint64 growth = rssGrowthOf([&] { e = refusal(path); });
        const qint64 ms = t.elapsed();
        qInfo("%s: %s in %lld ms, RSS +%lld MiB", QTest::currentDataTag(), qPrintable(e.code.isEmpty() ? u"accepted"_s : e.code), ms,
              growth / MiB);
        QVERIFY2(ms < 20000, "must not take unbounded time");
        QVERIFY2(growth < 256 * MiB + SanitizerSlack, qPrintable(QString::number(growth)));
        if (!e.code.isEmpty())
            QVERIFY2(e.message.contains(u"AppxManifest.xml"_s), qPrintable(e.message));
        QVERIFY2(!e.detail.contains(QLatin1String("LEFT BEHIND")), qPrintable(e.detail));
    }
};

QTEST_GUILESS_MAIN(TestHostilePackages)
#include "tst_hostile_packages.moc"
