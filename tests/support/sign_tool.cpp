// wimbench-sign-tool: signed packages and bundles for bench/bench_signature.sh, built with the
// test signer (TestSigner.h) as the tests build them.
//   wimbench-sign-tool appx <file> <MiB>     a signed .msix with <MiB> of payload: 20% deflated
//                                            compressible binaries, 80% stored incompressible assets
//   wimbench-sign-tool bundle <file> <MiB>   a signed bundle holding a signed x64 package with that
//                                            payload and a signed x86 package with a quarter of it
#include "AppxBuilder.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

using namespace wb;
using namespace wb::test;

namespace {

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
        files << AppxFile{QStringLiteral("bin/lib%1.dll").arg(n, 3, 10, QLatin1Char('0')), compressible(rnd, size), true};
        left -= size;
    }
    for (qint64 left = total - total / 5, n = 0; left > 0; ++n) {
        const qint64 size = std::min<qint64>(left, 4 << 20);
        files << AppxFile{QStringLiteral("Assets/media%1.pak").arg(n, 3, 10, QLatin1Char('0')), randomBytes(rnd, size), false};
        left -= size;
    }
    return files;
}

AppxSpec signedApp(const QString &architecture, int mb, quint32 seed)
{
    AppxSpec s;
    s.name = QStringLiteral("Contoso.Bench");
    s.architecture = architecture;
    s.signature = true;
    s.files = payload(mb, seed);
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 4 || (args[1] != QLatin1String("appx") && args[1] != QLatin1String("bundle"))) {
        err << "usage: wimbench-sign-tool appx|bundle <file> <MiB>\n";
        return 87;
    }
    const int mb = args[3].toInt();
    Status written;
    if (args[1] == QLatin1String("appx")) {
        written = writeAppx(args[2], signedApp(QStringLiteral("x64"), mb, 9));
    } else {
        BundleSpec spec;
        spec.name = QStringLiteral("Contoso.Bench");
        spec.signature = true;
        spec.items = {bundleItem(signedApp(QStringLiteral("x64"), mb, 9), QStringLiteral("Contoso.Bench_x64.msix")),
                      bundleItem(signedApp(QStringLiteral("x86"), std::max(1, mb / 4), 10), QStringLiteral("Contoso.Bench_x86.msix"))};
        written = writeBundle(args[2], spec);
    }
    if (!written.ok()) {
        err << written.error().message << '\n';
        return 1;
    }
    return 0;
}
