// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input through wimbench-cli as a technician would meet it: the real invalid packages of
// ../shared/fixtures, crafted packages, symbolic links in /FolderPath and as mount folders, and
// names in non-Latin scripts. Every refusal is exit 1 with one "Error:" line naming the file, and
// the offline image folder, the mounted image and everything around them stay byte-identical.
#include "AppxBuilder.h"
#include "CliRunner.h"
#include "CliScenario.h"
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

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

namespace {

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
            QStringList args{u"/Image:"_s + image, u"/Add-ProvisionedAppxPackage"_s, u"/PackagePath:"_s + package,
                             u"/SkipLicense"_s, u"/Region:all"_s, u"/ScratchDir:"_s + m_scratch};
            for (const QString &d : dependencies)
                args << u"/DependencyPackagePath:"_s + d;
            const CliResult r = runCli(args);
            QVERIFY(!r.crashed);
            QVERIFY2(r.exitCode == 1, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(r.err)));
            const QStringList errors = errorLines(r);
            QVERIFY2(errors.size() == 1, qPrintable(r.err));
            QVERIFY2(errors.first().contains(fileName), qPrintable(errors.first()));
            if (!mustMention.isEmpty())
                QVERIFY2(errors.first().contains(mustMention, Qt::CaseInsensitive), qPrintable(errors.first()));
            QVERIFY2(treeDigest(image == m_image ? m_imageBox : image) == before, qPrintable(u"changed: "_s + image));
        }
    }

    /// Makes what a refusals() row needs (see refusals_data()) and returns the values of its
    /// placeholders; empty when something could not be made.
    QMap<QString, QString> prepareRefusal(const QString &setup)
    {
        QMap<QString, QString> v{{u"image"_s, m_image}, {u"scratch"_s, m_scratch}, {u"mount"_s, m_mount}};
        v[u"pipes"_s] = path(u"pipes"_s);
        v[u"dir"_s] = path(u"refusal-mnt%1"_s.arg(++m_counter));
        if (!QDir().mkpath(v[u"pipes"_s]) || !QDir().mkpath(v[u"dir"_s]))
            return {};
        m_guard.add(v[u"dir"_s]);
        for (const QString &name : {u"pipe.wim"_s, u"pipe.appx"_s}) {
            const QByteArray fifo = QFile::encodeName(v[u"pipes"_s] + u'/' + name);
            if (!QFileInfo::exists(v[u"pipes"_s] + u'/' + name) && ::mkfifo(fifo.constData(), 0600) != 0)
                return {};
        }
        if (setup == u"list"_s)
            v[u"list"_s] = craftedListImage();
        if (setup == u"license-link"_s || setup == u"package-link"_s)
            v[u"folder"_s] = linkedFolder(setup == u"license-link"_s);
        if (setup == u"nested"_s) {
            v[u"dir"_s] = m_mount + u"/Users/nested"_s;
            v[u"other"_s] = path(u"other.wim"_s);
            if (!QDir().mkpath(v[u"dir"_s]) || (!QFileInfo::exists(v[u"other"_s]) && !QFile::copy(m_wim, v[u"other"_s])))
                return {};
            m_guard.add(v[u"dir"_s]);
        }
        return v.values().contains(QString()) ? QMap<QString, QString>() : v;
    }

    /// An offline image whose AppxProvisioning.xml has one element with a million attributes.
    QString craftedListImage()
    {
        QByteArray list = "<?xml version=\"1.0\"?><AppxProvisionList xmlns=\"http://schemas.microsoft.com/appx/2010/provisioning\"><X";
        for (int i = 0; i < 1000000; ++i)
            list += " a" + QByteArray::number(i) + "=\"\"";
        list += "/></AppxProvisionList>";
        OfflineImageSpec spec;
        spec.provisioningList = list;
        const QString image = path(u"crafted-list"_s);
        return writeOfflineImage(image, spec) ? image : QString();
    }

    /// A /FolderPath with one sound package and a link leading out of it: sub/License.xml to
    /// /etc/passwd (`license`), or sub/dep.appx to a package outside the folder.
    QString linkedFolder(bool license)
    {
        const QString folder = path(license ? u"linked-license"_s : u"linked-package"_s);
        AppxSpec spec;
        spec.name = u"Contoso.Folder"_s;
        AppxSpec other;
        other.name = u"Contoso.Outside"_s;
        const QString outside = path(u"linked-outside/Contoso.Outside.appx"_s);
        if (!QDir().mkpath(folder + u"/sub"_s) || !QDir().mkpath(QFileInfo(outside).path())
            || !writeAppx(folder + u"/Contoso.Folder.appx"_s, spec).ok() || !writeAppx(outside, other).ok())
            return {};
        const bool linked =
            license ? QFile::link(u"/etc/passwd"_s, folder + u"/sub/License.xml"_s) : QFile::link(outside, folder + u"/sub/dep.appx"_s);
        return linked ? folder : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(cliPath()), "WIMBENCH_CLI must name the built wimbench-cli");
        m_imageBox = path(u"box"_s);
        m_image = m_imageBox + u"/image"_s;
        QVERIFY(writeOfflineImage(m_image, OfflineImageSpec{}));
        m_scratch = path(u"scratch"_s);
        QVERIFY(QDir().mkpath(m_scratch));
        if (!fuseUnavailableReason().isEmpty())
            return;
        m_wim = path(u"image.wim"_s);
        QVERIFY(createWim(m_wim, {windowsLikeSpec(m_image, u"Pro"_s)}).ok());
        m_mount = path(u"mnt"_s);
        QVERIFY(QDir().mkpath(m_mount));
        m_guard.add(m_mount);
        const CliResult r = runCli({u"/Mount-Image"_s, u"/ImageFile:"_s + m_wim, u"/Index:1"_s,
                                    u"/MountDir:"_s + m_mount, u"/ScratchDir:"_s + m_scratch});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void cleanupTestCase()
    {
        if (!m_mount.isEmpty())
            runCli({u"/Unmount-Image"_s, u"/MountDir:"_s + m_mount, u"/Discard"_s,
                    u"/ScratchDir:"_s + m_scratch});
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
        QTest::newRow("Invalid_Bad_Block") << u"invalid/Invalid_Bad_Block.msix"_s << u"is not signed"_s;
        QTest::newRow("No_blockmap") << u"invalid/No_blockmap.appx"_s << u"AppxBlockMap.xml"_s;
        QTest::newRow("Empty") << u"invalid/Empty.appx"_s << u"not a ZIP"_s;
        QTest::newRow("Corrupted") << u"invalid/OPC_E_ZIP_CORRUPTED_ARCHIVE.appx"_s << QString();
        QTest::newRow("PayloadPackageIsCompressed") << u"invalid/PayloadPackageIsCompressed.appxbundle"_s << u"stored"_s;
        QTest::newRow("ManifestPackageHasIncorrectSize") << u"invalid/ManifestPackageHasIncorrectSize.appxbundle"_s << u"size"_s;
        QTest::newRow("ContainsOnlyResourcePackages") << u"bundles/ContainsOnlyResourcePackages.appxbundle"_s << u"application"_s;
    }
    void invalidFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, mention);
        const QString shared = sharedFixturesDir();
        if (shared.isEmpty() || !QFileInfo(shared + u"/appx"_s).isDir())
            QSKIP("../shared/fixtures/appx is absent");
        const QString package = shared + u"/appx/"_s + file;
        QVERIFY(QFileInfo(package).isFile());

        const CliResult info = runCli({u"/Get-PackageInfo"_s, u"/PackagePath:"_s + package});
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
            const QList<std::pair<QString, QString>> frameworks{{u"Microsoft.VCLibs.140.00"_s, u"14.0.30704.0"_s},
                                                                {u"Microsoft.NET.Native.Framework.2.2"_s, u"2.2.29512.0"_s},
                                                                {u"Microsoft.NET.Native.Runtime.2.2"_s, u"2.2.28604.0"_s}};
            for (const auto &[name, version] : frameworks) {
                const QString dep = path(name + u".appx"_s);
                if (!QFileInfo::exists(dep))
                    QVERIFY(writeAppx(dep, frameworkSpec(name, version, u"x64"_s)).ok());
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
        spec.name = u"Contoso.Crafted"_s;
        QList<RawZipEntry> payload;
        QList<BlockMapItem> mapped;
        QByteArray manifest;
        QString mention;
        switch (kind) {
        case 0:
            payload << storedEntry("../../../evil.txt", "evil");
            mapped << blockMapItem(u"../../../evil.txt"_s, "evil");
            mention = u"../../../evil.txt"_s;
            break;
        case 1:
            payload << storedEntry("\\\\server\\share\\evil.txt", "evil");
            mapped << blockMapItem(u"\\\\server\\share\\evil.txt"_s, "evil");
            break;
        case 2: {
            RawZipEntry link = storedEntry("bin/passwd", "/etc/passwd");
            link.externalAttributes = quint32(S_IFLNK | 0777) << 16;
            payload << link;
            mapped << blockMapItem(u"bin/passwd"_s, "/etc/passwd");
            mention = u"symbolic link"_s;
            break;
        }
        case 3:
            payload << storedEntry("bin/App.dat", "one") << storedEntry("BIN/APP.DAT", "two");
            mapped << blockMapItem(u"bin/App.dat"_s, "one");
            mention = u"twice"_s;
            break;
        case 4: {
            RawZipEntry bomb = zerosEntry("bin/bomb.dat", 256ull << 20);
            bomb.uncompressedSize = 100;
            bomb.crc = crc32OfZeros(100);
            payload << bomb;
            mapped << zerosBlockMapItem(u"bin/bomb.dat"_s, 100);
            mention = u"bin/bomb.dat"_s;
            break;
        }
        case 5:
            payload << zerosEntry("bin/bomb.dat", 64ull << 20);
            mapped << zerosBlockMapItem(u"bin/bomb.dat"_s, 1000);
            mention = u"decompression bomb"_s;
            break;
        case 6: {
            manifest = appxManifestXml(spec);
            manifest.insert(manifest.lastIndexOf("</Package>"), "<!--" + QByteArray(20 << 20, 'x') + "-->");
            mention = u"AppxManifest.xml"_s;
            break;
        }
        }
        QString package = path(u"crafted%1.appx"_s.arg(kind));
        if (kind == 7) {
            // The bundle itself is sound; its one application package carries "../../evil.txt".
            AppxSpec inner = spec;
            inner.rawEntryName = "../../evil.txt";
            BundleSpec bundle;
            bundle.name = spec.name;
            bundle.publisher = spec.publisher;
            bundle.version = spec.version;
            bundle.items << bundleItem(inner, u"Contoso.Crafted_x64.appx"_s);
            package = path(u"crafted7.appxbundle"_s);
            QVERIFY(writeBundle(package, bundle).ok());
            mention = u"../../evil.txt"_s;
        } else {
            QVERIFY(writeHostileAppx(package, spec, payload, mapped, manifest, true).ok());
        }
        QElapsedTimer t;
        t.start();
        expectRefusedEverywhere(package, mention);
        QVERIFY(t.elapsed() < 30000);
        QVERIFY(!QFileInfo::exists(m_dir.path() + u"/evil.txt"_s));
    }

    // A mount folder whose name holds a tab, a backslash and a newline (escaped in
    // /proc/self/mountinfo): mounted, listed and dismounted by that exact name.
    void mountDirWithControlCharacters()
    {
        if (m_mount.isEmpty())
            QSKIP("FUSE is unavailable here");
        const QString dir = path(u"m n\ta\\b\nc"_s);
        QVERIFY(QDir().mkpath(dir));
        m_guard.add(dir);
        const QString wim = path(u"ro.wim"_s);
        if (!QFileInfo::exists(wim))
            QVERIFY(QFile::copy(m_wim, wim));
        CliResult r = runCli({u"/Mount-Image"_s, u"/ImageFile:"_s + wim, u"/Index:1"_s, u"/MountDir:"_s + dir,
                              u"/ReadOnly"_s, u"/ScratchDir:"_s + m_scratch});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(isMountPoint(dir));
        QVERIFY(QFileInfo(dir + u"/Windows/System32"_s).isDir());
        r = runCli({u"/Get-MountedImageInfo"_s});
        QVERIFY(r.out.contains(u"Mount Dir : "_s + dir + QLatin1Char('\n')));
        r = runCli({u"/Unmount-Image"_s, u"/MountDir:"_s + dir, u"/Discard"_s, u"/ScratchDir:"_s + m_scratch});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!isMountPoint(dir));
    }

    // /FolderPath holding a link to /etc, a link to itself and a link to its parent: links to
    // folders are not followed (nothing is read through them, the loop does not hang); the one real
    // package in the folder is provisioned.
    void folderPathWithSymlinks()
    {
        const QString folder = path(u"app-folder"_s);
        QVERIFY(QDir().mkpath(folder + u"/sub"_s));
        AppxSpec spec;
        spec.name = u"Contoso.Folder"_s;
        QVERIFY(writeAppx(folder + u"/Contoso.Folder.appx"_s, spec).ok());
        QVERIFY(QFile::link(u"/etc"_s, folder + u"/etc"_s));
        QVERIFY(QFile::link(folder, folder + u"/sub/loop"_s));
        QVERIFY(QFile::link(u".."_s, folder + u"/up"_s));
        // A package outside the folder, reachable only through a folder link: never used.
        QVERIFY(QDir().mkpath(path(u"outside"_s)));
        AppxSpec other;
        other.name = u"Contoso.Outside"_s;
        QVERIFY(writeAppx(path(u"outside/Contoso.Outside.appx"_s), other).ok());
        QVERIFY(QFile::link(path(u"outside"_s), folder + u"/outside-link"_s));

        const QString image = path(u"folder-image"_s);
        QVERIFY(writeOfflineImage(image, OfflineImageSpec{}));
        QElapsedTimer t;
        t.start();
        const CliResult r = runCli({u"/Image:"_s + image, u"/Add-ProvisionedAppxPackage"_s,
                                    u"/FolderPath:"_s + folder, u"/SkipLicense"_s, u"/Region:all"_s},
                                   60000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(t.elapsed() < 30000);
        QVERIFY(QFileInfo(image + u"/Program Files/WindowsApps/"_s + fullNameOf(spec) + u"/AppxManifest.xml"_s).isFile());
        QVERIFY(!QFileInfo::exists(image + u"/Program Files/WindowsApps/"_s + fullNameOf(other)));
        QVERIFY(!r.out.contains(u"Contoso.Outside"_s));
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
        const QString target = path(u"link-target%1"_s.arg(kind));
        if (kind != 2)
            QVERIFY(QDir().mkpath(target));
        if (kind == 1)
            QVERIFY(writeFile(target, u"precious.txt"_s, "precious"));
        const QString link = path(u"link%1"_s.arg(kind));
        QVERIFY(QFile::link(target, link));
        m_guard.add(link);
        m_guard.add(target);
        const CliResult r = runCli({u"/Mount-Image"_s, u"/ImageFile:"_s + m_wim, u"/Index:1"_s,
                                    u"/MountDir:"_s + link, u"/ReadOnly"_s, u"/ScratchDir:"_s + m_scratch});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(errorLines(r).size(), 1);
        QVERIFY2(r.lastErrorLine().contains(u"is a symbolic link"_s), qPrintable(r.err));
        QVERIFY(r.lastErrorLine().contains(link));
        QVERIFY(!isMountPoint(target));
        QVERIFY(!isMountPoint(link));
        if (kind == 1)
            QCOMPARE(QDir(target).entryList(QDir::Files), QStringList{u"precious.txt"_s});
        const CliResult list = runCli({u"/Get-MountedImageInfo"_s});
        QVERIFY(!list.out.contains(link));
    }

    // Hostile inputs outside packages, each refused within seconds with one error: named pipes
    // given as image or package (wimlib would block for ever in open()), an AppxProvisioning.xml
    // with a million attributes on one element (the XML reader would be busy for hours), links in
    // a /FolderPath leading out of it (an unpacked archive could copy /etc/passwd into the image as
    // the license), and a mount folder inside another mounted image (the outer image could not be
    // dismounted, the inner mount would hide its files). Each row: the exit status 1, the code the
    // servicing log records, a fragment of the error, the image folder, the mount folder and the
    // mount registry unchanged. {pipes} holds the pipes, {image} is the offline image, {list} an
    // image with the crafted list, {folder} a folder with a link (`setup`), {dir} a mount folder.
    void refusals_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("fragment");
        const QString add = u"/Add-ProvisionedAppxPackage"_s;
        // clang-format off
        QTest::newRow("named pipe as image")       << u"pipes"_s        << QStringList{u"/Get-ImageInfo"_s, u"/ImageFile:{pipes}/pipe.wim"_s}                                 << u"wim.not-a-file"_s << u"{pipes}/pipe.wim is not a regular file (it is a device, a named pipe or a socket)"_s;
        QTest::newRow("named pipe as package")     << u"pipes"_s        << QStringList{u"/Get-PackageInfo"_s, u"/PackagePath:{pipes}/pipe.appx"_s}                            << u"appx.not-a-file"_s << u"{pipes}/pipe.appx is not a regular file"_s;
        QTest::newRow("named pipe provisioned")    << u"pipes"_s        << QStringList{u"/Image:{image}"_s, add, u"/PackagePath:{pipes}/pipe.appx"_s, u"/SkipLicense"_s}     << u"provision.input-unreadable"_s << u"{pipes}/pipe.appx"_s;
        QTest::newRow("named pipe mounted")        << u"pipes-mount"_s  << QStringList{u"/Mount-Image"_s, u"/ImageFile:{pipes}/pipe.wim"_s, u"/Index:1"_s, u"/MountDir:{dir}"_s, u"/ReadOnly"_s, u"/ScratchDir:{scratch}"_s} << u"wim.not-a-file"_s << u"{pipes}/pipe.wim is not a regular file (it is a device, a named pipe or a socket)"_s;
        QTest::newRow("attribute flood")           << u"list"_s         << QStringList{u"/Image:{list}"_s, u"/Get-ProvisionedAppxPackages"_s}                                  << u"provision.list-invalid"_s << u"AppxProvisioning.xml is not valid: an element has more than 256 attributes"_s;
        QTest::newRow("license linked outside")    << u"license-link"_s << QStringList{u"/Image:{image}"_s, add, u"/FolderPath:{folder}"_s, u"/Region:all"_s}                 << u"provision.folder-symlink"_s << u"{folder}/sub/License.xml, a symbolic link to /etc/passwd outside the folder"_s;
        QTest::newRow("package linked outside")    << u"package-link"_s << QStringList{u"/Image:{image}"_s, add, u"/FolderPath:{folder}"_s, u"/SkipLicense"_s}                << u"provision.folder-symlink"_s << u"{folder}/sub/dep.appx, a symbolic link to"_s;
        QTest::newRow("mount folder inside mount") << u"nested"_s       << QStringList{u"/Mount-Image"_s, u"/ImageFile:{other}"_s, u"/Index:1"_s, u"/MountDir:{dir}"_s, u"/ReadOnly"_s, u"/ScratchDir:{scratch}"_s} << u"mount.dir-inside-mount"_s << u"{mount}"_s;
        // clang-format on
    }

    void refusals()
    {
        QFETCH(QString, setup);
        QFETCH(QStringList, args);
        QFETCH(QString, code);
        QFETCH(QString, fragment);
        if ((setup == u"pipes-mount"_s || setup == u"nested"_s) && m_mount.isEmpty())
            QSKIP("FUSE is unavailable here");
        const QMap<QString, QString> values = prepareRefusal(setup);
        QVERIFY(!values.isEmpty());
        const QString log = path(u"refusal-%1.log"_s.arg(setup));
        const Untouched target({m_imageBox, values[u"dir"_s]}, true);
        QElapsedTimer t;
        t.start();
        const CliResult r = runCli(withLogPath(fillIn(args, values), log), 60000);
        QCOMPARE(refusedAs(r, log, 1, code, fillIn({fragment}, values).first()), QString());
        QVERIFY(t.elapsed() < 20000);
        QCOMPARE(errorLines(r).size(), 1);
        QCOMPARE(target.changes(), QString());
        QVERIFY(!isMountPoint(values[u"dir"_s]));
        if (setup == u"nested"_s)
            QVERIFY(QDir().rmdir(values[u"dir"_s]));
    }

    // The one refusal compared as the whole sentence a technician reads.
    void refusalSentence()
    {
        const QMap<QString, QString> values = prepareRefusal(u"pipes"_s);
        const QString fifo = values.value(u"pipes"_s) + u"/pipe.wim"_s;
        const CliResult r = runCli({u"/Get-ImageInfo"_s, u"/ImageFile:"_s + fifo}, 20000);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.lastErrorLine(),
                 u"Error: %1 is not a regular file (it is a device, a named pipe or a socket). Give the path of a "
                 ".wim, .esd or .swm file."_s.arg(fifo));
    }

    // Chinese, Arabic, emoji and accented Latin in file names, image name and description, package
    // file and entry names, image folder, mount folder and log path: the exact bytes come back.
    void nonAsciiNames()
    {
        const QString zh = u"中文目录"_s;
        const QString ar = u"ملف عربي.txt"_s;
        const QString emoji = u"😀 表情 🎁.txt"_s;
        const QString latin = u"Ünïcödé ß.txt"_s;
        const QString src = path(u"源 src"_s);
        QVERIFY(writeFile(src, zh + QLatin1Char('/') + ar, "arabic"));
        QVERIFY(writeFile(src, emoji, "emoji"));
        QVERIFY(writeFile(src, latin, "latin"));
        const QString wim = path(u"映像 😀.wim"_s);
        ImageSpec spec;
        spec.sourceDir = src;
        spec.name = u"专业版 😀 احترافي"_s;
        spec.description = u"描述 وصف ✓"_s;
        QVERIFY(createWim(wim, {spec}).ok());

        CliResult r = runCli({u"/Get-ImageInfo"_s, u"/ImageFile:"_s + wim, u"/Index:1"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.field(u"Name"_s), spec.name);
        QCOMPARE(r.field(u"Description"_s), spec.description);
        r = runCli({u"/Get-ImageInfo"_s, u"/ImageFile:"_s + wim, u"/Name:"_s + spec.name});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({u"/List-Image"_s, u"/ImageFile:"_s + wim, u"/Index:1"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const QString &p : QStringList{u"\\"_s + zh + u"\\"_s + ar, u"\\"_s + emoji, u"\\"_s + latin})
            QVERIFY2(r.out.contains(p) || r.out.contains(QString(p).replace(QLatin1Char('\\'), QLatin1Char('/'))), qPrintable(p + u" in "_s + r.out));

        // A package with non-ASCII entry names, at a non-ASCII path, into a non-ASCII image folder,
        // logging to a non-ASCII log path.
        AppxSpec app;
        app.name = u"Contoso.Unicode"_s;
        app.files = defaultPayload();
        app.files << AppxFile{u"Assets/图标 😀.png"_s, "png", false} << AppxFile{u"Strings/نص.txt"_s, "text", true};
        const QString package = path(u"包 📦/تطبيق 🎁.appx"_s);
        QVERIFY(QDir().mkpath(QFileInfo(package).path()));
        QVERIFY(writeAppx(package, app).ok());
        const QString image = path(u"镜像 🖼 صورة"_s);
        QVERIFY(writeOfflineImage(image, OfflineImageSpec{}));
        const QString log = path(u"日志 📝/dism سجل.log"_s);
        QVERIFY(QDir().mkpath(QFileInfo(log).path()));
        r = runCli({u"/Get-PackageInfo"_s, u"/PackagePath:"_s + package});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QDir::toNativeSeparators(package)) || r.out.contains(package));
        r = runCli({u"/Image:"_s + image, u"/Add-ProvisionedAppxPackage"_s, u"/PackagePath:"_s + package,
                    u"/SkipLicense"_s, u"/Region:all"_s, u"/LogPath:"_s + log});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString installed = image + u"/Program Files/WindowsApps/"_s + fullNameOf(app);
        QFile png(installed + u"/Assets/图标 😀.png"_s);
        QVERIFY2(png.open(QIODevice::ReadOnly), qPrintable(png.fileName()));
        QCOMPARE(png.readAll(), QByteArray("png"));
        QVERIFY(QFileInfo(installed + u"/Strings/نص.txt"_s).isFile());
        QFile logFile(log);
        QVERIFY2(logFile.open(QIODevice::ReadOnly), qPrintable(log));
        QVERIFY(logFile.readAll().contains(QFileInfo(package).fileName().toUtf8()));

        // Mount at a non-ASCII folder: the names read back exactly.
        if (fuseUnavailableReason().isEmpty()) {
            const QString mnt = path(u"挂载 😀 تركيب"_s);
            QVERIFY(QDir().mkpath(mnt));
            m_guard.add(mnt);
            r = runCli({u"/Mount-Image"_s, u"/ImageFile:"_s + wim, u"/Index:1"_s,
                        u"/MountDir:"_s + mnt, u"/ReadOnly"_s, u"/ScratchDir:"_s + m_scratch});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            {
                QFile f(mnt + QLatin1Char('/') + zh + QLatin1Char('/') + ar);
                QVERIFY(f.open(QIODevice::ReadOnly));
                QCOMPARE(f.readAll(), QByteArray("arabic"));
            }
            QVERIFY(QFileInfo(mnt + QLatin1Char('/') + emoji).isFile());
            r = runCli({u"/Get-MountedImageInfo"_s});
            QVERIFY(r.out.contains(mnt));
            r = runCli({u"/Unmount-Image"_s, u"/MountDir:"_s + mnt, u"/Discard"_s,
                        u"/ScratchDir:"_s + m_scratch});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileCli)
#include "tst_hostile_cli.moc"
