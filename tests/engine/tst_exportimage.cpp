// Export-WindowsImage: every compression round-trips, names, bootable, WIMBoot, integrity, split
// sources, existing destinations (recompression, refusals), and cancellation leaving files intact.
#include "ImageDigest.h"
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

using namespace wb;
using namespace wb::test;

namespace {
QString describe(const OperationOutcome &o)
{
    return o.error ? o.error->code + QStringLiteral(": ") + o.error->oneLine() : operationStateName(o.state);
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
        return dir.isEmpty() ? QString() : dir + QStringLiteral("/wim/") + name;
    }

    /// A fresh, empty folder for one test's outputs.
    QString freshDir()
    {
        const QString d = m_dir.filePath(QStringLiteral("out%1").arg(++m_counter));
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
        m_log = m_dir.filePath(QStringLiteral("dism.log"));
        QVERIFY(Log::configure(m_log, LogLevel::Debug));
        const QString pro = m_dir.filePath(QStringLiteral("tree-pro"));
        const QString ent = m_dir.filePath(QStringLiteral("tree-ent"));
        const QString pe = m_dir.filePath(QStringLiteral("tree-pe"));
        writeWindowsTree(pro, {QStringLiteral("en-US"), QStringLiteral("fr-FR")});
        writeWindowsTree(ent, {QStringLiteral("en-US"), QStringLiteral("fr-FR")});
        writeFile(ent, QStringLiteral("Windows/System32/gpedit.msc"), "<MMC_ConsoleFile/>");
        QVERIFY(writeBulkFiles(pro, 3 * 1024 * 1024, 512 * 1024, 7));
        writeWindowsTree(pe, {QStringLiteral("en-US")});
        writeFile(pe, QStringLiteral("Windows/System32/winpeshl.ini"), "[LaunchApps]\r\n");

        m_source = m_dir.filePath(QStringLiteral("source.wim"));
        ImageSpec entSpec = windowsLikeSpec(ent, QStringLiteral("Windows 11 Enterprise"));
        entSpec.edition = QStringLiteral("Enterprise");
        Status st = createWim(m_source, {windowsLikeSpec(pro, QStringLiteral("Windows 11 Pro")), entSpec}, {Compression::Lzx});
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().oneLine()));

        m_winpe = m_dir.filePath(QStringLiteral("boot.wim"));
        ImageSpec peSpec = windowsLikeSpec(pe, QStringLiteral("Microsoft Windows PE (amd64)"));
        peSpec.installationType = QStringLiteral("WindowsPE");
        peSpec.edition = QStringLiteral("WindowsPE");
        st = createWim(m_winpe, {peSpec}, {Compression::Xpress});
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().oneLine()));

        const QString big = m_dir.filePath(QStringLiteral("tree-big"));
        writeWindowsTree(big, {QStringLiteral("en-US")});
        QVERIFY(writeBulkFiles(big, 48 * 1024 * 1024, 4 * 1024 * 1024, 3));
        m_big = m_dir.filePath(QStringLiteral("big.wim"));
        st = createWim(m_big, {windowsLikeSpec(big, QStringLiteral("Big"))}, {Compression::None});
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
        QCOMPARE(op.destinationName(), QStringLiteral("Windows 11 Pro"));
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
        QCOMPARE(info.edition.value_or(QString()), QStringLiteral("Professional"));
        QCOMPARE(info.architectureText(), QStringLiteral("x64"));
        QCOMPARE(info.languages, QStringList({QStringLiteral("en-US"), QStringLiteral("fr-FR")}));
    }

    void sameResultAsWimlibImagex()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("wimlib-imagex"));
        if (tool.isEmpty())
            QSKIP("wimlib-imagex is not installed");
        const QString dir = freshDir();
        const QString ours = QDir(dir).filePath(QStringLiteral("ours.wim"));
        const QString theirs = QDir(dir).filePath(QStringLiteral("theirs.wim"));
        ExportImageRequest r = request(m_source, 2, ours);
        r.compression = WimCompression::Fast;
        ExportImageOperation op(r);
        QVERIFY2(execute(op).succeeded(), "export failed");
        QProcess p;
        p.start(tool, {QStringLiteral("export"), m_source, QStringLiteral("2"), theirs, QStringLiteral("--compress=XPRESS")});
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
        const QString dest = QDir(freshDir()).filePath(QStringLiteral("ent.wim"));
        ExportImageRequest r = request(m_source, 0, dest);
        r.source.index.reset();
        r.source.name = QStringLiteral("windows 11 enterprise"); // names match case-insensitively
        ExportImageOperation op(r);
        const OperationOutcome o = execute(op);
        QVERIFY2(o.succeeded(), qPrintable(describe(o)));
        QCOMPARE(op.sourceIndex(), 2);
        QCOMPARE(op.destinationName(), QStringLiteral("Windows 11 Enterprise"));
        verifySameTree(m_source, 2, dest, 1);
        auto wim = WimFile::open(dest);
        QVERIFY(wim->stat(1, QStringLiteral("/Windows/System32/gpedit.msc")).ok());
        QCOMPARE(wim->imageInfo(1).edition.value_or(QString()), QStringLiteral("Enterprise"));
    }

    void unknownSourceImageIsRefused()
    {
        const QString dir = freshDir();
        const QString dest = QDir(dir).filePath(QStringLiteral("x.wim"));
        ExportImageOperation byIndex(request(m_source, 5, dest));
        OperationOutcome o = execute(byIndex);
        QVERIFY(o.failed());
        QCOMPARE(o.error->code, QStringLiteral("wim.no-such-index"));
        ExportImageRequest r = request(m_source, 0, dest);
        r.source.index.reset();
        r.source.name = QStringLiteral("Home");
        ExportImageOperation byName(r);
        o = execute(byName);
        QVERIFY(o.failed());
        QCOMPARE(o.error->code, QStringLiteral("wim.no-such-name"));
        QVERIFY(filesIn(dir).isEmpty());
    }

    void destinationNameAndDuplicateRefusal()
    {
        const QString dir = freshDir();
        const QString dest = QDir(dir).filePath(QStringLiteral("multi.wim"));
        ExportImageRequest r = request(m_source, 1, dest);
        r.destinationName = QStringLiteral("Pro for lab");
        ExportImageOperation first(r);
        QVERIFY2(execute(first).succeeded(), "first export failed");
        QCOMPARE(WimFile::open(dest)->imageInfo(1).name, QStringLiteral("Pro for lab"));

        // Second image under its own (default) name: appended as index 2.
        ExportImageOperation second(request(m_source, 2, dest));
        OperationOutcome o = execute(second);
        QVERIFY2(o.succeeded(), qPrintable(describe(o)));
        QVERIFY(!second.createdDestination());
        QCOMPARE(second.destinationIndex(), 2);
        QCOMPARE(WimFile::open(dest)->imageInfo(2).name, QStringLiteral("Windows 11 Enterprise"));

        const QByteArray before = fileSha256(dest);
        // The same name again (any case) is refused and the file is untouched.
        r.destinationName = QStringLiteral("PRO FOR LAB");
        ExportImageOperation duplicate(r);
        o = execute(duplicate);
        QVERIFY(o.failed());
        QCOMPARE(o.error->code, QStringLiteral("export.name-in-use"));
        QVERIFY2(o.error->message.contains(QStringLiteral("Pro for lab")) && o.error->message.contains(QStringLiteral("index 1")),
                 qPrintable(o.error->message));
        // The default name (the source's) colliding is refused as well.
        ExportImageOperation defaultDuplicate(request(m_source, 2, dest));
        o = execute(defaultDuplicate);
        QVERIFY(o.failed());
        QCOMPARE(o.error->code, QStringLiteral("export.name-in-use"));
        QCOMPARE(fileSha256(dest), before);
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("multi.wim")});
        verifySameTree(m_source, 1, dest, 1);
        verifySameTree(m_source, 2, dest, 2);
    }

    void setBootableForWinPe()
    {
        const QString dir = freshDir();
        const QString dest = QDir(dir).filePath(QStringLiteral("boot.wim"));
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
        r.destinationName = QStringLiteral("PE copy");
        ExportImageOperation again(r);
        QVERIFY(execute(again).succeeded());
        QCOMPARE(header(dest).bootIndex, 3);
        QVERIFY(!WimFile::open(dest)->imageInfo(2).bootable);

        // New file, bootable from the start.
        const QString fresh = QDir(dir).filePath(QStringLiteral("pe-only.wim"));
        r.destinationName.clear();
        r.destinationPath = fresh;
        ExportImageOperation newFile(r);
        QVERIFY(execute(newFile).succeeded());
        QCOMPARE(header(fresh).bootIndex, 1);
    }

    void setBootableRefusedForOtherImages()
    {
        const QString dir = freshDir();
        const QString dest = QDir(dir).filePath(QStringLiteral("x.wim"));
        ExportImageRequest r = request(m_source, 1, dest);
        r.setBootable = true;
        ExportImageOperation op(r);
        OperationOutcome o = execute(op);
        QVERIFY(o.failed());
        QCOMPARE(o.error->code, QStringLiteral("export.not-winpe"));
        QVERIFY2(o.error->message.contains(QStringLiteral("Windows PE")) && o.error->message.contains(QStringLiteral("Client")),
                 qPrintable(o.error->message));
        QVERIFY(filesIn(dir).isEmpty());

        // A real fixture without <WINDOWS> XML: installation type unknown, refused as well.
        const QString boot = fixture(QStringLiteral("BootLZX.wim"));
        if (boot.isEmpty())
            return;
        r.sourcePath = boot;
        ExportImageOperation fromFixture(r);
        o = execute(fromFixture);
        QVERIFY(o.failed());
        QCOMPARE(o.error->code, QStringLiteral("export.not-winpe"));
    }

    void wimBootFlag()
    {
        const QString dir = freshDir();
        const QString dest = QDir(dir).filePath(QStringLiteral("wimboot.wim"));
        ExportImageRequest r = request(m_source, 1, dest);
        r.wimBoot = true;
        ExportImageOperation op(r);
        const OperationOutcome o = execute(op);
        QVERIFY2(o.succeeded(), qPrintable(describe(o)));
        const WimHeaderInfo h = header(dest);
        QCOMPARE(h.compression, QStringLiteral("XPRESS"));
        QCOMPARE(h.chunkSize, 4096u);
        QVERIFY(WimFile::open(dest)->imageInfo(1).wimBoot);
        verifySameTree(m_source, 1, dest, 1);

        // Without the switch the flag is not set.
        const QString plain = QDir(dir).filePath(QStringLiteral("plain.wim"));
        ExportImageOperation normal(request(m_source, 1, plain));
        QVERIFY(execute(normal).succeeded());
        QVERIFY(!WimFile::open(plain)->imageInfo(1).wimBoot);

        // WIMBoot with recovery compression is refused.
        r.destinationPath = QDir(dir).filePath(QStringLiteral("wimboot.esd"));
        r.compression = WimCompression::Recovery;
        ExportImageOperation solid(r);
        const OperationOutcome refused = execute(solid);
        QVERIFY(refused.failed());
        QCOMPARE(refused.error->code, QStringLiteral("export.wimboot-solid"));
    }

    void integrityTableWritten()
    {
        const QString dir = freshDir();
        const QString dest = QDir(dir).filePath(QStringLiteral("checked.wim"));
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
        r.destinationPath = QDir(dir).filePath(QStringLiteral("second.wim"));
        ExportImageOperation fromChecked(r);
        QVERIFY(execute(fromChecked).succeeded());
        QCOMPARE(fromChecked.sourceIntegrity(), IntegrityStatus::Verified);

        // Without the switch no table is written.
        const QString plain = QDir(dir).filePath(QStringLiteral("plain.wim"));
        ExportImageOperation normal(request(m_source, 1, plain));
        QVERIFY(execute(normal).succeeded());
        QVERIFY(!header(plain).hasIntegrityTable);
    }

    void damagedSourceRefusedWithCheckIntegrity()
    {
        const QString damaged = fixture(QStringLiteral("VerifyFail.wim"));
        if (damaged.isEmpty())
            QSKIP("../shared/fixtures is absent");
        const QString dir = freshDir();
        ExportImageRequest r = request(damaged, 1, QDir(dir).filePath(QStringLiteral("x.wim")));
        r.checkIntegrity = true;
        ExportImageOperation op(r);
        const OperationOutcome o = execute(op);
        QVERIFY(o.failed());
        QCOMPARE(o.error->code, QStringLiteral("wim.integrity"));
        QVERIFY2(o.error->message.contains(QStringLiteral("VerifyFail.wim")), qPrintable(o.error->message));
        QVERIFY(filesIn(dir).isEmpty());

        // An existing destination is left byte-identical.
        const QString existing = QDir(dir).filePath(QStringLiteral("existing.wim"));
        QVERIFY(QFile::copy(m_winpe, existing));
        const QByteArray before = fileSha256(existing);
        r.destinationPath = existing;
        ExportImageOperation intoExisting(r);
        QVERIFY(execute(intoExisting).failed());
        QCOMPARE(fileSha256(existing), before);

        // The intact twin exports and verifies.
        r.sourcePath = fixture(QStringLiteral("VerifySuccess.wim"));
        r.destinationPath = QDir(dir).filePath(QStringLiteral("ok.wim"));
        ExportImageOperation ok(r);
        const OperationOutcome good = execute(ok);
        QVERIFY2(good.succeeded(), qPrintable(describe(good)));
        QCOMPARE(ok.sourceIntegrity(), IntegrityStatus::Verified);
        QVERIFY(header(r.destinationPath).hasIntegrityTable);
    }

    void exportFromRealSplitSet()
    {
        const QString split = fixture(QStringLiteral("Split.swm"));
        if (split.isEmpty())
            QSKIP("../shared/fixtures is absent");
        const QString dir = freshDir();
        const QString glob = QFileInfo(split).absolutePath() + QStringLiteral("/Split*.swm");
        const QString dest = QDir(dir).filePath(QStringLiteral("joined.wim"));
        ExportImageRequest r = request(split, 1, dest);
        r.splitPattern = glob;
        ExportImageOperation op(r);
        const OperationOutcome o = execute(op);
        QVERIFY2(o.succeeded(), qPrintable(describe(o)));
        QCOMPARE(op.destinationName(), QStringLiteral("Src03"));
        const WimHeaderInfo h = header(dest);
        QCOMPARE(h.totalParts, 1);
        QCOMPARE(h.compression, QStringLiteral("LZX"));
        verifySameTree(split, 1, dest, 1, glob);
        // Both 1 MiB files of the set came across.
        auto wim = WimFile::open(dest);
        QCOMPARE(wim->imageInfo(1).totalBytes, quint64(2097152));

        // Without a pattern the default <stem>*.swm finds the second part.
        r.splitPattern.clear();
        r.destinationPath = QDir(dir).filePath(QStringLiteral("default-pattern.wim"));
        ExportImageOperation byDefault(r);
        QVERIFY2(execute(byDefault).succeeded(), "export with the default split pattern failed");

        // A pattern that misses the other part fails clearly and writes nothing.
        r.splitPattern = QFileInfo(split).absolutePath() + QStringLiteral("/Nothing*.swm");
        r.destinationPath = QDir(dir).filePath(QStringLiteral("missing.wim"));
        ExportImageOperation missing(r);
        const OperationOutcome bad = execute(missing);
        QVERIFY(bad.failed());
        QVERIFY(!QFileInfo::exists(r.destinationPath));
    }

    void exportIntoExistingWithDifferentCompression()
    {
        const QString dir = freshDir();
        const QString dest = QDir(dir).filePath(QStringLiteral("xpress.wim"));
        QVERIFY(QFile::copy(m_winpe, dest)); // XPRESS, one image
        QFile(dest).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray before = fileSha256(dest);

        // Choosing a compression for an existing file is refused, naming its compression.
        ExportImageRequest r = request(m_source, 1, dest);
        r.compression = WimCompression::Max;
        ExportImageOperation refused(r);
        OperationOutcome o = execute(refused);
        QVERIFY(o.failed());
        QCOMPARE(o.error->code, QStringLiteral("export.compression-for-existing"));
        QVERIFY2(o.error->message.contains(QStringLiteral("XPRESS")), qPrintable(o.error->message));
        QCOMPARE(fileSha256(dest), before);

        // Without it the LZX image is recompressed to XPRESS and appended; the log says so.
        r.compression.reset();
        ExportImageOperation op(r);
        o = execute(op);
        QVERIFY2(o.succeeded(), qPrintable(describe(o)));
        QVERIFY(op.recompressed());
        QCOMPARE(op.destinationIndex(), 2);
        QCOMPARE(op.destinationCompression(), QStringLiteral("XPRESS"));
        const WimHeaderInfo h = header(dest);
        QCOMPARE(h.imageCount, 2);
        QCOMPARE(h.compression, QStringLiteral("XPRESS"));
        verifySameTree(m_winpe, 1, dest, 1);
        verifySameTree(m_source, 1, dest, 2);
        QVERIFY(logText().contains("recompressed to XPRESS"));
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("xpress.wim")});

        // Same compression: no recompression.
        ExportImageOperation same(request(m_winpe, 1, QDir(dir).filePath(QStringLiteral("xpress2.wim"))));
        QVERIFY(execute(same).succeeded());
        QVERIFY(!same.recompressed());
    }

    void esdSourceToWim()
    {
        const QString dir = freshDir();
        const QString esd = QDir(dir).filePath(QStringLiteral("install.esd"));
        ExportImageRequest r = request(m_source, 2, esd);
        r.compression = WimCompression::Recovery;
        ExportImageOperation toEsd(r);
        QVERIFY(execute(toEsd).succeeded());
        QVERIFY(header(esd).solid);
        // Back to a .wim: LZX by default, non-solid.
        const QString wim = QDir(dir).filePath(QStringLiteral("back.wim"));
        ExportImageOperation back(request(esd, 1, wim));
        const OperationOutcome o = execute(back);
        QVERIFY2(o.succeeded(), qPrintable(describe(o)));
        QVERIFY(back.recompressed());
        QCOMPARE(header(wim).compression, QStringLiteral("LZX"));
        QVERIFY(!header(wim).solid);
        verifySameTree(m_source, 2, wim, 1);
        // Appending to the ESD keeps it solid.
        ExportImageOperation append(request(m_source, 1, esd));
        QVERIFY(execute(append).succeeded());
        QVERIFY(header(esd).solid);
        QCOMPARE(header(esd).imageCount, 2);
        verifySameTree(m_source, 1, esd, 2);
    }

    void recoveryOnlyIntoEsd()
    {
        const QString dir = freshDir();
        ExportImageRequest r = request(m_source, 1, QDir(dir).filePath(QStringLiteral("x.wim")));
        r.compression = WimCompression::Recovery;
        ExportImageOperation op(r);
        const OperationOutcome o = execute(op);
        QVERIFY(o.failed());
        QCOMPARE(o.error->code, QStringLiteral("export.recovery-needs-esd"));
        QVERIFY(filesIn(dir).isEmpty());
    }

    void badDestinationsAreRefused()
    {
        const QString dir = freshDir();
        ExportImageOperation intoFolder(request(m_source, 1, dir));
        OperationOutcome o = execute(intoFolder);
        QVERIFY(o.failed());
        QCOMPARE(o.error->code, QStringLiteral("export.destination-is-folder"));
        ExportImageOperation intoSwm(request(m_source, 1, QDir(dir).filePath(QStringLiteral("x.swm"))));
        o = execute(intoSwm);
        QCOMPARE(o.error->code, QStringLiteral("export.destination-split"));
        ExportImageOperation noFolder(request(m_source, 1, QDir(dir).filePath(QStringLiteral("no/such/x.wim"))));
        o = execute(noFolder);
        QCOMPARE(o.error->code, QStringLiteral("export.destination-folder-missing"));
        const QString notWim = QDir(dir).filePath(QStringLiteral("notes.wim"));
        QVERIFY(writeFile(dir, QStringLiteral("notes.wim"), QByteArray(4096, 't')));
        ExportImageOperation intoText(request(m_source, 1, notWim));
        o = execute(intoText);
        QVERIFY(o.failed());
        QCOMPARE(o.error->code, QStringLiteral("wim.not-a-wim-file"));
        QCOMPARE(QFile(notWim).size(), qint64(4096));
    }

    void exportIntoItsOwnFile()
    {
        const QString dir = freshDir();
        const QString file = QDir(dir).filePath(QStringLiteral("self.wim"));
        QVERIFY(QFile::copy(m_source, file));
        QFile(file).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        ExportImageRequest r = request(file, 1, file);
        r.destinationName = QStringLiteral("Pro copy");
        ExportImageOperation op(r);
        const OperationOutcome o = execute(op);
        QVERIFY2(o.succeeded(), qPrintable(describe(o)));
        QCOMPARE(header(file).imageCount, 3);
        verifySameTree(m_source, 1, file, 3);
    }

    void cancelNewDestinationLeavesNothing()
    {
        const QString dir = freshDir();
        const QString dest = QDir(dir).filePath(QStringLiteral("big-lzx.wim"));
        ExportImageRequest r = request(m_big, 1, dest);
        r.compression = WimCompression::Max;
        ExportImageOperation op(r);
        quint64 doneAtCancel = 0, total = 0;
        const OperationOutcome o = execute(op, [&](const Progress &p, const CancellationToken &token) {
            if (p.stage == QStringLiteral("Writing data") && p.done > 0 && !token.isCancelled()) {
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
        const QString dest = QDir(dir).filePath(QStringLiteral("existing.wim"));
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
            if (p.stage == QStringLiteral("Writing data") && p.done > 0 && doneAtCancel == 0) {
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
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("existing.wim")});
        // Still a good WIM with its one image.
        WimOpenOptions check;
        auto wim = WimFile::open(dest, check);
        QVERIFY(wim.ok());
        QCOMPARE(wim->imageCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestExportImage)
#include "tst_exportimage.moc"
