// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wb::Digest, the engine's one hashing wrapper (OpenSSL EVP): the published test vectors, the same
// digest however the data is split, each block-map algorithm, and the reset after result().
#include "core/Digest.h"

#include <QElapsedTimer>
#include <QTest>

#include "WimBuilder.h"

using namespace Qt::StringLiterals;

using namespace wb;
using wb::test::randomBytes;

class TestDigest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownVectors_data()
    {
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("hex");
        // FIPS 180-2 appendix examples.
        QTest::newRow("sha256-empty") << int(QCryptographicHash::Sha256) << QByteArray()
                                      << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_ba;
        QTest::newRow("sha256-abc") << int(QCryptographicHash::Sha256) << "abc"_ba
                                    << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_ba;
        QTest::newRow("sha256-448bits") << int(QCryptographicHash::Sha256) << "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"_ba
                                        << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"_ba;
        QTest::newRow("sha384-abc") << int(QCryptographicHash::Sha384) << "abc"_ba
                                    << "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"_ba;
        QTest::newRow("sha512-abc") << int(QCryptographicHash::Sha512) << "abc"_ba
                                    << "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"_ba;
    }

    void knownVectors()
    {
        QFETCH(int, algorithm);
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, hex);
        const auto a = QCryptographicHash::Algorithm(algorithm);
        QVERIFY(Digest::supports(a));
        QCOMPARE(Digest::hash(input, a).toHex(), hex);
        Digest d(a);
        d.addData(input);
        QCOMPARE(d.result().toHex(), hex);
    }

    void splitUpdatesMatchOneUpdate()
    {
        const QByteArray data = randomBytes(70000, 11);
        const QByteArray expected = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
        QCOMPARE(Digest::hash(data), expected);
        for (qsizetype step : {1, 63, 64, 65, 777, 65536}) {
            Digest d;
            for (qsizetype at = 0; at < data.size(); at += step)
                d.addData(QByteArrayView(data.constData() + at, std::min(step, data.size() - at)));
            QCOMPARE(d.result(), expected);
            // result() resets: the same object hashes the next message from scratch.
            d.addData(data.left(100));
            QCOMPARE(d.result(), QCryptographicHash::hash(data.left(100), QCryptographicHash::Sha256));
        }
    }

    void unknownAlgorithmIsReported()
    {
        QVERIFY(!Digest::supports(QCryptographicHash::Md5));
        QVERIFY(!Digest::supports(QCryptographicHash::Sha3_256));
    }

    void throughput()
    {
        // Printed for bench/RESULTS.md; the assertion is the digest, the speed is measured by
        // bench/bench_provision.sh.
        const QByteArray big = randomBytes(16 << 20, 5);
        QElapsedTimer t;
        t.start();
        const QByteArray ours = Digest::hash(big);
        const qint64 ns = std::max<qint64>(t.nsecsElapsed(), 1);
        QCOMPARE(ours, QCryptographicHash::hash(big, QCryptographicHash::Sha256));
        qInfo("SHA-256 of 16 MiB through OpenSSL EVP: %.0f MB/s", 16.0 * 1048576 * 1000 / double(ns));
    }
};

QTEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"
