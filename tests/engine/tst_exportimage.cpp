// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Export-WindowsImage: every compression round-trips, names, bootable, WIMBoot, integrity, split
// sources, existing destinations (recompression, refusals), and cancellation leaving files intact.
#include "ErrorNames.h"
#include "ImageDigest.h"
#include "OfflineImageBuilder.h"
#include "WimBuilder.h"

#include "core/Operation.h"
#include "servicelog/Log.h"
#include "ops/Engine.h"
#include "ops/ExportImageOperation.h"
#include "wim/WimFile.h"

#include <QCoro/QCoroTask>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

namespace {
QString describe(const OperationOutcome &o)
{
    return o.error ? o.error->code + u": "_s + o.error->oneLine() : operationStateName(o.state);
}
} // namespace

class TestExportImage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source;  // LZX, "Windows 11 Pro" + "Windows 11 Enterprise"
    QString m_winpe;   // XPRESS, one WinPE image
    QString m_big;     // uncompressed, ~48 MiB of data, for cancellation
    QString m_log;
    int m_counter = 0;

    QString fixture(const QString &name) const
    {
        const QString dir = sharedFixturesDir();
        return dir.isEmpty() ? QString() : dir + u"/wim/"_s + name;
    }

    /// A fresh, empty folder for one test's outputs.
    QString freshDir()
    {
        const QString d = m_dir.filePath(u"out%1"_s.arg(++m_counter));
        QDir().mkpath(d);
        return d;
    }

    static OperationOutcome execute(Operation &op, const std::function<void(const Progress &, const CancellationToken &)> &onProgress = {})
    {
        CancellationToken token;
        OperationContext ctx(EngineSettings{}, token, [&](const Progress &p) {
            if (onProgress)
                onProgress(p, token);
        });
        return executeOperation(op, ctx);
    }

    static ExportImageRequest request(const QString &src, int index, const QString &dest)
    {
        ExportImageRequest r;
        r.sourcePath = src;
        r.source.index = index;
        r.destinationPath = dest;
        return r;
    }

    static WimHeaderInfo header(const QString &path)
    {
        auto wim = WimFile::open(path);
        return wim ? wim->header() : WimHeaderInfo{};
    }

    static QStringList filesIn(const QString &dir)
    {
        return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

    QByteArray logText() const
    {
        Log::shutdown();
        QFile f(m_log);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        const QByteArray text = f.readAll();
        Log::configure(m_log, LogLevel::Debug);
        return text;
    }

    void verifySameTree(const QString &a, int ia, const QString &b, int ib, const QString &globA = {}, const QString &globB = {})
    {
        const auto da = extractedTreeDigest(a, ia, globA);
        QVERIFY2(da.ok(), qPrintable(da.ok() ? QString() : da.error().oneLine()));
        const auto db = extractedTreeDigest(b, ib, globB);
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().oneLine()));
        QVERIFY(!da->isEmpty());
        QCOMPARE(*db, *da);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_log = m_dir.filePath(u"dism.log"_s);
        QVERIFY(Log::configure(m_log, LogLevel::Debug));
        const QString pro = m_dir.filePath(u"tree-pro"_s);
        const QString ent = m_dir.filePath(u"tree-ent"_s);
        const QString pe = m_dir.filePath(u"tree-pe"_s);
        writeWindowsTree(pro, {u"en-US"_s, u"fr-FR"_s});
        writeWindowsTree(ent, {u"en-US"_s, u"fr-FR"_s});
        writeFile(ent, u"Windows/System32/gpedit.msc"_s, "<MMC_ConsoleFile/>");
        QVERIFY(writeBulkFiles(pro, 3 * 1024 * 1024, 512 * 1024, 7));
        writeWindowsTree(pe, {u"en-US"_s});
        writeFile(pe, u"Windows/System32/winpeshl.ini"_s, "[LaunchApps]\r\n");

        m_source = m_dir.filePath(u"source.wim"_s);
        ImageSpec entSpec = windowsLikeSpec(ent, u"Windows 11 Enterprise"_s);
        entSpec.edition = u"Enterprise"_s;
        Status st = createWim(m_source, {windowsLikeSpec(pro, u"Windows 11 Pro"_s), entSpec}, {Compression::Lzx});
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().oneLine()));

        m_winpe = m_dir.filePath(u"boot.wim"_s);
        ImageSpec peSpec = windowsLikeSpec(pe, u"Microsoft Windows PE (amd64)"_s);
        peSpec.installationType = u"WindowsPE"_s;
        peSpec.edition = u"WindowsPE"_s;
        st = createWim(m_winpe, {peSpec}, {Compression::Xpress});
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().oneLine()));

        const QString big = m_dir.filePath(u"tree-big"_s);
        writeWindowsTree(big, {u"en-US"_s});
        QVERIFY(writeBulkFiles(big, 48 * 1024 * 1024, 4 * 1024 * 1024, 3));
        m_big = m_dir.filePath(u"big.wim"_s);
        st = createWim(m_big, {windowsLikeSpec(big, u"Big"_s)}, {Compression::None});
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().oneLine()));
    }

    void cleanupTestCase() { Log::shutdown(); }

    void everyCompressionRoundTrips_data()
    {
        QTest::addColumn<QString>("compression");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("expectedCompression");
        QTest::addColumn<bool>("solid");
        QTest::newRow("none") << "none" << "none.wim" << "None" << false;
        QTest::newRow("fast") << "fast" << "fast.wim" << "XPRESS" << false;
        QTest::newRow("max") << "max" << "max.wim" << "LZX" << false;
        QTest::newRow("recovery") << "recovery" << "recovery.esd" << "LZMS" << true;
        QTest::newRow("default = source's") << "" << "default.wim" << "LZX" << false;
        QTest::newRow("default .esd = recovery") << "" << "default.esd" << "LZMS" << true;
    }

    void everyCompressionRoundTrips()
    {
        QFETCH(QString, compression);
        QFETCH(QString, fileName);
        QFETCH(QString, expectedCompression);
        QFETCH(bool, solid);
        const QString dir = freshDir();
        const QString dest = QDir(dir).filePath(fileName);
        ExportImageRequest r = request(m_source, 1, dest);
        if (!compression.isEmpty())
            r.compression = compressionFromName(compression);
        ExportImageOperation op(r);
        const OperationOutcome o = execute(op);
        QVERIFY2(o.succeeded(), qPrintable(describe(o)));
        QVERIFY(op.createdDestination());
        QCOMPARE(op.destinationIndex(), 1);
        QCOMPARE(op.destinationName(), u"Windows 11 Pro"_s);
        QCOMPARE(filesIn(dir), QStringList{fileName}); // no temporary file left beside it

        const WimHeaderInfo h = header(dest);
        QCOMPARE(h.imageCount, 1);
        QCOMPARE(h.compression, expectedCompression);
        QCOMPARE(h.solid, solid);
        QCOMPARE(h.hasIntegrityTable, false);
        QCOMPARE(h.bootIndex, 0);
        verifySameTree(m_source, 1, dest, 1);

        // The XML properties travel with the image.
        auto wim = WimFile::open(dest);
        QVERIFY(wim.ok());
        const ImageInfo info = wim->imageInfo(1);
        QCOMPARE(info.edition.value_or(QString()), u"Professional"_s);
        QCOMPARE(info.architectureText(), u"x64"_s);
        QCOMPARE(info.languages, QStringList({u"en-US"_s, u"fr-FR"_s}));
    }

    void sameResultAsWimlibImagex()
    {
        const QString tool = QStandardPaths::findExecutable(u"wimlib-imagex"_s);
        if (tool.isEmpty())
            QSKIP("wimlib-imagex is not installed");
        const QString dir = freshDir();
        const QString ours = QDir(dir).filePath(u"ours.wim"_s);
        const QString theirs = QDir(dir).filePath(u"theirs.wim"_s);
        ExportImageRequest r = request(m_source, 2, ours);
        r.compression = WimCompression::Fast;
        ExportImageOperation op(r);
        QVERIFY2(execute(op).succeeded(), "export failed");
        QProcess p;
        p.start(tool, {u"export"_s, m_source, u"2"_s, theirs, u"--compress=XPRESS"_s});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const WimHeaderInfo a = header(ours);
        const WimHeaderInfo b = header(theirs);
        QCOMPARE(a.compression, b.compression);
        QCOMPARE(a.chunkSize, b.chunkSize);
        QCOMPARE(a.imageCount, b.imageCount);
        QCOMPARE(WimFile::open(ours)->imageInfo(1).name, WimFile::open(theirs)->imageInfo(1).name);
        verifySameTree(theirs, 1, ours, 1);
    }

    void exportByName()
    {
        const QString dest = QDir(freshDir()).filePath(u"ent.wim"_s);
        ExportImageRequest r = request(m_source, 0, dest);
        r.source.index.reset();
        r.source.name = u"windows 11 enterprise"_s; // names match case-insensitively
        ExportImageOperation op(r);
        const OperationOutcome o = execute(op);
        QVERIFY2(o.succeeded(), qPrintable(describe(o)));
        QCOMPARE(op.sourceIndex(), 2);
        QCOMPARE(op.destinationName(), u"Windows 11 Enterprise"_s);
        verifySameTree(m_source, 2, dest, 1);
        auto wim = WimFile::open(dest);
        QVERIFY(wim->stat(1, u"/Windows/System32/gpedit.msc"_s).ok());
        QCOMPARE(wim->imageInfo(1).edition.value_or(QString()), u"Enterprise"_s);
    }

    void destinationNameAndDuplicateRefusal()
    {
        const QString dir = freshDir();
        const QString dest = QDir(dir).filePath(u"multi.wim"_s);
        ExportImageRequest r = request(m_source, 1, dest);
        r.destinationName = u"Pro for lab"_s;
        ExportImageOperation first(r);
        QVERIFY2(execute(first).succeeded(), "first export failed");
        QCOMPARE(WimFile::open(dest)->imageInfo(1).name, u"Pro for lab"_s);

        // Second image under its own (default) name: appended as index 2.
        ExportImageOperation second(request(m_source, 2, dest));
        OperationOutcome o = execute(second);
        QVERIFY2(o.succeeded(), qPrintable(describe(o)));
        QVERIFY(!second.createdDestination());
        QCOMPARE(second.destinationIndex(), 2);
        QCOMPARE(WimFile::open(dest)->imageInfo(2).name, u"Windows 11 Enterprise"_s);

        const QByteArray before = fileSha256(dest);
        // The same name again (any case) is refused and the file is untouched.
        r.destinationName = u"PRO FOR LAB"_s;
        ExportImageOperation duplicate(r);
        o = execute(duplicate);
        QVERIFY(o.failed());
        QCOMPARE(o.error->code, u"export.name-in-use"_s);
        QVERIFY2(namesAll(o.error->message, {dest, u"Pro for lab"_s, u"1"_s}), qPrintable(o.error->message));
        // The default name (the source's) colliding is refused as well.
        ExportImageOperation defaultDuplicate(request(m_source, 2, dest));
        o = execute(defaultDuplicate);
        QVERIFY(o.failed());
        QCOMPARE(o.error->code, u"export.name-in-use"_s);
        QCOMPARE(fileSha256(dest), before);
        QCOMPARE(filesIn(dir), QStringList{u"multi.wim"_s});
        verifySameTree(m_source, 1, dest, 1);
        verifySameTree(m_source, 2, dest, 2);
    }

    void setBootableForWinPe()
    {
        const QString dir = freshDir();
        const QString dest = QDir(dir).filePath(u"boot.wim"_s);
        // An ordinary image first (not bootable), then the WinPE image made bootable.
        ExportImageOperation plain(request(m_source, 2, dest));
        QVERIFY(execute(plain).succeeded());
        QCOMPARE(header(dest).bootIndex, 0);

        ExportImageRequest r = request(m_winpe, 1, dest);
        r.setBootable = true;
        ExportImageOperation boot(r);
        OperationOutcome o = execute(boot);
        QVERIFY2(o.succeeded(), qPrintable(describe(o)));
        QCOMPARE(header(dest).bootIndex, 2);
        QVERIFY(WimFile::open(dest)->imageInfo(2).bootable);

        // A second WinPE copy made bootable takes over: there is one bootable image.
        r.destinationName = u"PE copy"_s;
        ExportImageOperation again(r);
        QVERIFY(execute(again).succeeded());
        QCOMPARE(header(dest).bootIndex, 3);
        QVERIFY(!WimFile::open(dest)->imageInfo(2).bootable);

        // New file, bootable from the start.
        const QString fresh = QDir(dir).filePath(u"pe-only.wim"_s);
        r.destinationName.clear();
        r.destinationPath = fresh;
        ExportImageOperation newFile(r);
        QVERIFY(execute(newFile).succeeded());
        QCOMPARE(header(fresh).bootIndex, 1);
    }

    void wimBootFlag()
    {
        const QString dir = freshDir();
        const QString dest = QDir(dir).filePath(u"wimboot.wim"_s);
        ExportImageRequest r = request(m_source, 1, dest);
        r.wimBoot = true;
        ExportImageOperation op(r);
        const OperationOutcome o = execute(op);
        QVERIFY2(o.succeeded(), qPrintable(describe(o)));
        const WimHeaderInfo h = header(dest);
        QCOMPARE(h.compression, u"XPRESS"_s);
        QCOMPARE(h.chunkSize, 4096u);
        QVERIFY(WimFile::open(dest)->imageInfo(1).wimBoot);
        verifySameTree(m_source, 1, dest, 1);

        // Without the switch the flag is not set.
        const QString plain = QDir(dir).filePath(u"plain.wim"_s);
        ExportImageOperation normal(request(m_source, 1, plain));
        QVERIFY(execute(normal).succeeded());
        QVERIFY(!WimFile::open(plain)->imageInfo(1).wimBoot);

        // WIMBoot with recovery compression is refused.
        r.destinationPath = QDir(dir).filePath(u"wimboot.esd"_s);
        r.compression = WimCompression::Recovery;
        ExportImageOperation solid(r);
        const OperationOutcome refused = execute(solid);
        QVERIFY(refused.failed());
        QCOMPARE(refused.error->code, u"export.wimboot-solid"_s);
    }

    void integrityTableWritten()
    {
        const QString dir = freshDir();
        const QString dest = QDir(dir).filePath(u"checked.wim"_s);
        ExportImageRequest r = request(m_source, 1, dest);
        r.checkIntegrity = true;
        ExportImageOperation op(r);
        const OperationOutcome o = execute(op);
        QVERIFY2(o.succeeded(), qPrintable(describe(o)));
        QCOMPARE(op.sourceIntegrity(), IntegrityStatus::NoTable); // the source had none to verify
        QVERIFY(header(dest).hasIntegrityTable);
        // The table verifies.
        WimOpenOptions check;
        check.checkIntegrity = true;
        auto reopened = WimFile::open(dest, check);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened->integrity(), IntegrityStatus::Verified);

        // Appending with -CheckIntegrity verifies the source's table and keeps one in the destination.
        r.sourcePath = dest;
        r.destinationPath = QDir(dir).filePath(u"second.wim"_s);
        ExportImageOperation fromChecked(r);
        QVERIFY(execute(fromChecked).succeeded());
        QCOMPARE(fromChecked.sourceIntegrity(), IntegrityStatus::Verified);

        // Without the switch no table is written.
        const QString plain = QDir(dir).filePath(u"plain.wim"_s);
        ExportImageOperation normal(request(m_source, 1, plain));
        QVERIFY(execute(normal).succeeded());
        QVERIFY(!header(plain).hasIntegrityTable);
    }

    void damagedSourceRefusedWithCheckIntegrity()
    {
        const QString damaged = fixture(u"VerifyFail.wim"_s);
        if (damaged.isEmpty())
            QSKIP("../shared/fixtures is absent");
        const QString dir = freshDir();
        ExportImageRequest r = request(damaged, 1, QDir(dir).filePath(u"x.wim"_s));
        r.checkIntegrity = true;
        ExportImageOperation op(r);
        const OperationOutcome o = execute(op);
        QVERIFY(o.failed());
        QCOMPARE(o.error->code, u"wim.integrity"_s);
        QVERIFY2(o.error->message.contains(u"VerifyFail.wim"_s), qPrintable(o.error->message));
        QVERIFY(filesIn(dir).isEmpty());

        // An existing destination is left byte-identical.
        const QString existing = QDir(dir).filePath(u"existing.wim"_s);
        QVERIFY(QFile::copy(m_winpe, existing));
        const QByteArray before = fileSha256(existing);
        r.destinationPath = existing;
        ExportImageOperation intoExisting(r);
        QVERIFY(execute(intoExisting).failed());
        QCOMPARE(fileSha256(existing), before);

        // The intact twin exports and verifies.
        r.sourcePath = fixture(u"VerifySuccess.wim"_s);
        r.destinationPath = QDir(dir).filePath(u"ok.wim"_s);
        ExportImageOperation ok(r);
        const OperationOutcome good = execute(ok);
        QVERIFY2(good.succeeded(), qPrintable(describe(good)));
        QCOMPARE(ok.sourceIntegrity(), IntegrityStatus::Verified);
        QVERIFY(header(r.destinationPath).hasIntegrityTable);
    }

    void exportFromRealSplitSet()
    {
        const QString split = fixture(u"Split.swm"_s);
        if (split.isEmpty())
            QSKIP("../shared/fixtures is absent");
        const QString dir = freshDir();
        const QString glob = QFileInfo(split).absolutePath() + u"/Split*.swm"_s;
        const QString dest = QDir(dir).filePath(u"joined.wim"_s);
        ExportImageRequest r = request(split, 1, dest);
        r.splitPattern = glob;
        ExportImageOperation op(r);
        const OperationOutcome o = execute(op);
        QVERIFY2(o.succeeded(), qPrintable(describe(o)));
        QCOMPARE(op.destinationName(), u"Src03"_s);
        const WimHeaderInfo h = header(dest);
        QCOMPARE(h.totalParts, 1);
        QCOMPARE(h.compression, u"LZX"_s);
        verifySameTree(split, 1, dest, 1, glob);
        // Both 1 MiB files of the set came across.
        auto wim = WimFile::open(dest);
        QCOMPARE(wim->imageInfo(1).totalBytes, quint64(2097152));

        // Without a pattern the default <stem>*.swm finds the second part.
        r.splitPattern.clear();
        r.destinationPath = QDir(dir).filePath(u"default-pattern.wim"_s);
        ExportImageOperation byDefault(r);
        QVERIFY2(execute(byDefault).succeeded(), "export with the default split pattern failed");

        // A pattern that misses the other part fails clearly and writes nothing.
        r.splitPattern = QFileInfo(split).absolutePath() + u"/Nothing*.swm"_s;
        r.destinationPath = QDir(dir).filePath(u"missing.wim"_s);
        ExportImageOperation missing(r);
        const OperationOutcome bad = execute(missing);
        QVERIFY(bad.failed());
        QVERIFY(!QFileInfo::exists(r.destinationPath));
    }

    void exportIntoExistingWithDifferentCompression()
    {
        const QString dir = freshDir();
        const QString dest = QDir(dir).filePath(u"xpress.wim"_s);
        QVERIFY(QFile::copy(m_winpe, dest)); // XPRESS, one image
        QFile(dest).setPermissions(QFile::ReadOwner | QFile::WriteOwner);

        // (Choosing a compression for it is refused: refusals().) The LZX image is recompressed to
        // XPRESS and appended; the log says so.
        ExportImageRequest r = request(m_source, 1, dest);
        ExportImageOperation op(r);
        OperationOutcome o = execute(op);
        QVERIFY2(o.succeeded(), qPrintable(describe(o)));
        QVERIFY(op.recompressed());
        QCOMPARE(op.destinationIndex(), 2);
        QCOMPARE(op.destinationCompression(), u"XPRESS"_s);
        const WimHeaderInfo h = header(dest);
        QCOMPARE(h.imageCount, 2);
        QCOMPARE(h.compression, u"XPRESS"_s);
        verifySameTree(m_winpe, 1, dest, 1);
        verifySameTree(m_source, 1, dest, 2);
        QVERIFY(logText().contains("recompressed to XPRESS"));
        QCOMPARE(filesIn(dir), QStringList{u"xpress.wim"_s});

        // Same compression: no recompression.
        ExportImageOperation same(request(m_winpe, 1, QDir(dir).filePath(u"xpress2.wim"_s)));
        QVERIFY(execute(same).succeeded());
        QVERIFY(!same.recompressed());
    }

    void esdSourceToWim()
    {
        const QString dir = freshDir();
        const QString esd = QDir(dir).filePath(u"install.esd"_s);
        ExportImageRequest r = request(m_source, 2, esd);
        r.compression = WimCompression::Recovery;
        ExportImageOperation toEsd(r);
        QVERIFY(execute(toEsd).succeeded());
        QVERIFY(header(esd).solid);
        // Back to a .wim: LZX by default, non-solid.
        const QString wim = QDir(dir).filePath(u"back.wim"_s);
        ExportImageOperation back(request(esd, 1, wim));
        const OperationOutcome o = execute(back);
        QVERIFY2(o.succeeded(), qPrintable(describe(o)));
        QVERIFY(back.recompressed());
        QCOMPARE(header(wim).compression, u"LZX"_s);
        QVERIFY(!header(wim).solid);
        verifySameTree(m_source, 2, wim, 1);
        // Appending to the ESD keeps it solid.
        ExportImageOperation append(request(m_source, 1, esd));
        QVERIFY(execute(append).succeeded());
        QVERIFY(header(esd).solid);
        QCOMPARE(header(esd).imageCount, 2);
        verifySameTree(m_source, 1, esd, 2);
    }

    // Every refusal: the request, the code, what the message must name, and the folder of the
    // destination left byte-identical (nothing written, nothing left behind).
    void refusals_data()
    {
        // One row a line, columns aligned.
        // clang-format off
        QTest::addColumn<QString>("source");      // "" = the two-image LZX source, else a fixture name
        QTest::addColumn<int>("index");           // 0 = by name
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("destination"); // in a folder that holds notes.wim (text) and xpress.wim
        QTest::addColumn<QString>("compression"); // "" = not given
        QTest::addColumn<bool>("setBootable");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("mentions");  // names the message must carry (language-independent)
        QTest::addColumn<Remedy::Kind>("remedy");
        const QString lzx;   // the two-image LZX source
        const QString none;  // no name, no compression
        QTest::newRow("no such index")          << lzx << 5 << none      << u"x.wim"_s     << none << false << u"wim.no-such-index"_s << QStringList{u"5"_s} << Remedy::Kind::ListImages;
        QTest::newRow("no such name")           << lzx << 0 << u"Home"_s << u"x.wim"_s     << none << false << u"wim.no-such-name"_s  << QStringList{u"Home"_s} << Remedy::Kind::ListImages;
        QTest::newRow("bootable, not WinPE")    << lzx << 1 << none      << u"x.wim"_s     << none << true  << u"export.not-winpe"_s  << QStringList{u"1"_s, u"Client"_s} << Remedy::Kind::None;
        // A real fixture without <WINDOWS> XML: installation type unknown, refused as well.
        QTest::newRow("bootable, type unknown") << u"BootLZX.wim"_s << 1 << none << u"x.wim"_s << none << true  << u"export.not-winpe"_s  << QStringList{u"1"_s, u"BootLZX.wim"_s} << Remedy::Kind::None;
        QTest::newRow("recovery into a .wim")   << lzx << 1 << none      << u"x.wim"_s     << u"recovery"_s << false << u"export.recovery-needs-esd"_s << QStringList{} << Remedy::Kind::None;
        QTest::newRow("into a folder")          << lzx << 1 << none      << u"."_s         << none << false << u"export.destination-is-folder"_s << QStringList{} << Remedy::Kind::None;
        QTest::newRow("into a .swm")            << lzx << 1 << none      << u"x.swm"_s     << none << false << u"export.destination-split"_s << QStringList{} << Remedy::Kind::SplitAfterExport;
        QTest::newRow("folder missing")         << lzx << 1 << none      << u"no/such/x.wim"_s << none << false << u"export.destination-folder-missing"_s << QStringList{} << Remedy::Kind::None;
        QTest::newRow("into a text file")       << lzx << 1 << none      << u"notes.wim"_s << none << false << u"wim.not-a-wim-file"_s << QStringList{} << Remedy::Kind::None;
        // An existing file keeps its compression; the refusal names it.
        QTest::newRow("compression for an existing file") << lzx << 1 << none << u"xpress.wim"_s << u"max"_s << false << u"export.compression-for-existing"_s << QStringList{u"XPRESS"_s} << Remedy::Kind::None;
        // clang-format on
    }

    void refusals()
    {
        QFETCH(QString, source);
        QFETCH(int, index);
        QFETCH(QString, name);
        QFETCH(QString, destination);
        QFETCH(QString, compression);
        QFETCH(bool, setBootable);
        QFETCH(QString, code);
        QFETCH(QStringList, mentions);
        QFETCH(Remedy::Kind, remedy);
        const QString sourcePath = source.isEmpty() ? m_source : fixture(source);
        if (sourcePath.isEmpty())
            QSKIP("the shared fixtures are not there");
        const QString dir = freshDir();
        QVERIFY(writeFile(dir, u"notes.wim"_s, QByteArray(4096, 't')));
        QVERIFY(QFile::copy(m_winpe, QDir(dir).filePath(u"xpress.wim"_s)));
        QFile(QDir(dir).filePath(u"xpress.wim"_s)).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        const QMap<QString, QByteArray> before = treeDigest(dir);

        ExportImageRequest r = request(sourcePath, index, QDir::cleanPath(QDir(dir).filePath(destination)));
        if (index == 0) {
            r.source.index.reset();
            r.source.name = name;
        }
        if (!compression.isEmpty())
            r.compression = compressionFromName(compression);
        r.setBootable = setBootable;
        ExportImageOperation op(r);
        const OperationOutcome o = execute(op);
        QVERIFY2(o.failed(), qPrintable(describe(o)));
        QCOMPARE(o.error->code, code);
        QVERIFY2(namesAll(o.error->message, mentions), qPrintable(o.error->message));
        QCOMPARE(Remedy::id(o.error->remedy.kind), Remedy::id(remedy));
        QCOMPARE(o.error->remedy.args, remedy == Remedy::Kind::ListImages ? QStringList{sourcePath} : QStringList{});
        QCOMPARE(treeDigest(dir), before);
    }

    void exportIntoItsOwnFile()
    {
        const QString dir = freshDir();
        const QString file = QDir(dir).filePath(u"self.wim"_s);
        QVERIFY(QFile::copy(m_source, file));
        QFile(file).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        ExportImageRequest r = request(file, 1, file);
        r.destinationName = u"Pro copy"_s;
        ExportImageOperation op(r);
        const OperationOutcome o = execute(op);
        QVERIFY2(o.succeeded(), qPrintable(describe(o)));
        QCOMPARE(header(file).imageCount, 3);
        verifySameTree(m_source, 1, file, 3);
    }

    void cancelNewDestinationLeavesNothing()
    {
        const QString dir = freshDir();
        const QString dest = QDir(dir).filePath(u"big-lzx.wim"_s);
        ExportImageRequest r = request(m_big, 1, dest);
        r.compression = WimCompression::Max;
        ExportImageOperation op(r);
        quint64 doneAtCancel = 0, total = 0;
        const OperationOutcome o = execute(op, [&](const Progress &p, const CancellationToken &token) {
            if (p.stage == u"Writing data"_s && p.done > 0 && !token.isCancelled()) {
                doneAtCancel = p.done;
                total = p.total;
                token.cancel();
            }
        });
        QVERIFY2(o.cancelled(), qPrintable(describe(o)));
        QVERIFY(doneAtCancel > 0 && doneAtCancel < total); // really mid-way
        QVERIFY2(filesIn(dir).isEmpty(), qPrintable(filesIn(dir).join(QLatin1Char(' '))));
    }

    void cancelAppendLeavesDestinationByteIdentical()
    {
        const QString dir = freshDir();
        const QString dest = QDir(dir).filePath(u"existing.wim"_s);
        QVERIFY(QFile::copy(m_source, dest)); // LZX: the appended data is compressed with LZX, slow enough
        QFile(dest).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = fileSha256(dest);
        const qint64 sizeBefore = QFileInfo(dest).size();

        // Through the Engine and the OperationHandle, as the GUI and CLI cancel.
        Engine engine;
        auto op = std::make_shared<ExportImageOperation>(request(m_big, 1, dest));
        OperationHandle *handle = engine.start(op);
        quint64 doneAtCancel = 0, total = 0;
        connect(handle, &OperationHandle::progressChanged, handle, [&](const Progress &p) {
            if (p.stage == u"Writing data"_s && p.done > 0 && doneAtCancel == 0) {
                doneAtCancel = p.done;
                total = p.total;
                handle->cancel();
            }
        });
        const OperationOutcome o = QCoro::waitFor(handle->waitForFinished());
        QVERIFY2(o.cancelled(), qPrintable(describe(o)));
        QVERIFY(doneAtCancel > 0 && doneAtCancel < total);
        QCOMPARE(QFileInfo(dest).size(), sizeBefore);
        QCOMPARE(fileSha256(dest), before);
        QCOMPARE(filesIn(dir), QStringList{u"existing.wim"_s});
        // Still a good WIM with its one image.
        WimOpenOptions check;
        auto wim = WimFile::open(dest, check);
        QVERIFY(wim.ok());
        QCOMPARE(wim->imageCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestExportImage)
#include "tst_exportimage.moc"
