// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The inventory cache (engine/inventory/README.md, "Cache"): a second inventory command on the
// same unchanged WIM index extracts nothing, a changed WIM is extracted again, a damaged entry is
// not trusted, entries in use survive the cleanup, a changed part of a split set is seen.
#include "InventoryImageBuilder.h"
#include "WimBuilder.h"

#include "core/Operation.h"
#include "inventory/InventoryCache.h"
#include "inventory/InventoryRoot.h"
#include "ops/GetDriversOperation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <wimlib.h>

#include <fcntl.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

using namespace wb;

class TestInventoryCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_image;
    QString m_wim;
    QString m_scratch; ///< this test's own scratch root, so no other process's cache is involved

    OperationContext context() const
    {
        EngineSettings settings;
        settings.scratchDirectory = m_scratch;
        return OperationContext(settings, CancellationToken{}, {});
    }

    Result<InventoryRoot> open(const QString &wim, unsigned topics) const
    {
        OperationContext ctx = context();
        return InventoryRoot::open(InventorySource{{}, wim, 1, {}}, topics, ctx);
    }

    /// Splits `wim` into `<dir>/split.swm`, `split2.swm`, ... with parts of at most `partSize`
    /// bytes (wimlib_split, as /Split-Image does); the part paths, the first one first.
    static QStringList splitInto(const QString &wim, const QString &dir, quint64 partSize)
    {
        WIMStruct *handle = nullptr;
        if (wimlib_open_wim(QFile::encodeName(wim).constData(), 0, &handle) != 0)
            return {};
        const QString first = QDir(dir).filePath(u"split.swm"_s);
        const int rc = wimlib_split(handle, QFile::encodeName(first).constData(), partSize, 0);
        wimlib_free(handle);
        QStringList parts;
        for (const QString &name : QDir(dir).entryList({u"split*.swm"_s}, QDir::Files))
            parts << QDir(dir).filePath(name);
        std::sort(parts.begin(), parts.end(),
                  [](const QString &a, const QString &b) { return a.size() != b.size() ? a.size() < b.size() : a < b; });
        return rc == 0 ? parts : QStringList();
    }

    QString entryOf(const InventoryRoot &root) const { return QFileInfo(root.path()).path(); }

    QStringList publishedNames(const QString &wim) const
    {
        GetDriversOperation op(InventorySource{{}, wim, 1, {}}, false);
        OperationContext ctx = context();
        const OperationOutcome outcome = executeOperation(op, ctx);
        QStringList names;
        for (const DriverPackage &d : op.drivers())
            names << d.publishedName;
        return outcome.succeeded() ? names : QStringList{u"failed"_s};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_image = m_dir.filePath(u"image"_s);
        QVERIFY(test::writeInventoryImage(m_image));
        QVERIFY(test::writeDriversHive(m_image));
        m_wim = m_dir.filePath(u"install.wim"_s);
        QVERIFY(bool(test::createWim(m_wim, {test::windowsLikeSpec(m_image, u"Windows Pro"_s)})));
    }

    void init()
    {
        m_scratch = m_dir.filePath(u"scratch-"_s + QString::fromLatin1(QTest::currentTestFunction()) + u'-'
                                   + QString::fromLatin1(QTest::currentDataTag() ? QTest::currentDataTag() : ""));
        QDir(m_scratch).removeRecursively();
        QVERIFY(QDir().mkpath(m_scratch));
    }

    void secondCommandDoesNotExtract()
    {
        auto first = open(m_wim, DriversTopic);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().oneLine()));
        QVERIFY(first->extractedFiles() > 0);
        QVERIFY(!first->reusedCache());
        QVERIFY(first->path().startsWith(InventoryCache::folder(m_scratch)));
        const QString path = first->path();
        const auto build = first->wimFacts()->build;
        *first = InventoryRoot(); // the command ends; the entry stays
        QVERIFY(QFileInfo::exists(path + u"/Windows/System32/config/DRIVERS"_s));

        auto second = open(m_wim, DriversTopic);
        QVERIFY(second);
        QCOMPARE(second->extractedFiles(), 0);
        QVERIFY(second->reusedCache());
        QCOMPARE(second->path(), path);
        QCOMPARE(second->wimFacts()->build, build);

        // The first command extracted the files of every topic: the other topics need no WIM.
        const QStringList manifests = QDir(m_image + u"/Windows/servicing/Packages"_s).entryList({u"*.mum"_s});
        QVERIFY(!manifests.isEmpty());
        for (const unsigned topic :
             std::initializer_list<unsigned>{PackagesTopic, EditionsTopic, InternationalTopic, AppsTopic, AllTopics}) {
            auto other = open(m_wim, topic);
            QVERIFY(other);
            QCOMPARE(other->path(), path);
            QVERIFY2(other->reusedCache(), qPrintable(QString::number(topic)));
            QCOMPARE(other->extractedFiles(), 0);
        }
        for (const QString &mum : manifests)
            QVERIFY(QFileInfo::exists(path + u"/Windows/servicing/Packages/"_s + mum));
        QVERIFY(QFileInfo::exists(path + u"/Windows/System32/config/SOFTWARE"_s));
        QCOMPARE(publishedNames(m_wim), publishedNames(m_wim)); // and the answers do not change
    }

    void changedWimIsExtractedAgain()
    {
        const QString image = m_dir.filePath(u"changing"_s);
        QVERIFY(QDir().mkpath(image));
        test::writeWindowsTree(image, {u"en-US"_s});
        QVERIFY(test::writeDriverStore(image, false));
        const QString wim = m_dir.filePath(u"changing.wim"_s);
        QVERIFY(bool(test::createWim(wim, {test::windowsLikeSpec(image, u"Windows Pro"_s)})));
        const QStringList before = publishedNames(wim);
        QVERIFY(!before.contains(u"oem9.inf"_s));
        // The image is captured again with one more published driver, and the WIM replaced.
        QVERIFY(QFile::copy(image + u"/Windows/INF/oem0.inf"_s, image + u"/Windows/INF/oem9.inf"_s));
        QVERIFY(bool(test::createWim(wim, {test::windowsLikeSpec(image, u"Windows Pro"_s)})));
        auto root = open(wim, DriversTopic);
        QVERIFY(root);
        QVERIFY(!root->reusedCache());
        QVERIFY(root->extractedFiles() > 0);
        QVERIFY(publishedNames(wim).contains(u"oem9.inf"_s));
    }

    void damagedEntryIsNotTrusted_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("manifest not JSON") << u"manifest-garbage"_s;
        QTest::newRow("manifest names a path outside") << u"manifest-outside"_s;
        QTest::newRow("manifest of another WIM") << u"manifest-key"_s;
        QTest::newRow("hive truncated") << u"truncate"_s;
        QTest::newRow("INF rewritten, same size") << u"rewrite"_s;
        QTest::newRow("INF removed") << u"remove"_s;
    }

    void damagedEntryIsNotTrusted()
    {
        QFETCH(QString, damage);
        QString path;
        QString entry;
        {
            auto first = open(m_wim, DriversTopic);
            QVERIFY(first);
            path = first->path();
            entry = entryOf(*first);
        }
        const QString hive = path + u"/Windows/System32/config/DRIVERS"_s;
        const QByteArray hiveBytes = [&] { QFile f(hive); return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray(); }();
        QVERIFY(!hiveBytes.isEmpty());
        const QString inf = path + u"/Windows/INF/oem0.inf"_s;
        QFile manifest(entry + u"/entry.json"_s);
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QByteArray json = manifest.readAll();
        manifest.close();
        if (damage == u"manifest-garbage"_s)
            json = "{\"format\": 1, \"files\": [";
        else if (damage == u"manifest-outside"_s)
            json.replace("\"folders\":[", "\"folders\":[\"/../../../etc\",");
        else if (damage == u"manifest-key"_s)
            json.replace("index:1", "index:2");
        if (damage.startsWith(u"manifest"_s)) {
            QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
            manifest.write(json);
            manifest.close();
        } else if (damage == u"truncate"_s) {
            QVERIFY(QFile::resize(hive, 512));
        } else if (damage == u"rewrite"_s) {
            QFile f(inf);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.write("; changed");
        } else {
            QVERIFY(QFile::remove(inf));
        }
        auto again = open(m_wim, DriversTopic);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().oneLine()));
        QVERIFY(!again->reusedCache());
        QVERIFY(again->extractedFiles() > 0);
        QFile f(again->path() + u"/Windows/System32/config/DRIVERS"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), hiveBytes);
        QFile g(again->path() + u"/Windows/INF/oem0.inf"_s);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QVERIFY(!g.readAll().startsWith("; changed"));
    }

    void changedSplitPartIsSeen_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("later parts rewritten, same size and modification time") << u"rewrite"_s;
        QTest::newRow("later parts removed") << u"remove"_s;
    }

    // A split set's parts are part of the key: a command after a part changed reads the set again
    // (and here reports its damage) instead of answering from what the old parts held.
    void changedSplitPartIsSeen()
    {
        QFETCH(QString, change);
        const QString dir = m_scratch + u"/set"_s;
        QVERIFY(QDir().mkpath(dir + u"/good"_s));
        const QStringList parts = splitInto(m_wim, dir, 4096);
        QVERIFY2(parts.size() > 2, qPrintable(parts.join(u' ')));
        for (const QString &part : parts)
            QVERIFY(QFile::copy(part, dir + u"/good/"_s + QFileInfo(part).fileName()));
        const QStringList expected = publishedNames(m_wim);
        QVERIFY(expected.contains(u"oem0.inf"_s));
        QCOMPARE(publishedNames(parts.first()), expected);
        auto cached = open(parts.first(), DriversTopic);
        QVERIFY(cached && cached->reusedCache());
        *cached = InventoryRoot();

        for (const QString &part : parts.mid(1)) {
            if (change == u"remove"_s) {
                QVERIFY(QFile::remove(part));
                continue;
            }
            struct stat before;
            QVERIFY(::stat(QFile::encodeName(part).constData(), &before) == 0);
            QFile f(part);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.write(QByteArray(f.size(), '\0')) == before.st_size);
            f.close();
            const struct timespec times[2] = {before.st_atim, before.st_mtim};
            QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(part).constData(), times, 0) == 0);
        }
        auto damaged = open(parts.first(), DriversTopic);
        QVERIFY2(!damaged, "answered from the cache although the split set changed");
        QVERIFY2(damaged.error().code.startsWith(u"wim."_s), qPrintable(damaged.error().oneLine()));

        // The good parts back: the set is read again and gives the first answer.
        for (const QString &part : parts.mid(1)) {
            QFile::remove(part);
            QVERIFY(QFile::copy(dir + u"/good/"_s + QFileInfo(part).fileName(), part));
        }
        auto again = open(parts.first(), DriversTopic);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().oneLine()));
        QVERIFY(!again->reusedCache());
        *again = InventoryRoot();
        QCOMPARE(publishedNames(parts.first()), expected);
    }

    void folderOpenToOthersIsNotUsed()
    {
        const QString cache = InventoryCache::folder(m_scratch);
        QVERIFY(QDir().mkpath(cache));
        QVERIFY(::chmod(QFile::encodeName(cache).constData(), 0777) == 0);
        auto root = open(m_wim, DriversTopic);
        QVERIFY(root);
        QVERIFY(!root->path().startsWith(cache));
        QVERIFY(root->extractedFiles() > 0);
        QCOMPARE(QDir(cache).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
    }

    void leastRecentlyUsedEntriesAreRemoved()
    {
        QStringList entries;
        for (int i = 0; i <= InventoryCache::kMaxEntries; ++i) {
            const QString copy = m_dir.filePath(u"copy%1.wim"_s.arg(i));
            QFile::remove(copy);
            QVERIFY(QFile::copy(m_wim, copy));
            auto root = open(copy, EditionsTopic);
            QVERIFY(root);
            entries << entryOf(*root);
            QTest::qWait(20); // distinct last-use times
        }
        QVERIFY(!QFileInfo::exists(entries.first()));
        for (qsizetype i = 1; i < entries.size(); ++i)
            QVERIFY2(QFileInfo::exists(entries[i]), qPrintable(entries[i]));
    }

    void cleanupKeepsEntriesInUse()
    {
        auto used = open(m_wim, DriversTopic);
        QVERIFY(used);
        const QString copy = m_dir.filePath(u"unused.wim"_s);
        QFile::remove(copy);
        QVERIFY(QFile::copy(m_wim, copy));
        QString unused;
        {
            auto other = open(copy, DriversTopic);
            QVERIFY(other);
            unused = entryOf(*other);
        }
        OperationContext ctx = context();
        QCOMPARE(InventoryCache::removeUnused(m_scratch, ctx), 1);
        QVERIFY(!QFileInfo::exists(unused));
        QVERIFY(QFileInfo::exists(used->path() + u"/Windows/System32/config/DRIVERS"_s));
        *used = InventoryRoot();
        QCOMPARE(InventoryCache::removeUnused(m_scratch, ctx), 1);
        QCOMPARE(QDir(InventoryCache::folder(m_scratch)).entryList({u"*.lock"_s}), QStringList{u"cache.lock"_s});
    }
};

QTEST_GUILESS_MAIN(TestInventoryCache)
#include "tst_inventory_cache.moc"
