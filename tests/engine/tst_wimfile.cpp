// WIM access: image details from the XML, lazy listing, split sets, solid ESD, integrity, damaged files.
#include "WimBuilder.h"

#include "core/Operation.h"
#include "ops/ExtractFilesOperation.h"
#include "ops/GetImageInfoOperation.h"
#include "ops/ListImageOperation.h"
#include "wim/WimFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wb;
using namespace wb::test;

class TestWimFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_wim; // two indexes, x64, en-US + fr-FR

    QString fixture(const QString &name)
    {
        const QString dir = sharedFixturesDir();
        return dir.isEmpty() ? QString() : dir + QStringLiteral("/wim/") + name;
    }

    static OperationOutcome execute(Operation &op)
    {
        OperationContext ctx(EngineSettings{}, CancellationToken{}, {});
        return executeOperation(op, ctx);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString a = m_dir.filePath(QStringLiteral("a"));
        const QString b = m_dir.filePath(QStringLiteral("b"));
        writeWindowsTree(a, {QStringLiteral("en-US"), QStringLiteral("fr-FR")});
        writeWindowsTree(b, {QStringLiteral("en-US")}, PeMachine::Arm64);
        writeFile(b, QStringLiteral("Users/Public/big.bin"), QByteArray(300000, 'x'));
        ImageSpec pro = windowsLikeSpec(a, QStringLiteral("Pro"));
        ImageSpec arm = windowsLikeSpec(b, QStringLiteral("Arm Home"));
        arm.architecture = 12;
        arm.edition = QStringLiteral("Core");
        arm.languages = {QStringLiteral("en-US")};
        arm.description.clear();
        arm.productSuite.clear();
        arm.spBuild.reset();
        m_wim = m_dir.filePath(QStringLiteral("two.wim"));
        const Status st = createWim(m_wim, {pro, arm}, {Compression::Lzx, false, false, 2});
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().oneLine()));
    }

    void detailsComeFromTheXml()
    {
        auto wim = WimFile::open(m_wim);
        QVERIFY(wim.ok());
        QCOMPARE(wim->imageCount(), 2);
        const ImageInfo pro = wim->imageInfo(1);
        QCOMPARE(pro.name, QStringLiteral("Pro"));
        QCOMPARE(pro.description.value_or(QString()), QStringLiteral("Pro"));
        QCOMPARE(pro.architectureText(), QStringLiteral("x64"));
        QCOMPARE(pro.edition.value_or(QString()), QStringLiteral("Professional"));
        QCOMPARE(pro.installationType.value_or(QString()), QStringLiteral("Client"));
        QCOMPARE(pro.productType.value_or(QString()), QStringLiteral("WinNT"));
        QCOMPARE(pro.productSuite.value_or(QString()), QStringLiteral("Terminal Server"));
        QCOMPARE(pro.version(), QStringLiteral("10.0.22631.2861"));
        QCOMPARE(pro.languages, QStringList({QStringLiteral("en-US"), QStringLiteral("fr-FR")}));
        QCOMPARE(pro.defaultLanguage.value_or(QString()), QStringLiteral("en-US"));
        QCOMPARE(pro.systemRoot.value_or(QString()), QStringLiteral("WINDOWS"));
        QVERIFY(pro.directoryCount.has_value() && *pro.directoryCount > 5);
        QVERIFY(pro.fileCount.has_value() && *pro.fileCount >= 10);
        QVERIFY(pro.created.has_value() && pro.created->isValid());
        QVERIFY(pro.totalBytes > 64 * 1024);
        QVERIFY(!pro.bootable);

        const ImageInfo arm = wim->imageInfo(2);
        QCOMPARE(arm.architectureText(), QStringLiteral("arm64"));
        QVERIFY(arm.bootable); // boot index 2
        // Fields not in the XML stay absent, never invented.
        QVERIFY(!arm.description.has_value());
        QVERIFY(!arm.productSuite.has_value());
        QVERIFY(!arm.hal.has_value());
        QVERIFY(!arm.spBuild.has_value());
        QCOMPARE(arm.version(), QStringLiteral("10.0.22631"));
    }

    void resolveImageByIndexAndName()
    {
        auto wim = WimFile::open(m_wim);
        QVERIFY(wim.ok());
        QCOMPARE(wim->resolveImage(2, {}).value(), 2);
        QCOMPARE(wim->resolveImage({}, QStringLiteral("arm home")).value(), 2);
        const auto missing = wim->resolveImage(3, {});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("wim.no-such-index"));
        QVERIFY(missing.error().message.contains(QStringLiteral("two.wim")));
        QCOMPARE(wim->resolveImage({}, QStringLiteral("Nope")).error().code, QStringLiteral("wim.no-such-name"));
        QCOMPARE(wim->resolveImage({}, {}).error().code, QStringLiteral("wim.image-not-specified"));
    }

    void listsOneLevelLazily()
    {
        auto wim = WimFile::open(m_wim);
        QVERIFY(wim.ok());
        const auto root = wim->listDirectory(1, QStringLiteral("/"));
        QVERIFY(root.ok());
        QStringList names;
        for (const DirectoryEntry &e : *root)
            names << e.name;
        QCOMPARE(names, QStringList({QStringLiteral("Program Files"), QStringLiteral("Program Files (x86)"),
                                     QStringLiteral("ProgramData"), QStringLiteral("Users"), QStringLiteral("Windows")}));
        for (const DirectoryEntry &e : *root)
            QVERIFY(e.isDirectory);

        const auto sys32 = wim->listDirectory(1, QStringLiteral("Windows\\System32"));
        QVERIFY(sys32.ok());
        bool sawKernel = false;
        bool sawLang = false;
        for (const DirectoryEntry &e : *sys32) {
            QVERIFY(!e.path.mid(QStringLiteral("/Windows/System32/").size()).contains(QLatin1Char('/'))); // one level only
            if (e.name == QLatin1String("kernel32.dll")) {
                sawKernel = true;
                QCOMPARE(e.size, quint64(64 * 1024));
                QVERIFY(!e.isDirectory);
                QVERIFY(e.modified.isValid());
            }
            if (e.name == QLatin1String("fr-FR"))
                sawLang = e.isDirectory && e.attributeLetters().contains(QLatin1Char('D'));
        }
        QVERIFY(sawKernel);
        QVERIFY(sawLang);

        QCOMPARE(wim->listDirectory(1, QStringLiteral("/Windows/win.ini")).error().code, QStringLiteral("wim.not-a-directory"));
        QCOMPARE(wim->listDirectory(1, QStringLiteral("/NoSuchFolder")).error().code, QStringLiteral("wim.path-not-found"));
    }

    void listOperationRecursive()
    {
        ListImageOperation op(m_wim, ImageSelector{2, {}}, QStringLiteral("/Users"));
        QVERIFY(execute(op).succeeded());
        QStringList paths;
        for (const DirectoryEntry &e : op.entries())
            paths << e.path;
        QVERIFY(paths.contains(QStringLiteral("/Users/Public/big.bin")));
        QVERIFY(paths.contains(QStringLiteral("/Users/Default/NTUSER.DAT")));
        for (const QString &p : paths)
            QVERIFY(p.startsWith(QStringLiteral("/Users")));
    }

    void extractWritesTheBytes()
    {
        QTemporaryDir out;
        ExtractFilesOperation op(m_wim, ImageSelector{2, {}}, {QStringLiteral("/Users/Public/big.bin"), QStringLiteral("/Windows/System32/en-US")},
                                 out.path());
        const OperationOutcome outcome = execute(op);
        QVERIFY2(outcome.succeeded(), outcome.error ? qPrintable(outcome.error->oneLine()) : "");
        QFile big(out.filePath(QStringLiteral("big.bin")));
        QVERIFY(big.open(QIODevice::ReadOnly));
        QCOMPARE(big.readAll(), QByteArray(300000, 'x'));
        QFile mui(out.filePath(QStringLiteral("en-US/notepad.exe.mui")));
        QVERIFY(mui.open(QIODevice::ReadOnly));
        QCOMPARE(mui.readAll(), QByteArray("MUI en-US"));
        // No staging folder left behind.
        QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 2);

        // Extracting again refuses to overwrite and changes nothing.
        ExtractFilesOperation again(m_wim, ImageSelector{2, {}}, {QStringLiteral("/Users/Public/big.bin")}, out.path());
        const OperationOutcome second = execute(again);
        QVERIFY(second.failed());
        QCOMPARE(second.error->code, QStringLiteral("extract.exists"));
    }

    void missingAndBogusFiles()
    {
        const auto missing = WimFile::open(m_dir.filePath(QStringLiteral("nope.wim")));
        QCOMPARE(missing.error().code, QStringLiteral("wim.file-not-found"));
        QVERIFY(missing.error().message.contains(QStringLiteral("nope.wim")));
        const QString bogus = m_dir.filePath(QStringLiteral("bogus.wim"));
        QFile f(bogus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'z'));
        f.close();
        const auto notWim = WimFile::open(bogus);
        QVERIFY(!notWim.ok());
        QCOMPARE(notWim.error().code, QStringLiteral("wim.not-a-wim-file"));
        QVERIFY(notWim.error().message.contains(QStringLiteral("bogus.wim")));
        QVERIFY(!notWim.error().detail.isEmpty());
    }

    void generatedIntegrityTable()
    {
        const QString src = m_dir.filePath(QStringLiteral("a"));
        const QString withTable = m_dir.filePath(QStringLiteral("table.wim"));
        QVERIFY(createWim(withTable, {windowsLikeSpec(src, QStringLiteral("T"))}, {Compression::Xpress, false, true, 0}).ok());
        WimOpenOptions check;
        check.checkIntegrity = true;
        auto ok = WimFile::open(withTable, check);
        QVERIFY(ok.ok());
        QCOMPARE(ok->integrity(), IntegrityStatus::Verified);
        ok = WimFile::open(m_wim, check);
        QVERIFY(ok.ok());
        QCOMPARE(ok->integrity(), IntegrityStatus::NoTable);

        // Flip one byte of file data: the table no longer matches and the open is refused.
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.wim"));
        QVERIFY(QFile::copy(withTable, damaged));
        QFile d(damaged);
        QVERIFY(d.open(QIODevice::ReadWrite));
        d.seek(300);
        const char c = d.read(1).at(0);
        d.seek(300);
        d.write(QByteArray(1, char(c ^ 0x5a)));
        d.close();
        const auto refused = WimFile::open(damaged, check);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("wim.integrity"));
    }

    // ---- real files from other tools (skipped when ../shared/fixtures is absent) ----

    void realMultiImage()
    {
        const QString f = fixture(QStringLiteral("MultiImage.wim"));
        if (f.isEmpty())
            QSKIP("../shared/fixtures is absent");
        GetImageInfoOperation op(f);
        QVERIFY(execute(op).succeeded());
        QCOMPARE(op.images().size(), 3);
        QCOMPARE(op.images().at(0).name, QStringLiteral("Base"));
        QCOMPARE(op.images().at(1).name, QStringLiteral("Changes"));
        QCOMPARE(op.images().at(2).name, QStringLiteral("Delta"));
        QVERIFY(op.header().hasIntegrityTable);
        // No <WINDOWS> metadata: architecture etc. absent.
        QVERIFY(!op.images().at(0).architecture.has_value());
        QVERIFY(!op.images().at(0).edition.has_value());
        QVERIFY(op.images().at(0).languages.isEmpty());
    }

    void realSplitSet()
    {
        const QString f = fixture(QStringLiteral("Split.swm"));
        if (f.isEmpty())
            QSKIP("../shared/fixtures is absent");
        WimOpenOptions o;
        o.splitPattern = fixture(QStringLiteral("Split*.swm"));
        GetImageInfoOperation op(f, {}, o);
        QVERIFY(execute(op).succeeded());
        QCOMPARE(op.header().totalParts, 2);
        QCOMPARE(op.images().size(), 1);
        QCOMPARE(op.images().at(0).name, QStringLiteral("Src03"));
        // The default pattern finds the second part too, and files spanning both parts extract.
        ListImageOperation list(f, {}, QStringLiteral("/"));
        QVERIFY(execute(list).succeeded());
        QVERIFY(list.entries().size() > 1);
        QTemporaryDir out;
        QStringList files;
        for (const DirectoryEntry &e : list.entries()) {
            if (!e.isDirectory && e.path.count(QLatin1Char('/')) == 1)
                files << e.path;
        }
        QVERIFY(!files.isEmpty());
        ExtractFilesOperation extract(f, {}, files, out.path());
        const OperationOutcome outcome = execute(extract);
        QVERIFY2(outcome.succeeded(), outcome.error ? qPrintable(outcome.error->oneLine()) : "");
        // The second part is required: open Split2.swm alone as if it were the first part.
        const auto second = WimFile::open(fixture(QStringLiteral("Split2.swm")));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, QStringLiteral("wim.not-first-part"));
    }

    void realSolidEsd()
    {
        const QString f = fixture(QStringLiteral("LZMS.wim"));
        if (f.isEmpty())
            QSKIP("../shared/fixtures is absent");
        auto wim = WimFile::open(f);
        QVERIFY2(wim.ok(), wim.ok() ? "" : qPrintable(wim.error().oneLine()));
        QCOMPARE(wim->header().compression, QStringLiteral("LZMS"));
        QVERIFY(wim->header().solid);
        const auto root = wim->listDirectory(1, QStringLiteral("/"));
        QVERIFY(root.ok());
        QVERIFY(!root->isEmpty());
    }

    void realBootIndex()
    {
        const QString f = fixture(QStringLiteral("BootXPRESS.wim"));
        if (f.isEmpty())
            QSKIP("../shared/fixtures is absent");
        GetImageInfoOperation op(f, ImageSelector{1, {}});
        QVERIFY(execute(op).succeeded());
        QCOMPARE(op.header().bootIndex, 1);
        QVERIFY(op.images().at(0).bootable);
        QCOMPARE(op.header().compression, QStringLiteral("XPRESS"));
    }

    void realIntegrity()
    {
        const QString good = fixture(QStringLiteral("VerifySuccess.wim"));
        if (good.isEmpty())
            QSKIP("../shared/fixtures is absent");
        WimOpenOptions check;
        check.checkIntegrity = true;
        GetImageInfoOperation pass(good, {}, check);
        QVERIFY(execute(pass).succeeded());
        QCOMPARE(pass.integrity(), IntegrityStatus::Verified);
        GetImageInfoOperation fail(fixture(QStringLiteral("VerifyFail.wim")), {}, check);
        const OperationOutcome outcome = execute(fail);
        QVERIFY(outcome.failed());
        QCOMPARE(outcome.error->code, QStringLiteral("wim.integrity"));
        QVERIFY(outcome.error->message.contains(QStringLiteral("VerifyFail.wim")));
        // Without the check the same file opens.
        GetImageInfoOperation unchecked(fixture(QStringLiteral("VerifyFail.wim")));
        QVERIFY(execute(unchecked).succeeded());
    }

    void realCorruptedFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::newRow("sha1 mismatch") << QStringLiteral("corrupted_file_1.wim") << QStringLiteral("wim.invalid-resource-hash");
        QTest::newRow("bad lzx data") << QStringLiteral("corrupted_file_2.wim") << QStringLiteral("wim.decompression");
    }

    void realCorruptedFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        const QString f = fixture(file);
        if (f.isEmpty())
            QSKIP("../shared/fixtures is absent");
        // Header, XML and metadata are intact: info and listing work.
        GetImageInfoOperation info(f);
        QVERIFY(execute(info).succeeded());
        ListImageOperation list(f, {}, QStringLiteral("/"));
        QVERIFY(execute(list).succeeded());
        // Reading the damaged data is a clear error, not a crash, and leaves nothing behind.
        QTemporaryDir out;
        ExtractFilesOperation extract(f, {}, {QStringLiteral("/file")}, out.path());
        const OperationOutcome outcome = execute(extract);
        QVERIFY(outcome.failed());
        QCOMPARE(outcome.error->code, code);
        QVERIFY(outcome.error->message.contains(file));
        QVERIFY(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWimFile)
#include "tst_wimfile.moc"
