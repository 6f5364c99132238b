// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ExtractFilesOperation's layout and conflict policy: where chosen items land (each under its own
// name, or with their folders below the common parent when two share a name), and what happens to
// targets that exist (refuse, overwrite, skip, rename, folders merged), with the bytes on disk
// checked and the destination unchanged after a refusal or a failure.
#include "WimBuilder.h"

#include "core/Operation.h"
#include "ops/ExtractFilesOperation.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

using FileMap = QMap<QString, QByteArray>;
using Action = ExtractConflictAction;

namespace {
OperationOutcome execute(Operation &op)
{
    OperationContext ctx(EngineSettings{}, CancellationToken{}, {});
    return executeOperation(op, ctx);
}

/// Every file below `root` (hidden ones included) with its bytes; folders as "name/" with no bytes.
FileMap contents(const QString &root)
{
    FileMap files;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        const QString rel = QDir(root).relativeFilePath(info.filePath());
        if (info.isDir()) {
            files.insert(rel + u'/', {});
        } else {
            QFile f(info.filePath());
            if (f.open(QIODevice::ReadOnly))
                files.insert(rel, f.readAll());
        }
    }
    return files;
}

void writeAll(const QString &root, const FileMap &files)
{
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key().endsWith(u'/'))
            QDir().mkpath(QDir(root).filePath(it.key()));
        else
            QVERIFY(writeFile(root, it.key(), it.value()));
    }
}

const QString LongName = QString(249, u'x') + u".txt"_s; // 253 bytes: "… (2).txt" is too long for Linux
} // namespace

class TestExtractFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_wim;

    std::unique_ptr<ExtractFilesOperation> extraction(const QStringList &paths, const QString &dest, ExtractLayout layout)
    {
        auto op = std::make_unique<ExtractFilesOperation>(m_wim, ImageSelector{1, {}}, paths, dest);
        op->setLayout(layout);
        return op;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString src = m_dir.filePath(u"src"_s);
        writeAll(src, {{u"A/same.txt"_s, "A"}, {u"A/other.txt"_s, "other"}, {u"A/Sub/same.txt"_s, "sub"},
                       {u"B/same.txt"_s, "B"}, {u"C/SAME.TXT"_s, "C"}, {u"Long/"_s + LongName, "long"}});
        ImageSpec spec;
        spec.sourceDir = src;
        spec.name = u"Extract test"_s;
        m_wim = m_dir.filePath(u"extract.wim"_s);
        const Status st = createWim(m_wim, {spec});
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().oneLine()));
    }

    void layout_data()
    {
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<ExtractLayout>("layout");
        QTest::addColumn<FileMap>("expected");
        QTest::addColumn<ExtractLayout>("used");
        QTest::newRow("distinct names: each under its own name")
            << QStringList{u"/A/other.txt"_s, u"/B/same.txt"_s} << ExtractLayout::Auto
            << FileMap{{u"other.txt"_s, "other"}, {u"same.txt"_s, "B"}} << ExtractLayout::Flat;
        QTest::newRow("same name in two folders: folders kept below /")
            << QStringList{u"/A/same.txt"_s, u"/B/same.txt"_s} << ExtractLayout::Auto
            << FileMap{{u"A/"_s, {}}, {u"A/same.txt"_s, "A"}, {u"B/"_s, {}}, {u"B/same.txt"_s, "B"}}
            << ExtractLayout::BelowCommonParent;
        QTest::newRow("same name, names differ in case only")
            << QStringList{u"/B/same.txt"_s, u"/C/SAME.TXT"_s} << ExtractLayout::Auto
            << FileMap{{u"B/"_s, {}}, {u"B/same.txt"_s, "B"}, {u"C/"_s, {}}, {u"C/SAME.TXT"_s, "C"}}
            << ExtractLayout::BelowCommonParent;
        QTest::newRow("common parent is a folder: kept below /A")
            << QStringList{u"/A/same.txt"_s, u"/A/Sub/same.txt"_s} << ExtractLayout::Auto
            << FileMap{{u"same.txt"_s, "A"}, {u"Sub/"_s, {}}, {u"Sub/same.txt"_s, "sub"}}
            << ExtractLayout::BelowCommonParent;
        QTest::newRow("an item inside a chosen folder comes with the folder")
            << QStringList{u"/A"_s, u"/A/Sub/same.txt"_s, u"/B/same.txt"_s} << ExtractLayout::Auto
            << FileMap{{u"A/"_s, {}}, {u"A/same.txt"_s, "A"}, {u"A/other.txt"_s, "other"}, {u"A/Sub/"_s, {}},
                       {u"A/Sub/same.txt"_s, "sub"}, {u"B/"_s, {}}, {u"B/same.txt"_s, "B"}}
            << ExtractLayout::BelowCommonParent;
        QTest::newRow("folders kept on request although names differ")
            << QStringList{u"/A/other.txt"_s} << ExtractLayout::BelowCommonParent
            << FileMap{{u"other.txt"_s, "other"}} << ExtractLayout::BelowCommonParent;
    }

    void layout()
    {
        QFETCH(QStringList, paths);
        QFETCH(ExtractLayout, layout);
        QFETCH(FileMap, expected);
        QFETCH(ExtractLayout, used);
        QTemporaryDir out;
        auto op = extraction(paths, out.path(), layout);
        const OperationOutcome outcome = execute(*op);
        QVERIFY2(outcome.succeeded(), outcome.error ? qPrintable(outcome.error->oneLine()) : "");
        QCOMPARE(contents(out.path()), expected); // no staging folder left either
        QCOMPARE(op->usedLayout(), used);
        QVERIFY(op->conflicts().isEmpty());
    }

    void flatRefusesTwoItemsWithOneName()
    {
        QTemporaryDir out;
        auto op = extraction({u"/A/same.txt"_s, u"/B/same.txt"_s}, out.path(), ExtractLayout::Flat);
        const OperationOutcome outcome = execute(*op);
        QVERIFY(outcome.failed());
        QCOMPARE(outcome.error->code, u"extract.duplicate-name"_s);
        QVERIFY(contents(out.path()).isEmpty());
    }

    void conflicts_data()
    {
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<FileMap>("before");
        QTest::addColumn<int>("defaultAction");
        QTest::addColumn<QStringList>("conflicts");
        QTest::addColumn<FileMap>("after"); // empty: refused, destination unchanged
        const QStringList one{u"/A/same.txt"_s};
        const FileMap old{{u"same.txt"_s, "old"}};
        QTest::newRow("refuse") << one << old << int(Action::Refuse) << QStringList{u"same.txt"_s} << FileMap{};
        QTest::newRow("overwrite") << one << old << int(Action::Overwrite) << QStringList{u"same.txt"_s}
                                   << FileMap{{u"same.txt"_s, "A"}};
        QTest::newRow("skip") << one << old << int(Action::Skip) << QStringList{u"same.txt"_s} << old;
        QTest::newRow("rename") << one << old << int(Action::Rename) << QStringList{u"same.txt"_s}
                                << FileMap{{u"same.txt"_s, "old"}, {u"same (2).txt"_s, "A"}};
        QTest::newRow("rename picks the first free number")
            << one << FileMap{{u"same.txt"_s, "old"}, {u"same (2).txt"_s, "two"}} << int(Action::Rename)
            << QStringList{u"same.txt"_s}
            << FileMap{{u"same.txt"_s, "old"}, {u"same (2).txt"_s, "two"}, {u"same (3).txt"_s, "A"}};
        const QStringList two{u"/A/same.txt"_s, u"/B/same.txt"_s};
        QTest::newRow("existing folder merged, no question")
            << two << FileMap{{u"A/"_s, {}}, {u"A/mine.txt"_s, "mine"}} << int(Action::Refuse) << QStringList{}
            << FileMap{{u"A/"_s, {}}, {u"A/mine.txt"_s, "mine"}, {u"A/same.txt"_s, "A"}, {u"B/"_s, {}}, {u"B/same.txt"_s, "B"}};
        QTest::newRow("file inside a merged folder")
            << two << FileMap{{u"A/"_s, {}}, {u"A/same.txt"_s, "old"}} << int(Action::Overwrite) << QStringList{u"A/same.txt"_s}
            << FileMap{{u"A/"_s, {}}, {u"A/same.txt"_s, "A"}, {u"B/"_s, {}}, {u"B/same.txt"_s, "B"}};
        QTest::newRow("a file where a folder goes, renamed")
            << two << FileMap{{u"A"_s, "file"}} << int(Action::Rename) << QStringList{u"A"_s}
            << FileMap{{u"A"_s, "file"}, {u"A (2)/"_s, {}}, {u"A (2)/same.txt"_s, "A"}, {u"B/"_s, {}}, {u"B/same.txt"_s, "B"}};
        QTest::newRow("a folder where a file goes, overwritten")
            << one << FileMap{{u"same.txt/"_s, {}}, {u"same.txt/inner"_s, "inner"}} << int(Action::Overwrite)
            << QStringList{u"same.txt"_s} << FileMap{{u"same.txt"_s, "A"}};
    }

    void conflicts()
    {
        QFETCH(QStringList, paths);
        QFETCH(FileMap, before);
        QFETCH(int, defaultAction);
        QFETCH(QStringList, conflicts);
        QFETCH(FileMap, after);
        QTemporaryDir out;
        writeAll(out.path(), before);

        // The plan lists the conflicts and writes nothing.
        auto plan = extraction(paths, out.path(), ExtractLayout::Auto);
        plan->setPlanOnly(true);
        QVERIFY(execute(*plan).succeeded());
        QStringList found;
        for (const ExtractConflict &c : plan->conflicts())
            found << c.relativePath;
        QCOMPARE(found, conflicts);
        QCOMPARE(contents(out.path()), before);

        auto op = extraction(paths, out.path(), ExtractLayout::Auto);
        op->setConflictPolicy({Action(defaultAction), {}});
        const OperationOutcome outcome = execute(*op);
        if (after.isEmpty()) {
            QVERIFY(outcome.failed());
            QCOMPARE(outcome.error->code, u"extract.exists"_s);
            QVERIFY(outcome.error->message.contains(conflicts.first()));
            QCOMPARE(contents(out.path()), before);
            return;
        }
        QVERIFY2(outcome.succeeded(), outcome.error ? qPrintable(outcome.error->oneLine()) : "");
        QCOMPARE(contents(out.path()), after);
        QCOMPARE(op->skipped().size(), Action(defaultAction) == Action::Skip ? conflicts.size() : 0);
        QCOMPARE(op->overwritten().size(), Action(defaultAction) == Action::Overwrite ? conflicts.size() : 0);
        QCOMPARE(op->renamed().size(), Action(defaultAction) == Action::Rename ? conflicts.size() : 0);
    }

    void answersPerTarget()
    {
        QTemporaryDir out;
        writeAll(out.path(), {{u"A/"_s, {}}, {u"A/same.txt"_s, "oldA"}, {u"B/"_s, {}}, {u"B/same.txt"_s, "oldB"}});
        auto op = extraction({u"/A/same.txt"_s, u"/B/same.txt"_s}, out.path(), ExtractLayout::Auto);
        op->setConflictPolicy({Action::Refuse, {{u"A/same.txt"_s, Action::Skip}, {u"B/same.txt"_s, Action::Overwrite}}});
        QVERIFY(execute(*op).succeeded());
        QCOMPARE(contents(out.path()),
                 (FileMap{{u"A/"_s, {}}, {u"A/same.txt"_s, "oldA"}, {u"B/"_s, {}}, {u"B/same.txt"_s, "B"}}));
        QCOMPARE(op->skipped(), QStringList{u"A/same.txt"_s});
        QCOMPARE(op->overwritten(), QStringList{u"B/same.txt"_s});
    }

    void failureRestoresWhatWasReplaced()
    {
        // A/same.txt is overwritten first, then renaming the long name fails (name too long):
        // the replaced file comes back and nothing new stays.
        QTemporaryDir out;
        const FileMap before{{u"A/"_s, {}}, {u"A/same.txt"_s, "old"}, {u"Long/"_s, {}}, {u"Long/"_s + LongName, "mine"}};
        writeAll(out.path(), before);
        auto op = extraction({u"/A/same.txt"_s, u"/Long/"_s + LongName}, out.path(), ExtractLayout::BelowCommonParent);
        op->setConflictPolicy({Action::Refuse, {{u"A/same.txt"_s, Action::Overwrite}, {u"Long/"_s + LongName, Action::Rename}}});
        const OperationOutcome outcome = execute(*op);
        QVERIFY(outcome.failed());
        QCOMPARE(outcome.error->code, u"extract.move-failed"_s);
        QCOMPARE(contents(out.path()), before);
    }
};

QTEST_GUILESS_MAIN(TestExtractFiles)
#include "tst_extractfiles.moc"
