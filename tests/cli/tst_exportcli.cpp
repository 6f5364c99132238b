// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench-cli /Export-Image, Export-WindowsImage, /Split-Image, Split-WindowsImage: the real
// executable in both syntaxes, exit codes, messages and the files it writes (or leaves alone).
#include "CliRunner.h"
#include "CliScenario.h"
#include "ImageDigest.h"
#include "RefusalTable.h"
#include "WimBuilder.h"

#include "wim/WimFile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

class TestExportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_wim;   // LZX: "Pro", "Enterprise"
    QString m_winpe; // XPRESS: one WinPE image
    QString m_big;   // uncompressed, ~32 MiB
    int m_counter = 0;

    QString fixture(const QString &name)
    {
        const QString dir = sharedFixturesDir();
        return dir.isEmpty() ? QString() : dir + u"/wim/"_s + name;
    }

    QString freshDir()
    {
        const QString d = m_dir.filePath(u"out%1"_s.arg(++m_counter));
        QDir().mkpath(d);
        return d;
    }

    static WimHeaderInfo header(const QString &path)
    {
        auto wim = WimFile::open(path);
        return wim ? wim->header() : WimHeaderInfo{};
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    /// An uncompressed WIM of 192 MiB, half of it random bytes, built once; empty on failure. LZMS
    /// needs about 0.4 s of CPU per MiB of random data (8 MiB: 3.1 s with `wimcapture --solid`), so
    /// a recovery export of it takes at least 36 s of CPU, 18 s on two idle cores.
    QString solidSource()
    {
        const QString src = m_dir.filePath(u"solid-src"_s);
        const QString wim = m_dir.filePath(u"solid-src.wim"_s);
        if (!QFile::exists(wim)
            && (!writeBulkFiles(src, 192 * 1024 * 1024, 8 * 1024 * 1024, 31)
                || !createWim(wim, {windowsLikeSpec(src, u"Solid"_s)}, {Compression::None}).ok()))
            return {};
        return wim;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "WIMBENCH_CLI must name the built wimbench-cli");
        const QString tree = m_dir.filePath(u"tree"_s);
        writeWindowsTree(tree, {u"en-US"_s, u"fr-FR"_s});
        QVERIFY(writeBulkFiles(tree, 3 * 1024 * 1024, 512 * 1024, 5));
        m_wim = m_dir.filePath(u"install.wim"_s);
        ImageSpec second = windowsLikeSpec(tree, u"Enterprise"_s);
        second.edition = u"Enterprise"_s;
        QVERIFY(createWim(m_wim, {windowsLikeSpec(tree, u"Pro"_s), second}).ok());

        const QString pe = m_dir.filePath(u"pe"_s);
        writeWindowsTree(pe, {u"en-US"_s});
        ImageSpec peSpec = windowsLikeSpec(pe, u"Microsoft Windows PE (amd64)"_s);
        peSpec.installationType = u"WindowsPE"_s;
        m_winpe = m_dir.filePath(u"boot.wim"_s);
        QVERIFY(createWim(m_winpe, {peSpec}, {Compression::Xpress}).ok());

        const QString big = m_dir.filePath(u"big"_s);
        QVERIFY(writeBulkFiles(big, 32 * 1024 * 1024, 4 * 1024 * 1024, 9));
        m_big = m_dir.filePath(u"big.wim"_s);
        QVERIFY(createWim(m_big, {windowsLikeSpec(big, u"Big"_s)}, {Compression::None}).ok());
    }

    void dismExportNewFile()
    {
        const QString dest = QDir(freshDir()).filePath(u"ent.wim"_s);
        const CliResult r = runCli({u"/Export-Image"_s, u"/SourceImageFile:"_s + m_wim, u"/SourceIndex:2"_s,
                                    u"/DestinationImageFile:\""_s + dest + QLatin1Char('"'), u"/Compress:max"_s,
                                    u"/CheckIntegrity"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"The operation completed successfully."_s));
        QVERIFY2(r.out.contains(u"Exported image 2 to the new file %1 as index 1 (\"Enterprise\", LZX compression)."_s.arg(dest)),
                 qPrintable(r.out));
        QVERIFY(r.err.contains(u"Writing data"_s));
        // The source has no integrity table: said on stderr, not an error.
        QVERIFY(r.err.contains(u"has no integrity table"_s));
        const WimHeaderInfo h = header(dest);
        QCOMPARE(h.compression, u"LZX"_s);
        QVERIFY(h.hasIntegrityTable);
        QCOMPARE(*extractedTreeDigest(dest, 1), *extractedTreeDigest(m_wim, 2));
    }

    void cmdletExportWithAliases()
    {
        const QString dir = freshDir();
        const QString dest = QDir(dir).filePath(u"fast.wim"_s);
        const CliResult r = runCli({u"Export-WindowsImage"_s, u"-SIP"_s, m_wim, u"-SN"_s, u"Pro"_s,
                                    u"-DIP"_s, dest, u"-DN"_s, u"Lab Pro"_s, u"-CompressionType"_s,
                                    u"fast"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.field(u"ImagePath"_s), dest);
        QCOMPARE(r.field(u"ImageIndex"_s), u"1"_s);
        QCOMPARE(r.field(u"ImageName"_s), u"Lab Pro"_s);
        QCOMPARE(r.field(u"Compression"_s), u"XPRESS"_s);
        QCOMPARE(r.field(u"NewFile"_s), u"True"_s);
        QVERIFY(!r.out.contains(u"completed successfully"_s));
        QCOMPARE(header(dest).compression, u"XPRESS"_s);

        // Appending the other image by index (-SI) into it: recompressed from LZX, said so.
        const CliResult append = runCli({u"Export-WindowsImage"_s, u"-SourceImagePath"_s, m_wim, u"-SI"_s,
                                         u"2"_s, u"-DestinationImagePath"_s, dest});
        QVERIFY2(append.exitCode == 0, qPrintable(append.err));
        QCOMPARE(append.field(u"ImageIndex"_s), u"2"_s);
        QCOMPARE(append.field(u"Recompressed"_s), u"True"_s);
        QCOMPARE(append.field(u"NewFile"_s), u"False"_s);
        QCOMPARE(header(dest).imageCount, 2);
    }

    void dismAppendSaysItRecompressed()
    {
        const QString dest = QDir(freshDir()).filePath(u"pe.wim"_s);
        QVERIFY(QFile::copy(m_winpe, dest));
        QFile(dest).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        const CliResult r = runCli({u"/Export-Image"_s, u"/SourceImageFile:"_s + m_wim, u"/SourceIndex:1"_s,
                                    u"/DestinationImageFile:"_s + dest});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Exported image 1 into %1 as index 2 (\"Pro\")."_s.arg(dest)), qPrintable(r.out));
        QVERIFY(r.out.contains(u"The image's data was recompressed to XPRESS to match the destination."_s));
    }

    void setbootable()
    {
        const QString dir = freshDir();
        const QString dest = QDir(dir).filePath(u"boot.wim"_s);
        CliResult r = runCli({u"Export-WindowsImage"_s, u"-SIP"_s, m_winpe, u"-SI"_s, u"1"_s, u"-DIP"_s, dest, u"-SB"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.field(u"Bootable"_s), u"True"_s);
        QCOMPARE(header(dest).bootIndex, 1);
        r = runCli({u"/Export-Image"_s, u"/SourceImageFile:"_s + m_winpe, u"/SourceIndex:1"_s,
                    u"/DestinationImageFile:"_s + dest, u"/DestinationName:PE 2"_s, u"/Bootable"_s,
                    u"/WIMBoot"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(header(dest).bootIndex, 2);
        QVERIFY(WimFile::open(dest)->imageInfo(2).wimBoot);
    }

    void realSplitSet()
    {
        const QString split = fixture(u"Split.swm"_s);
        if (split.isEmpty())
            QSKIP("../shared/fixtures is absent");
        const QString dest = QDir(freshDir()).filePath(u"src03.esd"_s);
        const CliResult r =
            runCli({u"Export-WindowsImage"_s, u"-SourceImagePath"_s, split, u"-SourceName"_s, u"Src03"_s, u"-SplitImageFilePattern"_s,
                    QFileInfo(split).absolutePath() + u"/Split*.swm"_s, u"-DestinationImagePath"_s, dest});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.field(u"Compression"_s), u"LZMS (solid)"_s);
        QVERIFY(header(dest).solid);
        QCOMPARE(*extractedTreeDigest(dest, 1), *extractedTreeDigest(split, 1, QFileInfo(split).absolutePath() + u"/Split*.swm"_s));
    }

    void splitBothSyntaxes()
    {
        const QString dir = freshDir();
        const QString first = QDir(dir).filePath(u"install.swm"_s);
        CliResult r = runCli({u"/Split-Image"_s, u"/ImageFile:"_s + m_wim, u"/SWMFile:"_s + first,
                              u"/FileSize:1"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"The operation completed successfully."_s));
        QVERIFY2(r.out.contains(u"    "_s + first) && r.out.contains(u"    "_s + QDir(dir).filePath(u"install2.swm"_s)),
                 qPrintable(r.out));
        const int parts = int(entriesIn(dir).size());
        QVERIFY(parts >= 3);

        // The set exports again through the CLI (default pattern).
        const QString joined = QDir(freshDir()).filePath(u"joined.wim"_s);
        r = runCli({u"/Export-Image"_s, u"/SourceImageFile:"_s + first, u"/SourceIndex:2"_s,
                    u"/DestinationImageFile:"_s + joined});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(*extractedTreeDigest(joined, 1), *extractedTreeDigest(m_wim, 2));

        const QString other = freshDir();
        r = runCli({u"Split-WindowsImage"_s, u"-ImagePath"_s, m_wim, u"-SplitImagePath"_s,
                    QDir(other).filePath(u"set.swm"_s), u"-FileSize"_s, u"2"_s, u"-CheckIntegrity"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.field(u"PartCount"_s), QString::number(entriesIn(other).size()));
        QCOMPARE(r.field(u"SplitImagePath"_s), QDir(other).filePath(u"set.swm"_s));
        QVERIFY(header(QDir(other).filePath(u"set.swm"_s)).hasIntegrityTable);
    }

    // Every refusal of export and split, in both syntaxes: a fresh folder holds `existing` (a copy of
    // install.wim or boot.wim, named as {dest}) or nothing; the command is refused with the exit
    // status, the code the servicing log records (none for usage errors) and a fragment of the error
    // line, and the folder (entries and bytes) and the source are as they were.
    void refusals_data()
    {
        QTest::addColumn<QString>("existing");
        addRefusalColumns();
        const QString exportDism = u"/Export-Image"_s;
        const QString exportCmdlet = u"Export-WindowsImage"_s;
        // clang-format off
        QTest::newRow("name in use")                       << u"install"_s << QStringList{exportDism, u"/SourceImageFile:{wim}"_s, u"/SourceName:Enterprise"_s, u"/DestinationImageFile:{dest}"_s}          << 1  << u"export.name-in-use"_s << u"already has an image named \"Enterprise\""_s;
        QTest::newRow("name in use, cmdlet")               << u"install"_s << QStringList{exportCmdlet, u"-SIP"_s, u"{wim}"_s, u"-SN"_s, u"Pro"_s, u"-DIP"_s, u"{dest}"_s}                               << 1  << u"export.name-in-use"_s << u"already has an image named \"Pro\""_s;
        QTest::newRow("compression of an existing file")   << u"boot"_s    << QStringList{exportCmdlet, u"-SIP"_s, u"{wim}"_s, u"-SI"_s, u"1"_s, u"-DIP"_s, u"{dest}"_s, u"-CompressionType"_s, u"max"_s} << 1 << u"export.compression-for-existing"_s << u"XPRESS"_s;
        QTest::newRow("compression of an existing, dism")  << u"boot"_s    << QStringList{exportDism, u"/SourceImageFile:{wim}"_s, u"/SourceIndex:1"_s, u"/DestinationImageFile:{dest}"_s, u"/Compress:max"_s} << 1 << u"export.compression-for-existing"_s << u"XPRESS"_s;
        QTest::newRow("unknown compression")               << QString()    << QStringList{exportDism, u"/SourceImageFile:{wim}"_s, u"/SourceIndex:1"_s, u"/DestinationImageFile:{dest}"_s, u"/Compress:ultra"_s} << 87 << QString() << u"\"ultra\""_s;
        QTest::newRow("unknown compression, cmdlet")       << QString()    << QStringList{exportCmdlet, u"-SIP"_s, u"{wim}"_s, u"-SI"_s, u"1"_s, u"-DIP"_s, u"{dest}"_s, u"-CompressionType"_s, u"ultra"_s} << 87 << QString() << u"\"ultra\""_s;
        QTest::newRow("no source image")                   << QString()    << QStringList{exportDism, u"/SourceImageFile:{wim}"_s, u"/DestinationImageFile:{dest}"_s}                                      << 87 << QString() << u"/SourceIndex or /SourceName"_s;
        QTest::newRow("no source image, cmdlet")           << QString()    << QStringList{exportCmdlet, u"-SIP"_s, u"{wim}"_s, u"-DIP"_s, u"{dest}"_s}                                                    << 87 << QString() << u"-SourceIndex or -SourceName"_s;
        QTest::newRow("index and name")                    << QString()    << QStringList{exportDism, u"/SourceImageFile:{wim}"_s, u"/SourceIndex:1"_s, u"/SourceName:Pro"_s, u"/DestinationImageFile:{dest}"_s} << 87 << QString() << u"/SourceIndex or /SourceName, not both"_s;
        QTest::newRow("index and name, cmdlet")            << QString()    << QStringList{exportCmdlet, u"-SIP"_s, u"{wim}"_s, u"-SI"_s, u"1"_s, u"-SN"_s, u"Pro"_s, u"-DIP"_s, u"{dest}"_s}               << 87 << QString() << u"-SourceIndex or -SourceName, not both"_s;
        QTest::newRow("no destination")                    << QString()    << QStringList{exportDism, u"/SourceImageFile:{wim}"_s, u"/SourceIndex:1"_s}                                                    << 87 << QString() << u"/DestinationImageFile is required"_s;
        QTest::newRow("no destination, cmdlet")            << QString()    << QStringList{exportCmdlet, u"-SIP"_s, u"{wim}"_s, u"-SI"_s, u"1"_s}                                                          << 87 << QString() << u"-DestinationImagePath is required"_s;
        QTest::newRow("recovery into a .wim")              << QString()    << QStringList{exportDism, u"/SourceImageFile:{wim}"_s, u"/SourceIndex:1"_s, u"/DestinationImageFile:{dest}"_s, u"/Compress:recovery"_s} << 1 << u"export.recovery-needs-esd"_s << u"only be written into an .esd file"_s;
        QTest::newRow("recovery into a .wim, cmdlet")      << QString()    << QStringList{exportCmdlet, u"-SIP"_s, u"{wim}"_s, u"-SI"_s, u"1"_s, u"-DIP"_s, u"{dest}"_s, u"-CompressionType"_s, u"recovery"_s} << 1 << u"export.recovery-needs-esd"_s << u"only be written into an .esd file"_s;
        QTest::newRow("bootable without Windows PE")       << QString()    << QStringList{exportCmdlet, u"-SIP"_s, u"{wim}"_s, u"-SI"_s, u"1"_s, u"-DIP"_s, u"{dest}"_s, u"-Setbootable"_s}               << 1  << u"export.not-winpe"_s << u"is not a Windows PE image (its installation type is Client)"_s;
        QTest::newRow("bootable without Windows PE, dism") << QString()    << QStringList{exportDism, u"/SourceImageFile:{wim}"_s, u"/SourceIndex:1"_s, u"/DestinationImageFile:{dest}"_s, u"/Bootable"_s} << 1  << u"export.not-winpe"_s << u"is not a Windows PE image (its installation type is Client)"_s;
        QTest::newRow("damaged source")                    << QString()    << QStringList{exportDism, u"/SourceImageFile:{verifyfail}"_s, u"/SourceIndex:1"_s, u"/DestinationImageFile:{dest}"_s, u"/CheckIntegrity"_s} << 1 << u"wim.integrity"_s << u"VerifyFail.wim"_s;
        QTest::newRow("split without a size")              << QString()    << QStringList{u"/Split-Image"_s, u"/ImageFile:{wim}"_s, u"/SWMFile:{dest}"_s}                                                 << 87 << QString() << u"/FileSize is required"_s;
        QTest::newRow("split without a size, cmdlet")      << QString()    << QStringList{u"Split-WindowsImage"_s, u"-ImagePath"_s, u"{wim}"_s, u"-SplitImagePath"_s, u"{dest}"_s}                        << 87 << QString() << u"-FileSize is required"_s;
        QTest::newRow("split onto an existing file")       << u"boot"_s    << QStringList{u"/Split-Image"_s, u"/ImageFile:{wim}"_s, u"/SWMFile:{dest}"_s, u"/FileSize:1"_s}                              << 1  << u"split.exists"_s << u"already exists"_s;
        QTest::newRow("split onto an existing, cmdlet")    << u"boot"_s    << QStringList{u"Split-WindowsImage"_s, u"-ImagePath"_s, u"{wim}"_s, u"-SplitImagePath"_s, u"{dest}"_s, u"-FileSize"_s, u"1"_s} << 1 << u"split.exists"_s << u"already exists"_s;
        // clang-format on
    }

    void refusals()
    {
        QFETCH(QString, existing);
        const auto [args, exitCode, code, fragment] = fetchRefusal();
        const QString verifyFail = fixture(u"VerifyFail.wim"_s);
        if (args.join(u' ').contains(u"{verifyfail}"_s) && verifyFail.isEmpty())
            QSKIP("../shared/fixtures is absent");
        const QString dir = freshDir();
        const QString dest = QDir(dir).filePath(args.join(u' ').contains(u"Split"_s) ? u"install.swm"_s : u"dest.wim"_s);
        if (!existing.isEmpty())
            QVERIFY(QFile::copy(existing == u"boot"_s ? m_winpe : m_wim, dest));
        const QMap<QString, QString> values{{u"wim"_s, m_wim}, {u"dest"_s, dest}, {u"verifyfail"_s, verifyFail}};
        const QString log = m_dir.filePath(u"refusal%1.log"_s.arg(++m_counter));
        const Untouched target({dir, m_wim});
        const CliResult r = runCli(withLogPath(fillIn(args, values), log));
        QCOMPARE(refusedAs(r, log, exitCode, code, fragment), QString());
        QCOMPARE(target.changes(), QString());
    }

    // The one refusal compared as the whole sentence a technician reads.
    void refusalSentence()
    {
        const QString dest = QDir(freshDir()).filePath(u"x.wim"_s);
        const CliResult r = runCli({u"/Export-Image"_s, u"/SourceImageFile:"_s + m_wim, u"/SourceIndex:1"_s,
                                    u"/DestinationImageFile:"_s + dest, u"/Compress:ultra"_s});
        QCOMPARE(r.exitCode, 87);
        QCOMPARE(r.lastErrorLine(), u"Error: /Compress must be fast, max, none or recovery (got \"ultra\")."_s);
    }

    void help()
    {
        CliResult r = runCli({u"/Export-Image"_s, u"/?"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"/SourceImageFile"_s) && r.out.contains(u"/Compress"_s));
        r = runCli({u"Split-WindowsImage"_s, u"-?"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"-SplitImagePath"_s));
    }

    void interruptLeavesNothing()
    {
        const QString dir = freshDir();
        const QString dest = QDir(dir).filePath(u"big.wim"_s);
        QProcess p;
        p.setProgram(cliPath());
        p.setArguments({u"/Export-Image"_s, u"/SourceImageFile:"_s + m_big, u"/SourceIndex:1"_s,
                        u"/DestinationImageFile:"_s + dest, u"/Compress:max"_s});
        QByteArray err = startUntilStderr(p, "Writing data");
        QVERIFY2(err.contains("Writing data"), err.constData());
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        err += p.readAllStandardError();
        QCOMPARE(p.exitCode(), 130);
        QVERIFY2(err.contains("cancelled"), err.constData());
        QVERIFY2(entriesIn(dir).isEmpty(), qPrintable(entriesIn(dir).join(QLatin1Char(' '))));
    }

    // Issue 19 defect 1: Ctrl+C stops a recovery (solid LZMS) export within seconds. wimlib checks
    // for abort only between 64 MiB solid chunks; the write runs in wimbench-write-helper, which the
    // command kills. The export would take at least 18 s (solidSource), so it cannot have finished
    // when the command exits; the 10 s bound is generous so a loaded machine does not fail it.
    void interruptSolidExportWithinSeconds()
    {
        const QString wim = solidSource();
        QVERIFY(!wim.isEmpty());
        const QString dir = freshDir();
        const QString dest = QDir(dir).filePath(u"recovery.esd"_s);
        QProcess p;
        p.setProgram(cliPath());
        p.setArguments({u"/Export-Image"_s, u"/SourceImageFile:"_s + wim, u"/SourceIndex:1"_s, u"/DestinationImageFile:"_s + dest,
                        u"/Compress:recovery"_s});
        QElapsedTimer sinceStart;
        sinceStart.start();
        QByteArray err = startUntilStderr(p, "Writing data");
        QVERIFY2(err.contains("Writing data"), err.constData());
        QTest::qWait(1000); // well inside the first solid chunk
        QVERIFY(p.state() == QProcess::Running);
        QElapsedTimer sinceInterrupt;
        sinceInterrupt.start();
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        const qint64 latency = sinceInterrupt.elapsed();
        qInfo("Ctrl+C to exit during a solid LZMS export: %lld ms (%lld ms after the start)", latency, sinceStart.elapsed());
        err += p.readAllStandardError();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        QVERIFY2(err.contains("cancelled"), err.constData());
        QVERIFY2(latency < 10000, qPrintable(QString::number(latency)));
        QVERIFY2(entriesIn(dir).isEmpty(), qPrintable(entriesIn(dir).join(QLatin1Char(' '))));
        QVERIFY2(!writeHelperLeftIn(dir), "the write helper was killed with the export");
    }

    // The same for an append into an existing solid file: cancelled mid-way, it is byte-identical.
    void interruptSolidAppendLeavesFileIdentical()
    {
        const QString wim = solidSource();
        QVERIFY(!wim.isEmpty());
        const QString dir = freshDir();
        const QString dest = QDir(dir).filePath(u"small.esd"_s);
        const CliResult made = runCli({u"/Export-Image"_s, u"/SourceImageFile:"_s + m_winpe, u"/SourceIndex:1"_s,
                                       u"/DestinationImageFile:"_s + dest, u"/Compress:recovery"_s});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const QByteArray before = fileBytes(dest);
        QProcess p;
        p.setProgram(cliPath());
        p.setArguments({u"/Export-Image"_s, u"/SourceImageFile:"_s + wim, u"/SourceIndex:1"_s, u"/DestinationImageFile:"_s + dest});
        QByteArray err = startUntilStderr(p, "Writing data");
        QVERIFY2(err.contains("Writing data"), err.constData());
        QTest::qWait(1000);
        QElapsedTimer sinceInterrupt;
        sinceInterrupt.start();
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        qInfo("Ctrl+C to exit during a solid LZMS append: %lld ms", sinceInterrupt.elapsed());
        QCOMPARE(p.exitCode(), 130);
        QVERIFY2(sinceInterrupt.elapsed() < 10000, qPrintable(QString::number(sinceInterrupt.elapsed())));
        QVERIFY(fileBytes(dest) == before);
        QCOMPARE(entriesIn(dir), QStringList{u"small.esd"_s});
        QCOMPARE(header(dest).imageCount, 1);
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
