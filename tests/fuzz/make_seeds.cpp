// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the generated part of the seed corpus: small but complete packages, a bundle, manifests
// and block maps, all made by tests/support's AppxBuilder (the same generator the tests use).
// Usage: fuzz_make_seeds <tests/fuzz/corpus>. Run it again when AppxBuilder changes.

#include "AppxBuilder.h"

#include "appx/AppxPackage.h"
#include "appx/BlockMap.h"
#include "appx/ZipArchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

namespace {
bool write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s (%lld bytes)\n", qPrintable(path), qlonglong(bytes.size()));
    return true;
}

QList<AppxFile> smallPayload()
{
    QByteArray data;
    for (int i = 0; i < 70000; ++i)
        data.append(char('a' + i % 7));
    return {{u"readme.txt"_s, QByteArrayLiteral("hello\n"), false},
            {u"Assets/Logo [1].png"_s, QByteArray(64, '\x89'), false},
            {u"bin/app.dat"_s, data, true}};
}

AppxSpec smallApp()
{
    AppxSpec s;
    s.files = smallPayload();
    s.dependencies = {{u"Microsoft.VCLibs.140.00"_s, u"CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US"_s,
                       u"14.0.30704.0"_s, false}};
    return s;
}

/// The block map of a generated package followed by NUL and the content of its first file.
Result<QByteArray> blockMapSeed(const QByteArray &package)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.appx"_s);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(package) != package.size())
        return Error::make(u"seed.write"_s, u"cannot write %1"_s.arg(path));
    f.close();
    auto zip = ZipArchive::open(path);
    if (!zip)
        return zip.error();
    auto xml = zip->readAll(*zip->find(u"AppxBlockMap.xml"_s), 1 << 20);
    if (!xml)
        return xml.error();
    auto map = BlockMap::parse(*xml, path);
    if (!map)
        return map.error();
    auto first = zip->readAll(*zip->find(map->files().first().name), 1 << 20);
    if (!first)
        return first.error();
    return QByteArray(*xml + QByteArray(1, '\0') + *first);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_make_seeds <tests/fuzz/corpus>\n");
        return 2;
    }
    const QDir corpus(QString::fromLocal8Bit(argv[1]));
    bool ok = true;

    // Manifests in the three schemas and the three kinds.
    AppxSpec win10 = smallApp();
    win10.scales = {100, 200};
    win10.dxFeatureLevels = {u"dx11"_s};
    ok &= write(corpus.filePath(u"appx_manifest/windows10.xml"_s), appxManifestXml(win10));
    AppxSpec win8 = smallApp();
    win8.schema = AppxSpec::Schema::Windows8;
    win8.architecture.clear();
    ok &= write(corpus.filePath(u"appx_manifest/windows8.xml"_s), appxManifestXml(win8));
    AppxSpec win81 = smallApp();
    win81.schema = AppxSpec::Schema::Windows81;
    win81.architecture = u"arm"_s;
    ok &= write(corpus.filePath(u"appx_manifest/windows81.xml"_s), appxManifestXml(win81));
    ok &= write(corpus.filePath(u"appx_manifest/framework.xml"_s),
                appxManifestXml(frameworkSpec(u"Microsoft.VCLibs.140.00"_s, u"14.0.30704.0"_s, u"x64"_s)));
    ok &= write(corpus.filePath(u"appx_manifest/language-pack.xml"_s), appxManifestXml(languagePack(win10, u"fr-FR"_s)));

    // Packages.
    auto app10 = buildAppx(smallApp());
    AppxSpec signedWin8 = win8;
    signedWin8.signature = true;
    auto app8 = buildAppx(signedWin8);
    if (!app10 || !app8) {
        std::fprintf(stderr, "buildAppx failed: %s\n", qPrintable((app10 ? app8.error() : app10.error()).message));
        return 1;
    }
    ok &= write(corpus.filePath(u"package/app-windows10.appx"_s), *app10);
    ok &= write(corpus.filePath(u"package/app-windows8-signed.appx"_s), *app8);

    // A bundle: an x64 application and a fr-FR resource pack, stored inside.
    BundleSpec bundle;
    AppxSpec bundled = smallApp();
    bundled.files = {{u"readme.txt"_s, QByteArrayLiteral("bundled\n"), false}};
    AppxSpec french = languagePack(bundled, u"fr-FR"_s);
    french.files = {{u"fr-FR/strings.txt"_s, QByteArrayLiteral("bonjour\n"), false}};
    bundle.items = {bundleItem(bundled, u"Contoso.Sample_1.0.0.0_x64.appx"_s),
                    bundleItem(french, u"Contoso.Sample_1.0.0.0_language-fr.appx"_s)};
    QTemporaryDir dir;
    const QString bundlePath = dir.filePath(u"b.appxbundle"_s);
    if (const Status s = writeBundle(bundlePath, bundle); !s.ok()) {
        std::fprintf(stderr, "writeBundle failed: %s\n", qPrintable(s.error().message));
        return 1;
    }
    QFile bf(bundlePath);
    bf.open(QIODevice::ReadOnly);
    ok &= write(corpus.filePath(u"package/bundle.appxbundle"_s), bf.readAll());

    // Bundle manifests: the real one of that bundle (2013 namespace) and a 2018 one.
    auto zip = ZipArchive::open(bundlePath);
    if (!zip)
        return 1;
    ok &= write(corpus.filePath(u"bundle_manifest/bundle-2013.xml"_s),
                zip->readAll(*zip->find(u"AppxMetadata/AppxBundleManifest.xml"_s), 1 << 20).value());
    BundleSpec b2018 = bundle;
    b2018.rootNamespaceYear = 2018;
    for (BundleItem &item : b2018.items)
        item.outside = true;
    ok &= write(corpus.filePath(u"bundle_manifest/bundle-2018-flat.xml"_s), bundleManifestXml(b2018, {}, {4096, 2048}));

    // Block maps (each followed by NUL and its first file's content).
    auto map10 = blockMapSeed(*app10);
    auto map8 = blockMapSeed(*app8);
    if (!map10 || !map8)
        return 1;
    ok &= write(corpus.filePath(u"blockmap/app-windows10.bin"_s), *map10);
    ok &= write(corpus.filePath(u"blockmap/app-windows8.bin"_s), *map8);
    ok &= write(corpus.filePath(u"blockmap/bundle.xml"_s), zip->readAll(*zip->find(u"AppxBlockMap.xml"_s), 1 << 20).value());
    return ok ? 0 : 1;
}
