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
        const QString base = m_dir.filePath(QStringLiteral("w%1").arg(++m_counter));
        const QString src = base + QStringLiteral("/src");
        const QString placeholder = QStringLiteral("P").repeated(hostile.size());
        writeFile(src, QStringLiteral("Keep.txt"), "keep\n");
        if (asFolder)
            writeFile(src, placeholder + QStringLiteral("/inside.txt"), "inside\n");
        else
            writeFile(src, QStringLiteral("Sub/") + placeholder, "escaped\n");
        const QString wim = base + QStringLiteral("/hostile.wim");
        ImageSpec spec;
        spec.sourceDir = src;
        spec.name = QStringLiteral("Hostile");
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
        QTest::newRow("folder ..") << QStringLiteral("..") << true;
        QTest::newRow("folder .") << QStringLiteral(".") << true;
        QTest::newRow("file ..") << QStringLiteral("..") << false;
        QTest::newRow("slash traversal") << QStringLiteral("../../../escaped.txt") << false;
        QTest::newRow("folder with slashes") << QStringLiteral("../../up") << true;
        QTest::newRow("backslash traversal") << QStringLiteral("..\\..\\escaped.txt") << false;
        QTest::newRow("absolute") << QStringLiteral("/tmp/hostile-wim-escaped.txt") << false;
        QTest::newRow("drive") << QStringLiteral("C:\\escaped.txt") << false;
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
                QVERIFY2(e.name != QStringLiteral(".") && e.name != QStringLiteral(".."), qPrintable(e.path));
                QVERIFY2(!e.name.contains(QLatin1Char('/')), qPrintable(e.path));
            }
            QVERIFY2(paths.contains(QStringLiteral("/Keep.txt")), qPrintable(paths.join(QLatin1Char(' '))));
            // wimlib's warning about the left-out entry is caught and counted (the window says so).
            const bool dots = hostile == QStringLiteral(".") || hostile == QStringLiteral("..");
            QCOMPARE(list.dotEntriesIgnored(), dots ? 1 : 0);
        } else {
            QCOMPARE(listed.error->code, QStringLiteral("wim.unsafe-entry-name"));
            QVERIFY2(listed.error->message.contains(hostile), qPrintable(listed.error->message));
        }
        qInfo("listed: %s", qPrintable(listed.succeeded() ? paths.join(QLatin1Char(' ')) : listed.error->code + QLatin1Char(' ') + listed.error->message));

        // The same through the command line.
        const CliResult cli = runCli({QStringLiteral("/List-Image"), QStringLiteral("/ImageFile:") + wim, QStringLiteral("/Index:1")}, 60000);
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
        const QString dest = base + QStringLiteral("/a/b/dest");
        QVERIFY(QDir().mkpath(dest));
        const QString item = folder ? QStringLiteral("/") : QStringLiteral("/Sub");
        ExtractFilesOperation extract(wim, ImageSelector{1, {}}, {item}, dest);
        OperationContext ctx2 = makeContext();
        const OperationOutcome extracted = executeOperation(extract, ctx2);
        qInfo("extracted: %s", qPrintable(extracted.succeeded() ? entriesBelow(dest).join(QLatin1Char(' ')) : extracted.error->code + QLatin1Char(' ') + extracted.error->message));
        for (const QString &p : entriesBelow(base)) {
            QVERIFY2(p.startsWith(QLatin1String("a/b/dest")) || p == QLatin1String("a") || p == QLatin1String("a/b") || p.startsWith(QLatin1String("src"))
                         || p == QLatin1String("hostile.wim"),
                     qPrintable(QStringLiteral("written outside the destination: ") + p));
        }
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/hostile-wim-escaped.txt")));
        QVERIFY(!QFileInfo::exists(QDir::rootPath() + QStringLiteral("escaped.txt")));
        if (!listed.succeeded()) {
            QVERIFY(!extracted.succeeded());
            QCOMPARE(extracted.error->code, listed.error->code);
        }
        if (extracted.succeeded()) {
            if (folder)
                QVERIFY(QFileInfo(dest + QStringLiteral("/image-1/Keep.txt")).isFile());
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
        const QString base = m_dir.filePath(QStringLiteral("cycle"));
        const QString src = base + QStringLiteral("/src");
        writeFile(src, QStringLiteral("Keep.txt"), "keep\n");
        writeFile(src, QStringLiteral("Loop/Inner/deep.txt"), "deep\n");
        const QString wim = base + QStringLiteral("/cycle.wim");
        ImageSpec spec;
        spec.sourceDir = src;
        spec.name = QStringLiteral("Cycle");
        WimWriteOptions options;
        options.compression = Compression::None;
        QVERIFY(createWim(wim, {spec}, options).ok());
        QVERIFY(makeWimCycle(wim, QStringLiteral("Loop"), QStringLiteral("Inner")).ok());

        QElapsedTimer t;
        t.start();
        ListImageOperation list(wim, ImageSelector{1, {}});
        OperationContext ctx = makeContext();
        const OperationOutcome listed = executeOperation(list, ctx);
        qInfo("listed: %s", qPrintable(listed.succeeded() ? QString::number(list.entries().size()) + QStringLiteral(" entries") : listed.error->message));
        if (listed.succeeded())
            QVERIFY(list.entries().size() < 100);
        else
            QVERIFY(listed.error->code.startsWith(QLatin1String("wim.")));
        QVERIFY(t.elapsed() < 10000);

        const QString dest = base + QStringLiteral("/dest");
        QVERIFY(QDir().mkpath(dest));
        ExtractFilesOperation extract(wim, ImageSelector{1, {}}, {QStringLiteral("/")}, dest);
        OperationContext ctx2 = makeContext();
        const OperationOutcome extracted = executeOperation(extract, ctx2);
        qInfo("extracted: %s", qPrintable(extracted.succeeded() ? entriesBelow(dest).join(QLatin1Char(' ')) : extracted.error->message));
        QVERIFY(entriesBelow(dest).size() < 100);
        QVERIFY(t.elapsed() < 20000);

        const CliResult cli = runCli({QStringLiteral("/List-Image"), QStringLiteral("/ImageFile:") + wim, QStringLiteral("/Index:1")}, 30000);
        QVERIFY2(!cli.crashed && cli.exitCode >= 0, "the listing must end");
        QVERIFY(cli.out.count(QLatin1Char('\n')) < 200);
    }

    // Mounting a crafted image read-only: the mount works or is refused, walking it ends and
    // shows no "." or ".." entries, and it unmounts cleanly.
    void mountHostileImages()
    {
        const QString reason = fuseUnavailableReason();
        if (!reason.isEmpty())
            QSKIP(qPrintable(reason));
        const QString dotdot = hostileWim(QStringLiteral(".."), true);
        const QString slashes = hostileWim(QStringLiteral("../../../escaped.txt"), false);
        QVERIFY(!dotdot.isEmpty() && !slashes.isEmpty());
        const QString scratch = m_dir.filePath(QStringLiteral("scratch"));
        QDir().mkpath(scratch);
        for (const QString &wim : {dotdot, slashes}) {
            MountGuard guard;
            const QString dir = QFileInfo(wim).absolutePath() + QStringLiteral("/mnt");
            QDir().mkpath(dir);
            guard.add(dir);
            const CliResult m = runCli({QStringLiteral("/Mount-Image"), QStringLiteral("/ImageFile:") + wim, QStringLiteral("/Index:1"),
                                        QStringLiteral("/MountDir:") + dir, QStringLiteral("/ReadOnly"), QStringLiteral("/ScratchDir:") + scratch});
            qInfo("mount %s: %d %s", qPrintable(wim), m.exitCode, qPrintable(m.err.trimmed()));
            if (m.exitCode != 0) {
                QCOMPARE(m.exitCode, 1);
                QVERIFY(m.lastErrorLine().startsWith(QLatin1String("Error: ")));
                continue;
            }
            const QStringList paths = entriesBelow(dir);
            qInfo("mounted: %s", qPrintable(paths.join(QLatin1Char(' '))));
            QVERIFY(paths.contains(QStringLiteral("Keep.txt")));
            for (const QString &p : paths)
                QVERIFY2(!p.split(QLatin1Char('/')).contains(QStringLiteral("..")), qPrintable(p));
            const CliResult u = runCli({QStringLiteral("/Unmount-Image"), QStringLiteral("/MountDir:") + dir, QStringLiteral("/Discard"),
                                        QStringLiteral("/ScratchDir:") + scratch});
            QVERIFY2(u.exitCode == 0, qPrintable(u.err));
            QVERIFY(!isMountPoint(dir));
        }
    }

    // Names in Chinese, Arabic and emoji list and extract with exactly their bytes.
    void nonAsciiNamesRoundTrip()
    {
        const QString base = m_dir.filePath(QStringLiteral("unicode"));
        const QString zh = QStringLiteral("中文目录");
        const QString ar = QStringLiteral("ملف عربي.txt");
        const QString emoji = QStringLiteral("😀 表情 🎁.txt");
        QVERIFY(writeFile(base + QStringLiteral("/src"), zh + QLatin1Char('/') + ar, "arabic"));
        QVERIFY(writeFile(base + QStringLiteral("/src"), zh + QLatin1Char('/') + emoji, "emoji"));
        const QString wim = base + QStringLiteral("/统一码 ✓.wim");
        ImageSpec spec;
        spec.sourceDir = base + QStringLiteral("/src");
        spec.name = QStringLiteral("专业版 😀");
        QVERIFY(createWim(wim, {spec}).ok());

        ListImageOperation list(wim, ImageSelector{std::nullopt, spec.name});
        OperationContext ctx = makeContext();
        QVERIFY(executeOperation(list, ctx).succeeded());
        QStringList paths;
        for (const DirectoryEntry &e : list.entries())
            paths << e.path;
        QVERIFY2(paths.contains(QLatin1Char('/') + zh + QLatin1Char('/') + ar), qPrintable(paths.join(QLatin1Char(' '))));
        QVERIFY(paths.contains(QLatin1Char('/') + zh + QLatin1Char('/') + emoji));

        const QString dest = base + QStringLiteral("/目的地 وجهة");
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
