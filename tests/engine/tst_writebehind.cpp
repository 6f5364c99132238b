// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wb::WriteBehind, which starts the write-back of a new WIM while wimlib still writes it so that the
// final fsync finds little left (docs/DECISIONS.md): it follows the writer in whole pages and steps,
// waits for a file that does not exist yet, and really hands the pages to the disk through its own
// read-only descriptor (on a file system with delayed allocation the started range is allocated
// afterwards; FIEMAP shows it).
#include "core/WriteBehind.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <linux/fiemap.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

using namespace wb;

namespace {
constexpr qint64 kMiB = 1024 * 1024;

/// Appends `bytes` bytes to `path` as a writer would (its own descriptor, no sync).
bool append(const QString &path, qint64 bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Append) && f.write(QByteArray(bytes, 'w')) == bytes;
}

/// Bytes of [0, end) of `path` in extents whose blocks are not allocated yet (FIEMAP_EXTENT_DELALLOC);
/// -1 when the file system does not answer FIEMAP.
qint64 delayedBytes(const QString &path, qint64 end)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    constexpr quint32 kExtents = 256;
    alignas(fiemap) char buffer[sizeof(fiemap) + kExtents * sizeof(fiemap_extent)] = {};
    auto *map = reinterpret_cast<fiemap *>(buffer);
    map->fm_length = FIEMAP_MAX_OFFSET;
    map->fm_extent_count = kExtents;
    const bool ok = fd >= 0 && ::ioctl(fd, FS_IOC_FIEMAP, map) == 0;
    if (fd >= 0)
        ::close(fd);
    if (!ok)
        return -1;
    qint64 delayed = 0;
    for (quint32 i = 0; i < map->fm_mapped_extents; ++i) {
        const fiemap_extent &e = map->fm_extents[i];
        if ((e.fe_flags & FIEMAP_EXTENT_DELALLOC) && qint64(e.fe_logical) < end)
            delayed += qMin(end, qint64(e.fe_logical + e.fe_length)) - qint64(e.fe_logical);
    }
    return delayed;
}
} // namespace

class TestWriteBehind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheWriter_data();
    void followsTheWriter();
    void waitsForTheFile();
    void handsThePagesToTheDisk();
};

void TestWriteBehind::followsTheWriter_data()
{
    QTest::addColumn<QList<qint64>>("writes");  // bytes appended before each advance()
    QTest::addColumn<QList<qint64>>("started"); // started() after each advance()
    const qint64 m = kMiB;
    // clang-format off
    QTest::newRow("less than a step")        << QList<qint64>{m / 2}                  << QList<qint64>{0};
    QTest::newRow("a step and a part page")  << QList<qint64>{m + 100}                << QList<qint64>{m};
    QTest::newRow("steps add up")            << QList<qint64>{m + m / 2, m / 2, m}    << QList<qint64>{m + m / 2, m + m / 2, 3 * m};
    QTest::newRow("nothing new, no change")  << QList<qint64>{2 * m, 0, 0}            << QList<qint64>{2 * m, 2 * m, 2 * m};
    // clang-format on
}

void TestWriteBehind::followsTheWriter()
{
    QFETCH(QList<qint64>, writes);
    QFETCH(QList<qint64>, started);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new.wim"_s);
    QVERIFY(append(path, 0));
    WriteBehind behind(path, kMiB);
    for (qsizetype i = 0; i < writes.size(); ++i) {
        QVERIFY(append(path, writes[i]));
        QCOMPARE(behind.advance(), started[i]);
        QCOMPARE(behind.started(), started[i]);
    }
}

void TestWriteBehind::waitsForTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"not-yet.wim"_s);
    WriteBehind behind(path, kMiB);
    QCOMPARE(behind.advance(), 0);
    QVERIFY(!QFile::exists(path)); // never creates it: the writer does
    QVERIFY(append(path, 2 * kMiB));
    QCOMPARE(behind.advance(), 2 * kMiB);
}

void TestWriteBehind::handsThePagesToTheDisk()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new.wim"_s);
    QVERIFY(append(path, 8 * kMiB));
    const qint64 before = delayedBytes(path, 8 * kMiB);
    if (before <= 0)
        QSKIP("The file system of the temporary folder allocates at once or does not answer FIEMAP: nothing to observe");
    WriteBehind behind(path, kMiB);
    QCOMPARE(behind.advance(), 8 * kMiB);
    QCOMPARE(delayedBytes(path, 8 * kMiB), 0);
}

QTEST_GUILESS_MAIN(TestWriteBehind)
#include "tst_writebehind.moc"
