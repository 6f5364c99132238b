// Hostile input through wimbench-cli as a technician would meet it: the real invalid packages of
// ../shared/fixtures, crafted packages, symbolic links in /FolderPath and as mount folders, and
// names in non-Latin scripts. Every refusal is exit 1 with one "Error:" line naming the file, and
// the offline image folder, the mounted image and everything around them stay byte-identical.
#include "AppxBuilder.h"
#include "CliRunner.h"
#include "HostileZip.h"
#include "MountTestSupport.h"
#include "OfflineImageBuilder.h"
#include "WimBuilder.h"

#include "appx/PackageIdentity.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/types.h>

using namespace wb;
using namespace wb::test;

namespace {

QStringList errorLines(const CliResult &r)
{
    QStringList out;
    for (const QString &line : r.err.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("Error:")))
            out << line;
    return out;
}

QString fullNameOf(const AppxSpec &spec)
{
    return packageFullName(spec);
}

} // namespace

class TestHostileCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MountGuard m_guard;
    QString m_image;     ///< offline image folder, alone inside m_imageBox
    QString m_imageBox;
    QString m_mount;     ///< a read-write mounted image (empty without FUSE)
    QString m_scratch;
    QString m_wim;
    int m_counter = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// Runs `args` for `package` against the offline image and, when mounted, the live mount; checks
    /// exit 1, one Error line naming the package, and both images unchanged.
    void expectRefusedEverywhere(const QString &package, const QString &mustMention = {}, const QStringList &dependencies = {})
    {
        const QString fileName = QFileInfo(package).fileName();
        QList<QString> images{m_image};
        if (!m_mount.isEmpty())
            images << m_mount;
        for (const QString &image : images) {
            const auto before = treeDigest(image == m_image ? m_imageBox : image);
            QStringList args{QStringLiteral("/Image:") + image, QStringLiteral("/Add-ProvisionedAppxPackage"), QStringLiteral("/PackagePath:") + package,
                             QStringLiteral("/SkipLicense"), QStringLiteral("/Region:all"), QStringLiteral("/ScratchDir:") + m_scratch};
            for (const QString &d : dependencies)
                args << QStringLiteral("/DependencyPackagePath:") + d;
            const CliResult r = runCli(args);
            QVERIFY(!r.crashed);
            QVERIFY2(r.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
            const QStringList errors = errorLines(r);
            QVERIFY2(errors.size() == 1, qPrintable(r.err));
            QVERIFY2(errors.first().contains(fileName), qPrintable(errors.first()));
            if (!mustMention.isEmpty())
                QVERIFY2(errors.first().contains(mustMention, Qt::CaseInsensitive), qPrintable(errors.first()));
            QVERIFY2(treeDigest(image == m_image ? m_imageBox : image) == before, qPrintable(QStringLiteral("changed: ") + image));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(cliPath()), "WIMBENCH_CLI must name the built wimbench-cli");
        m_imageBox = path(QStringLiteral("box"));
        m_image = m_imageBox + QStringLiteral("/image");
        QVERIFY(writeOfflineImage(m_image, OfflineImageSpec{}));
        m_scratch = path(QStringLiteral("scratch"));
        QVERIFY(QDir().mkpath(m_scratch));
        if (!fuseUnavailableReason().isEmpty())
            return;
        m_wim = path(QStringLiteral("image.wim"));
        QVERIFY(createWim(m_wim, {windowsLikeSpec(m_image, QStringLiteral("Pro"))}).ok());
        m_mount = path(QStringLiteral("mnt"));
        QVERIFY(QDir().mkpath(m_mount));
        m_guard.add(m_mount);
        const CliResult r = runCli({QStringLiteral("/Mount-Image"), QStringLiteral("/ImageFile:") + m_wim, QStringLiteral("/Index:1"),
                                    QStringLiteral("/MountDir:") + m_mount, QStringLiteral("/ScratchDir:") + m_scratch});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void cleanupTestCase()
    {
        if (!m_mount.isEmpty())
            runCli({QStringLiteral("/Unmount-Image"), QStringLiteral("/MountDir:") + m_mount, QStringLiteral("/Discard"),
                    QStringLiteral("/ScratchDir:") + m_scratch});
        m_guard.release();
    }

    // Each invalid real package: Get-PackageInfo and Add-ProvisionedAppxPackage (offline and into
    // the live mount) refuse with one error naming the file; nothing changes.
    void invalidFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("mention");
        // Unsigned, like every fixture here: provisioning refuses it as unsigned before anything is
        // read further (Get-PackageInfo below still reports the bad block).
        QTest::newRow("Invalid_Bad_Block") << QStringLiteral("invalid/Invalid_Bad_Block.msix") << QStringLiteral("is not signed");
        QTest::newRow("No_blockmap") << QStringLiteral("invalid/No_blockmap.appx") << QStringLiteral("AppxBlockMap.xml");
        QTest::newRow("Empty") << QStringLiteral("invalid/Empty.appx") << QStringLiteral("not a ZIP");
        QTest::newRow("Corrupted") << QStringLiteral("invalid/OPC_E_ZIP_CORRUPTED_ARCHIVE.appx") << QString();
        QTest::newRow("PayloadPackageIsCompressed") << QStringLiteral("invalid/PayloadPackageIsCompressed.appxbundle") << QStringLiteral("stored");
        QTest::newRow("ManifestPackageHasIncorrectSize") << QStringLiteral("invalid/ManifestPackageHasIncorrectSize.appxbundle") << QStringLiteral("size");
        QTest::newRow("ContainsOnlyResourcePackages") << QStringLiteral("bundles/ContainsOnlyResourcePackages.appxbundle") << QStringLiteral("application");
    }
    void invalidFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, mention);
        const QString shared = sharedFixturesDir();
        if (shared.isEmpty() || !QFileInfo(shared + QStringLiteral("/appx")).isDir())
            QSKIP("../shared/fixtures/appx is absent");
        const QString package = shared + QStringLiteral("/appx/") + file;
        QVERIFY(QFileInfo(package).isFile());

        const CliResult info = runCli({QStringLiteral("/Get-PackageInfo"), QStringLiteral("/PackagePath:") + package});
        if (file.startsWith(QLatin1String("bundles/"))) {
            // Readable: Get-PackageInfo describes it and warns; only provisioning refuses.
            QCOMPARE(info.exitCode, 0);
        } else {
            QVERIFY2(info.exitCode == 1, qPrintable(info.err));
            const QStringList errors = errorLines(info);
            QVERIFY2(errors.size() == 1, qPrintable(info.err));
            QVERIFY2(errors.first().contains(QFileInfo(package).fileName()), qPrintable(errors.first()));
        }
        // Invalid_Bad_Block depends on three frameworks: give them, so provisioning gets past the
        // dependency rules to the package's own checks.
        QStringList dependencies;
        if (file.contains(QLatin1String("Bad_Block"))) {
            const QList<std::pair<QString, QString>> frameworks{{QStringLiteral("Microsoft.VCLibs.140.00"), QStringLiteral("14.0.30704.0")},
                                                                {QStringLiteral("Microsoft.NET.Native.Framework.2.2"), QStringLiteral("2.2.29512.0")},
                                                                {QStringLiteral("Microsoft.NET.Native.Runtime.2.2"), QStringLiteral("2.2.28604.0")}};
            for (const auto &[name, version] : frameworks) {
                const QString dep = path(name + QStringLiteral(".appx"));
                if (!QFileInfo::exists(dep))
                    QVERIFY(writeAppx(dep, frameworkSpec(name, version, QStringLiteral("x64"))).ok());
                dependencies << dep;
            }
        }
        expectRefusedEverywhere(package, mention, dependencies);
    }

    // Crafted packages through the command line: refused, image and its surroundings unchanged.
    void craftedPackages_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("dotdot") << 0;
        QTest::newRow("UNC") << 1;
        QTest::newRow("symlink") << 2;
        QTest::newRow("case duplicate") << 3;
        QTest::newRow("tiny declared size") << 4;
        QTest::newRow("block map disagrees") << 5;
        QTest::newRow("huge manifest") << 6;
        QTest::newRow("bundle with traversal inside") << 7;
    }
    void craftedPackages()
    {
        QFETCH(int, kind);
        AppxSpec spec;
        spec.name = QStringLiteral("Contoso.Crafted");
        QList<RawZipEntry> payload;
        QList<BlockMapItem> mapped;
        QByteArray manifest;
        QString mention;
        switch (kind) {
        case 0:
            payload << storedEntry("../../../evil.txt", "evil");
            mapped << blockMapItem(QStringLiteral("../../../evil.txt"), "evil");
            mention = QStringLiteral("../../../evil.txt");
            break;
        case 1:
            payload << storedEntry("\\\\server\\share\\evil.txt", "evil");
            mapped << blockMapItem(QStringLiteral("\\\\server\\share\\evil.txt"), "evil");
            break;
        case 2: {
            RawZipEntry link = storedEntry("bin/passwd", "/etc/passwd");
            link.externalAttributes = quint32(S_IFLNK | 0777) << 16;
            payload << link;
            mapped << blockMapItem(QStringLiteral("bin/passwd"), "/etc/passwd");
            mention = QStringLiteral("symbolic link");
            break;
        }
        case 3:
            payload << storedEntry("bin/App.dat", "one") << storedEntry("BIN/APP.DAT", "two");
            mapped << blockMapItem(QStringLiteral("bin/App.dat"), "one");
            mention = QStringLiteral("twice");
            break;
        case 4: {
            RawZipEntry bomb = zerosEntry("bin/bomb.dat", 256ull << 20);
            bomb.uncompressedSize = 100;
            bomb.crc = crc32OfZeros(100);
            payload << bomb;
            mapped << zerosBlockMapItem(QStringLiteral("bin/bomb.dat"), 100);
            mention = QStringLiteral("bin/bomb.dat");
            break;
        }
        case 5:
            payload << zerosEntry("bin/bomb.dat", 64ull << 20);
            mapped << zerosBlockMapItem(QStringLiteral("bin/bomb.dat"), 1000);
            mention = QStringLiteral("decompression bomb");
            break;
        case 6: {
            manifest = appxManifestXml(spec);
            manifest.insert(manifest.lastIndexOf("</Package>"), "<!--" + QByteArray(20 << 20, 'x') + "-->");
            mention = QStringLiteral("AppxManifest.xml");
            break;
        }
        }
        QString package = path(QStringLiteral("crafted%1.appx").arg(kind));
        if (kind == 7) {
            // The bundle itself is sound; its one application package carries "../../evil.txt".
            AppxSpec inner = spec;
            inner.rawEntryName = "../../evil.txt";
            BundleSpec bundle;
            bundle.name = spec.name;
            bundle.publisher = spec.publisher;
            bundle.version = spec.version;
            bundle.items << bundleItem(inner, QStringLiteral("Contoso.Crafted_x64.appx"));
            package = path(QStringLiteral("crafted7.appxbundle"));
            QVERIFY(writeBundle(package, bundle).ok());
            mention = QStringLiteral("../../evil.txt");
        } else {
            QVERIFY(writeHostileAppx(package, spec, payload, mapped, manifest, true).ok());
        }
        QElapsedTimer t;
        t.start();
        expectRefusedEverywhere(package, mention);
        QVERIFY(t.elapsed() < 30000);
        QVERIFY(!QFileInfo::exists(m_dir.path() + QStringLiteral("/evil.txt")));
    }

    // AppxProvisioning.xml comes from the image: a crafted one with a million attributes on one
    // element is refused at once instead of keeping the XML reader busy for hours.
    void craftedProvisioningList()
    {
        QByteArray list = "<?xml version=\"1.0\"?><AppxProvisionList xmlns=\"http://schemas.microsoft.com/appx/2010/provisioning\"><X";
        for (int i = 0; i < 1000000; ++i)
            list += " a" + QByteArray::number(i) + "=\"\"";
        list += "/></AppxProvisionList>";
        OfflineImageSpec spec;
        spec.provisioningList = list;
        const QString image = path(QStringLiteral("crafted-list"));
        QVERIFY(writeOfflineImage(image, spec));
        QElapsedTimer t;
        t.start();
        const CliResult r = runCli({QStringLiteral("/Image:") + image, QStringLiteral("/Get-ProvisionedAppxPackages")}, 60000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.lastErrorLine().contains(QStringLiteral("AppxProvisioning.xml is not valid: an element has more than 256 attributes")),
                 qPrintable(r.err));
        QVERIFY(t.elapsed() < 20000);
    }

    // A named pipe given as the image: refused at once (wimlib would block for ever in open()).
    void namedPipeAsImage()
    {
        const QString fifo = path(QStringLiteral("pipe.wim"));
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QElapsedTimer t;
        t.start();
        CliResult r = runCli({QStringLiteral("/Get-ImageInfo"), QStringLiteral("/ImageFile:") + fifo}, 20000);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.lastErrorLine(), QStringLiteral("Error: %1 is not a regular file (it is a device, a named pipe or a socket). Give the path of a "
                                                   ".wim, .esd or .swm file.").arg(fifo));
        const QString pipePackage = path(QStringLiteral("pipe.appx"));
        QVERIFY(::mkfifo(QFile::encodeName(pipePackage).constData(), 0600) == 0);
        r = runCli({QStringLiteral("/Get-PackageInfo"), QStringLiteral("/PackagePath:") + pipePackage}, 20000);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.lastErrorLine(), QStringLiteral("Error: %1 is not a regular file (it is a device, a named pipe or a socket). Give the path of a "
                                                   "package or bundle file.").arg(pipePackage));
        r = runCli({QStringLiteral("/Image:") + m_image, QStringLiteral("/Add-ProvisionedAppxPackage"), QStringLiteral("/PackagePath:") + pipePackage,
                    QStringLiteral("/SkipLicense")},
                   20000);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.lastErrorLine().contains(pipePackage));
        if (!m_mount.isEmpty()) {
            const QString dir = path(QStringLiteral("pipe-mnt"));
            QVERIFY(QDir().mkpath(dir));
            m_guard.add(dir);
            r = runCli({QStringLiteral("/Mount-Image"), QStringLiteral("/ImageFile:") + fifo, QStringLiteral("/Index:1"), QStringLiteral("/MountDir:") + dir,
                        QStringLiteral("/ReadOnly"), QStringLiteral("/ScratchDir:") + m_scratch},
                       20000);
            QCOMPARE(r.exitCode, 1);
            QVERIFY(!isMountPoint(dir));
        }
        QVERIFY(t.elapsed() < 15000);
    }

    // A mount folder whose name holds a tab, a backslash and a newline (escaped in
    // /proc/self/mountinfo): mounted, listed and dismounted by that exact name.
    void mountDirWithControlCharacters()
    {
        if (m_mount.isEmpty())
            QSKIP("FUSE is unavailable here");
        const QString dir = path(QStringLiteral("m n\ta\\b\nc"));
        QVERIFY(QDir().mkpath(dir));
        m_guard.add(dir);
        const QString wim = path(QStringLiteral("ro.wim"));
        if (!QFileInfo::exists(wim))
            QVERIFY(QFile::copy(m_wim, wim));
        CliResult r = runCli({QStringLiteral("/Mount-Image"), QStringLiteral("/ImageFile:") + wim, QStringLiteral("/Index:1"), QStringLiteral("/MountDir:") + dir,
                              QStringLiteral("/ReadOnly"), QStringLiteral("/ScratchDir:") + m_scratch});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(isMountPoint(dir));
        QVERIFY(QFileInfo(dir + QStringLiteral("/Windows/System32")).isDir());
        r = runCli({QStringLiteral("/Get-MountedImageInfo")});
        QVERIFY(r.out.contains(QStringLiteral("Mount Dir : ") + dir + QLatin1Char('\n')));
        r = runCli({QStringLiteral("/Unmount-Image"), QStringLiteral("/MountDir:") + dir, QStringLiteral("/Discard"), QStringLiteral("/ScratchDir:") + m_scratch});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!isMountPoint(dir));
    }

    // /FolderPath holding a link to /etc, a link to itself and a link to its parent: links to
    // folders are not followed (nothing is read through them, the loop does not hang); the one real
    // package in the folder is provisioned.
    void folderPathWithSymlinks()
    {
        const QString folder = path(QStringLiteral("app-folder"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/sub")));
        AppxSpec spec;
        spec.name = QStringLiteral("Contoso.Folder");
        QVERIFY(writeAppx(folder + QStringLiteral("/Contoso.Folder.appx"), spec).ok());
        QVERIFY(QFile::link(QStringLiteral("/etc"), folder + QStringLiteral("/etc")));
        QVERIFY(QFile::link(folder, folder + QStringLiteral("/sub/loop")));
        QVERIFY(QFile::link(QStringLiteral(".."), folder + QStringLiteral("/up")));
        // A package outside the folder, reachable only through a folder link: never used.
        QVERIFY(QDir().mkpath(path(QStringLiteral("outside"))));
        AppxSpec other;
        other.name = QStringLiteral("Contoso.Outside");
        QVERIFY(writeAppx(path(QStringLiteral("outside/Contoso.Outside.appx")), other).ok());
        QVERIFY(QFile::link(path(QStringLiteral("outside")), folder + QStringLiteral("/outside-link")));

        const QString image = path(QStringLiteral("folder-image"));
        QVERIFY(writeOfflineImage(image, OfflineImageSpec{}));
        QElapsedTimer t;
        t.start();
        const CliResult r = runCli({QStringLiteral("/Image:") + image, QStringLiteral("/Add-ProvisionedAppxPackage"),
                                    QStringLiteral("/FolderPath:") + folder, QStringLiteral("/SkipLicense"), QStringLiteral("/Region:all")},
                                   60000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(t.elapsed() < 30000);
        QVERIFY(QFileInfo(image + QStringLiteral("/Program Files/WindowsApps/") + fullNameOf(spec) + QStringLiteral("/AppxManifest.xml")).isFile());
        QVERIFY(!QFileInfo::exists(image + QStringLiteral("/Program Files/WindowsApps/") + fullNameOf(other)));
        QVERIFY(!r.out.contains(QStringLiteral("Contoso.Outside")));

        // A file link leading out of the folder is refused (an unpacked archive could otherwise copy
        // /etc/passwd into the image as the license); nothing changes.
        QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), folder + QStringLiteral("/sub/License.xml")));
        const QString image2 = path(QStringLiteral("folder-image2"));
        QVERIFY(writeOfflineImage(image2, OfflineImageSpec{}));
        const auto before = treeDigest(image2);
        const CliResult refused = runCli({QStringLiteral("/Image:") + image2, QStringLiteral("/Add-ProvisionedAppxPackage"),
                                          QStringLiteral("/FolderPath:") + folder, QStringLiteral("/Region:all")});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(errorLines(refused).size(), 1);
        QVERIFY2(refused.lastErrorLine().contains(QStringLiteral("%1/sub/License.xml, a symbolic link to /etc/passwd outside the folder").arg(folder)),
                 qPrintable(refused.err));
        QCOMPARE(treeDigest(image2), before);
        // A link to a package outside the folder is refused the same way.
        QVERIFY(QFile::remove(folder + QStringLiteral("/sub/License.xml")));
        QVERIFY(QFile::link(path(QStringLiteral("outside/Contoso.Outside.appx")), folder + QStringLiteral("/sub/dep.appx")));
        const CliResult refused2 = runCli({QStringLiteral("/Image:") + image2, QStringLiteral("/Add-ProvisionedAppxPackage"),
                                           QStringLiteral("/FolderPath:") + folder, QStringLiteral("/SkipLicense")});
        QCOMPARE(refused2.exitCode, 1);
        QVERIFY2(refused2.lastErrorLine().contains(QStringLiteral("sub/dep.appx, a symbolic link to")), qPrintable(refused2.err));
        QCOMPARE(treeDigest(image2), before);
    }

    // A mount folder that is a symbolic link is refused, whatever it points to; nothing is mounted.
    void mountDirSymlink_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("to an empty folder") << 0;
        QTest::newRow("to a folder with files") << 1;
        QTest::newRow("dangling") << 2;
    }
    void mountDirSymlink()
    {
        QFETCH(int, kind);
        if (m_mount.isEmpty())
            QSKIP("FUSE is unavailable here");
        const QString target = path(QStringLiteral("link-target%1").arg(kind));
        if (kind != 2)
            QVERIFY(QDir().mkpath(target));
        if (kind == 1)
            QVERIFY(writeFile(target, QStringLiteral("precious.txt"), "precious"));
        const QString link = path(QStringLiteral("link%1").arg(kind));
        QVERIFY(QFile::link(target, link));
        m_guard.add(link);
        m_guard.add(target);
        const CliResult r = runCli({QStringLiteral("/Mount-Image"), QStringLiteral("/ImageFile:") + m_wim, QStringLiteral("/Index:1"),
                                    QStringLiteral("/MountDir:") + link, QStringLiteral("/ReadOnly"), QStringLiteral("/ScratchDir:") + m_scratch});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(errorLines(r).size(), 1);
        QVERIFY2(r.lastErrorLine().contains(QStringLiteral("is a symbolic link")), qPrintable(r.err));
        QVERIFY(r.lastErrorLine().contains(link));
        QVERIFY(!isMountPoint(target));
        QVERIFY(!isMountPoint(link));
        if (kind == 1)
            QCOMPARE(QDir(target).entryList(QDir::Files), QStringList{QStringLiteral("precious.txt")});
        const CliResult list = runCli({QStringLiteral("/Get-MountedImageInfo")});
        QVERIFY(!list.out.contains(link));
    }

    // A mount folder inside another mounted image is refused: the outer image could not be
    // dismounted while the inner one is there, and the inner mount would hide the outer's files.
    void mountDirInsideMount()
    {
        if (m_mount.isEmpty())
            QSKIP("FUSE is unavailable here");
        const QString inner = m_mount + QStringLiteral("/Users/nested");
        QVERIFY(QDir().mkpath(inner));
        m_guard.add(inner);
        const QString otherWim = path(QStringLiteral("other.wim"));
        QVERIFY(QFile::copy(m_wim, otherWim));
        const CliResult r = runCli({QStringLiteral("/Mount-Image"), QStringLiteral("/ImageFile:") + otherWim, QStringLiteral("/Index:1"),
                                    QStringLiteral("/MountDir:") + inner, QStringLiteral("/ReadOnly"), QStringLiteral("/ScratchDir:") + m_scratch});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(errorLines(r).size(), 1);
        QVERIFY2(r.lastErrorLine().contains(m_mount), qPrintable(r.err));
        QVERIFY(!isMountPoint(inner));
        QVERIFY(QDir().rmdir(inner));
    }

    // Chinese, Arabic, emoji and accented Latin in file names, image name and description, package
    // file and entry names, image folder, mount folder and log path: the exact bytes come back.
    void nonAsciiNames()
    {
        const QString zh = QStringLiteral("中文目录");
        const QString ar = QStringLiteral("ملف عربي.txt");
        const QString emoji = QStringLiteral("😀 表情 🎁.txt");
        const QString latin = QStringLiteral("Ünïcödé ß.txt");
        const QString src = path(QStringLiteral("源 src"));
        QVERIFY(writeFile(src, zh + QLatin1Char('/') + ar, "arabic"));
        QVERIFY(writeFile(src, emoji, "emoji"));
        QVERIFY(writeFile(src, latin, "latin"));
        const QString wim = path(QStringLiteral("映像 😀.wim"));
        ImageSpec spec;
        spec.sourceDir = src;
        spec.name = QStringLiteral("专业版 😀 احترافي");
        spec.description = QStringLiteral("描述 وصف ✓");
        QVERIFY(createWim(wim, {spec}).ok());

        CliResult r = runCli({QStringLiteral("/Get-ImageInfo"), QStringLiteral("/ImageFile:") + wim, QStringLiteral("/Index:1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.field(QStringLiteral("Name")), spec.name);
        QCOMPARE(r.field(QStringLiteral("Description")), spec.description);
        r = runCli({QStringLiteral("/Get-ImageInfo"), QStringLiteral("/ImageFile:") + wim, QStringLiteral("/Name:") + spec.name});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({QStringLiteral("/List-Image"), QStringLiteral("/ImageFile:") + wim, QStringLiteral("/Index:1")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString &p : QStringList{QStringLiteral("\\") + zh + QStringLiteral("\\") + ar, QStringLiteral("\\") + emoji, QStringLiteral("\\") + latin})
            QVERIFY2(r.out.contains(p) || r.out.contains(QString(p).replace(QLatin1Char('\\'), QLatin1Char('/'))), qPrintable(p + QStringLiteral(" in ") + r.out));

        // A package with non-ASCII entry names, at a non-ASCII path, into a non-ASCII image folder,
        // logging to a non-ASCII log path.
        AppxSpec app;
        app.name = QStringLiteral("Contoso.Unicode");
        app.files = defaultPayload();
        app.files << AppxFile{QStringLiteral("Assets/图标 😀.png"), "png", false} << AppxFile{QStringLiteral("Strings/نص.txt"), "text", true};
        const QString package = path(QStringLiteral("包 📦/تطبيق 🎁.appx"));
        QVERIFY(QDir().mkpath(QFileInfo(package).path()));
        QVERIFY(writeAppx(package, app).ok());
        const QString image = path(QStringLiteral("镜像 🖼 صورة"));
        QVERIFY(writeOfflineImage(image, OfflineImageSpec{}));
        const QString log = path(QStringLiteral("日志 📝/dism سجل.log"));
        QVERIFY(QDir().mkpath(QFileInfo(log).path()));
        r = runCli({QStringLiteral("/Get-PackageInfo"), QStringLiteral("/PackagePath:") + package});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QDir::toNativeSeparators(package)) || r.out.contains(package));
        r = runCli({QStringLiteral("/Image:") + image, QStringLiteral("/Add-ProvisionedAppxPackage"), QStringLiteral("/PackagePath:") + package,
                    QStringLiteral("/SkipLicense"), QStringLiteral("/Region:all"), QStringLiteral("/LogPath:") + log});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString installed = image + QStringLiteral("/Program Files/WindowsApps/") + fullNameOf(app);
        QFile png(installed + QStringLiteral("/Assets/图标 😀.png"));
        QVERIFY2(png.open(QIODevice::ReadOnly), qPrintable(png.fileName()));
        QCOMPARE(png.readAll(), QByteArray("png"));
        QVERIFY(QFileInfo(installed + QStringLiteral("/Strings/نص.txt")).isFile());
        QFile logFile(log);
        QVERIFY2(logFile.open(QIODevice::ReadOnly), qPrintable(log));
        QVERIFY(logFile.readAll().contains(QFileInfo(package).fileName().toUtf8()));

        // Mount at a non-ASCII folder: the names read back exactly.
        if (fuseUnavailableReason().isEmpty()) {
            const QString mnt = path(QStringLiteral("挂载 😀 تركيب"));
            QVERIFY(QDir().mkpath(mnt));
            m_guard.add(mnt);
            r = runCli({QStringLiteral("/Mount-Image"), QStringLiteral("/ImageFile:") + wim, QStringLiteral("/Index:1"),
                        QStringLiteral("/MountDir:") + mnt, QStringLiteral("/ReadOnly"), QStringLiteral("/ScratchDir:") + m_scratch});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            {
                QFile f(mnt + QLatin1Char('/') + zh + QLatin1Char('/') + ar);
                QVERIFY(f.open(QIODevice::ReadOnly));
                QCOMPARE(f.readAll(), QByteArray("arabic"));
            }
            QVERIFY(QFileInfo(mnt + QLatin1Char('/') + emoji).isFile());
            r = runCli({QStringLiteral("/Get-MountedImageInfo")});
            QVERIFY(r.out.contains(mnt));
            r = runCli({QStringLiteral("/Unmount-Image"), QStringLiteral("/MountDir:") + mnt, QStringLiteral("/Discard"),
                        QStringLiteral("/ScratchDir:") + m_scratch});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileCli)
#include "tst_hostile_cli.moc"
