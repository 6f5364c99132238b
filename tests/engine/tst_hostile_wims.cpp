// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// WIMs wimlib would never write (made by patching the metadata of uncompressed WIMs, see
// tests/support/HostileWim): entries named "..", ".", with '/' or '\' in the name, absolute-looking
// names, and a directory that contains itself. Listing, extraction (the image browser's extract)
// and mounting must end, and must never write outside their destination.
#include "ops/ExtractFilesOperation.h"
#include "ops/ListImageOperation.h"

#include "CliRunner.h"
#include "HostileWim.h"
#include "MountTestSupport.h"
#include "ImageDigest.h"
#include "OfflineImageBuilder.h"
#include "WimBuilder.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

namespace {

OperationContext makeContext()
{
    return OperationContext(EngineSettings{}, CancellationToken{}, {});
}

} // namespace

class TestHostileWims : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    /// A WIM whose tree holds Keep.txt, a file and a folder (with inside.txt) both named
    /// `hostile`; returns its path.
    QString hostileWim(const QString &hostile, bool asFolder)
    {
        const QString base = m_dir.filePath(u"w%1"_s.arg(++m_counter));
        const QString src = base + u"/src"_s;
        const QString placeholder = u"P"_s.repeated(hostile.size());
        writeFile(src, u"Keep.txt"_s, "keep\n");
        if (asFolder)
            writeFile(src, placeholder + u"/inside.txt"_s, "inside\n");
        else
            writeFile(src, u"Sub/"_s + placeholder, "escaped\n");
        const QString wim = base + u"/hostile.wim"_s;
        ImageSpec spec;
        spec.sourceDir = src;
        spec.name = u"Hostile"_s;
        WimWriteOptions options;
        options.compression = Compression::None;
        if (!createWim(wim, {spec}, options).ok())
            return {};
        if (!patchWimEntryName(wim, placeholder, hostile).ok())
            return {};
        return wim;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void hostileNames_data()
    {
        QTest::addColumn<QString>("hostile");
        QTest::addColumn<bool>("folder");
        QTest::newRow("folder ..") << u".."_s << true;
        QTest::newRow("folder .") << u"."_s << true;
        QTest::newRow("file ..") << u".."_s << false;
        QTest::newRow("slash traversal") << u"../../../escaped.txt"_s << false;
        QTest::newRow("folder with slashes") << u"../../up"_s << true;
        QTest::newRow("backslash traversal") << u"..\\..\\escaped.txt"_s << false;
        QTest::newRow("absolute") << u"/tmp/hostile-wim-escaped.txt"_s << false;
        QTest::newRow("drive") << u"C:\\escaped.txt"_s << false;
    }
    void hostileNames()
    {
        QFETCH(QString, hostile);
        QFETCH(bool, folder);
        const QString wim = hostileWim(hostile, folder);
        QVERIFY(!wim.isEmpty());
        const QString base = QFileInfo(wim).absolutePath();

        // Listing ends and never shows a path with "." or ".." segments.
        ListImageOperation list(wim, ImageSelector{1, {}});
        OperationContext ctx = makeContext();
        const OperationOutcome listed = executeOperation(list, ctx);
        QStringList paths;
        if (listed.succeeded()) {
            for (const DirectoryEntry &e : list.entries()) {
                paths << e.path;
                QVERIFY2(e.name != u"."_s && e.name != u".."_s, qPrintable(e.path));
                QVERIFY2(!e.name.contains(QLatin1Char('/')), qPrintable(e.path));
            }
            QVERIFY2(paths.contains(u"/Keep.txt"_s), qPrintable(paths.join(QLatin1Char(' '))));
            // wimlib's warning about the left-out entry is caught and counted (the window says so).
            const bool dots = hostile == u"."_s || hostile == u".."_s;
            QCOMPARE(list.dotEntriesIgnored(), dots ? 1 : 0);
        } else {
            QCOMPARE(listed.error->code, u"wim.unsafe-entry-name"_s);
            QVERIFY2(listed.error->message.contains(hostile), qPrintable(listed.error->message));
        }
        qInfo("listed: %s", qPrintable(listed.succeeded() ? paths.join(QLatin1Char(' ')) : listed.error->code + QLatin1Char(' ') + listed.error->message));

        // The same through the command line.
        const CliResult cli = runCli({u"/List-Image"_s, u"/ImageFile:"_s + wim, u"/Index:1"_s}, 60000);
        QVERIFY(!cli.crashed);
        if (listed.succeeded()) {
            QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        } else {
            QCOMPARE(cli.exitCode, 1);
            QVERIFY2(cli.lastErrorLine().startsWith(QLatin1String("Error: ")) && cli.lastErrorLine().contains(hostile), qPrintable(cli.err));
        }
        for (const QString &line : cli.out.split(QLatin1Char('\n'))) {
            QVERIFY2(!line.contains(QLatin1String("/../")) && !line.endsWith(QLatin1String("/..")) && !line.contains(QLatin1String("/./")), qPrintable(line));
        }

        // Extracting the whole image, or the folder holding the hostile entry (the image browser's
        // extract), writes only into the destination.
        const QString dest = base + u"/a/b/dest"_s;
        QVERIFY(QDir().mkpath(dest));
        const QString item = folder ? u"/"_s : u"/Sub"_s;
        ExtractFilesOperation extract(wim, ImageSelector{1, {}}, {item}, dest);
        OperationContext ctx2 = makeContext();
        const OperationOutcome extracted = executeOperation(extract, ctx2);
        qInfo("extracted: %s", qPrintable(extracted.succeeded() ? entriesBelow(dest).join(QLatin1Char(' ')) : extracted.error->code + QLatin1Char(' ') + extracted.error->message));
        for (const QString &p : entriesBelow(base)) {
            QVERIFY2(p.startsWith(QLatin1String("a/b/dest")) || p == QLatin1String("a") || p == QLatin1String("a/b") || p.startsWith(QLatin1String("src"))
                         || p == QLatin1String("hostile.wim"),
                     qPrintable(u"written outside the destination: "_s + p));
        }
        QVERIFY(!QFileInfo::exists(u"/tmp/hostile-wim-escaped.txt"_s));
        QVERIFY(!QFileInfo::exists(QDir::rootPath() + u"escaped.txt"_s));
        if (!listed.succeeded()) {
            QVERIFY(!extracted.succeeded());
            QCOMPARE(extracted.error->code, listed.error->code);
        }
        if (extracted.succeeded()) {
            if (folder)
                QVERIFY(QFileInfo(dest + u"/image-1/Keep.txt"_s).isFile());
            for (const QString &p : entriesBelow(dest))
                QVERIFY2(!p.contains(QLatin1String("..")), qPrintable(p));
        } else {
            QCOMPARE(entriesBelow(dest), QStringList{});
        }
    }

    // A folder whose child list is its parent's: the tree is infinite if followed. Listing,
    // extraction and mounting end quickly.
    void cyclicTree()
    {
        const QString base = m_dir.filePath(u"cycle"_s);
        const QString src = base + u"/src"_s;
        writeFile(src, u"Keep.txt"_s, "keep\n");
        writeFile(src, u"Loop/Inner/deep.txt"_s, "deep\n");
        const QString wim = base + u"/cycle.wim"_s;
        ImageSpec spec;
        spec.sourceDir = src;
        spec.name = u"Cycle"_s;
        WimWriteOptions options;
        options.compression = Compression::None;
        QVERIFY(createWim(wim, {spec}, options).ok());
        QVERIFY(makeWimCycle(wim, u"Loop"_s, u"Inner"_s).ok());

        QElapsedTimer t;
        t.start();
        ListImageOperation list(wim, ImageSelector{1, {}});
        OperationContext ctx = makeContext();
        const OperationOutcome listed = executeOperation(list, ctx);
        qInfo("listed: %s", qPrintable(listed.succeeded() ? QString::number(list.entries().size()) + u" entries"_s : listed.error->message));
        if (listed.succeeded())
            QVERIFY(list.entries().size() < 100);
        else
            QVERIFY(listed.error->code.startsWith(QLatin1String("wim.")));
        QVERIFY(t.elapsed() < 10000);

        const QString dest = base + u"/dest"_s;
        QVERIFY(QDir().mkpath(dest));
        ExtractFilesOperation extract(wim, ImageSelector{1, {}}, {u"/"_s}, dest);
        OperationContext ctx2 = makeContext();
        const OperationOutcome extracted = executeOperation(extract, ctx2);
        qInfo("extracted: %s", qPrintable(extracted.succeeded() ? entriesBelow(dest).join(QLatin1Char(' ')) : extracted.error->message));
        QVERIFY(entriesBelow(dest).size() < 100);
        QVERIFY(t.elapsed() < 20000);

        const CliResult cli = runCli({u"/List-Image"_s, u"/ImageFile:"_s + wim, u"/Index:1"_s}, 30000);
        QVERIFY2(!cli.crashed && cli.exitCode >= 0, "the listing must end");
        QVERIFY(cli.out.count(QLatin1Char('\n')) < 200);
    }

    // Mounting a crafted image read-only: the mount works or is refused, walking it ends and
    // shows no "." or ".." entries, and it unmounts cleanly.
    void mountHostileImages()
    {
        WB_SKIP_WITHOUT_FUSE();
        const QString dotdot = hostileWim(u".."_s, true);
        const QString slashes = hostileWim(u"../../../escaped.txt"_s, false);
        QVERIFY(!dotdot.isEmpty() && !slashes.isEmpty());
        const QString scratch = m_dir.filePath(u"scratch"_s);
        QDir().mkpath(scratch);
        for (const QString &wim : {dotdot, slashes}) {
            MountGuard guard;
            const QString dir = QFileInfo(wim).absolutePath() + u"/mnt"_s;
            QDir().mkpath(dir);
            guard.add(dir);
            const CliResult m = runCli({u"/Mount-Image"_s, u"/ImageFile:"_s + wim, u"/Index:1"_s,
                                        u"/MountDir:"_s + dir, u"/ReadOnly"_s, u"/ScratchDir:"_s + scratch});
            qInfo("mount %s: %d %s", qPrintable(wim), m.exitCode, qPrintable(m.err.trimmed()));
            if (m.exitCode != 0) {
                QCOMPARE(m.exitCode, 1);
                QVERIFY(m.lastErrorLine().startsWith(QLatin1String("Error: ")));
                continue;
            }
            const QStringList paths = entriesBelow(dir);
            qInfo("mounted: %s", qPrintable(paths.join(QLatin1Char(' '))));
            QVERIFY(paths.contains(u"Keep.txt"_s));
            for (const QString &p : paths)
                QVERIFY2(!p.split(QLatin1Char('/')).contains(u".."_s), qPrintable(p));
            const CliResult u = runCli({u"/Unmount-Image"_s, u"/MountDir:"_s + dir, u"/Discard"_s,
                                        u"/ScratchDir:"_s + scratch});
            QVERIFY2(u.exitCode == 0, qPrintable(u.err));
            QVERIFY(!isMountPoint(dir));
        }
    }

    // Names in Chinese, Arabic and emoji list and extract with exactly their bytes.
    void nonAsciiNamesRoundTrip()
    {
        const QString base = m_dir.filePath(u"unicode"_s);
        const QString zh = u"中文目录"_s;
        const QString ar = u"ملف عربي.txt"_s;
        const QString emoji = u"😀 表情 🎁.txt"_s;
        QVERIFY(writeFile(base + u"/src"_s, zh + QLatin1Char('/') + ar, "arabic"));
        QVERIFY(writeFile(base + u"/src"_s, zh + QLatin1Char('/') + emoji, "emoji"));
        const QString wim = base + u"/统一码 ✓.wim"_s;
        ImageSpec spec;
        spec.sourceDir = base + u"/src"_s;
        spec.name = u"专业版 😀"_s;
        QVERIFY(createWim(wim, {spec}).ok());

        ListImageOperation list(wim, ImageSelector{std::nullopt, spec.name});
        OperationContext ctx = makeContext();
        QVERIFY(executeOperation(list, ctx).succeeded());
        QStringList paths;
        for (const DirectoryEntry &e : list.entries())
            paths << e.path;
        QVERIFY2(paths.contains(QLatin1Char('/') + zh + QLatin1Char('/') + ar), qPrintable(paths.join(QLatin1Char(' '))));
        QVERIFY(paths.contains(QLatin1Char('/') + zh + QLatin1Char('/') + emoji));

        const QString dest = base + u"/目的地 وجهة"_s;
        QVERIFY(QDir().mkpath(dest));
        ExtractFilesOperation extract(wim, ImageSelector{1, {}}, {QLatin1Char('/') + zh}, dest);
        OperationContext ctx2 = makeContext();
        const OperationOutcome out = executeOperation(extract, ctx2);
        QVERIFY2(out.succeeded(), qPrintable(out.error ? out.error->message : QString()));
        QStringList expected{zh, zh + QLatin1Char('/') + emoji, zh + QLatin1Char('/') + ar};
        expected.sort();
        QCOMPARE(entriesBelow(dest), expected);
        // The bytes on disk are the UTF-8 of the names.
        QVERIFY(QFileInfo::exists(QFile::decodeName(dest.toUtf8() + '/' + zh.toUtf8() + '/' + ar.toUtf8())));
        QFile f(dest + QLatin1Char('/') + zh + QLatin1Char('/') + ar);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("arabic"));
    }
};

QTEST_GUILESS_MAIN(TestHostileWims)
#include "tst_hostile_wims.moc"
