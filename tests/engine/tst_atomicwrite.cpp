// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wb::writeFileAtomically, the engine's one way to write a small file whole (mount registry,
// provisioning list, sidecar, journal, custom data): the bytes arrive exactly, the replaced file's
// permissions are kept, a failed write (file size limit hit mid-write, a folder in the way) leaves
// the previous content and no temporary behind and names the file and the errno, and Keep never
// replaces an existing file.
#include "core/FileWriteGuard.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>

#include "WimBuilder.h"

using namespace Qt::StringLiterals;

using namespace wb;

namespace {
QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

void writePlain(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

/// Everything in `dir` but `expected`: temporaries a write left behind.
QStringList leftovers(const QString &dir, const QStringList &expected)
{
    QStringList names = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : expected)
        names.removeAll(name);
    return names;
}

} // namespace

class TestAtomicWrite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesExactBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("json") << "{\"version\":1,\"mounts\":[]}\n"_ba;
        QTest::newRow("4-MiB") << wb::test::randomBytes(4 << 20, 7);
    }

    void writesExactBytes()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"mounts.json"_s);
        const Status written = writeFileAtomically(path, bytes);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().oneLine()));
        QCOMPARE(contentOf(path), bytes);
        QCOMPARE(leftovers(dir.path(), {u"mounts.json"_s}), QStringList());
    }

    void replacesKeepingPermissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"AppxProvisioning.xml"_s);
        writePlain(path, "old"_ba);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0640) == 0);
        QVERIFY(writeFileAtomically(path, "new"_ba).ok());
        QCOMPARE(contentOf(path), "new"_ba);
        struct stat st;
        QVERIFY(::stat(QFile::encodeName(path).constData(), &st) == 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0640));
    }

    void failedWriteKeepsOldContent_data()
    {
        QTest::addColumn<QString>("obstacle");
        QTest::addColumn<QString>("errnoText");
        QTest::newRow("file-size-limit-mid-write") << u"limit"_s << u"errno 27"_s; // EFBIG
        QTest::newRow("folder-in-the-way") << u"folder"_s << u"errno 21"_s;        // EISDIR
    }

    void failedWriteKeepsOldContent()
    {
        QFETCH(QString, obstacle);
        QFETCH(QString, errnoText);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"registry.json"_s);
        const QByteArray old = "previous content\n"_ba;
        if (obstacle == u"folder"_s) {
            QVERIFY(QDir().mkpath(path));
            writePlain(path + u"/inside"_s, old);
        } else {
            writePlain(path, old);
        }
        // RLIMIT_FSIZE makes write() fail with EFBIG past 64 KiB, as a full disk fails it mid-write.
        rlimit previous{};
        QVERIFY(::getrlimit(RLIMIT_FSIZE, &previous) == 0);
        ::signal(SIGXFSZ, SIG_IGN);
        Status written;
        {
            const auto restore = qScopeGuard([&previous] { ::setrlimit(RLIMIT_FSIZE, &previous); });
            rlimit limited = previous;
            if (obstacle == u"limit"_s)
                limited.rlim_cur = 64 * 1024;
            QVERIFY(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
            written = writeFileAtomically(path, wb::test::randomBytes(1 << 20, 3));
        }
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, u"file.write-failed"_s);
        QVERIFY2(written.error().message.contains(path), qPrintable(written.error().message));
        QVERIFY2(written.error().detail.contains(errnoText), qPrintable(written.error().detail));
        QCOMPARE(contentOf(obstacle == u"folder"_s ? path + u"/inside"_s : path), old);
        QCOMPARE(leftovers(dir.path(), {u"registry.json"_s}), QStringList());
    }

    void keepRefusesExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"journal.json"_s);
        QVERIFY(writeFileAtomically(path, "first"_ba, ExistingFile::Keep).ok());
        const Status second = writeFileAtomically(path, "second"_ba, ExistingFile::Keep);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, u"file.exists"_s);
        QVERIFY(second.error().message.contains(path));
        QCOMPARE(contentOf(path), "first"_ba);
        QCOMPARE(leftovers(dir.path(), {u"journal.json"_s}), QStringList());
    }

    void missingFolderIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"no-such-folder/list.xml"_s);
        const Status written = writeFileAtomically(path, "x"_ba);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, u"file.write-failed"_s);
        QVERIFY(written.error().message.contains(path));
        QVERIFY2(written.error().detail.contains(u"errno 2"_s), qPrintable(written.error().detail));
    }
};

QTEST_GUILESS_MAIN(TestAtomicWrite)
#include "tst_atomicwrite.moc"
