// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Linking identical files (Optimize-ProvisionedAppxPackages): exactly the files with the same bytes
// end up as one inode, whatever the size, where they differ, how many there are and how they were
// linked before.
#include "provision/IdenticalFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "WimBuilder.h"

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

using namespace wb;
using wb::test::randomBytes;

class TestIdenticalFiles : public QObject
{
    Q_OBJECT

private:
    static void write(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }
    static ino_t inode(const QString &path)
    {
        struct stat st;
        return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
    }
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void linksExactlyTheIdenticalFiles()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(u"a"_s), b = dir.filePath(u"b"_s);
        const QByteArray big = randomBytes(300 * 1024, 1);
        QByteArray lastByteDiffers = big;
        lastByteDiffers[lastByteDiffers.size() - 1] = char(lastByteDiffers.back() ^ 1);
        QByteArray secondChunkDiffers = big;
        secondChunkDiffers[70000] = char(secondChunkDiffers[70000] ^ 1);
        write(a + u"/big"_s, big);
        write(b + u"/sub/big-copy"_s, big);
        write(b + u"/big-last"_s, lastByteDiffers);
        write(b + u"/big-second"_s, secondChunkDiffers);
        write(a + u"/small"_s, "same small text");
        write(b + u"/small"_s, "same small text");
        write(b + u"/other"_s, "diff small text"); // same size, other bytes
        write(a + u"/empty"_s, {});
        write(b + u"/empty"_s, {});

        auto result = linkIdenticalFiles({a, b}, nullptr);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().oneLine()));
        QCOMPARE(result->filesExamined, quint64(7)); // empty files are not examined
        QCOMPARE(result->filesLinked, quint64(2));
        QCOMPARE(result->bytesSaved, quint64(big.size() + 15));
        QCOMPARE(result->alreadyLinked, quint64(0));
        QCOMPARE(inode(b + u"/sub/big-copy"_s), inode(a + u"/big"_s));
        QCOMPARE(inode(b + u"/small"_s), inode(a + u"/small"_s));
        QVERIFY(inode(b + u"/big-last"_s) != inode(a + u"/big"_s));
        QVERIFY(inode(b + u"/big-second"_s) != inode(a + u"/big"_s));
        QVERIFY(inode(b + u"/other"_s) != inode(a + u"/small"_s));
        QCOMPARE(readAll(b + u"/big-last"_s), lastByteDiffers);
        QCOMPARE(readAll(b + u"/sub/big-copy"_s), big);
        QVERIFY(QDir(b).entryList(QStringList{u"*.wimbench-link"_s}, QDir::Files).isEmpty());

        auto again = linkIdenticalFiles({a, b}, nullptr);
        QVERIFY(again);
        QCOMPARE(again->filesLinked, quint64(0));
        QCOMPARE(again->alreadyLinked, quint64(2));
    }

    void everyNameOfALinkedDuplicateIsRelinked()
    {
        // b1 and b2 already share an inode whose bytes equal a's: the inode with two names stays
        // and a becomes a third name of it (one link instead of two).
        QTemporaryDir dir;
        const QByteArray data = randomBytes(5000, 2);
        write(dir.filePath(u"a"_s), data);
        write(dir.filePath(u"b1"_s), data);
        QCOMPARE(::link(QFile::encodeName(dir.filePath(u"b1"_s)).constData(), QFile::encodeName(dir.filePath(u"b2"_s)).constData()), 0);
        const ino_t kept = inode(dir.filePath(u"b1"_s));
        auto result = linkIdenticalFiles({dir.path()}, nullptr);
        QVERIFY(result);
        QCOMPARE(result->filesLinked, quint64(1));
        QCOMPARE(result->bytesSaved, quint64(data.size()));
        QCOMPARE(result->alreadyLinked, quint64(1));
        QCOMPARE(inode(dir.filePath(u"a"_s)), kept);
        QCOMPARE(inode(dir.filePath(u"b2"_s)), kept);
        QCOMPARE(readAll(dir.filePath(u"a"_s)), data);
    }

    void manyFilesOfOneSizeAreSortedByContent()
    {
        // More same-size files than are compared side by side: they are split by digest first.
        QTemporaryDir dir;
        const int distinct = 7, copies = 40; // 280 files of one size
        QList<QByteArray> contents;
        for (int c = 0; c < distinct; ++c)
            contents << randomBytes(70 * 1024, quint32(100 + c));
        for (int i = 0; i < distinct * copies; ++i)
            write(dir.filePath(u"f%1"_s.arg(i)), contents[i % distinct]);
        auto result = linkIdenticalFiles({dir.path()}, nullptr);
        QVERIFY(result);
        QCOMPARE(result->filesLinked, quint64(distinct * (copies - 1)));
        QCOMPARE(result->bytesSaved, quint64(distinct * (copies - 1)) * quint64(70 * 1024));
        for (int i = 0; i < distinct * copies; ++i) {
            QCOMPARE(inode(dir.filePath(u"f%1"_s.arg(i))), inode(dir.filePath(u"f%1"_s.arg(i % distinct))));
            if (i < distinct && i > 0)
                QVERIFY(inode(dir.filePath(u"f%1"_s.arg(i))) != inode(dir.filePath(u"f0"_s)));
        }
        QCOMPARE(readAll(dir.filePath(u"f%1"_s.arg(distinct * copies - 1))), contents[(distinct * copies - 1) % distinct]);
    }

    void unreadableFilesAreLeftAlone()
    {
        if (::geteuid() == 0)
            QSKIP("root reads files without read permission");
        QTemporaryDir dir;
        write(dir.filePath(u"a"_s), "content");
        write(dir.filePath(u"b"_s), "content");
        QVERIFY(QFile::setPermissions(dir.filePath(u"b"_s), QFileDevice::WriteOwner));
        auto result = linkIdenticalFiles({dir.path()}, nullptr);
        QVERIFY(result);
        QCOMPARE(result->filesLinked, quint64(0));
    }
};

QTEST_GUILESS_MAIN(TestIdenticalFiles)
#include "tst_identicalfiles.moc"
