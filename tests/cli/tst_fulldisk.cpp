// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A full disk (a small tmpfs mounted by the test; root only, skipped otherwise) during export into a
// new and into an existing WIM, saving a mount whose WIM lives there, provisioning into an image
// folder there, and split: exit 1 with one "Error:" line naming the file, the previous content
// intact (the WIM verifies and holds its old images, the image folder is byte-identical), and no
// temporary file left behind.
#include "AppxBuilder.h"
#include "CliScenario.h"
#include "ImageDigest.h"
#include "OfflineImageBuilder.h"
#include "WimBuilder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

namespace {

constexpr qint64 MiB = 1024 * 1024;

bool writeRandomFile(const QString &path, qint64 bytes, quint32 seed)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator rng(seed);
    QByteArray chunk(MiB, Qt::Uninitialized);
    for (qint64 done = 0; done < bytes; done += chunk.size()) {
        rng.fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
        if (f.write(chunk.constData(), std::min<qint64>(chunk.size(), bytes - done)) < 0)
            return false;
    }
    return f.flush();
}

qint64 freeBytes(const QString &dir)
{
    struct statvfs fs;
    if (::statvfs(QFile::encodeName(dir).constData(), &fs) != 0)
        return -1;
    return qint64(fs.f_bavail) * qint64(fs.f_frsize);
}

/// `wimlib-imagex verify` exit status (0: the file and every blob check out).
int wimlibVerify(const QString &wim)
{
    QProcess p;
    p.start(u"wimlib-imagex"_s, {u"verify"_s, wim});
    if (!p.waitForFinished(120000))
        return -1;
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MountScenario m_mount;
    QString m_fs;        ///< the small tmpfs
    QString m_bigWim;    ///< 40 MiB of incompressible data, not on the tmpfs
    QString m_smallWim;  ///< two tiny images
    bool m_mounted = false;

    QStringList leftovers() const
    {
        QStringList out;
        QDirIterator it(m_fs, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString p = QDir(m_fs).relativeFilePath(it.next());
            if (it.fileName().contains(QLatin1String("wimbench")) || it.fileName().endsWith(QLatin1String(".tmp")))
                out << p;
        }
        return out;
    }

    void emptyFs()
    {
        for (const QString &e : QDir(m_fs).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)) {
            const QString p = QDir(m_fs).filePath(e);
            QFileInfo(p).isDir() && !QFileInfo(p).isSymLink() ? void(QDir(p).removeRecursively()) : void(QFile::remove(p));
        }
    }

    /// Fills the tmpfs until `keep` bytes are free.
    bool fillTo(qint64 keep)
    {
        const qint64 free = freeBytes(m_fs);
        if (free < keep)
            return false;
        QFile f(m_fs + u"/filler.bin"_s);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        const QByteArray chunk(64 * 1024, 'f');
        for (qint64 n = free - keep; n > 0; n -= chunk.size())
            if (f.write(chunk.constData(), std::min<qint64>(chunk.size(), n)) < 0)
                break;
        f.close();
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(cliPath()), "WIMBENCH_CLI must name the built wimbench-cli");
        if (geteuid() != 0)
            QSKIP("needs root to mount a small tmpfs");
        m_fs = m_dir.filePath(u"fs"_s);
        QVERIFY(QDir().mkpath(m_fs));
        if (::mount("tmpfs", QFile::encodeName(m_fs).constData(), "tmpfs", 0, "size=24m,mode=0755") != 0)
            QSKIP("cannot mount a tmpfs here");
        m_mounted = true;

        const QString big = m_dir.filePath(u"big"_s);
        QVERIFY(writeWindowsTree(big, {u"en-US"_s}).size() > 0);
        QVERIFY(writeRandomFile(big + u"/Bulk/random.bin"_s, 40 * MiB, 7));
        m_bigWim = m_dir.filePath(u"big.wim"_s);
        WimWriteOptions none;
        none.compression = Compression::None;
        QVERIFY(createWim(m_bigWim, {windowsLikeSpec(big, u"Big"_s)}, none).ok());

        const QString small = m_dir.filePath(u"small"_s);
        QVERIFY(writeWindowsTree(small, {u"en-US"_s}).size() > 0);
        m_smallWim = m_dir.filePath(u"small.wim"_s);
        QVERIFY(createWim(m_smallWim, {windowsLikeSpec(small, u"One"_s), windowsLikeSpec(small, u"Two"_s)}).ok());
        QVERIFY(m_mount.init(m_dir.path()));
    }

    void init()
    {
        if (m_mounted)
            emptyFs();
    }

    void cleanupTestCase()
    {
        m_mount.guard().release();
        if (m_mounted)
            ::umount2(QFile::encodeName(m_fs).constData(), MNT_DETACH);
    }

    void exportIntoNewFile()
    {
        const QString dest = m_fs + u"/new.wim"_s;
        const CliResult r = runCli({u"/Export-Image"_s, u"/SourceImageFile:"_s + m_bigWim, u"/SourceIndex:1"_s,
                                    u"/DestinationImageFile:"_s + dest});
        QCOMPARE(failedOnceWith(r, {dest, u"space"_s}), QString());
        QVERIFY(!QFileInfo::exists(dest));
        QCOMPARE(leftovers(), QStringList{});
    }

    void exportIntoExistingWim()
    {
        const QString dest = m_fs + u"/existing.wim"_s;
        QVERIFY(QFile::copy(m_smallWim, dest));
        const QByteArray before = fileSha256(dest);
        const CliResult r = runCli({u"/Export-Image"_s, u"/SourceImageFile:"_s + m_bigWim, u"/SourceIndex:1"_s,
                                    u"/DestinationImageFile:"_s + dest});
        QCOMPARE(failedOnceWith(r, {dest, u"space"_s}), QString());
        QCOMPARE(fileSha256(dest), before);
        QCOMPARE(wimlibVerify(dest), 0);
        QCOMPARE(leftovers(), QStringList{});
    }

    void split()
    {
        const QString first = m_fs + u"/set.swm"_s;
        const CliResult r = runCli({u"/Split-Image"_s, u"/ImageFile:"_s + m_bigWim, u"/SWMFile:"_s + first, u"/FileSize:8"_s});
        // The destination is named where the advice says to look for space (not the source).
        QCOMPARE(failedOnceWith(r, {u"free space beside "_s + first}), QString());
        QCOMPARE(QDir(m_fs).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{});
    }

    // The package needs more room than is left: refused before writing, image byte-identical.
    void provisionIntoFullImageFolder()
    {
        const QString image = m_fs + u"/image"_s;
        QVERIFY(writeOfflineImage(image, OfflineImageSpec{}));
        AppxSpec spec;
        spec.name = u"Contoso.Full"_s;
        spec.files = defaultPayload();
        spec.files << AppxFile{u"bin/big.dat"_s, QByteArray(2 * MiB, 'b'), true};
        const QString package = m_dir.filePath(u"full.appx"_s);
        QVERIFY(writeAppx(package, spec).ok());
        QVERIFY(fillTo(512 * 1024));
        const auto before = treeDigest(image);
        const CliResult r = runCli({u"/Image:"_s + image, u"/Add-ProvisionedAppxPackage"_s, u"/PackagePath:"_s + package,
                                    u"/SkipLicense"_s, u"/Region:all"_s});
        QCOMPARE(failedOnceWith(r, {u"bytes are free in %1/Program Files/WindowsApps."_s.arg(image)}), QString());
        QCOMPARE(treeDigest(image), before);
        QCOMPARE(leftovers(), QStringList{});
    }

    // The package passes the free-space check but the disk fills while it is written (the
    // provisioning list and license are written last): everything written is removed.
    void provisionRunsOutWhileWriting()
    {
        const QString image = m_fs + u"/image"_s;
        QVERIFY(writeOfflineImage(image, OfflineImageSpec{}));
        AppxSpec spec;
        spec.name = u"Contoso.Tight"_s;
        // Many small files: each takes a whole 4 KiB page on tmpfs although the check counts bytes.
        for (int i = 0; i < 200; ++i)
            spec.files << AppxFile{u"small/f%1.txt"_s.arg(i), QByteArray(100, 'a' + char(i % 26)), true};
        const QString package = m_dir.filePath(u"tight.appx"_s);
        QVERIFY(writeAppx(package, spec).ok());
        QVERIFY(fillTo(256 * 1024));
        const auto before = treeDigest(image);
        const CliResult r = runCli({u"/Image:"_s + image, u"/Add-ProvisionedAppxPackage"_s, u"/PackagePath:"_s + package,
                                    u"/SkipLicense"_s, u"/Region:all"_s});
        QCOMPARE(failedOnceWith(r, {u"Free some space"_s, image + u"/Program Files/WindowsApps:"_s}), QString());
        QVERIFY2(!r.lastErrorLine().contains(u".wimbench-"_s), qPrintable(r.lastErrorLine()));
        QCOMPARE(treeDigest(image), before);
        QCOMPARE(leftovers(), QStringList{});
    }

    // Save of a mount whose WIM is on the full disk (the mount's scratch is elsewhere): refused, the
    // WIM verifies and holds its old images; the mount can still be discarded.
    void saveMountOnFullDisk()
    {
        WB_SKIP_WITHOUT_FUSE();
        const QString wim = m_fs + u"/mounted.wim"_s;
        QVERIFY(QFile::copy(m_smallWim, wim));
        QFile::setPermissions(wim, QFile::ReadOwner | QFile::WriteOwner);
        const auto oldImage = extractedTreeDigest(wim, 1);
        QVERIFY(oldImage.ok());
        const QString dir = m_mount.newMountDir();
        CliResult r = runCli(m_mount.mountArgs(wim, dir));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(writeRandomFile(dir + u"/Bulk/new.bin"_s, 40 * MiB, 11));
        r = runCli(m_mount.commitArgs(dir));
        QCOMPARE(failedOnceWith(r, {u"free space beside "_s + wim}), QString());
        QVERIFY(isMountPoint(dir)); // still mounted: the changes can be saved elsewhere or discarded
        // Discarded: not mounted, not registered, and the mount's staging folder (40 MiB of
        // changes) is gone from the scratch folder.
        QCOMPARE(m_mount.discard(dir), QString());
        QCOMPARE(wimlibVerify(wim), 0);
        const auto after = extractedTreeDigest(wim, 1);
        QVERIFY(after.ok());
        QCOMPARE(*after, *oldImage);
        QVERIFY(extractedTreeDigest(wim, 2).ok());
        QCOMPARE(leftovers(), QStringList{});
    }
};

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
