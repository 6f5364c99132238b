// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench-sign-tool: signed packages for the benchmarks, made with the test signer (TestSigner.h,
// a test root made once per process) as tests/support signs the tests' packages.
//   wimbench-sign-tool <SOFTWARE hive | -> <package or bundle>...   (bench/bench_provision.sh)
//       signs each package in place and puts the test root into the image's SOFTWARE hive so the
//       image trusts them (both in one run: the root exists only in this process; - : sign only).
//       Each package is copied through libzip, its APPX digests taken, then copied again with
//       AppxSignature.p7x (signer = the manifest's Publisher) as the last entry.
//   wimbench-sign-tool appx <file> <MiB>     (bench/bench_signature.sh) a signed .msix with <MiB>
//       of payload: 20% deflated compressible binaries, 80% stored incompressible assets
//   wimbench-sign-tool bundle <file> <MiB>   a signed bundle holding a signed x64 package with that
//       payload and a signed x86 package with a quarter of it
#include "AppxBuilder.h"
#include "HiveBuilder.h"
#include "TestSigner.h"

#include "appx/AppxBundle.h"
#include "appx/AppxPackage.h"
#include "appx/PackagePath.h"
#include "registry/Hive.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

namespace {
Result<QString> publisherOf(const QString &path)
{
    if (PackagePath::detectFormat(path) == PackageFormat::Bundle) {
        auto bundle = AppxBundle::open(path);
        if (!bundle)
            return bundle.error();
        return bundle->identity().publisher;
    }
    auto package = AppxPackage::open(path);
    if (!package)
        return package.error();
    return package->manifest().identity.publisher;
}

Status sign(const QString &path)
{
    auto publisher = publisherOf(path);
    if (!publisher)
        return publisher.error();
    const QString plain = path + u".plain"_s;
    WB_TRY(copyZipChanging(path, plain, QByteArray(), ZipChange::Remove));
    auto blob = appxDigestBlob(plain);
    if (!blob)
        return blob.error();
    WB_TRY(copyZipChanging(plain, path, QByteArrayLiteral("AppxSignature.p7x"), ZipChange::Append,
                                 signAppxBlob(*blob, *publisher)));
    QFile::remove(plain);
    return {};
}

Status trust(const QString &hivePath)
{
    auto hive = Hive::open(hivePath, Hive::Mode::Write);
    if (!hive)
        return hive.error();
    const QByteArray der = testRootCertificate();
    const QString thumbprint = QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha1).toHex().toUpper());
    auto key = hive->createKey(u"Microsoft\\SystemCertificates\\ROOT\\Certificates\\"_s + thumbprint);
    if (!key)
        return key.error();
    WB_TRY(hive->setValue(*key, RegistryValue::binary(u"Blob"_s, certificateStoreBlob(der))));
    return hive->commit();
}

QByteArray randomBytes(QRandomGenerator &rnd, qsizetype size)
{
    QByteArray b(size, Qt::Uninitialized);
    rnd.fillRange(reinterpret_cast<quint32 *>(b.data()), size / 4);
    return b;
}

QByteArray compressible(QRandomGenerator &rnd, qsizetype size)
{
    const QByteArray block = randomBytes(rnd, 2048) + QByteArray(1024, '\0') + QByteArray("0123456789abcdef").repeated(64);
    return block.repeated(size / block.size() + 1).left(size);
}

/// ~`mb` MiB in files of at most 4 MiB, as bench/make_appx.py lays out a payload.
QList<AppxFile> payload(int mb, quint32 seed)
{
    QRandomGenerator rnd(seed);
    QList<AppxFile> files;
    const qint64 total = qint64(mb) << 20;
    for (qint64 left = total / 5, n = 0; left > 0; ++n) {
        const qint64 size = std::min<qint64>(left, 4 << 20);
        files << AppxFile{u"bin/lib%1.dll"_s.arg(n, 3, 10, QLatin1Char('0')), compressible(rnd, size), true};
        left -= size;
    }
    for (qint64 left = total - total / 5, n = 0; left > 0; ++n) {
        const qint64 size = std::min<qint64>(left, 4 << 20);
        files << AppxFile{u"Assets/media%1.pak"_s.arg(n, 3, 10, QLatin1Char('0')), randomBytes(rnd, size), false};
        left -= size;
    }
    return files;
}

AppxSpec signedApp(const QString &architecture, int mb, quint32 seed)
{
    AppxSpec s;
    s.name = u"Contoso.Bench"_s;
    s.architecture = architecture;
    s.signature = true;
    s.files = payload(mb, seed);
    return s;
}

/// appx|bundle <file> <MiB> (`args` starts with the program name).
int makeBenchPackage(const QStringList &args, QTextStream &err)
{
    if (args.size() != 4 || (args[1] != QLatin1String("appx") && args[1] != QLatin1String("bundle"))) {
        err << "usage: wimbench-sign-tool appx|bundle <file> <MiB>\n";
        return 87;
    }
    const int mb = args[3].toInt();
    Status written;
    if (args[1] == QLatin1String("appx")) {
        written = writeAppx(args[2], signedApp(u"x64"_s, mb, 9));
    } else {
        BundleSpec spec;
        spec.name = u"Contoso.Bench"_s;
        spec.signature = true;
        spec.items = {bundleItem(signedApp(u"x64"_s, mb, 9), u"Contoso.Bench_x64.msix"_s),
                      bundleItem(signedApp(u"x86"_s, std::max(1, mb / 4), 10), u"Contoso.Bench_x86.msix"_s)};
        written = writeBundle(args[2], spec);
    }
    if (!written.ok()) {
        err << written.error().message << '\n';
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    if (app.arguments().value(1) == QLatin1String("appx") || app.arguments().value(1) == QLatin1String("bundle"))
        return makeBenchPackage(app.arguments(), err);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        err << "usage: wimbench-sign-tool <SOFTWARE hive | -> <package or bundle>...\n       wimbench-sign-tool appx|bundle <file> <MiB>\n";
        return 2;
    }
    Status done = args.first() == QLatin1String("-") ? Status{} : trust(args.first());
    for (qsizetype i = 1; done && i < args.size(); ++i)
        done = sign(args.at(i));
    if (!done) {
        err << done.error().oneLine() << '\n';
        return 1;
    }
    return 0;
}
