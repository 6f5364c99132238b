// SHA-256 used for app package block maps: the SHA-extension code and the portable code must give
// exactly QCryptographicHash's digests for every length and every way the data is split.
#include "core/Sha256.h"

#include <QElapsedTimer>
#include <QTest>

#include "WimBuilder.h"

using namespace wb;
using wb::test::randomBytes;

class TestSha256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownVectors()
    {
        QCOMPARE(Sha256::hash("").toHex(), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(Sha256::hash("abc").toHex(), QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(Sha256::hash("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").toHex(),
                 QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
    }

    void everyLengthMatchesQt()
    {
        const QByteArray data = randomBytes(70000, 7);
        for (qsizetype n : {0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 4095, 65536, 70000}) {
            const QByteArray expected = QCryptographicHash::hash(data.left(n), QCryptographicHash::Sha256);
            QCOMPARE(Sha256::hash(data.left(n)), expected);
            Sha256 portable = Sha256::portable();
            portable.addData(data.left(n));
            QCOMPARE(portable.result(), expected);
        }
        for (qsizetype n = 0; n < 300; ++n)
            QCOMPARE(Sha256::hash(data.left(n)), QCryptographicHash::hash(data.left(n), QCryptographicHash::Sha256));
    }

    void splitUpdatesMatchOneUpdate()
    {
        const QByteArray data = randomBytes(5000, 11);
        const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
        for (qsizetype step : {1, 3, 63, 64, 65, 777}) {
            Sha256 h;
            for (qsizetype at = 0; at < data.size(); at += step)
                h.addData(QByteArrayView(data.constData() + at, std::min(step, data.size() - at)));
            QCOMPARE(h.result(), expected);
            h.reset();
            h.addData(data);
            QCOMPARE(h.result(), expected);
        }
    }

    void blockHashUsesTheNamedAlgorithm()
    {
        const QByteArray data = randomBytes(65536, 3);
        QCOMPARE(Sha256::hashBlock(data, QCryptographicHash::Sha256), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        QCOMPARE(Sha256::hashBlock(data, QCryptographicHash::Sha512), QCryptographicHash::hash(data, QCryptographicHash::Sha512));
        qInfo() << "SHA extensions in use:" << Sha256::hardwareAccelerated();
        // Throughput, printed for bench/RESULTS.md (not asserted).
        const QByteArray big = randomBytes(16 << 20, 5);
        QElapsedTimer t;
        t.start();
        const QByteArray ours = Sha256::hash(big);
        const qint64 oursNs = std::max<qint64>(t.nsecsElapsed(), 1);
        t.restart();
        const QByteArray qt = QCryptographicHash::hash(big, QCryptographicHash::Sha256);
        const qint64 qtNs = std::max<qint64>(t.nsecsElapsed(), 1);
        QCOMPARE(ours, qt);
        qInfo("SHA-256 of 16 MiB: %.0f MB/s here, %.0f MB/s through QCryptographicHash", 16.0 * 1048576 * 1000 / double(oursNs),
              16.0 * 1048576 * 1000 / double(qtNs));
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
