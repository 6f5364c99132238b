// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection without mounts: the real wimbench-cli is killed (SIGKILL) at each fault point of
// core/FaultPoint.h in export (into an existing and into a new WIM), split, provisioning and
// optimize, and by its progress lines for export and split. Afterwards: the WIM verifies (wimlib
// and wimlib-imagex) and holds exactly the old or the new content, the image folder is untouched or
// fully provisioned, and no temporary file stays once the next command ran. docs/FAULTS.md.
#include "AppxBuilder.h"
#include "CliRunner.h"
#include "CliScenario.h"
#include "FaultSupport.h"
#include "HiveBuilder.h"
#include "ImageDigest.h"
#include "OfflineImageBuilder.h"
#include "TestSigner.h"
#include "WimBuilder.h"
#include "WimSnapshot.h"

#include "wim/WimFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

namespace {
QString pointOf(const QString &fault)
{
    return fault.section(QLatin1Char(':'), 0, 0);
}

const QString kSidecar = u"ProgramData/Microsoft/Windows/WimBench/AppxProvisioning.wimbench.json"_s;
const QString kHive = u"Windows/System32/config/SOFTWARE"_s;

/// The keys and values of a hive as hivexml (libhivex-bin) prints them, without the keys' times
/// (libhivex stamps the keys it creates with the time of the change).
QByteArray hiveContent(const QString &hive)
{
    QProcess p;
    p.start(u"hivexml"_s, {hive});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return "hivexml failed: " + p.readAllStandardError();
    static const QRegularExpression times(u"<mtime>[^<]*</mtime>|\\s(mtime|last_modified)=\"[^\"]*\""_s);
    return QString::fromUtf8(p.readAllStandardOutput()).remove(times).toUtf8();
}
} // namespace

class TestFaultInjection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_src;      // XPRESS: "Pro" (index 1), "Extra" (index 2)
    QString m_destTemplate; // XPRESS: "Pro"
    QMap<QString, EntrySnapshot> m_proSnap, m_extraSnap;
    QMap<QString, QByteArray> m_proTree;
    QString m_bundle, m_vclibs, m_other, m_license, m_customData;
    QMap<QString, QByteArray> m_untouched, m_provisioned, m_removed;
    int m_counter = 0;

    QString freshDir()
    {
        const QString d = m_dir.filePath(u"case%1"_s.arg(++m_counter));
        QDir().mkpath(d);
        return d;
    }

    QStringList exportArgs(const QString &dest) const
    {
        return {u"/Export-Image"_s, u"/SourceImageFile:"_s + m_src, u"/SourceIndex:2"_s,
                u"/DestinationImageFile:"_s + dest};
    }

    QString newImage()
    {
        const QString root = m_dir.filePath(u"image%1"_s.arg(++m_counter));
        OfflineImageSpec spec;
        spec.languages = {u"en-US"_s};
        HiveBuilder hive; // the add and the remove change it (AppxAllUserStore)
        addTestRoot(hive); // the image trusts the test signer's packages
        hive.setValue(u"Microsoft\\Windows NT\\CurrentVersion"_s, RegistryValue::string(u"CurrentBuildNumber"_s, u"22631"_s));
        return writeOfflineImage(root, spec) && hive.writeTo(QDir(root).filePath(kHive)) ? root : QString();
    }

    QStringList addArgs(const QString &image) const
    {
        // With a license and custom data, so that a kill also leaves those to undo.
        return {u"/Image:"_s + image, u"/Add-ProvisionedAppxPackage"_s, u"/PackagePath:"_s + m_bundle,
                u"/DependencyPackagePath:"_s + m_vclibs, u"/LicensePath:"_s + m_license,
                u"/CustomDataPath:"_s + m_customData, u"/Region:all"_s};
    }

    /// The image's digest with the sidecar's content (it holds the time of provisioning) left out.
    QMap<QString, QByteArray> imageDigest(const QString &root) const
    {
        QMap<QString, QByteArray> d = treeDigest(root);
        if (d.contains(kSidecar))
            d[kSidecar] = "sidecar";
        if (d.contains(kHive))
            d[kHive] = hiveContent(QDir(root).filePath(kHive));
        return d;
    }

    /// The destination holds exactly the old content (1 image, "Pro") or the new (plus "Extra").
    /// Returns the image count.
    int checkExportDestination(const QString &dest)
    {
        [&] {
            QCOMPARE(verifyWim(dest), QString());
            QCOMPARE(imagexVerify(dest), QString());
        }();
        const int count = wimImageCount(dest);
        if (count != 1 && count != 2)
            return -1;
        if (snapshotImage(dest, 1) != m_proSnap)
            return -2;
        if (count == 2 && snapshotImage(dest, 2) != m_extraSnap)
            return -3;
        return count;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "WIMBENCH_CLI must name the built wimbench-cli");
        const QString pro = m_dir.filePath(u"pro"_s);
        writeWindowsTree(pro, {u"en-US"_s});
        QVERIFY(writeBulkFiles(pro, 4 * 1024 * 1024, 256 * 1024, 3));
        const QString extra = m_dir.filePath(u"extra"_s);
        writeWindowsTree(extra, {u"en-US"_s, u"de-DE"_s});
        QVERIFY(writeBulkFiles(extra, 4 * 1024 * 1024, 256 * 1024, 4));
        m_src = m_dir.filePath(u"src/install.wim"_s);
        QDir().mkpath(QFileInfo(m_src).path());
        QVERIFY(createWim(m_src, {windowsLikeSpec(pro, u"Pro"_s), windowsLikeSpec(extra, u"Extra"_s)},
                          {Compression::Xpress})
                    .ok());
        m_destTemplate = m_dir.filePath(u"src/dest-template.wim"_s);
        QVERIFY(createWim(m_destTemplate, {windowsLikeSpec(pro, u"Pro"_s)}, {Compression::Xpress}).ok());
        m_proSnap = snapshotImage(m_destTemplate, 1);
        m_extraSnap = snapshotImage(m_src, 2);
        QVERIFY(!m_proSnap.isEmpty() && !m_extraSnap.isEmpty());
        auto tree = extractedTreeDigest(m_src, 1);
        QVERIFY(tree.ok());
        m_proTree = *tree;

        m_bundle = m_dir.filePath(u"pkg/Contoso.Sample.msixbundle"_s);
        QDir().mkpath(QFileInfo(m_bundle).path());
        QVERIFY(writeBundle(m_bundle, sampleBundle()).ok());
        m_vclibs = m_dir.filePath(u"pkg/vclibs.appx"_s);
        QVERIFY(writeAppx(m_vclibs, frameworkSpec(u"Microsoft.VCLibs.140.00"_s, u"14.0.30704.0"_s, u"x64"_s)).ok());
        AppxSpec other;
        other.name = u"Contoso.Other"_s;
        m_other = m_dir.filePath(u"pkg/Contoso.Other.msix"_s);
        QVERIFY(writeAppx(m_other, other).ok());
        m_license = m_dir.filePath(u"pkg/Contoso_License1.xml"_s);
        QVERIFY(writeFile(m_dir.filePath(u"pkg"_s), u"Contoso_License1.xml"_s, "<License Version=\"1\">contoso</License>"));
        m_customData = m_dir.filePath(u"pkg/custom.dat"_s);
        QVERIFY(writeFile(m_dir.filePath(u"pkg"_s), u"custom.dat"_s, "custom data v1"));
        // The reference: the same add without a fault.
        const QString reference = newImage();
        m_untouched = imageDigest(reference);
        const CliResult add = runCli(addArgs(reference));
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        m_provisioned = imageDigest(reference);
        QVERIFY(m_provisioned != m_untouched);
        const QStringList licenses = m_provisioned.keys().filter(u"ClipSVC/Install/Apps/"_s);
        QVERIFY2(!licenses.isEmpty() && !m_untouched.contains(licenses.first()), "the add writes a license");
        QVERIFY(!m_provisioned.keys().filter(u"Custom.data"_s).isEmpty());
        QVERIFY2(m_provisioned.value(kHive) != m_untouched.value(kHive), "the add registers the app in the SOFTWARE hive");
        QVERIFY2(m_provisioned.value(kHive).contains("AppxAllUserStore"), m_provisioned.value(kHive).constData());
        QCOMPARE(strayTemporaries(reference), QStringList());
        const CliResult removed = runCli({u"/Image:"_s + reference, u"/Remove-ProvisionedAppxPackage"_s,
                                          u"/PackageName:Contoso.Sample"_s});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        m_removed = imageDigest(reference);
        QVERIFY2(m_removed.value(kHive).contains("Deprovisioned"), m_removed.value(kHive).constData());
        QCOMPARE(strayTemporaries(reference), QStringList());
    }

    // ---- export into an existing WIM ----
    void exportAppend_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("expected"); // image count after the kill; 0 = either
        QTest::newRow("before the write") << u"export.append.before-write"_s << 1;
        QTest::newRow("first progress message") << u"export.append.progress"_s << 1;
        QTest::newRow("second write-streams report") << u"export.append.progress.write-streams:2"_s << 1;
        QTest::newRow("fifth write-streams report") << u"export.append.progress.write-streams:5"_s << 1;
        QTest::newRow("metadata begins") << u"export.append.progress.write-metadata-begin"_s << 1;
        QTest::newRow("metadata written") << u"export.append.progress.write-metadata-end"_s << 1;
        QTest::newRow("after the write") << u"export.append.after-write"_s << 2;
        QTest::newRow("integrity table") << u"export.append.progress.calc-integrity:2"_s << 1;
    }

    void exportAppend()
    {
        QFETCH(QString, fault);
        QFETCH(int, expected);
        const QString folder = freshDir();
        const QString dest = QDir(folder).filePath(u"dest.wim"_s);
        QVERIFY(QFile::copy(m_destTemplate, dest));
        QStringList args = exportArgs(dest);
        if (fault.contains(QLatin1String("integrity")))
            args << u"/CheckIntegrity"_s;
        const CliResult r = runCliWithFault(args, fault);
        QCOMPARE(diedAtFault(r, pointOf(fault)), QString());
        const int count = checkExportDestination(dest);
        QCOMPARE(count, expected);
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{u"dest.wim"_s});
        // The user runs the export again: it appends, or says the image is there already.
        const CliResult again = runCli(exportArgs(dest));
        if (count == 1) {
            QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        } else {
            QCOMPARE(again.exitCode, 1);
            QVERIFY2(again.err.contains(u"already has an image named \"Extra\""_s), qPrintable(again.err));
        }
        QCOMPARE(checkExportDestination(dest), 2);
    }

    // ---- export into a new WIM ----
    void exportNew_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("first progress message") << u"export.new.progress"_s;
        QTest::newRow("third write-streams report") << u"export.new.progress.write-streams:3"_s;
        QTest::newRow("metadata written") << u"export.new.progress.write-metadata-end"_s;
        QTest::newRow("before the rename") << u"export.new.before-rename"_s;
    }

    void exportNew()
    {
        QFETCH(QString, fault);
        const QString folder = freshDir();
        const QString dest = QDir(folder).filePath(u"new.wim"_s);
        const CliResult r = runCliWithFault(exportArgs(dest), fault);
        QCOMPARE(diedAtFault(r, pointOf(fault)), QString());
        QVERIFY(!QFileInfo::exists(dest));
        // What a killed export leaves: at most its own temporary file, named with its pid.
        const QStringList left = strayTemporaries(folder);
        QVERIFY2(left.size() <= 1, qPrintable(left.join(QLatin1Char(' '))));
        for (const QString &f : left)
            QVERIFY2(f.startsWith(u".new.wim.wimbench-"_s) && f.endsWith(u".tmp"_s), qPrintable(f));
        // The next export into that name removes it and writes the file.
        const CliResult again = runCli(exportArgs(dest));
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(strayTemporaries(folder), QStringList());
        QCOMPARE(verifyWim(dest), QString());
        QCOMPARE(snapshotImage(dest, 1), m_extraSnap);
    }

    // ---- kill by progress lines ----
    void exportAppendKilledByProgress_data()
    {
        QTest::addColumn<int>("lines");
        for (int k : {1, 2, 4, 8, 16})
            QTest::newRow(qPrintable(u"after %1 progress lines"_s.arg(k))) << k;
    }

    void exportAppendKilledByProgress()
    {
        QFETCH(int, lines);
        const QString folder = freshDir();
        const QString dest = QDir(folder).filePath(u"dest.wim"_s);
        QVERIFY(QFile::copy(m_destTemplate, dest));
        const bool killed = killAfterProgressLines(exportArgs(dest), lines);
        const int count = checkExportDestination(dest);
        QVERIFY2(count == 1 || count == 2, qPrintable(QString::number(count)));
        if (!killed)
            QCOMPARE(count, 2);
        qInfo() << "killed:" << killed << "images:" << count;
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{u"dest.wim"_s});
        const CliResult again = runCli(exportArgs(dest));
        QCOMPARE(again.exitCode, count == 1 ? 0 : 1);
        QCOMPARE(checkExportDestination(dest), 2);
    }

    // ---- delete (the file is rebuilt beside and renamed over) ----
    void deleteImage_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("expected"); // image count after the kill
        QTest::newRow("first progress message") << u"delete.progress"_s << 2;
        QTest::newRow("third write-streams report") << u"delete.progress.write-streams:3"_s << 2;
        QTest::newRow("metadata written") << u"delete.progress.write-metadata-end"_s << 2;
        QTest::newRow("integrity table") << u"delete.progress.calc-integrity:2"_s << 2;
        QTest::newRow("verified, before the rename") << u"delete.before-rename"_s << 2;
        QTest::newRow("after the rename") << u"delete.after-rename"_s << 1;
    }

    void deleteImage()
    {
        QFETCH(QString, fault);
        QFETCH(int, expected);
        const QString folder = freshDir();
        const QString wim = QDir(folder).filePath(u"install.wim"_s);
        QVERIFY(QFile::copy(m_src, wim));
        QStringList args{u"/Delete-Image"_s, u"/ImageFile:"_s + wim, u"/Index:1"_s};
        if (fault.contains(QLatin1String("integrity")))
            args << u"/CheckIntegrity"_s;
        const CliResult r = runCliWithFault(args, fault);
        QCOMPARE(diedAtFault(r, pointOf(fault)), QString());
        // The name holds the old file or the complete new one, never a mix.
        QCOMPARE(verifyWim(wim), QString());
        QCOMPARE(imagexVerify(wim), QString());
        QCOMPARE(wimImageCount(wim), expected);
        QCOMPARE(snapshotImage(wim, expected), m_extraSnap);
        if (expected == 2)
            QCOMPARE(snapshotImage(wim, 1), snapshotImage(m_src, 1));
        const QStringList left = strayTemporaries(folder);
        QVERIFY2(left.size() <= 1, qPrintable(left.join(QLatin1Char(' '))));
        for (const QString &f : left)
            QVERIFY2(f.startsWith(u".install.wim.wimbench-"_s) && f.endsWith(u".tmp"_s), qPrintable(f));
        // The user runs it again: it deletes, or (done already) refuses the last image; either way
        // the temporary file of the killed run is gone.
        const CliResult again = runCli(args);
        QCOMPARE(again.exitCode, expected == 2 ? 0 : 1);
        QCOMPARE(strayTemporaries(folder), QStringList());
        QCOMPARE(wimImageCount(wim), 1);
        QCOMPARE(snapshotImage(wim, 1), m_extraSnap);
    }

    void deleteKilledByProgress_data()
    {
        QTest::addColumn<int>("lines");
        for (int k : {1, 3, 8})
            QTest::newRow(qPrintable(u"after %1 progress lines"_s.arg(k))) << k;
    }

    void deleteKilledByProgress()
    {
        QFETCH(int, lines);
        const QString folder = freshDir();
        const QString wim = QDir(folder).filePath(u"install.wim"_s);
        QVERIFY(QFile::copy(m_src, wim));
        const bool killed =
            killAfterProgressLines({u"/Delete-Image"_s, u"/ImageFile:"_s + wim, u"/Index:1"_s}, lines);
        QCOMPARE(verifyWim(wim), QString());
        const int count = wimImageCount(wim);
        QVERIFY2(count == 1 || count == 2, qPrintable(QString::number(count)));
        if (!killed)
            QCOMPARE(count, 1);
        QCOMPARE(snapshotImage(wim, count), m_extraSnap);
        qInfo() << "killed:" << killed << "images:" << count;
    }

    // ---- image properties (appended in place) ----
    void setImageInfo_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("changed");
        QTest::newRow("before the write") << u"imageinfo.before-write"_s << false;
        // Only the XML changes (no new data), so wimlib writes a checkpoint header that already
        // points to the new XML before it computes the integrity table (write.c, finish_write,
        // WIMLIB_WRITE_FLAG_NO_NEW_BLOBS): killed there, the file has the new fields and no table.
        QTest::newRow("integrity table") << u"imageinfo.progress.calc-integrity:2"_s << true;
        QTest::newRow("after the write") << u"imageinfo.after-write"_s << true;
    }

    void setImageInfo()
    {
        QFETCH(QString, fault);
        QFETCH(bool, changed);
        const QString folder = freshDir();
        const QString wim = QDir(folder).filePath(u"install.wim"_s);
        QVERIFY(QFile::copy(m_src, wim));
        const QByteArray hash = fileSha256(wim);
        const QStringList args{u"/Set-ImageInfo"_s, u"/ImageFile:"_s + wim, u"/Index:2"_s,
                               u"/NewName:Renamed"_s, u"/Flags:Professional"_s, u"/CheckIntegrity"_s};
        const CliResult r = runCliWithFault(args, fault);
        QCOMPARE(diedAtFault(r, pointOf(fault)), QString());
        QCOMPARE(verifyWim(wim), QString());
        QCOMPARE(imagexVerify(wim), QString());
        auto opened = WimFile::open(wim);
        QVERIFY(opened.ok());
        QCOMPARE(opened->imageInfo(2).name, changed ? u"Renamed"_s : u"Extra"_s);
        if (!changed)
            QCOMPARE(opened->imageCount(), 2);
        QCOMPARE(snapshotImage(wim, 2), m_extraSnap);
        if (fault == QLatin1String("imageinfo.before-write"))
            QCOMPARE(fileSha256(wim), hash);
        const CliResult again = runCli(args);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(WimFile::open(wim)->imageInfo(2).name, u"Renamed"_s);
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{u"install.wim"_s});
    }

    // ---- capture into a new file, append to an existing one ----
    void captureNew_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("first progress message") << u"capture.new.progress"_s;
        QTest::newRow("third write-streams report") << u"capture.new.progress.write-streams:3"_s;
        QTest::newRow("metadata written") << u"capture.new.progress.write-metadata-end"_s;
        QTest::newRow("before the rename") << u"capture.new.before-rename"_s;
    }

    void captureNew()
    {
        QFETCH(QString, fault);
        const QString folder = freshDir();
        const QString wim = QDir(folder).filePath(u"new.wim"_s);
        const QStringList args{u"/Capture-Image"_s, u"/ImageFile:"_s + wim,
                               u"/CaptureDir:"_s + m_dir.filePath(u"extra"_s), u"/Name:Extra"_s};
        const CliResult r = runCliWithFault(args, fault);
        QCOMPARE(diedAtFault(r, pointOf(fault)), QString());
        QVERIFY(!QFileInfo::exists(wim));
        const QStringList left = strayTemporaries(folder);
        QVERIFY2(left.size() <= 1, qPrintable(left.join(QLatin1Char(' '))));
        const CliResult again = runCli(args);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(strayTemporaries(folder), QStringList());
        QCOMPARE(verifyWim(wim), QString());
        QCOMPARE(*extractedTreeDigest(wim, 1), *extractedTreeDigest(m_src, 2));
    }

    void captureAppend_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("expected");
        QTest::newRow("before the write") << u"capture.append.before-write"_s << 1;
        QTest::newRow("first progress message") << u"capture.append.progress"_s << 1;
        QTest::newRow("third write-streams report") << u"capture.append.progress.write-streams:3"_s << 1;
        QTest::newRow("metadata written") << u"capture.append.progress.write-metadata-end"_s << 1;
        QTest::newRow("integrity table") << u"capture.append.progress.calc-integrity:2"_s << 1;
        QTest::newRow("after the write") << u"capture.append.after-write"_s << 2;
    }

    void captureAppend()
    {
        QFETCH(QString, fault);
        QFETCH(int, expected);
        const QString folder = freshDir();
        const QString wim = QDir(folder).filePath(u"dest.wim"_s);
        QVERIFY(QFile::copy(m_destTemplate, wim));
        QStringList args{u"/Append-Image"_s, u"/ImageFile:"_s + wim,
                         u"/CaptureDir:"_s + m_dir.filePath(u"extra"_s), u"/Name:Extra"_s};
        if (fault.contains(QLatin1String("integrity")))
            args << u"/CheckIntegrity"_s;
        const CliResult r = runCliWithFault(args, fault);
        QCOMPARE(diedAtFault(r, pointOf(fault)), QString());
        QCOMPARE(verifyWim(wim), QString());
        QCOMPARE(imagexVerify(wim), QString());
        QCOMPARE(wimImageCount(wim), expected);
        QCOMPARE(snapshotImage(wim, 1), m_proSnap);
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{u"dest.wim"_s});
        const CliResult again = runCli(args);
        QCOMPARE(again.exitCode, expected == 1 ? 0 : 1);
        QCOMPARE(wimImageCount(wim), 2);
        QCOMPARE(*extractedTreeDigest(wim, 2), *extractedTreeDigest(m_src, 2));
    }

    // ---- split ----
    void split_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("first part written") << u"split.progress.split-end-part"_s;
        QTest::newRow("second part written") << u"split.progress.split-end-part:2"_s;
        QTest::newRow("third part begins") << u"split.progress.split-begin-part:3"_s;
        QTest::newRow("fourth write-streams report") << u"split.progress.write-streams:4"_s;
        QTest::newRow("all parts written") << u"split.before-move"_s;
        QTest::newRow("one part moved") << u"split.between-moves"_s;
        QTest::newRow("two parts moved") << u"split.between-moves:2"_s;
    }

    void split()
    {
        QFETCH(QString, fault);
        const QByteArray sourceHash = fileSha256(m_src);
        const QString folder = freshDir();
        const QString first = QDir(folder).filePath(u"install.swm"_s);
        const QStringList args{u"/Split-Image"_s, u"/ImageFile:"_s + m_src, u"/SWMFile:"_s + first,
                               u"/FileSize:1"_s};
        const CliResult r = runCliWithFault(args, fault);
        QCOMPARE(diedAtFault(r, pointOf(fault)), QString());
        QCOMPARE(fileSha256(m_src), sourceHash);
        // The first part moves last: without it no split set is visible.
        QVERIFY(!QFileInfo::exists(first));
        const QStringList left = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        qInfo() << "left after the kill:" << left;
        for (const QString &f : left)
            QVERIFY2(f.startsWith(u".wimbench-split-"_s) || f.startsWith(u"install"_s), qPrintable(f));
        // Splitting again clears what the killed split left and writes the whole set.
        const CliResult again = runCli(args);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(strayTemporaries(folder), QStringList());
        const QStringList parts = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(parts.size() >= 4, qPrintable(parts.join(QLatin1Char(' '))));
        for (const QString &p : parts)
            QVERIFY2(p.startsWith(u"install"_s) && p.endsWith(u".swm"_s), qPrintable(p));
        QCOMPARE(imagexVerify(first, QDir(folder).filePath(u"install*.swm"_s)), QString());
        const auto tree = extractedTreeDigest(first, 1, QDir(folder).filePath(u"install*.swm"_s));
        QVERIFY(tree.ok());
        QCOMPARE(*tree, m_proTree);
    }

    void splitKilledByProgress_data()
    {
        QTest::addColumn<int>("lines");
        for (int k : {1, 3, 6, 12})
            QTest::newRow(qPrintable(u"after %1 progress lines"_s.arg(k))) << k;
    }

    void splitKilledByProgress()
    {
        QFETCH(int, lines);
        const QString folder = freshDir();
        const QString first = QDir(folder).filePath(u"install.swm"_s);
        const QStringList args{u"/Split-Image"_s, u"/ImageFile:"_s + m_src, u"/SWMFile:"_s + first,
                               u"/FileSize:1"_s};
        const bool killed = killAfterProgressLines(args, lines);
        qInfo() << "killed:" << killed << "left:" << QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        if (QFileInfo::exists(first)) {
            // Complete (the first part is moved last): every part is there and the set verifies.
            QCOMPARE(imagexVerify(first, QDir(folder).filePath(u"install*.swm"_s)), QString());
        } else {
            const CliResult again = runCli(args);
            QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        }
        const CliResult tidy = runCli(args); // refuses (exists) but clears a staging folder left after the last move
        QCOMPARE(tidy.exitCode, 1);
        QCOMPARE(strayTemporaries(folder), QStringList());
        const auto tree = extractedTreeDigest(first, 1, QDir(folder).filePath(u"install*.swm"_s));
        QVERIFY(tree.ok());
        QCOMPARE(*tree, m_proTree);
    }

    // ---- provisioning ----
    void provisioning_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("complete"); // the provisioning counts as done after the kill
        QTest::newRow("first package extracted") << u"provision.during-extract"_s << false;
        QTest::newRow("second package extracted") << u"provision.during-extract:2"_s << false;
        QTest::newRow("all staged") << u"provision.after-extract"_s << false;
        QTest::newRow("one folder moved") << u"provision.between-moves"_s << false;
        QTest::newRow("two folders moved") << u"provision.between-moves:2"_s << false;
        QTest::newRow("folders in place, hive not changed") << u"provision.before-hive"_s << false;
        QTest::newRow("new hive written, not renamed") << u"hive.before-rename"_s << false;
        QTest::newRow("new hive renamed into place") << u"hive.after-rename"_s << false;
        QTest::newRow("hive committed") << u"provision.after-hive"_s << false;
        QTest::newRow("folders in place, no sidecar") << u"provision.before-sidecar"_s << false;
        QTest::newRow("sidecar written, no list") << u"provision.before-list"_s << false;
        QTest::newRow("list written") << u"provision.after-list"_s << true;
    }

    void provisioning()
    {
        QFETCH(QString, fault);
        QFETCH(bool, complete);
        const QString image = newImage();
        QCOMPARE(imageDigest(image), m_untouched);
        const CliResult r = runCliWithFault(addArgs(image), fault);
        QCOMPARE(diedAtFault(r, pointOf(fault)), QString());
        const QStringList left = strayTemporaries(image);
        qInfo() << "left after the kill:" << left;
        for (const QString &f : left)
            QVERIFY2(f.startsWith(u"Program Files/WindowsApps/.wimbench-staging-"_s)
                         || f.startsWith(u"Windows/System32/config/.SOFTWARE.wimbench-"_s),
                     qPrintable(f));

        // The next locked operation on the image recovers first: here a remove that finds nothing.
        const CliResult recover = runCli({u"/Image:"_s + image, u"/Remove-ProvisionedAppxPackage"_s,
                                          u"/PackageName:Contoso.Nothing"_s});
        QCOMPARE(recover.exitCode, 1);
        QVERIFY2(recover.err.contains(u"No app Contoso.Nothing is provisioned"_s), qPrintable(recover.err));
        QCOMPARE(strayTemporaries(image), QStringList());
        QCOMPARE(imageDigest(image), complete ? m_provisioned : m_untouched);

        // And adding again gives the same image as an add that was never interrupted.
        const CliResult again = runCli(addArgs(image));
        if (complete) {
            QCOMPARE(again.exitCode, 1);
            QVERIFY2(again.err.contains(u"already provisioned"_s), qPrintable(again.err));
        } else {
            QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        }
        QCOMPARE(imageDigest(image), m_provisioned);
        QCOMPARE(strayTemporaries(image), QStringList());
    }

    /// The new hive is written beside the extraction from the handle the image facts parsed; a
    /// hive replaced by another writer meanwhile is parsed again at the rename, so its change is
    /// kept beside the add's keys (no lost update), and no temporary file is left.
    void provisioningKeepsAHiveReplacedMeanwhile()
    {
        const QString image = newImage();
        const QString hive = QDir(image).filePath(kHive);
        HeldCli held;
        QVERIFY(held.hold(addArgs(image), u"provision.after-extract"_s));
        HiveBuilder other;
        addTestRoot(other);
        other.setValue(u"Microsoft\\Windows NT\\CurrentVersion"_s, RegistryValue::string(u"CurrentBuildNumber"_s, u"22631"_s));
        other.setValue(u"Contoso\\Meanwhile"_s, RegistryValue::string(u"Value"_s, u"kept"_s));
        QVERIFY(other.writeTo(hive + u".new"_s));
        QVERIFY(QFile::remove(hive) && QFile::rename(hive + u".new"_s, hive));
        const CliResult r = held.resume();
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QProcess get;
        get.start(u"hivexget"_s, {hive, u"\\Contoso\\Meanwhile"_s, u"Value"_s});
        QVERIFY(get.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(get.readAllStandardOutput()).trimmed(), u"kept"_s);
        QProcess ls;
        ls.start(u"hivexsh"_s, {hive});
        ls.write("cd \\Microsoft\\Windows\\CurrentVersion\\Appx\\AppxAllUserStore\\Applications\nls\nexit\n");
        ls.closeWriteChannel();
        QVERIFY(ls.waitForFinished(60000));
        const QString apps = QString::fromUtf8(ls.readAllStandardOutput());
        QVERIFY2(apps.contains(u"Contoso."_s), qPrintable(apps));
        QCOMPARE(strayTemporaries(image), QStringList());
    }

    void provisioningUndoesTheFoldersItCreated()
    {
        // An image without ProgramData: the license, sidecar and list folders share new parents.
        const QString image = newImage();
        QVERIFY(QDir(image + u"/ProgramData"_s).removeRecursively());
        const auto untouched = imageDigest(image);
        const CliResult r = runCliWithFault(addArgs(image), u"provision.before-list"_s);
        QCOMPARE(diedAtFault(r, u"provision.before-list"_s), QString());
        QVERIFY(QFileInfo::exists(image + u"/ProgramData/Microsoft/Windows/WimBench"_s));
        const CliResult recover = runCli({u"/Image:"_s + image, u"/Remove-ProvisionedAppxPackage"_s,
                                          u"/PackageName:Contoso.Nothing"_s});
        QCOMPARE(recover.exitCode, 1);
        QCOMPARE(imageDigest(image), untouched);
        QVERIFY(!QFileInfo::exists(image + u"/ProgramData"_s));
    }

    void provisioningRetriedDirectly()
    {
        // Without a recovery step in between: the retried add itself recovers first.
        const QString image = newImage();
        const CliResult r = runCliWithFault(addArgs(image), u"provision.between-moves"_s);
        QCOMPARE(diedAtFault(r, u"provision.between-moves"_s), QString());
        const CliResult again = runCli(addArgs(image));
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(imageDigest(image), m_provisioned);
        QCOMPARE(strayTemporaries(image), QStringList());
    }

    void stagingLeftWithoutPidIsRemoved()
    {
        // Staging folders named without a pid (earlier versions, e.g. a .wimbench-appx-* extraction
        // folder inside one) are removed under the image's lock too.
        const QString image = newImage();
        const QString apps = image + u"/Program Files/WindowsApps/"_s;
        QVERIFY(writeFile(apps, u".wimbench-staging-51e5c4c9eec88707/.wimbench-appx-0011223344556677/AppxManifest.xml"_s, "<Package/>"));
        QVERIFY(writeFile(apps, u".wimbench-removing-00aa11bb22cc33dd/file.dll"_s, "half deleted"));
        QCOMPARE(strayTemporaries(image).size(), 3);
        const CliResult recover = runCli({u"/Image:"_s + image, u"/Remove-ProvisionedAppxPackage"_s,
                                          u"/PackageName:Contoso.Nothing"_s});
        QCOMPARE(recover.exitCode, 1);
        QCOMPARE(strayTemporaries(image), QStringList());
        QCOMPARE(imageDigest(image), m_untouched);
    }

    // ---- remove ----
    void removing_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("list saved") << u"remove.after-list"_s;
        QTest::newRow("new hive written, not renamed") << u"hive.before-rename"_s;
        QTest::newRow("new hive renamed into place") << u"hive.after-rename"_s;
        QTest::newRow("hive committed") << u"remove.after-hive"_s;
        QTest::newRow("one folder deleted") << u"remove.between-folders"_s;
        QTest::newRow("two folders deleted") << u"remove.between-folders:2"_s;
    }

    void removing()
    {
        QFETCH(QString, fault);
        const QString image = newImage();
        QCOMPARE(runCli(addArgs(image)).exitCode, 0);
        QCOMPARE(imageDigest(image), m_provisioned);
        const QStringList removeArgs{u"/Image:"_s + image, u"/Remove-ProvisionedAppxPackage"_s,
                                     u"/PackageName:Contoso.Sample"_s};
        const CliResult r = runCliWithFault(removeArgs, fault);
        QCOMPARE(diedAtFault(r, pointOf(fault)), QString());
        qInfo() << "left after the kill:" << strayTemporaries(image);
        // The next locked operation finishes the remove: the image is as after a remove that ran through.
        const CliResult recover = runCli(removeArgs);
        QCOMPARE(recover.exitCode, 1);
        QVERIFY2(recover.err.contains(u"No app Contoso.Sample is provisioned"_s), qPrintable(recover.err));
        QCOMPARE(strayTemporaries(image), QStringList());
        QCOMPARE(imageDigest(image), m_removed);
    }

    // ---- optimize ----
    void optimize_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("first link") << u"optimize.between-links"_s;
        QTest::newRow("second link") << u"optimize.between-links:2"_s;
    }

    void optimize()
    {
        QFETCH(QString, fault);
        const QString image = newImage();
        QCOMPARE(runCli(addArgs(image)).exitCode, 0);
        QCOMPARE(runCli({u"/Image:"_s + image, u"/Add-ProvisionedAppxPackage"_s, u"/PackagePath:"_s + m_other,
                         u"/SkipLicense"_s, u"/Region:all"_s})
                     .exitCode,
                 0);
        const auto before = contentTreeDigest(image);
        const QStringList optimizeArgs{u"/Image:"_s + image, u"/Optimize-ProvisionedAppxPackages"_s};
        const CliResult r = runCliWithFault(optimizeArgs, fault);
        QCOMPARE(diedAtFault(r, pointOf(fault)), QString());
        QCOMPARE(contentTreeDigest(image), before);
        QCOMPARE(strayTemporaries(image), QStringList());
        const CliResult again = runCli(optimizeArgs);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(contentTreeDigest(image), before);
    }

private:
    /// Starts the CLI and kills it after its `lines`-th progress line on stderr; false when it
    /// finished first.
    bool killAfterProgressLines(const QStringList &args, int lines)
    {
        BackgroundCli cli;
        cli.process.setReadChannel(QProcess::StandardError);
        cli.start(args);
        int seen = 0;
        QByteArray pending;
        while (seen < lines) {
            if (!cli.process.waitForReadyRead(60000))
                break; // finished (or stuck: finish() below tells)
            pending += cli.process.readAllStandardError();
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0 && seen < lines) {
                if (pending.startsWith('['))
                    ++seen;
                pending.remove(0, nl + 1);
            }
        }
        const bool killed = seen >= lines && cli.process.state() == QProcess::Running;
        if (killed)
            ::kill(pid_t(cli.process.processId()), SIGKILL);
        const CliResult r = cli.finish();
        if (!killed)
            [&] { QCOMPARE(r.exitCode, 0); }();
        return killed;
    }
};

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"
