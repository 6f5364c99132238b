// wimbench-sign-tool: signs generated packages for the benchmarks, as tests/support signs the
// tests' packages (TestSigner: a test root made once per process), and puts that root into an
// image's SOFTWARE hive so the image trusts them; both in one run, because the root exists only
// in this process.
//   wimbench-sign-tool <SOFTWARE hive | -> <package or bundle>...   (- : sign only)
// Each package is rewritten in place: copied through libzip, its APPX digests taken, then copied
// again with AppxSignature.p7x (signer = the manifest's Publisher) as the last entry.
#include "HiveBuilder.h"
#include "TestSigner.h"

#include "appx/AppxBundle.h"
#include "appx/AppxPackage.h"
#include "appx/PackagePath.h"
#include "registry/Hive.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QTextStream>

using namespace wb;

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
    const QString plain = path + QStringLiteral(".plain");
    WB_TRY(test::copyZipChanging(path, plain, QByteArray(), test::ZipChange::Remove));
    auto blob = test::appxDigestBlob(plain);
    if (!blob)
        return blob.error();
    WB_TRY(test::copyZipChanging(plain, path, QByteArrayLiteral("AppxSignature.p7x"), test::ZipChange::Append,
                                 test::signAppxBlob(*blob, *publisher)));
    QFile::remove(plain);
    return {};
}

Status trust(const QString &hivePath)
{
    auto hive = Hive::open(hivePath, Hive::Mode::Write);
    if (!hive)
        return hive.error();
    const QByteArray der = test::testRootCertificate();
    const QString thumbprint = QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha1).toHex().toUpper());
    auto key = hive->createKey(QStringLiteral("Microsoft\\SystemCertificates\\ROOT\\Certificates\\") + thumbprint);
    if (!key)
        return key.error();
    WB_TRY(hive->setValue(*key, RegistryValue::binary(QStringLiteral("Blob"), test::certificateStoreBlob(der))));
    return hive->commit();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        err << "usage: wimbench-sign-tool <SOFTWARE hive> <package or bundle>...\n";
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
