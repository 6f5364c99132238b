// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench-cli /Delete-Image (Remove-WindowsImage) and /Set-ImageInfo (Set-WimBenchImageInfo): the
// real executable in both syntaxes; what the file holds afterwards (images, their content, the
// boot index, the GUID, the integrity table) and every refusal, with the file left byte-identical.
#include "CliRunner.h"
#include "CliScenario.h"
#include "ImageDigest.h"
#include "WimBuilder.h"
#include "WimSnapshot.h"

#include "mount/MountRegistry.h"
#include "wim/WimFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

class TestImageEditCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_three; // LZX: "Home" (1), "Pro" (2), "Enterprise" (3); boot index 3; integrity table
    QString m_esd;   // solid LZMS: "Home", "Pro"
    QMap<QString, EntrySnapshot> m_home, m_pro, m_enterprise;
    int m_counter = 0;

    QString copyOf(const QString &source, const QString &name = u"install.wim"_s)
    {
        const QString folder = m_dir.filePath(u"case%1"_s.arg(++m_counter));
        QDir().mkpath(folder);
        const QString path = QDir(folder).filePath(name);
        return QFile::copy(source, path) ? path : QString();
    }

    static WimHeaderInfo header(const QString &path)
    {
        auto wim = WimFile::open(path);
        return wim ? wim->header() : WimHeaderInfo{};
    }

    static QStringList names(const QString &path)
    {
        auto wim = WimFile::open(path);
        QStringList n;
        if (wim) {
            for (const ImageInfo &i : wim->images())
                n << i.name;
        }
        return n;
    }

    static ImageInfo info(const QString &path, int index)
    {
        auto wim = WimFile::open(path);
        return wim ? wim->imageInfo(index) : ImageInfo{};
    }

    static QStringList filesBeside(const QString &path)
    {
        return QFileInfo(path).absoluteDir().entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "WIMBENCH_CLI must name the built wimbench-cli");
        QList<ImageSpec> specs;
        const QStringList editions{u"Home"_s, u"Pro"_s, u"Enterprise"_s};
        for (int i = 0; i < editions.size(); ++i) {
            const QString tree = m_dir.filePath(u"tree-"_s + editions[i]);
            writeWindowsTree(tree, {u"en-US"_s});
            QVERIFY(writeBulkFiles(tree, 1024 * 1024, 256 * 1024, quint32(10 + i))); // data only this image has
            ImageSpec s = windowsLikeSpec(tree, editions[i]);
            s.edition = editions[i];
            specs << s;
        }
        m_three = m_dir.filePath(u"three.wim"_s);
        QVERIFY(createWim(m_three, specs, {Compression::Lzx, false, true, 3}).ok());
        m_esd = m_dir.filePath(u"two.esd"_s);
        QVERIFY(createWim(m_esd, {specs[0], specs[1]}, {Compression::Lzms, true}).ok());
        m_home = snapshotImage(m_three, 1);
        m_pro = snapshotImage(m_three, 2);
        m_enterprise = snapshotImage(m_three, 3);
        QVERIFY(!m_home.isEmpty() && m_home != m_pro);
    }

    void deleteByIndexDism()
    {
        const QString wim = copyOf(m_three);
        const WimHeaderInfo before = header(wim);
        const CliResult r = runCli({u"/Delete-Image"_s, u"/ImageFile:"_s + wim, u"/Index:2"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Deleted image 2 (\"Pro\")"_s), qPrintable(r.out));
        QVERIFY2(r.out.contains(u"The operation completed successfully."_s), qPrintable(r.out));
        QCOMPARE(names(wim), (QStringList{u"Home"_s, u"Enterprise"_s}));
        QCOMPARE(snapshotImage(wim, 1), m_home);
        QCOMPARE(snapshotImage(wim, 2), m_enterprise);
        QCOMPARE(verifyWim(wim), QString());
        const WimHeaderInfo after = header(wim);
        QCOMPARE(after.guid, before.guid);
        QCOMPARE(after.bootIndex, 2); // Enterprise was bootable and moved from 3 to 2
        QCOMPARE(after.compression, before.compression);
        QVERIFY(after.hasIntegrityTable); // kept
        QVERIFY2(after.fileSize < before.fileSize, "the deleted image's own data leaves the file");
        QCOMPARE(filesBeside(wim), QStringList{u"install.wim"_s});
    }

    void deleteByNameCmdlet()
    {
        const QString wim = copyOf(m_three);
        const CliResult r = runCli({u"Remove-WindowsImage"_s, u"-ImagePath"_s, wim, u"-Name"_s, u"enterprise"_s, u"-CheckIntegrity"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.field(u"ImageIndex"_s), u"3"_s);
        QCOMPARE(r.field(u"ImageName"_s), u"Enterprise"_s);
        QCOMPARE(r.field(u"ImageCount"_s), u"2"_s);
        QCOMPARE(names(wim), (QStringList{u"Home"_s, u"Pro"_s}));
        QCOMPARE(header(wim).bootIndex, 0); // the bootable image is gone
        QCOMPARE(verifyWim(wim), QString());
    }

    void deleteFromSolidEsd()
    {
        const QString wim = copyOf(m_esd, u"install.esd"_s);
        const CliResult r = runCli({u"/Delete-Image"_s, u"/ImageFile:"_s + wim, u"/Index:1"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(names(wim), QStringList{u"Pro"_s});
        QVERIFY(header(wim).solid);
        QCOMPARE(snapshotImage(wim, 1), m_pro);
        QCOMPARE(verifyWim(wim), QString());
    }

    void deleteTwiceLeavesOne()
    {
        const QString wim = copyOf(m_three);
        QCOMPARE(runCli({u"/Delete-Image"_s, u"/ImageFile:"_s + wim, u"/Index:1"_s}).exitCode, 0);
        QCOMPARE(runCli({u"/Delete-Image"_s, u"/ImageFile:"_s + wim, u"/Name:Pro"_s}).exitCode, 0);
        QCOMPARE(names(wim), QStringList{u"Enterprise"_s});
        QCOMPARE(snapshotImage(wim, 1), m_enterprise);
        // deleteRefusals: and the last one stays
    }

    void deleteRefusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        // clang-format off
        QTest::newRow("no index or name")     << u"no-selector"_s        << 87 << QString()   << u"Say which image to delete with /Index or /Name"_s;
        QTest::newRow("cmdlet without index") << u"cmdlet-no-selector"_s << 87 << QString()   << u"Say which image to delete with -Index or -Name"_s;
        QTest::newRow("index out of range")   << u"bad-index"_s          << 1  << u"wim.no-such-index"_s << u"7"_s;
        QTest::newRow("unknown name")         << u"bad-name"_s           << 1  << u"wim.no-such-name"_s << u"Ultimate"_s;
        QTest::newRow("unknown name, cmdlet") << u"cmdlet-bad-name"_s    << 1  << u"wim.no-such-name"_s << u"Ultimate"_s;
        QTest::newRow("mounted")              << u"mounted"_s            << 1  << u"delete.mounted"_s    << u"is mounted at"_s;
        QTest::newRow("split image")          << u"split"_s              << 1  << u"delete.split"_s    << u"split images cannot be changed"_s;
        QTest::newRow("read-only header")     << u"read-only"_s          << 1  << u"delete.read-only"_s    << u"is read-only"_s;
        QTest::newRow("missing file")         << u"missing"_s            << 1  << u"wim.file-not-found"_s << u"does not exist"_s;
        QTest::newRow("the only image")       << u"last"_s               << 1  << u"delete.last-image"_s    << u"is the only image in"_s;
        // clang-format on
    }

    void deleteRefusals()
    {
        QFETCH(QString, kind);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QString wim = copyOf(m_three);
        QStringList args{u"/Delete-Image"_s, u"/ImageFile:"_s + wim, u"/Index:1"_s};
        if (kind == u"no-selector"_s)
            args.removeLast();
        if (kind == u"cmdlet-no-selector"_s)
            args = {u"Remove-WindowsImage"_s, u"-ImagePath"_s, wim};
        if (kind == u"bad-index"_s)
            args.last() = u"/Index:7"_s;
        if (kind == u"bad-name"_s)
            args.last() = u"/Name:Ultimate"_s;
        if (kind == u"cmdlet-bad-name"_s)
            args = {u"Remove-WindowsImage"_s, u"-ImagePath"_s, wim, u"-Name"_s, u"Ultimate"_s};
        if (kind == u"last"_s) {
            for (const QString &index : {u"/Index:1"_s, u"/Index:1"_s})
                QCOMPARE(runCli({u"/Delete-Image"_s, u"/ImageFile:"_s + wim, index}).exitCode, 0);
        }
        if (kind == u"missing"_s)
            args[1] = u"/ImageFile:"_s + wim + u".nothere"_s;
        MountRecord record;
        if (kind == u"mounted"_s) {
            record.mountDir = m_dir.filePath(u"mnt%1"_s.arg(m_counter));
            record.imageFile = wim;
            record.index = 3;
            QVERIFY(MountRegistry().put(record).ok());
        }
        if (kind == u"split"_s) {
            const QString first = QFileInfo(wim).absoluteDir().filePath(u"install.swm"_s);
            const CliResult s = runCli({u"/Split-Image"_s, u"/ImageFile:"_s + wim, u"/SWMFile:"_s + first, u"/FileSize:1"_s});
            QVERIFY2(s.exitCode == 0, qPrintable(s.err));
            QVERIFY(QFile::remove(wim));
            wim = first;
            args[1] = u"/ImageFile:"_s + wim;
        }
        if (kind == u"read-only"_s) {
            // The header's flags (offset 16) get WIM_HDR_FLAG_READONLY (0x4), as a tool that marks
            // files read-only writes it.
            QFile f(wim);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(16));
            QByteArray flags = f.read(4);
            flags[0] = char(flags[0] | 0x4);
            QVERIFY(f.seek(16));
            QCOMPARE(f.write(flags), 4);
            f.close();
            QVERIFY(header(wim).readOnly);
        }
        const QString log = m_dir.filePath(u"delete-%1.log"_s.arg(kind));
        const Untouched folder({QFileInfo(wim).absolutePath()});
        const CliResult r = runCli(withLogPath(args, log));
        if (kind == u"mounted"_s)
            QVERIFY(MountRegistry().remove(record.mountDir).ok());
        QCOMPARE(refusedAs(r, log, exitCode, code, message), QString());
        QCOMPARE(folder.changes(), QString()); // the file's bytes, and nothing beside it
    }

    void setImageInfoDism()
    {
        const QString wim = copyOf(m_three);
        const WimHeaderInfo before = header(wim);
        const CliResult r = runCli({u"/Set-ImageInfo"_s, u"/ImageFile:"_s + wim, u"/Index:2"_s, u"/NewName:Windows 11 Pro"_s,
                                    u"/Description:Reference build"_s, u"/DisplayName:Windows 11 Pro (display)"_s,
                                    u"/DisplayDescription:For Setup"_s, u"/Flags:Professional"_s, u"/Bootable"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Changed image 2 of"_s), qPrintable(r.out));
        const ImageInfo i = info(wim, 2);
        QCOMPARE(i.name, u"Windows 11 Pro"_s);
        QCOMPARE(i.description.value_or(QString()), u"Reference build"_s);
        QCOMPARE(i.displayName.value_or(QString()), u"Windows 11 Pro (display)"_s);
        QCOMPARE(i.displayDescription.value_or(QString()), u"For Setup"_s);
        QCOMPARE(i.flags.value_or(QString()), u"Professional"_s);
        const WimHeaderInfo after = header(wim);
        QCOMPARE(after.bootIndex, 2);
        QCOMPARE(after.guid, before.guid);
        QCOMPARE(snapshotImage(wim, 2), m_pro); // content untouched
        QCOMPARE(verifyWim(wim), QString());
        QCOMPARE(info(wim, 1).name, u"Home"_s);
    }

    void setImageInfoCmdlet()
    {
        const QString wim = copyOf(m_three);
        const CliResult r = runCli({u"Set-WimBenchImageInfo"_s, u"-ImagePath"_s, wim, u"-Name"_s, u"Home"_s, u"-Flags"_s, u"Core"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.field(u"ImageIndex"_s), u"1"_s);
        const ImageInfo i = info(wim, 1);
        QCOMPARE(i.flags.value_or(QString()), u"Core"_s);
        QCOMPARE(i.description, info(m_three, 1).description);
        QCOMPARE(header(wim).bootIndex, 3);
        QCOMPARE(verifyWim(wim), QString());
    }

    void setImageInfoRefusals_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        // clang-format off
        QTest::newRow("name in use, other case") << QStringList{u"/Index:1"_s, u"/NewName:PRO"_s} << 1  << u"imageinfo.name-in-use"_s   << u"already has an image named \"Pro\" (index 2)"_s;
        QTest::newRow("empty name")              << QStringList{u"/Index:1"_s, u"/NewName:"_s}    << 87 << QString() << u"/NewName needs a value"_s;
        QTest::newRow("blank name")              << QStringList{u"/Index:1"_s, u"/NewName:  "_s}  << 1  << u"imageinfo.empty-name"_s   << u"An image needs a name"_s;
        QTest::newRow("nothing to change")       << QStringList{u"/Index:1"_s}                    << 87 << QString() << u"Say what to change"_s;
        QTest::newRow("no image")                << QStringList{u"/Flags:Core"_s}                 << 87 << QString() << u"Say which image to change"_s;
        QTest::newRow("no such index")           << QStringList{u"/Index:4"_s, u"/Flags:Core"_s}  << 1  << u"wim.no-such-index"_s << u"4"_s;
        QTest::newRow("another index mounted")   << QStringList{u"/Index:2"_s, u"/Flags:Core"_s, u"{mounted}"_s} << 1 << u"imageinfo.mounted"_s << u"Index 1 of"_s;
        // clang-format on
    }

    void setImageInfoRefusals()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const QString wim = copyOf(m_three);
        MountRecord record; // {mounted}: the registry says index 1 of the file is mounted
        if (extra.removeAll(u"{mounted}"_s)) {
            record.mountDir = m_dir.filePath(u"mnt-set"_s);
            record.imageFile = wim;
            record.index = 1;
            QVERIFY(MountRegistry().put(record).ok());
        }
        const QString log = m_dir.filePath(u"set-%1.log"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
        const Untouched folder({QFileInfo(wim).absolutePath()});
        const CliResult r = runCli(withLogPath(QStringList{u"/Set-ImageInfo"_s, u"/ImageFile:"_s + wim} + extra, log));
        if (!record.mountDir.isEmpty())
            QVERIFY(MountRegistry().remove(record.mountDir).ok());
        QCOMPARE(refusedAs(r, log, exitCode, code, message), QString());
        QCOMPARE(folder.changes(), QString());
    }

    void setImageInfoRenameToOwnNameInOtherCase()
    {
        const QString wim = copyOf(m_three);
        const CliResult r = runCli({u"/Set-ImageInfo"_s, u"/ImageFile:"_s + wim, u"/Index:2"_s, u"/NewName:PRO"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(info(wim, 2).name, u"PRO"_s);
    }
};

QTEST_GUILESS_MAIN(TestImageEditCli)
#include "tst_imageedit_cli.moc"
