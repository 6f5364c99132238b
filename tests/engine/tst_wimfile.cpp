// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
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

using namespace Qt::StringLiterals;

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
        return dir.isEmpty() ? QString() : dir + u"/wim/"_s + name;
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
        const QString a = m_dir.filePath(u"a"_s);
        const QString b = m_dir.filePath(u"b"_s);
        writeWindowsTree(a, {u"en-US"_s, u"fr-FR"_s});
        writeWindowsTree(b, {u"en-US"_s}, PeMachine::Arm64);
        writeFile(b, u"Users/Public/big.bin"_s, QByteArray(300000, 'x'));
        ImageSpec pro = windowsLikeSpec(a, u"Pro"_s);
        ImageSpec arm = windowsLikeSpec(b, u"Arm Home"_s);
        arm.architecture = 12;
        arm.edition = u"Core"_s;
        arm.languages = {u"en-US"_s};
        arm.description.clear();
        arm.productSuite.clear();
        arm.spBuild.reset();
        m_wim = m_dir.filePath(u"two.wim"_s);
        const Status st = createWim(m_wim, {pro, arm}, {Compression::Lzx, false, false, 2});
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().oneLine()));
    }

    void detailsComeFromTheXml()
    {
        auto wim = WimFile::open(m_wim);
        QVERIFY(wim.ok());
        QCOMPARE(wim->imageCount(), 2);
        const ImageInfo pro = wim->imageInfo(1);
        QCOMPARE(pro.name, u"Pro"_s);
        QCOMPARE(pro.description.value_or(QString()), u"Pro"_s);
        QCOMPARE(pro.architectureText(), u"x64"_s);
        QCOMPARE(pro.edition.value_or(QString()), u"Professional"_s);
        QCOMPARE(pro.installationType.value_or(QString()), u"Client"_s);
        QCOMPARE(pro.productType.value_or(QString()), u"WinNT"_s);
        QCOMPARE(pro.productSuite.value_or(QString()), u"Terminal Server"_s);
        QCOMPARE(pro.version(), u"10.0.22631.2861"_s);
        QCOMPARE(pro.languages, QStringList({u"en-US"_s, u"fr-FR"_s}));
        QCOMPARE(pro.defaultLanguage.value_or(QString()), u"en-US"_s);
        QCOMPARE(pro.systemRoot.value_or(QString()), u"WINDOWS"_s);
        QVERIFY(pro.directoryCount.has_value() && *pro.directoryCount > 5);
        QVERIFY(pro.fileCount.has_value() && *pro.fileCount >= 10);
        QVERIFY(pro.created.has_value() && pro.created->isValid());
        QVERIFY(pro.totalBytes > 64 * 1024);
        QVERIFY(!pro.bootable);

        const ImageInfo arm = wim->imageInfo(2);
        QCOMPARE(arm.architectureText(), u"arm64"_s);
        QVERIFY(arm.bootable); // boot index 2
        // Fields not in the XML stay absent, never invented.
        QVERIFY(!arm.description.has_value());
        QVERIFY(!arm.productSuite.has_value());
        QVERIFY(!arm.hal.has_value());
        QVERIFY(!arm.spBuild.has_value());
        QCOMPARE(arm.version(), u"10.0.22631"_s);
    }

    void resolveImageByIndexAndName()
    {
        auto wim = WimFile::open(m_wim);
        QVERIFY(wim.ok());
        QCOMPARE(wim->resolveImage(2, {}).value(), 2);
        QCOMPARE(wim->resolveImage({}, u"arm home"_s).value(), 2);
        const auto missing = wim->resolveImage(3, {});
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, u"wim.no-such-index"_s);
        QVERIFY(missing.error().message.contains(u"two.wim"_s));
        QCOMPARE(missing.error().remedy.kind, Remedy::Kind::ListImages);
        QCOMPARE(missing.error().remedy.args, QStringList{m_wim});
        QCOMPARE(wim->resolveImage({}, u"Nope"_s).error().code, u"wim.no-such-name"_s);
        QCOMPARE(wim->resolveImage({}, {}).error().code, u"wim.image-not-specified"_s);
    }

    void listsOneLevelLazily()
    {
        auto wim = WimFile::open(m_wim);
        QVERIFY(wim.ok());
        const auto root = wim->listDirectory(1, u"/"_s);
        QVERIFY(root.ok());
        QStringList names;
        for (const DirectoryEntry &e : *root)
            names << e.name;
        QCOMPARE(names, QStringList({u"Program Files"_s, u"Program Files (x86)"_s,
                                     u"ProgramData"_s, u"Users"_s, u"Windows"_s}));
        for (const DirectoryEntry &e : *root)
            QVERIFY(e.isDirectory);

        const auto sys32 = wim->listDirectory(1, u"Windows\\System32"_s);
        QVERIFY(sys32.ok());
        bool sawKernel = false;
        bool sawLang = false;
        for (const DirectoryEntry &e : *sys32) {
            QVERIFY(!e.path.mid(u"/Windows/System32/"_s.size()).contains(QLatin1Char('/'))); // one level only
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

        QCOMPARE(wim->listDirectory(1, u"/Windows/win.ini"_s).error().code, u"wim.not-a-directory"_s);
        QCOMPARE(wim->listDirectory(1, u"/NoSuchFolder"_s).error().code, u"wim.path-not-found"_s);
    }

    void listOperationRecursive()
    {
        ListImageOperation op(m_wim, ImageSelector{2, {}}, u"/Users"_s);
        QVERIFY(execute(op).succeeded());
        QStringList paths;
        for (const DirectoryEntry &e : op.entries())
            paths << e.path;
        QVERIFY(paths.contains(u"/Users/Public/big.bin"_s));
        QVERIFY(paths.contains(u"/Users/Default/NTUSER.DAT"_s));
        for (const QString &p : paths)
            QVERIFY(p.startsWith(u"/Users"_s));
    }

    void extractWritesTheBytes()
    {
        QTemporaryDir out;
        ExtractFilesOperation op(m_wim, ImageSelector{2, {}}, {u"/Users/Public/big.bin"_s, u"/Windows/System32/en-US"_s},
                                 out.path());
        const OperationOutcome outcome = execute(op);
        QVERIFY2(outcome.succeeded(), outcome.error ? qPrintable(outcome.error->oneLine()) : "");
        QFile big(out.filePath(u"big.bin"_s));
        QVERIFY(big.open(QIODevice::ReadOnly));
        QCOMPARE(big.readAll(), QByteArray(300000, 'x'));
        QFile mui(out.filePath(u"en-US/notepad.exe.mui"_s));
        QVERIFY(mui.open(QIODevice::ReadOnly));
        QCOMPARE(mui.readAll(), QByteArray("MUI en-US"));
        // No staging folder left behind.
        QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 2);

        // Extracting again refuses to overwrite and changes nothing.
        ExtractFilesOperation again(m_wim, ImageSelector{2, {}}, {u"/Users/Public/big.bin"_s}, out.path());
        const OperationOutcome second = execute(again);
        QVERIFY(second.failed());
        QCOMPARE(second.error->code, u"extract.exists"_s);
    }

    void missingAndBogusFiles()
    {
        const auto missing = WimFile::open(m_dir.filePath(u"nope.wim"_s));
        QCOMPARE(missing.error().code, u"wim.file-not-found"_s);
        QVERIFY(missing.error().message.contains(u"nope.wim"_s));
        QCOMPARE(missing.error().remedy.kind, Remedy::Kind::CheckImagePath);
        const QString bogus = m_dir.filePath(u"bogus.wim"_s);
        QFile f(bogus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'z'));
        f.close();
        const auto notWim = WimFile::open(bogus);
        QVERIFY(!notWim.ok());
        QCOMPARE(notWim.error().code, u"wim.not-a-wim-file"_s);
        QVERIFY(notWim.error().message.contains(u"bogus.wim"_s));
        QVERIFY(!notWim.error().detail.isEmpty());
    }

    void generatedIntegrityTable()
    {
        const QString src = m_dir.filePath(u"a"_s);
        const QString withTable = m_dir.filePath(u"table.wim"_s);
        QVERIFY(createWim(withTable, {windowsLikeSpec(src, u"T"_s)}, {Compression::Xpress, false, true, 0}).ok());
        WimOpenOptions check;
        check.checkIntegrity = true;
        auto ok = WimFile::open(withTable, check);
        QVERIFY(ok.ok());
        QCOMPARE(ok->integrity(), IntegrityStatus::Verified);
        ok = WimFile::open(m_wim, check);
        QVERIFY(ok.ok());
        QCOMPARE(ok->integrity(), IntegrityStatus::NoTable);

        // Flip one byte of file data: the table no longer matches and the open is refused.
        const QString damaged = m_dir.filePath(u"damaged.wim"_s);
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
        QCOMPARE(refused.error().code, u"wim.integrity"_s);
    }

    // ---- real files from other tools (skipped when ../shared/fixtures is absent) ----

    void realMultiImage()
    {
        const QString f = fixture(u"MultiImage.wim"_s);
        if (f.isEmpty())
            QSKIP("../shared/fixtures is absent");
        GetImageInfoOperation op(f);
        QVERIFY(execute(op).succeeded());
        QCOMPARE(op.images().size(), 3);
        QCOMPARE(op.images().at(0).name, u"Base"_s);
        QCOMPARE(op.images().at(1).name, u"Changes"_s);
        QCOMPARE(op.images().at(2).name, u"Delta"_s);
        QVERIFY(op.header().hasIntegrityTable);
        // No <WINDOWS> metadata: architecture etc. absent.
        QVERIFY(!op.images().at(0).architecture.has_value());
        QVERIFY(!op.images().at(0).edition.has_value());
        QVERIFY(op.images().at(0).languages.isEmpty());
    }

    void realSplitSet()
    {
        const QString f = fixture(u"Split.swm"_s);
        if (f.isEmpty())
            QSKIP("../shared/fixtures is absent");
        WimOpenOptions o;
        o.splitPattern = fixture(u"Split*.swm"_s);
        GetImageInfoOperation op(f, {}, o);
        QVERIFY(execute(op).succeeded());
        QCOMPARE(op.header().totalParts, 2);
        QCOMPARE(op.images().size(), 1);
        QCOMPARE(op.images().at(0).name, u"Src03"_s);
        // The default pattern finds the second part too, and files spanning both parts extract.
        ListImageOperation list(f, {}, u"/"_s);
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
        const auto second = WimFile::open(fixture(u"Split2.swm"_s));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, u"wim.not-first-part"_s);
    }

    void realSolidEsd()
    {
        const QString f = fixture(u"LZMS.wim"_s);
        if (f.isEmpty())
            QSKIP("../shared/fixtures is absent");
        auto wim = WimFile::open(f);
        QVERIFY2(wim.ok(), wim.ok() ? "" : qPrintable(wim.error().oneLine()));
        QCOMPARE(wim->header().compression, u"LZMS"_s);
        QVERIFY(wim->header().solid);
        const auto root = wim->listDirectory(1, u"/"_s);
        QVERIFY(root.ok());
        QVERIFY(!root->isEmpty());
    }

    void realBootIndex()
    {
        const QString f = fixture(u"BootXPRESS.wim"_s);
        if (f.isEmpty())
            QSKIP("../shared/fixtures is absent");
        GetImageInfoOperation op(f, ImageSelector{1, {}});
        QVERIFY(execute(op).succeeded());
        QCOMPARE(op.header().bootIndex, 1);
        QVERIFY(op.images().at(0).bootable);
        QCOMPARE(op.header().compression, u"XPRESS"_s);
    }

    void realIntegrity()
    {
        const QString good = fixture(u"VerifySuccess.wim"_s);
        if (good.isEmpty())
            QSKIP("../shared/fixtures is absent");
        WimOpenOptions check;
        check.checkIntegrity = true;
        GetImageInfoOperation pass(good, {}, check);
        QVERIFY(execute(pass).succeeded());
        QCOMPARE(pass.integrity(), IntegrityStatus::Verified);
        GetImageInfoOperation fail(fixture(u"VerifyFail.wim"_s), {}, check);
        const OperationOutcome outcome = execute(fail);
        QVERIFY(outcome.failed());
        QCOMPARE(outcome.error->code, u"wim.integrity"_s);
        QVERIFY(outcome.error->message.contains(u"VerifyFail.wim"_s));
        // Without the check the same file opens.
        GetImageInfoOperation unchecked(fixture(u"VerifyFail.wim"_s));
        QVERIFY(execute(unchecked).succeeded());
    }

    void realCorruptedFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::newRow("sha1 mismatch") << u"corrupted_file_1.wim"_s << u"wim.invalid-resource-hash"_s;
        QTest::newRow("bad lzx data") << u"corrupted_file_2.wim"_s << u"wim.decompression"_s;
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
        ListImageOperation list(f, {}, u"/"_s);
        QVERIFY(execute(list).succeeded());
        // Reading the damaged data is a clear error, not a crash, and leaves nothing behind.
        QTemporaryDir out;
        ExtractFilesOperation extract(f, {}, {u"/file"_s}, out.path());
        const OperationOutcome outcome = execute(extract);
        QVERIFY(outcome.failed());
        QCOMPARE(outcome.error->code, code);
        QVERIFY(outcome.error->message.contains(file));
        QVERIFY(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWimFile)
#include "tst_wimfile.moc"

