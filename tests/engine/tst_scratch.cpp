// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Scratch directory: validation (exists, writable, local) and per-operation random folders that
// are removed after success and after failure.
#include "core/Operation.h"
#include "core/ScratchDirectory.h"
#include "ops/Engine.h"

#include <QCoro/QCoroTask>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;

namespace {
class ScratchUser : public Operation
{
public:
    explicit ScratchUser(bool fail) : m_fail(fail) {}
    QString name() const override { return u"Scratch"_s; }
    QString description() const override { return u"Use scratch"_s; }
    Status run(OperationContext &ctx) override
    {
        auto scratch = ctx.createScratch();
        if (!scratch)
            return scratch.error();
        m_path = scratch->path();
        QFile f(scratch->filePath(u"work.bin"_s));
        if (!f.open(QIODevice::WriteOnly))
            return Error::make(u"test.io"_s, u"cannot write"_s);
        f.write(QByteArray(1000, 'w'));
        f.close();
        QDir().mkpath(scratch->filePath(u"nested/deeper"_s));
        m_existedDuringRun = QFile::exists(scratch->filePath(u"work.bin"_s));
        if (m_fail)
            return Error::make(u"test.failed"_s, u"failed on purpose"_s);
        return {};
    }
    bool m_fail;
    QString m_path;
    bool m_existedDuringRun = false;
};
} // namespace

class TestScratch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomHexFolderRemovedAfterSuccessAndFailure_data()
    {
        QTest::addColumn<bool>("fail");
        QTest::newRow("success") << false;
        QTest::newRow("failure") << true;
    }

    void randomHexFolderRemovedAfterSuccessAndFailure()
    {
        QFETCH(bool, fail);
        QTemporaryDir root;
        Engine engine(EngineSettings{root.path(), {}, LogLevel::WarningsInfo});
        auto op = std::make_shared<ScratchUser>(fail);
        const OperationOutcome outcome = QCoro::waitFor(engine.run(op));
        QCOMPARE(outcome.failed(), fail);
        QVERIFY(op->m_existedDuringRun);
        QCOMPARE(QFileInfo(op->m_path).absolutePath(), QFileInfo(root.path()).absoluteFilePath());
        QVERIFY(QRegularExpression(u"^[0-9a-f]{16}$"_s).match(QFileInfo(op->m_path).fileName()).hasMatch());
        QVERIFY(!QFileInfo::exists(op->m_path));
        QVERIFY(QDir(root.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    }

    void eachOperationGetsItsOwnFolder()
    {
        QTemporaryDir root;
        auto a = ScratchDirectory::create(root.path());
        auto b = ScratchDirectory::create(root.path());
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->path() != b->path());
        const QString kept = a->release();
        a = ScratchDirectory::create(root.path());
        QVERIFY(QFileInfo(kept).isDir()); // released folders survive
    }

    void refusesMissingFileAndUnwritable()
    {
        QTemporaryDir root;
        const auto missing = ScratchDirectory::create(root.filePath(u"nope"_s));
        QCOMPARE(missing.error().code, u"scratch.missing"_s);
        QVERIFY(missing.error().message.contains(u"nope"_s));
        QFile file(root.filePath(u"file"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QCOMPARE(ScratchDirectory::create(file.fileName()).error().code, u"scratch.not-a-directory"_s);

        // A failing scratch directory fails the operation that needs it, with that message.
        Engine engine(EngineSettings{root.filePath(u"nope"_s), {}, LogLevel::WarningsInfo});
        const OperationOutcome outcome = QCoro::waitFor(engine.run(std::make_shared<ScratchUser>(false)));
        QVERIFY(outcome.failed());
        QCOMPARE(outcome.error->code, u"scratch.missing"_s);
    }

    void networkFileSystemsAreRefused()
    {
        for (const char *t : {"nfs", "nfs4", "cifs", "smb3", "9p", "fuse.sshfs", "ceph", "afs"})
            QVERIFY2(ScratchDirectory::isNetworkFileSystemType(t), t);
        for (const char *t : {"ext4", "xfs", "btrfs", "tmpfs", "overlay", "zfs", "vfat"})
            QVERIFY2(!ScratchDirectory::isNetworkFileSystemType(t), t);
        QVERIFY(ScratchDirectory::validateRoot(QDir::tempPath()).ok());
    }
};

QTEST_GUILESS_MAIN(TestScratch)
#include "tst_scratch.moc"

