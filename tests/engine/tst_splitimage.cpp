// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Split-WindowsImage: parts of the asked size that open and export again as a set; refusals and
// cancellation leave the folder as it was.
#include "ImageDigest.h"
#include "WimBuilder.h"

#include "core/Operation.h"
#include "ops/ExportImageOperation.h"
#include "ops/SplitImageOperation.h"
#include "wim/WimFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

namespace {
QString describe(const OperationOutcome &o)
{
    return o.error ? o.error->code + u": "_s + o.error->oneLine() : operationStateName(o.state);
}

OperationOutcome execute(Operation &op, const std::function<void(const Progress &, const CancellationToken &)> &onProgress = {})
{
    CancellationToken token;
    OperationContext ctx(EngineSettings{}, token, [&](const Progress &p) {
        if (onProgress)
            onProgress(p, token);
    });
    return executeOperation(op, ctx);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}
} // namespace

class TestSplitImage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_wim; // LZX, two images, ~6 MiB of mostly incompressible data
    int m_counter = 0;

    QString freshDir()
    {
        const QString d = m_dir.filePath(u"out%1"_s.arg(++m_counter));
        QDir().mkpath(d);
        return d;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString a = m_dir.filePath(u"a"_s);
        const QString b = m_dir.filePath(u"b"_s);
        writeWindowsTree(a, {u"en-US"_s});
        writeWindowsTree(b, {u"en-US"_s, u"de-DE"_s});
        QVERIFY(writeBulkFiles(a, 6 * 1024 * 1024, 512 * 1024, 11));
        QVERIFY(writeBulkFiles(b, 2 * 1024 * 1024, 256 * 1024, 12));
        m_wim = m_dir.filePath(u"install.wim"_s);
        const Status st = createWim(m_wim, {windowsLikeSpec(a, u"Pro"_s), windowsLikeSpec(b, u"Home"_s)},
                                    {Compression::Lzx, false, true, 0});
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().oneLine()));
    }

    void partNames()
    {
        QCOMPARE(SplitImageOperation::partPath(u"/x/install.swm"_s, 1), u"/x/install.swm"_s);
        QCOMPARE(SplitImageOperation::partPath(u"/x/install.swm"_s, 2), u"/x/install2.swm"_s);
        QCOMPARE(SplitImageOperation::partPath(u"/x/my.image.swm"_s, 12), u"/x/my.image12.swm"_s);
    }

    void splitThenExportFromTheSet()
    {
        const QString dir = freshDir();
        const QString first = QDir(dir).filePath(u"install.swm"_s);
        SplitImageOperation split(m_wim, first, 1, true);
        const OperationOutcome o = execute(split);
        QVERIFY2(o.succeeded(), qPrintable(describe(o)));
        QCOMPARE(split.sourceIntegrity(), IntegrityStatus::Verified);
        const QStringList parts = split.parts();
        QVERIFY2(parts.size() >= 4, qPrintable(QString::number(parts.size())));
        QCOMPARE(parts.first(), first);
        QStringList expected;
        for (int n = 1; n <= parts.size(); ++n) {
            QCOMPARE(parts[n - 1], SplitImageOperation::partPath(first, n));
            expected << QFileInfo(SplitImageOperation::partPath(first, n)).fileName();
        }
        expected.sort();
        QCOMPARE(filesIn(dir), expected); // no staging folder left

        // Each part is at most about 1 MiB (a part may exceed it only by one file's data).
        for (const QString &p : parts)
            QVERIFY2(QFileInfo(p).size() <= 1024 * 1024 + 600 * 1024, qPrintable(p));

        // The set opens with the default pattern and with an explicit one, with integrity tables.
        WimOpenOptions check;
        check.checkIntegrity = true;
        auto set = WimFile::open(first, check);
        QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().oneLine()));
        QCOMPARE(set->header().totalParts, int(parts.size()));
        QCOMPARE(set->imageCount(), 2);
        QCOMPARE(set->integrity(), IntegrityStatus::Verified);

        // Export image 2 from the set into a new WIM and compare with the original.
        const QString joined = QDir(freshDir()).filePath(u"home.wim"_s);
        ExportImageRequest r;
        r.sourcePath = first;
        r.source.name = u"Home"_s;
        r.splitPattern = QDir(dir).filePath(u"install*.swm"_s);
        r.destinationPath = joined;
        ExportImageOperation exp(r);
        const OperationOutcome e = execute(exp);
        QVERIFY2(e.succeeded(), qPrintable(describe(e)));
        const auto a = extractedTreeDigest(m_wim, 2);
        const auto b = extractedTreeDigest(joined, 1);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->size() > 10);
        QCOMPARE(*b, *a);
        // And image 1 (spread over several parts) with the default pattern.
        r.source.name = u"Pro"_s;
        r.splitPattern.clear();
        r.destinationPath = QDir(QFileInfo(joined).absolutePath()).filePath(u"pro.wim"_s);
        ExportImageOperation exp1(r);
        QVERIFY2(execute(exp1).succeeded(), "export of image 1 from the split set failed");
        QCOMPARE(*extractedTreeDigest(r.destinationPath, 1), *extractedTreeDigest(m_wim, 1));
    }

    void sameAsWimlibImagexSplit()
    {
        const QString tool = QStandardPaths::findExecutable(u"wimlib-imagex"_s);
        if (tool.isEmpty())
            QSKIP("wimlib-imagex is not installed");
        const QString ours = freshDir();
        const QString theirs = freshDir();
        SplitImageOperation split(m_wim, QDir(ours).filePath(u"s.swm"_s), 2);
        QVERIFY(execute(split).succeeded());
        QProcess p;
        p.start(tool, {u"split"_s, m_wim, QDir(theirs).filePath(u"s.swm"_s), u"2"_s});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(filesIn(ours), filesIn(theirs));
        for (const QString &f : filesIn(ours)) {
            const qint64 a = QFileInfo(QDir(ours).filePath(f)).size();
            const qint64 b = QFileInfo(QDir(theirs).filePath(f)).size();
            QVERIFY2(qAbs(a - b) < 4096, qPrintable(u"%1: %2 vs %3"_s.arg(f).arg(a).arg(b)));
        }
    }

    void refusals()
    {
        const QString dir = freshDir();
        // Existing first part.
        QVERIFY(writeFile(dir, u"taken.swm"_s, "x"));
        SplitImageOperation exists(m_wim, QDir(dir).filePath(u"taken.swm"_s), 1);
        OperationOutcome o = execute(exists);
        QVERIFY(o.failed());
        QCOMPARE(o.error->code, u"split.exists"_s);
        // A later part already there: nothing is moved into place.
        QVERIFY(writeFile(dir, u"set3.swm"_s, "x"));
        SplitImageOperation laterPart(m_wim, QDir(dir).filePath(u"set.swm"_s), 1);
        o = execute(laterPart);
        QVERIFY(o.failed());
        QCOMPARE(o.error->code, u"split.exists"_s);
        QVERIFY2(o.error->message.contains(u"set3.swm"_s), qPrintable(o.error->message));
        QCOMPARE(filesIn(dir), QStringList({u"set3.swm"_s, u"taken.swm"_s}));
        // Not a .swm name, zero size.
        SplitImageOperation notSwm(m_wim, QDir(dir).filePath(u"x.wim"_s), 1);
        QCOMPARE(execute(notSwm).error->code, u"split.not-swm"_s);
        SplitImageOperation zero(m_wim, QDir(dir).filePath(u"z.swm"_s), 0);
        QCOMPARE(execute(zero).error->code, u"split.bad-size"_s);
        // A solid ESD cannot be split.
        const QString esd = QDir(dir).filePath(u"install.esd"_s);
        ExportImageRequest r;
        r.sourcePath = m_wim;
        r.source.index = 2;
        r.destinationPath = esd;
        ExportImageOperation toEsd(r);
        QVERIFY(execute(toEsd).succeeded());
        SplitImageOperation solid(esd, QDir(dir).filePath(u"esd.swm"_s), 1);
        o = execute(solid);
        QVERIFY(o.failed());
        QCOMPARE(o.error->code, u"split.solid"_s);
        QCOMPARE(filesIn(dir), QStringList({u"install.esd"_s, u"set3.swm"_s, u"taken.swm"_s}));
    }

    void splitOfASplitSetIsRefused()
    {
        const QString dir = freshDir();
        const QString first = QDir(dir).filePath(u"a.swm"_s);
        SplitImageOperation split(m_wim, first, 2);
        QVERIFY(execute(split).succeeded());
        SplitImageOperation again(first, QDir(freshDir()).filePath(u"b.swm"_s), 1);
        const OperationOutcome o = execute(again);
        QVERIFY(o.failed());
        QCOMPARE(o.error->code, u"split.already-split"_s);
    }

    void cancelLeavesNoParts()
    {
        const QString dir = freshDir();
        SplitImageOperation split(m_wim, QDir(dir).filePath(u"c.swm"_s), 1);
        bool cancelledMidway = false;
        const OperationOutcome o = execute(split, [&](const Progress &p, const CancellationToken &token) {
            // The first report of the stage (done 0) is always delivered; later ones are coalesced
            // and may not come before a small split ends, so cancel at the first one.
            if (p.stage == u"Writing split parts"_s && p.done < p.total && !token.isCancelled()) {
                cancelledMidway = true;
                token.cancel();
            }
        });
        QVERIFY2(o.cancelled(), qPrintable(describe(o)));
        QVERIFY(cancelledMidway);
        QVERIFY2(filesIn(dir).isEmpty(), qPrintable(filesIn(dir).join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestSplitImage)
#include "tst_splitimage.moc"

