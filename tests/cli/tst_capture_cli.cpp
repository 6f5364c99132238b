// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench-cli /Capture-Image (New-WindowsImage) and /Append-Image (Add-WindowsImage): the real
// executable in both syntaxes; the files that end up in the image (DISM's default exclusions, a
// WimScript.ini's exclusions, exceptions and compression exclusions), the file's compression, an
// NTFS volume made with mkntfs as the source, the Windows fields filled from a captured tree's
// SOFTWARE and SYSTEM hives and kernel32.dll, and every refusal with the file left as it was.
#include "CliRunner.h"
#include "HiveBuilder.h"
#include "ImageDigest.h"
#include "OfflineImageBuilder.h"
#include "WimBuilder.h"
#include "WimSnapshot.h"

#include "mount/MountRegistry.h"
#include "wim/Compression.h"
#include "wim/WimFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringConverter>
#include <QTemporaryDir>
#include <QTest>

#include <wimlib.h>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

namespace {
QMap<QString, QByteArray> withoutKeys(QMap<QString, QByteArray> d, const QStringList &prefixes)
{
    for (auto it = d.begin(); it != d.end();) {
        bool drop = false;
        for (const QString &p : prefixes)
            drop = drop || it.key() == p || it.key().startsWith(p + u'/');
        it = drop ? d.erase(it) : std::next(it);
    }
    return d;
}

/// path -> whether its data is stored compressed, for every file of image `index`.
QMap<QString, bool> compressedFiles(const QString &wim, int index)
{
    QMap<QString, bool> out;
    WIMStruct *w = nullptr;
    if (wimlib_open_wim(QFile::encodeName(wim).constData(), 0, &w) != 0)
        return out;
    auto visit = [](const wimlib_dir_entry *d, void *ctx) -> int {
        if (!(d->attributes & WIMLIB_FILE_ATTRIBUTE_DIRECTORY) && d->streams[0].resource.uncompressed_size > 0)
            (*static_cast<QMap<QString, bool> *>(ctx))[QString::fromUtf8(d->full_path)] = d->streams[0].resource.is_compressed;
        return 0;
    };
    wimlib_iterate_dir_tree(w, index, "/", WIMLIB_ITERATE_DIR_TREE_FLAG_RECURSIVE, visit, &out);
    wimlib_free(w);
    return out;
}
} // namespace

class TestCaptureCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_tree;   // a Windows-like tree plus every default exclusion
    QString m_second; // another tree, to append
    int m_counter = 0;

    QString freshDir()
    {
        const QString d = m_dir.filePath(u"out%1"_s.arg(++m_counter));
        QDir().mkpath(d);
        return d;
    }

    static QStringList filesIn(const QString &dir)
    {
        return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "WIMBENCH_CLI must name the built wimbench-cli");
        m_tree = m_dir.filePath(u"tree"_s);
        writeWindowsTree(m_tree, {u"en-US"_s});
        QVERIFY(writeBulkFiles(m_tree, 2 * 1024 * 1024, 512 * 1024, 3));
        for (const QString &f : {u"$ntfs.log"_s, u"hiberfil.sys"_s, u"pagefile.sys"_s, u"swapfile.sys"_s,
                                 u"System Volume Information/tracking.log"_s, u"RECYCLER/S-1-5-21/INFO2"_s, u"$Recycle.Bin/S-1-5-18/desktop.ini"_s,
                                 u"Windows/CSC/v2.0.6/namespace"_s, u"Users/Default/pagefile.sys"_s})
            QVERIFY(writeFile(m_tree, f, "excluded by default? " + f.toUtf8()));
        m_second = m_dir.filePath(u"second"_s);
        writeWindowsTree(m_second, {u"de-DE"_s});
    }

    void captureDismUsesDefaultExclusions()
    {
        const QString wim = QDir(freshDir()).filePath(u"install.wim"_s);
        const CliResult r = runCli({u"/Capture-Image"_s, u"/ImageFile:"_s + wim, u"/CaptureDir:"_s + m_tree, u"/Name:Reference"_s,
                                    u"/Description:Captured by a test"_s, u"/Verify"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Captured "_s) && r.out.contains(u"XPRESS compression"_s), qPrintable(r.out));
        auto file = WimFile::open(wim);
        QVERIFY(file.ok());
        QCOMPARE(file->imageCount(), 1);
        QCOMPARE(file->header().compression, u"XPRESS"_s); // DISM's default for /Capture-Image
        QCOMPARE(file->imageInfo(1).name, u"Reference"_s);
        QCOMPARE(file->imageInfo(1).description.value_or(QString()), u"Captured by a test"_s);
        const auto extracted = extractedTreeDigest(wim, 1);
        QVERIFY(extracted.ok());
        // Every default exclusion is gone (matched from the root, case-insensitively for
        // $Recycle.Bin); a pagefile.sys deeper in the tree is kept; everything else is there.
        const QMap<QString, QByteArray> expected =
            withoutKeys(contentTreeDigest(m_tree), {u"$ntfs.log"_s, u"hiberfil.sys"_s, u"pagefile.sys"_s, u"swapfile.sys"_s,
                                               u"System Volume Information"_s, u"RECYCLER"_s, u"$Recycle.Bin"_s, u"Windows/CSC"_s});
        QVERIFY(expected.contains(u"Users/Default/pagefile.sys"_s) && expected.contains(u"Windows"_s));
        QCOMPARE(*extracted, expected);
        QCOMPARE(filesIn(QFileInfo(wim).path()), QStringList{u"install.wim"_s});
    }

    void captureCmdletThenAppend()
    {
        const QString wim = QDir(freshDir()).filePath(u"install.wim"_s);
        const CliResult r = runCli({u"New-WindowsImage"_s, u"-ImagePath"_s, wim, u"-CapturePath"_s, m_tree, u"-Name"_s, u"Pro"_s,
                                    u"-CompressionType"_s, u"max"_s, u"-CheckIntegrity"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.field(u"ImageIndex"_s), u"1"_s);
        QCOMPARE(r.field(u"Compression"_s), u"LZX"_s);
        const auto first = snapshotImage(wim, 1);
        const CliResult a = runCli({u"Add-WindowsImage"_s, u"-ImagePath"_s, wim, u"-CapturePath"_s, m_second, u"-Name"_s, u"Home"_s,
                                    u"-Description"_s, u"appended"_s, u"-CheckIntegrity"_s, u"-Verify"_s});
        QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        QCOMPARE(a.field(u"ImageIndex"_s), u"2"_s);
        auto file = WimFile::open(wim);
        QVERIFY(file.ok());
        QCOMPARE(file->imageCount(), 2);
        QVERIFY(file->header().hasIntegrityTable);
        QCOMPARE(file->header().compression, u"LZX"_s);
        QCOMPARE(file->imageInfo(2).name, u"Home"_s);
        QCOMPARE(snapshotImage(wim, 1), first);
        QCOMPARE(verifyWim(wim), QString());
        const auto second = extractedTreeDigest(wim, 2);
        QVERIFY(second.ok());
        QCOMPARE(*second, contentTreeDigest(m_second));
    }

    void configFileRules_data()
    {
        QTest::addColumn<bool>("utf16");
        QTest::newRow("ANSI") << false;
        QTest::newRow("UTF-16LE with BOM (as Notepad saves it)") << true;
    }

    void configFileRules()
    {
        QFETCH(bool, utf16);
        const QString folder = freshDir();
        const QString tree = QDir(folder).filePath(u"tree"_s);
        QVERIFY(writeFile(tree, u"Logs/old.log"_s, "old"));
        QVERIFY(writeFile(tree, u"Logs/keep.log"_s, "keep"));
        QVERIFY(writeFile(tree, u"Data/a.tmp"_s, "tmp"));
        QVERIFY(writeFile(tree, u"Data/b.txt"_s, QByteArray(64 * 1024, 'b')));
        QVERIFY(writeFile(tree, u"Data/archive.zip"_s, randomBytes(64 * 1024, 7))); // already compressed data
        QVERIFY(writeFile(tree, u"pagefile.sys"_s, "not excluded: the config replaces the defaults"));
        const QString ini = u"[ExclusionList]\r\n\\Logs\r\n*.tmp\r\n\r\n[ExclusionException]\r\n\\Logs\\keep.log\r\n\r\n"
                            "[CompressionExclusionList]\r\n*.zip\r\n"_s;
        QFile f(QDir(folder).filePath(u"WimScript.ini"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (utf16) {
            f.write("\xff\xfe");
            f.write(QByteArray(reinterpret_cast<const char *>(ini.utf16()), ini.size() * 2));
        } else {
            f.write(ini.toLatin1());
        }
        f.close();
        const QString wim = QDir(folder).filePath(u"out.wim"_s);
        const CliResult r = runCli({u"/Capture-Image"_s, u"/ImageFile:"_s + wim, u"/CaptureDir:"_s + tree, u"/Name:Rules"_s,
                                    u"/ConfigFile:"_s + f.fileName(), u"/Compress:max"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const auto extracted = extractedTreeDigest(wim, 1);
        QVERIFY(extracted.ok());
        QCOMPARE(QStringList(extracted->keys()), (QStringList{u"Data"_s, u"Data/archive.zip"_s, u"Data/b.txt"_s, u"Logs"_s,
                                                               u"Logs/keep.log"_s, u"pagefile.sys"_s}));
        // wimlib has no per-file "store" switch: [CompressionExclusionList] is accepted, and data that
        // does not shrink (what the list names: archives, media) is stored uncompressed anyway.
        const QMap<QString, bool> compressed = compressedFiles(wim, 1);
        QCOMPARE(compressed.value(u"/Data/archive.zip"_s, true), false);
        QCOMPARE(compressed.value(u"/Data/b.txt"_s, false), true);
    }

    // A tree that is a Windows installation (real SOFTWARE and SYSTEM hives, a kernel32.dll with a
    // PE header) gets the image's Windows fields filled while capturing, from the places wimlib's
    // xml_windows.c reads (engine/ops/CaptureImageOperation.md, "Windows fields"), with DISM's
    // default exclusions and with a configuration file alike.
    void windowsFieldsFromHives_data()
    {
        QTest::addColumn<bool>("configFile");
        QTest::newRow("default exclusions") << false;
        QTest::newRow("WimScript.ini") << true;
    }

    void windowsFieldsFromHives()
    {
        QFETCH(bool, configFile);
        const QString folder = freshDir();
        const QString tree = QDir(folder).filePath(u"tree"_s);
        ImageHivesSpec hives;
        hives.editionId = u"Enterprise"_s;
        hives.productName = u"Windows 10 Enterprise"_s;
        hives.build = u"19045"_s;
        hives.uiLanguages = {u"en-US"_s, u"de-DE"_s};
        hives.installLanguage = u"0407"_s; // de-DE
        OfflineImageSpec spec;
        spec.languages = hives.uiLanguages;
        spec.hives = hives;
        QVERIFY(writeOfflineImage(tree, spec));
        // Windows 10 and later: CurrentMajor/MinorVersionNumber (CurrentVersion stays "6.3");
        // ProductOptions\ProductType in the control set.
        HiveBuilder software = softwareHive(hives);
        software.setValue(u"Microsoft\\Windows NT\\CurrentVersion"_s, RegistryValue::dword(u"CurrentMajorVersionNumber"_s, 10));
        software.setValue(u"Microsoft\\Windows NT\\CurrentVersion"_s, RegistryValue::dword(u"CurrentMinorVersionNumber"_s, 0));
        QVERIFY(software.writeTo(tree + u"/Windows/System32/config/SOFTWARE"_s));
        HiveBuilder system = systemHive(hives);
        system.setValue(u"ControlSet001\\Control\\ProductOptions"_s, RegistryValue::string(u"ProductType"_s, u"WinNT"_s));
        QVERIFY(system.writeTo(tree + u"/Windows/System32/config/SYSTEM"_s));
        // The architecture comes from kernel32.dll's PE header: "MZ", e_lfanew at 0x3C, "PE\0\0", machine.
        QByteArray pe(0x200, '\0');
        pe[0] = 'M', pe[1] = 'Z', pe[0x3C] = 0x40;
        pe.replace(0x40, 4, QByteArray("PE\0\0", 4));
        pe[0x44] = char(0x64), pe[0x45] = char(0x86); // IMAGE_FILE_MACHINE_AMD64
        QVERIFY(writeFile(tree, u"Windows/System32/kernel32.dll"_s, pe));

        const QString wim = QDir(folder).filePath(u"install.wim"_s);
        QStringList args{u"/Capture-Image"_s, u"/ImageFile:"_s + wim, u"/CaptureDir:"_s + tree, u"/Name:Enterprise"_s};
        if (configFile) {
            QVERIFY(writeFile(folder, u"WimScript.ini"_s, "[ExclusionList]\r\n\\pagefile.sys\r\n"));
            args << u"/ConfigFile:"_s + QDir(folder).filePath(u"WimScript.ini"_s);
        }
        const CliResult r = runCli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto file = WimFile::open(wim);
        QVERIFY(file.ok());
        const ImageInfo info = file->imageInfo(1);
        QCOMPARE(info.architecture.value_or(-1), 9); // PROCESSOR_ARCHITECTURE_AMD64
        QCOMPARE(info.edition.value_or(QString()), u"Enterprise"_s);
        QCOMPARE(info.flags.value_or(QString()), u"Enterprise"_s);
        QCOMPARE(info.displayName.value_or(QString()), u"Windows 10 Enterprise"_s);
        QCOMPARE(info.installationType.value_or(QString()), u"Client"_s);
        QCOMPARE(info.productType.value_or(QString()), u"WinNT"_s);
        QCOMPARE(info.versionMajor.value_or(0), 10u);
        QCOMPARE(info.versionMinor.value_or(99), 0u);
        QCOMPARE(info.versionBuild.value_or(0), 19045u);
        QStringList languages = info.languages;
        languages.sort();
        QCOMPARE(languages, (QStringList{u"de-DE"_s, u"en-US"_s}));
        QCOMPARE(info.defaultLanguage.value_or(QString()), u"de-DE"_s);
        QCOMPARE(info.systemRoot.value_or(QString()), u"WINDOWS"_s);
    }

    void captureRecoveryEsd()
    {
        const QString esd = QDir(freshDir()).filePath(u"install.esd"_s);
        const CliResult r = runCli({u"/Capture-Image"_s, u"/ImageFile:"_s + esd, u"/CaptureDir:"_s + m_second, u"/Name:Esd"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(WimFile::open(esd)->header().solid);
        // The reported compression is what the written file says (it is no longer read back).
        const QString written = describeCompression(WimFile::open(esd)->header());
        QCOMPARE(written, u"LZMS (solid)"_s);
        QVERIFY2(r.out.contains(written), qPrintable(r.out));
        QCOMPARE(*extractedTreeDigest(esd, 1), contentTreeDigest(m_second));
    }

    void captureNtfsVolume()
    {
        if (QStandardPaths::findExecutable(u"mkntfs"_s).isEmpty() && !QFile::exists(u"/usr/sbin/mkntfs"_s))
            QSKIP("mkntfs (ntfs-3g) is not installed");
        const QString folder = freshDir();
        const QString volume = QDir(folder).filePath(u"volume.img"_s);
        QFile img(volume);
        QVERIFY(img.open(QIODevice::WriteOnly) && img.resize(16 * 1024 * 1024));
        img.close();
        QCOMPARE(QProcess::execute(u"/usr/sbin/mkntfs"_s, {u"-F"_s, u"-q"_s, u"-L"_s, u"Test"_s, volume}), 0);
        const QString wim = QDir(folder).filePath(u"volume.wim"_s);
        const CliResult r = runCli({u"/Capture-Image"_s, u"/ImageFile:"_s + wim, u"/CaptureDir:"_s + volume, u"/Name:Volume"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        auto file = WimFile::open(wim);
        QVERIFY(file.ok());
        QCOMPARE(file->imageCount(), 1);
        // An NTFS root carries a security descriptor (a folder capture on Linux has none).
        auto root = file->stat(1, u"/"_s);
        QVERIFY(root.ok());
        QVERIFY(root->hasSecurityDescriptor);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("capture onto an existing file") << u"exists"_s << 1 << u"already exists. Use /Append-Image"_s;
        QTest::newRow("append to a missing file") << u"append-missing"_s << 1 << u"does not exist, so nothing can be appended"_s;
        QTest::newRow("recovery into a .wim") << u"recovery-wim"_s << 1 << u"can only be written into an .esd file"_s;
        QTest::newRow("append with a compression") << u"append-compress"_s << 87 << u"/Compress"_s;
        QTest::newRow("name in use, other case") << u"name-in-use"_s << 1 << u"already has an image named \"Pro\""_s;
        QTest::newRow("missing config file") << u"config-missing"_s << 1 << u"The configuration file"_s;
        QTest::newRow("missing capture folder") << u"source-missing"_s << 1 << u"does not exist. Check the path given with /CaptureDir"_s;
        QTest::newRow("a file that is no NTFS volume") << u"not-ntfs"_s << 1 << u"not-ntfs.img"_s;
        QTest::newRow("bootable without Windows PE") << u"not-winpe"_s << 1 << u"is not a Windows PE image"_s;
        QTest::newRow("into a split image") << u"swm"_s << 1 << u"split images (.swm) cannot be changed"_s;
        QTest::newRow("append to a mounted file") << u"mounted"_s << 1 << u"is mounted at"_s;
        QTest::newRow("no name") << u"no-name"_s << 87 << u"/Name"_s;
    }

    void refusals()
    {
        QFETCH(QString, kind);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString folder = freshDir();
        const QString existing = QDir(folder).filePath(u"existing.wim"_s);
        QVERIFY(createWim(existing, {windowsLikeSpec(m_second, u"Pro"_s)}).ok());
        QString wim = QDir(folder).filePath(u"new.wim"_s);
        QString verb = u"/Capture-Image"_s;
        QStringList extra{u"/Name:Other"_s};
        QString source = m_second;
        if (kind == u"exists"_s)
            wim = existing;
        if (kind == u"append-missing"_s)
            verb = u"/Append-Image"_s;
        if (kind == u"recovery-wim"_s)
            extra << u"/Compress:recovery"_s;
        if (kind == u"append-compress"_s || kind == u"name-in-use"_s || kind == u"mounted"_s) {
            verb = u"/Append-Image"_s;
            wim = existing;
        }
        if (kind == u"append-compress"_s)
            extra << u"/Compress:max"_s;
        if (kind == u"name-in-use"_s)
            extra = {u"/Name:pro"_s};
        if (kind == u"config-missing"_s)
            extra << u"/ConfigFile:"_s + QDir(folder).filePath(u"nothere.ini"_s);
        if (kind == u"source-missing"_s)
            source = QDir(folder).filePath(u"nothere"_s);
        if (kind == u"not-ntfs"_s) {
            source = QDir(folder).filePath(u"not-ntfs.img"_s);
            QVERIFY(writeFile(folder, u"not-ntfs.img"_s, QByteArray(1024 * 1024, 'x')));
        }
        if (kind == u"not-winpe"_s)
            extra << u"/Bootable"_s;
        if (kind == u"swm"_s)
            wim = QDir(folder).filePath(u"new.swm"_s);
        if (kind == u"no-name"_s)
            extra.clear();
        MountRecord record;
        if (kind == u"mounted"_s) {
            record.mountDir = QDir(folder).filePath(u"mnt"_s);
            record.imageFile = existing;
            record.index = 1;
            QVERIFY(MountRegistry().put(record).ok());
        }
        const QByteArray hash = fileSha256(existing);
        const QStringList before = filesIn(folder);
        const CliResult r = runCli(QStringList{verb, u"/ImageFile:"_s + wim, u"/CaptureDir:"_s + source} + extra);
        if (kind == u"mounted"_s)
            QVERIFY(MountRegistry().remove(record.mountDir).ok());
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.lastErrorLine().contains(message), qPrintable(r.err));
        QCOMPARE(fileSha256(existing), hash);
        QCOMPARE(filesIn(folder), before);
    }
};

QTEST_GUILESS_MAIN(TestCaptureCli)
#include "tst_capture_cli.moc"
