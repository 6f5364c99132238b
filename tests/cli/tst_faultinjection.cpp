// Fault injection without mounts: the real wimbench-cli is killed (SIGKILL) at each fault point of
// core/FaultPoint.h in export (into an existing and into a new WIM), split, provisioning and
// optimize, and by its progress lines for export and split. Afterwards: the WIM verifies (wimlib
// and wimlib-imagex) and holds exactly the old or the new content, the image folder is untouched or
// fully provisioned, and no temporary file stays once the next command ran. docs/FAULTS.md.
#include "AppxBuilder.h"
#include "CliRunner.h"
#include "FaultSupport.h"
#include "HiveBuilder.h"
#include "TestSigner.h"
#include "ImageDigest.h"
#include "OfflineImageBuilder.h"
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

using namespace wb;
using namespace wb::test;

namespace {
QString pointOf(const QString &fault)
{
    return fault.section(QLatin1Char(':'), 0, 0);
}

const QString kSidecar = QStringLiteral("ProgramData/Microsoft/Windows/WimBench/AppxProvisioning.wimbench.json");
const QString kHive = QStringLiteral("Windows/System32/config/SOFTWARE");

/// The keys and values of a hive as hivexml (libhivex-bin) prints them, without the keys' times
/// (libhivex stamps the keys it creates with the time of the change).
QByteArray hiveContent(const QString &hive)
{
    QProcess p;
    p.start(QStringLiteral("hivexml"), {hive});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return "hivexml failed: " + p.readAllStandardError();
    static const QRegularExpression times(QStringLiteral("<mtime>[^<]*</mtime>|\\s(mtime|last_modified)=\"[^\"]*\""));
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
        const QString d = m_dir.filePath(QStringLiteral("case%1").arg(++m_counter));
        QDir().mkpath(d);
        return d;
    }

    QStringList exportArgs(const QString &dest) const
    {
        return {QStringLiteral("/Export-Image"), QStringLiteral("/SourceImageFile:") + m_src, QStringLiteral("/SourceIndex:2"),
                QStringLiteral("/DestinationImageFile:") + dest};
    }

    QString newImage()
    {
        const QString root = m_dir.filePath(QStringLiteral("image%1").arg(++m_counter));
        OfflineImageSpec spec;
        spec.languages = {QStringLiteral("en-US")};
        HiveBuilder hive; // the add and the remove change it (AppxAllUserStore)
        addTestRoot(hive); // the image trusts the test signer's packages
        hive.setValue(QStringLiteral("Microsoft\\Windows NT\\CurrentVersion"), RegistryValue::string(QStringLiteral("CurrentBuildNumber"), QStringLiteral("22631")));
        return writeOfflineImage(root, spec) && hive.writeTo(QDir(root).filePath(kHive)) ? root : QString();
    }

    QStringList addArgs(const QString &image) const
    {
        // With a license and custom data, so that a kill also leaves those to undo.
        return {QStringLiteral("/Image:") + image, QStringLiteral("/Add-ProvisionedAppxPackage"), QStringLiteral("/PackagePath:") + m_bundle,
                QStringLiteral("/DependencyPackagePath:") + m_vclibs, QStringLiteral("/LicensePath:") + m_license,
                QStringLiteral("/CustomDataPath:") + m_customData, QStringLiteral("/Region:all")};
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
        const QString pro = m_dir.filePath(QStringLiteral("pro"));
        writeWindowsTree(pro, {QStringLiteral("en-US")});
        QVERIFY(writeBulkFiles(pro, 4 * 1024 * 1024, 256 * 1024, 3));
        const QString extra = m_dir.filePath(QStringLiteral("extra"));
        writeWindowsTree(extra, {QStringLiteral("en-US"), QStringLiteral("de-DE")});
        QVERIFY(writeBulkFiles(extra, 4 * 1024 * 1024, 256 * 1024, 4));
        m_src = m_dir.filePath(QStringLiteral("src/install.wim"));
        QDir().mkpath(QFileInfo(m_src).path());
        QVERIFY(createWim(m_src, {windowsLikeSpec(pro, QStringLiteral("Pro")), windowsLikeSpec(extra, QStringLiteral("Extra"))},
                          {Compression::Xpress})
                    .ok());
        m_destTemplate = m_dir.filePath(QStringLiteral("src/dest-template.wim"));
        QVERIFY(createWim(m_destTemplate, {windowsLikeSpec(pro, QStringLiteral("Pro"))}, {Compression::Xpress}).ok());
        m_proSnap = snapshotImage(m_destTemplate, 1);
        m_extraSnap = snapshotImage(m_src, 2);
        QVERIFY(!m_proSnap.isEmpty() && !m_extraSnap.isEmpty());
        auto tree = extractedTreeDigest(m_src, 1);
        QVERIFY(tree.ok());
        m_proTree = *tree;

        m_bundle = m_dir.filePath(QStringLiteral("pkg/Contoso.Sample.msixbundle"));
        QDir().mkpath(QFileInfo(m_bundle).path());
        QVERIFY(writeBundle(m_bundle, sampleBundle()).ok());
        m_vclibs = m_dir.filePath(QStringLiteral("pkg/vclibs.appx"));
        QVERIFY(writeAppx(m_vclibs, frameworkSpec(QStringLiteral("Microsoft.VCLibs.140.00"), QStringLiteral("14.0.30704.0"), QStringLiteral("x64"))).ok());
        AppxSpec other;
        other.name = QStringLiteral("Contoso.Other");
        m_other = m_dir.filePath(QStringLiteral("pkg/Contoso.Other.msix"));
        QVERIFY(writeAppx(m_other, other).ok());
        m_license = m_dir.filePath(QStringLiteral("pkg/Contoso_License1.xml"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("pkg")), QStringLiteral("Contoso_License1.xml"), "<License Version=\"1\">contoso</License>"));
        m_customData = m_dir.filePath(QStringLiteral("pkg/custom.dat"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("pkg")), QStringLiteral("custom.dat"), "custom data v1"));
        // The reference: the same add without a fault.
        const QString reference = newImage();
        m_untouched = imageDigest(reference);
        const CliResult add = runCli(addArgs(reference));
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        m_provisioned = imageDigest(reference);
        QVERIFY(m_provisioned != m_untouched);
        const QStringList licenses = m_provisioned.keys().filter(QStringLiteral("ClipSVC/Install/Apps/"));
        QVERIFY2(!licenses.isEmpty() && !m_untouched.contains(licenses.first()), "the add writes a license");
        QVERIFY(!m_provisioned.keys().filter(QStringLiteral("Custom.data")).isEmpty());
        QVERIFY2(m_provisioned.value(kHive) != m_untouched.value(kHive), "the add registers the app in the SOFTWARE hive");
        QVERIFY2(m_provisioned.value(kHive).contains("AppxAllUserStore"), m_provisioned.value(kHive).constData());
        QCOMPARE(strayTemporaries(reference), QStringList());
        const CliResult removed = runCli({QStringLiteral("/Image:") + reference, QStringLiteral("/Remove-ProvisionedAppxPackage"),
                                          QStringLiteral("/PackageName:Contoso.Sample")});
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
        QTest::newRow("before the write") << QStringLiteral("export.append.before-write") << 1;
        QTest::newRow("first progress message") << QStringLiteral("export.append.progress") << 1;
        QTest::newRow("second write-streams report") << QStringLiteral("export.append.progress.write-streams:2") << 1;
        QTest::newRow("fifth write-streams report") << QStringLiteral("export.append.progress.write-streams:5") << 1;
        QTest::newRow("metadata begins") << QStringLiteral("export.append.progress.write-metadata-begin") << 1;
        QTest::newRow("metadata written") << QStringLiteral("export.append.progress.write-metadata-end") << 1;
        QTest::newRow("after the write") << QStringLiteral("export.append.after-write") << 2;
        QTest::newRow("integrity table") << QStringLiteral("export.append.progress.calc-integrity:2") << 1;
    }

    void exportAppend()
    {
        QFETCH(QString, fault);
        QFETCH(int, expected);
        const QString folder = freshDir();
        const QString dest = QDir(folder).filePath(QStringLiteral("dest.wim"));
        QVERIFY(QFile::copy(m_destTemplate, dest));
        QStringList args = exportArgs(dest);
        if (fault.contains(QLatin1String("integrity")))
            args << QStringLiteral("/CheckIntegrity");
        const CliResult r = runCliWithFault(args, fault);
        QCOMPARE(diedAtFault(r, pointOf(fault)), QString());
        const int count = checkExportDestination(dest);
        QCOMPARE(count, expected);
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{QStringLiteral("dest.wim")});
        // The user runs the export again: it appends, or says the image is there already.
        const CliResult again = runCli(exportArgs(dest));
        if (count == 1) {
            QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        } else {
            QCOMPARE(again.exitCode, 1);
            QVERIFY2(again.err.contains(QStringLiteral("already has an image named \"Extra\"")), qPrintable(again.err));
        }
        QCOMPARE(checkExportDestination(dest), 2);
    }

    // ---- export into a new WIM ----
    void exportNew_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("first progress message") << QStringLiteral("export.new.progress");
        QTest::newRow("third write-streams report") << QStringLiteral("export.new.progress.write-streams:3");
        QTest::newRow("metadata written") << QStringLiteral("export.new.progress.write-metadata-end");
        QTest::newRow("before the rename") << QStringLiteral("export.new.before-rename");
    }

    void exportNew()
    {
        QFETCH(QString, fault);
        const QString folder = freshDir();
        const QString dest = QDir(folder).filePath(QStringLiteral("new.wim"));
        const CliResult r = runCliWithFault(exportArgs(dest), fault);
        QCOMPARE(diedAtFault(r, pointOf(fault)), QString());
        QVERIFY(!QFileInfo::exists(dest));
        // What a killed export leaves: at most its own temporary file, named with its pid.
        const QStringList left = strayTemporaries(folder);
        QVERIFY2(left.size() <= 1, qPrintable(left.join(QLatin1Char(' '))));
        for (const QString &f : left)
            QVERIFY2(f.startsWith(QStringLiteral(".new.wim.wimbench-")) && f.endsWith(QStringLiteral(".tmp")), qPrintable(f));
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
            QTest::newRow(qPrintable(QStringLiteral("after %1 progress lines").arg(k))) << k;
    }

    void exportAppendKilledByProgress()
    {
        QFETCH(int, lines);
        const QString folder = freshDir();
        const QString dest = QDir(folder).filePath(QStringLiteral("dest.wim"));
        QVERIFY(QFile::copy(m_destTemplate, dest));
        const bool killed = killAfterProgressLines(exportArgs(dest), lines);
        const int count = checkExportDestination(dest);
        QVERIFY2(count == 1 || count == 2, qPrintable(QString::number(count)));
        if (!killed)
            QCOMPARE(count, 2);
        qInfo() << "killed:" << killed << "images:" << count;
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{QStringLiteral("dest.wim")});
        const CliResult again = runCli(exportArgs(dest));
        QCOMPARE(again.exitCode, count == 1 ? 0 : 1);
        QCOMPARE(checkExportDestination(dest), 2);
    }

    // ---- delete (the file is rebuilt beside and renamed over) ----
    void deleteImage_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("expected"); // image count after the kill
        QTest::newRow("first progress message") << QStringLiteral("delete.progress") << 2;
        QTest::newRow("third write-streams report") << QStringLiteral("delete.progress.write-streams:3") << 2;
        QTest::newRow("metadata written") << QStringLiteral("delete.progress.write-metadata-end") << 2;
        QTest::newRow("integrity table") << QStringLiteral("delete.progress.calc-integrity:2") << 2;
        QTest::newRow("verified, before the rename") << QStringLiteral("delete.before-rename") << 2;
        QTest::newRow("after the rename") << QStringLiteral("delete.after-rename") << 1;
    }

    void deleteImage()
    {
        QFETCH(QString, fault);
        QFETCH(int, expected);
        const QString folder = freshDir();
        const QString wim = QDir(folder).filePath(QStringLiteral("install.wim"));
        QVERIFY(QFile::copy(m_src, wim));
        QStringList args{QStringLiteral("/Delete-Image"), QStringLiteral("/ImageFile:") + wim, QStringLiteral("/Index:1")};
        if (fault.contains(QLatin1String("integrity")))
            args << QStringLiteral("/CheckIntegrity");
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
            QVERIFY2(f.startsWith(QStringLiteral(".install.wim.wimbench-")) && f.endsWith(QStringLiteral(".tmp")), qPrintable(f));
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
            QTest::newRow(qPrintable(QStringLiteral("after %1 progress lines").arg(k))) << k;
    }

    void deleteKilledByProgress()
    {
        QFETCH(int, lines);
        const QString folder = freshDir();
        const QString wim = QDir(folder).filePath(QStringLiteral("install.wim"));
        QVERIFY(QFile::copy(m_src, wim));
        const bool killed =
            killAfterProgressLines({QStringLiteral("/Delete-Image"), QStringLiteral("/ImageFile:") + wim, QStringLiteral("/Index:1")}, lines);
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
        QTest::newRow("before the write") << QStringLiteral("imageinfo.before-write") << false;
        // Only the XML changes (no new data), so wimlib writes a checkpoint header that already
        // points to the new XML before it computes the integrity table (write.c, finish_write,
        // WIMLIB_WRITE_FLAG_NO_NEW_BLOBS): killed there, the file has the new fields and no table.
        QTest::newRow("integrity table") << QStringLiteral("imageinfo.progress.calc-integrity:2") << true;
        QTest::newRow("after the write") << QStringLiteral("imageinfo.after-write") << true;
    }

    void setImageInfo()
    {
        QFETCH(QString, fault);
        QFETCH(bool, changed);
        const QString folder = freshDir();
        const QString wim = QDir(folder).filePath(QStringLiteral("install.wim"));
        QVERIFY(QFile::copy(m_src, wim));
        const QByteArray hash = fileSha256(wim);
        const QStringList args{QStringLiteral("/Set-ImageInfo"), QStringLiteral("/ImageFile:") + wim, QStringLiteral("/Index:2"),
                               QStringLiteral("/NewName:Renamed"), QStringLiteral("/Flags:Professional"), QStringLiteral("/CheckIntegrity")};
        const CliResult r = runCliWithFault(args, fault);
        QCOMPARE(diedAtFault(r, pointOf(fault)), QString());
        QCOMPARE(verifyWim(wim), QString());
        QCOMPARE(imagexVerify(wim), QString());
        auto opened = WimFile::open(wim);
        QVERIFY(opened.ok());
        QCOMPARE(opened->imageInfo(2).name, changed ? QStringLiteral("Renamed") : QStringLiteral("Extra"));
        if (!changed)
            QCOMPARE(opened->imageCount(), 2);
        QCOMPARE(snapshotImage(wim, 2), m_extraSnap);
        if (fault == QLatin1String("imageinfo.before-write"))
            QCOMPARE(fileSha256(wim), hash);
        const CliResult again = runCli(args);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(WimFile::open(wim)->imageInfo(2).name, QStringLiteral("Renamed"));
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{QStringLiteral("install.wim")});
    }

    // ---- capture into a new file, append to an existing one ----
    void captureNew_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("first progress message") << QStringLiteral("capture.new.progress");
        QTest::newRow("third write-streams report") << QStringLiteral("capture.new.progress.write-streams:3");
        QTest::newRow("metadata written") << QStringLiteral("capture.new.progress.write-metadata-end");
        QTest::newRow("before the rename") << QStringLiteral("capture.new.before-rename");
    }

    void captureNew()
    {
        QFETCH(QString, fault);
        const QString folder = freshDir();
        const QString wim = QDir(folder).filePath(QStringLiteral("new.wim"));
        const QStringList args{QStringLiteral("/Capture-Image"), QStringLiteral("/ImageFile:") + wim,
                               QStringLiteral("/CaptureDir:") + m_dir.filePath(QStringLiteral("extra")), QStringLiteral("/Name:Extra")};
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
        QTest::newRow("before the write") << QStringLiteral("capture.append.before-write") << 1;
        QTest::newRow("first progress message") << QStringLiteral("capture.append.progress") << 1;
        QTest::newRow("third write-streams report") << QStringLiteral("capture.append.progress.write-streams:3") << 1;
        QTest::newRow("metadata written") << QStringLiteral("capture.append.progress.write-metadata-end") << 1;
        QTest::newRow("integrity table") << QStringLiteral("capture.append.progress.calc-integrity:2") << 1;
        QTest::newRow("after the write") << QStringLiteral("capture.append.after-write") << 2;
    }

    void captureAppend()
    {
        QFETCH(QString, fault);
        QFETCH(int, expected);
        const QString folder = freshDir();
        const QString wim = QDir(folder).filePath(QStringLiteral("dest.wim"));
        QVERIFY(QFile::copy(m_destTemplate, wim));
        QStringList args{QStringLiteral("/Append-Image"), QStringLiteral("/ImageFile:") + wim,
                         QStringLiteral("/CaptureDir:") + m_dir.filePath(QStringLiteral("extra")), QStringLiteral("/Name:Extra")};
        if (fault.contains(QLatin1String("integrity")))
            args << QStringLiteral("/CheckIntegrity");
        const CliResult r = runCliWithFault(args, fault);
        QCOMPARE(diedAtFault(r, pointOf(fault)), QString());
        QCOMPARE(verifyWim(wim), QString());
        QCOMPARE(imagexVerify(wim), QString());
        QCOMPARE(wimImageCount(wim), expected);
        QCOMPARE(snapshotImage(wim, 1), m_proSnap);
        QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{QStringLiteral("dest.wim")});
        const CliResult again = runCli(args);
        QCOMPARE(again.exitCode, expected == 1 ? 0 : 1);
        QCOMPARE(wimImageCount(wim), 2);
        QCOMPARE(*extractedTreeDigest(wim, 2), *extractedTreeDigest(m_src, 2));
    }

    // ---- split ----
    void split_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("first part written") << QStringLiteral("split.progress.split-end-part");
        QTest::newRow("second part written") << QStringLiteral("split.progress.split-end-part:2");
        QTest::newRow("third part begins") << QStringLiteral("split.progress.split-begin-part:3");
        QTest::newRow("fourth write-streams report") << QStringLiteral("split.progress.write-streams:4");
        QTest::newRow("all parts written") << QStringLiteral("split.before-move");
        QTest::newRow("one part moved") << QStringLiteral("split.between-moves");
        QTest::newRow("two parts moved") << QStringLiteral("split.between-moves:2");
    }

    void split()
    {
        QFETCH(QString, fault);
        const QByteArray sourceHash = fileSha256(m_src);
        const QString folder = freshDir();
        const QString first = QDir(folder).filePath(QStringLiteral("install.swm"));
        const QStringList args{QStringLiteral("/Split-Image"), QStringLiteral("/ImageFile:") + m_src, QStringLiteral("/SWMFile:") + first,
                               QStringLiteral("/FileSize:1")};
        const CliResult r = runCliWithFault(args, fault);
        QCOMPARE(diedAtFault(r, pointOf(fault)), QString());
        QCOMPARE(fileSha256(m_src), sourceHash);
        // The first part moves last: without it no split set is visible.
        QVERIFY(!QFileInfo::exists(first));
        const QStringList left = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        qInfo() << "left after the kill:" << left;
        for (const QString &f : left)
            QVERIFY2(f.startsWith(QStringLiteral(".wimbench-split-")) || f.startsWith(QStringLiteral("install")), qPrintable(f));
        // Splitting again clears what the killed split left and writes the whole set.
        const CliResult again = runCli(args);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(strayTemporaries(folder), QStringList());
        const QStringList parts = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(parts.size() >= 4, qPrintable(parts.join(QLatin1Char(' '))));
        for (const QString &p : parts)
            QVERIFY2(p.startsWith(QStringLiteral("install")) && p.endsWith(QStringLiteral(".swm")), qPrintable(p));
        QCOMPARE(imagexVerify(first, QDir(folder).filePath(QStringLiteral("install*.swm"))), QString());
        const auto tree = extractedTreeDigest(first, 1, QDir(folder).filePath(QStringLiteral("install*.swm")));
        QVERIFY(tree.ok());
        QCOMPARE(*tree, m_proTree);
    }

    void splitKilledByProgress_data()
    {
        QTest::addColumn<int>("lines");
        for (int k : {1, 3, 6, 12})
            QTest::newRow(qPrintable(QStringLiteral("after %1 progress lines").arg(k))) << k;
    }

    void splitKilledByProgress()
    {
        QFETCH(int, lines);
        const QString folder = freshDir();
        const QString first = QDir(folder).filePath(QStringLiteral("install.swm"));
        const QStringList args{QStringLiteral("/Split-Image"), QStringLiteral("/ImageFile:") + m_src, QStringLiteral("/SWMFile:") + first,
                               QStringLiteral("/FileSize:1")};
        const bool killed = killAfterProgressLines(args, lines);
        qInfo() << "killed:" << killed << "left:" << QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        if (QFileInfo::exists(first)) {
            // Complete (the first part is moved last): every part is there and the set verifies.
            QCOMPARE(imagexVerify(first, QDir(folder).filePath(QStringLiteral("install*.swm"))), QString());
        } else {
            const CliResult again = runCli(args);
            QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        }
        const CliResult tidy = runCli(args); // refuses (exists) but clears a staging folder left after the last move
        QCOMPARE(tidy.exitCode, 1);
        QCOMPARE(strayTemporaries(folder), QStringList());
        const auto tree = extractedTreeDigest(first, 1, QDir(folder).filePath(QStringLiteral("install*.swm")));
        QVERIFY(tree.ok());
        QCOMPARE(*tree, m_proTree);
    }

    // ---- provisioning ----
    void provisioning_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("complete"); // the provisioning counts as done after the kill
        QTest::newRow("first package extracted") << QStringLiteral("provision.during-extract") << false;
        QTest::newRow("second package extracted") << QStringLiteral("provision.during-extract:2") << false;
        QTest::newRow("all staged") << QStringLiteral("provision.after-extract") << false;
        QTest::newRow("one folder moved") << QStringLiteral("provision.between-moves") << false;
        QTest::newRow("two folders moved") << QStringLiteral("provision.between-moves:2") << false;
        QTest::newRow("folders in place, hive not changed") << QStringLiteral("provision.before-hive") << false;
        QTest::newRow("new hive written, not renamed") << QStringLiteral("hive.before-rename") << false;
        QTest::newRow("new hive renamed into place") << QStringLiteral("hive.after-rename") << false;
        QTest::newRow("hive committed") << QStringLiteral("provision.after-hive") << false;
        QTest::newRow("folders in place, no sidecar") << QStringLiteral("provision.before-sidecar") << false;
        QTest::newRow("sidecar written, no list") << QStringLiteral("provision.before-list") << false;
        QTest::newRow("list written") << QStringLiteral("provision.after-list") << true;
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
            QVERIFY2(f.startsWith(QStringLiteral("Program Files/WindowsApps/.wimbench-staging-"))
                         || f.startsWith(QStringLiteral("Windows/System32/config/.SOFTWARE.wimbench-")),
                     qPrintable(f));

        // The next locked operation on the image recovers first: here a remove that finds nothing.
        const CliResult recover = runCli({QStringLiteral("/Image:") + image, QStringLiteral("/Remove-ProvisionedAppxPackage"),
                                          QStringLiteral("/PackageName:Contoso.Nothing")});
        QCOMPARE(recover.exitCode, 1);
        QVERIFY2(recover.err.contains(QStringLiteral("No app Contoso.Nothing is provisioned")), qPrintable(recover.err));
        QCOMPARE(strayTemporaries(image), QStringList());
        QCOMPARE(imageDigest(image), complete ? m_provisioned : m_untouched);

        // And adding again gives the same image as an add that was never interrupted.
        const CliResult again = runCli(addArgs(image));
        if (complete) {
            QCOMPARE(again.exitCode, 1);
            QVERIFY2(again.err.contains(QStringLiteral("already provisioned")), qPrintable(again.err));
        } else {
            QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        }
        QCOMPARE(imageDigest(image), m_provisioned);
        QCOMPARE(strayTemporaries(image), QStringList());
    }

    void provisioningUndoesTheFoldersItCreated()
    {
        // An image without ProgramData: the license, sidecar and list folders share new parents.
        const QString image = newImage();
        QVERIFY(QDir(image + QStringLiteral("/ProgramData")).removeRecursively());
        const auto untouched = imageDigest(image);
        const CliResult r = runCliWithFault(addArgs(image), QStringLiteral("provision.before-list"));
        QCOMPARE(diedAtFault(r, QStringLiteral("provision.before-list")), QString());
        QVERIFY(QFileInfo::exists(image + QStringLiteral("/ProgramData/Microsoft/Windows/WimBench")));
        const CliResult recover = runCli({QStringLiteral("/Image:") + image, QStringLiteral("/Remove-ProvisionedAppxPackage"),
                                          QStringLiteral("/PackageName:Contoso.Nothing")});
        QCOMPARE(recover.exitCode, 1);
        QCOMPARE(imageDigest(image), untouched);
        QVERIFY(!QFileInfo::exists(image + QStringLiteral("/ProgramData")));
    }

    void provisioningRetriedDirectly()
    {
        // Without a recovery step in between: the retried add itself recovers first.
        const QString image = newImage();
        const CliResult r = runCliWithFault(addArgs(image), QStringLiteral("provision.between-moves"));
        QCOMPARE(diedAtFault(r, QStringLiteral("provision.between-moves")), QString());
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
        const QString apps = image + QStringLiteral("/Program Files/WindowsApps/");
        QVERIFY(writeFile(apps, QStringLiteral(".wimbench-staging-51e5c4c9eec88707/.wimbench-appx-0011223344556677/AppxManifest.xml"), "<Package/>"));
        QVERIFY(writeFile(apps, QStringLiteral(".wimbench-removing-00aa11bb22cc33dd/file.dll"), "half deleted"));
        QCOMPARE(strayTemporaries(image).size(), 3);
        const CliResult recover = runCli({QStringLiteral("/Image:") + image, QStringLiteral("/Remove-ProvisionedAppxPackage"),
                                          QStringLiteral("/PackageName:Contoso.Nothing")});
        QCOMPARE(recover.exitCode, 1);
        QCOMPARE(strayTemporaries(image), QStringList());
        QCOMPARE(imageDigest(image), m_untouched);
    }

    // ---- remove ----
    void removing_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("list saved") << QStringLiteral("remove.after-list");
        QTest::newRow("new hive written, not renamed") << QStringLiteral("hive.before-rename");
        QTest::newRow("new hive renamed into place") << QStringLiteral("hive.after-rename");
        QTest::newRow("hive committed") << QStringLiteral("remove.after-hive");
        QTest::newRow("one folder deleted") << QStringLiteral("remove.between-folders");
        QTest::newRow("two folders deleted") << QStringLiteral("remove.between-folders:2");
    }

    void removing()
    {
        QFETCH(QString, fault);
        const QString image = newImage();
        QCOMPARE(runCli(addArgs(image)).exitCode, 0);
        QCOMPARE(imageDigest(image), m_provisioned);
        const QStringList removeArgs{QStringLiteral("/Image:") + image, QStringLiteral("/Remove-ProvisionedAppxPackage"),
                                     QStringLiteral("/PackageName:Contoso.Sample")};
        const CliResult r = runCliWithFault(removeArgs, fault);
        QCOMPARE(diedAtFault(r, pointOf(fault)), QString());
        qInfo() << "left after the kill:" << strayTemporaries(image);
        // The next locked operation finishes the remove: the image is as after a remove that ran through.
        const CliResult recover = runCli(removeArgs);
        QCOMPARE(recover.exitCode, 1);
        QVERIFY2(recover.err.contains(QStringLiteral("No app Contoso.Sample is provisioned")), qPrintable(recover.err));
        QCOMPARE(strayTemporaries(image), QStringList());
        QCOMPARE(imageDigest(image), m_removed);
    }

    // ---- optimize ----
    void optimize_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("first link") << QStringLiteral("optimize.between-links");
        QTest::newRow("second link") << QStringLiteral("optimize.between-links:2");
    }

    void optimize()
    {
        QFETCH(QString, fault);
        const QString image = newImage();
        QCOMPARE(runCli(addArgs(image)).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("/Image:") + image, QStringLiteral("/Add-ProvisionedAppxPackage"), QStringLiteral("/PackagePath:") + m_other,
                         QStringLiteral("/SkipLicense"), QStringLiteral("/Region:all")})
                     .exitCode,
                 0);
        const auto before = contentTreeDigest(image);
        const QStringList optimizeArgs{QStringLiteral("/Image:") + image, QStringLiteral("/Optimize-ProvisionedAppxPackages")};
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
