// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A WimBench reader and an in-place WimBench writer of the same WIM at once (issue 16; the rule is in
// engine/wim/README.md, "Readers and writers"). /Set-ImageInfo rewrites the XML where the old XML
// was (wimlib_overwrite with nothing but XML changed); a reader that had read the old header and
// then read the XML at the old offset used to report the file as damaged. The reader is held at a
// fault point after it has read the header (WIMBENCH_FAULT=open.progress:stop, during the integrity
// check that wimlib does before it reads the XML), so the race is exact, not timed. The in-process
// test does the same with two engine threads, as the window's folder listing and an edit do.
#include "CliRunner.h"
#include "FaultSupport.h"
#include "WimBuilder.h"

#include "core/FileContentLock.h"
#include "ops/SetImageInfoOperation.h"
#include "wim/WimFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <thread>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

class TestReadWriteRace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_three; // LZX with an integrity table: "Home", "Pro", "Enterprise"
    int m_counter = 0;

    QString copyOf(const QString &wim)
    {
        const QString to = m_dir.filePath(u"copy%1.wim"_s.arg(++m_counter));
        return QFile::copy(wim, to) ? to : QString();
    }

    static QProcessEnvironment stopAt(const QString &point)
    {
        QProcessEnvironment env;
        env.insert(u"WIMBENCH_FAULT"_s, point + u":stop"_s);
        return env;
    }

    /// Waits until `cli` has ended or its stderr contains `text`; true when the text appeared.
    static bool waitForStderrOrEnd(BackgroundCli &cli, const QString &text)
    {
        cli.process.setReadChannel(QProcess::StandardError);
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000) {
            if (QString::fromUtf8(cli.process.peek(1 << 20)).contains(text))
                return true;
            if (cli.process.state() == QProcess::NotRunning)
                return false;
            cli.process.waitForReadyRead(100);
        }
        return false;
    }

    static QString setNameArg() { return u"/NewName:Windows 11 Pro for Workstations, renamed while it was read"_s; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), "WIMBENCH_CLI must name the built wimbench-cli");
        QList<ImageSpec> specs;
        for (const QString &edition : {u"Home"_s, u"Pro"_s, u"Enterprise"_s}) {
            const QString tree = m_dir.filePath(u"tree-"_s + edition);
            writeWindowsTree(tree, {u"en-US"_s});
            specs << windowsLikeSpec(tree, edition);
        }
        m_three = m_dir.filePath(u"three.wim"_s);
        QVERIFY(createWim(m_three, specs, {Compression::Lzx, false, true, 0}).ok());
    }

    // The reader has read the old header when the writer starts: the writer waits for it, the
    // reader shows the old names, and the new name is there afterwards.
    void writerWaitsForAReaderThatReadTheHeader()
    {
        const QString wim = copyOf(m_three);
        BackgroundCli reader;
        reader.start({u"/Get-ImageInfo"_s, u"/ImageFile:"_s + wim, u"/CheckIntegrity"_s}, stopAt(u"open.progress"_s));
        QVERIFY(waitUntilStopped(reader.process.processId()));

        BackgroundCli writer;
        writer.start({u"/Set-ImageInfo"_s, u"/ImageFile:"_s + wim, u"/Index:2"_s, setNameArg()});
        const bool writerWaited = waitForStderrOrEnd(writer, u"Waiting for other WimBench operations to finish reading"_s);
        ::kill(pid_t(reader.process.processId()), SIGCONT);

        const CliResult r = reader.finish();
        QVERIFY2(r.exitCode == 0 && !r.crashed, qPrintable(r.err));
        QCOMPARE(r.fields(u"Name"_s), (QStringList{u"Home"_s, u"Pro"_s, u"Enterprise"_s}));
        QVERIFY2(writerWaited, "the writer did not wait for the reader (it rewrote the XML under it)");
        const CliResult w = writer.finish();
        QVERIFY2(w.exitCode == 0, qPrintable(w.err));
        const CliResult after = runCli({u"/Get-ImageInfo"_s, u"/ImageFile:"_s + wim, u"/CheckIntegrity"_s});
        QVERIFY2(after.exitCode == 0, qPrintable(after.err));
        QCOMPARE(after.fields(u"Name"_s).value(1), setNameArg().mid(9));
        QCOMPARE(imagexVerify(wim), QString());
    }

    // A reader that starts while a writer rewrites the file waits for the writer and then reads
    // the new content; cancelling it while it waits stops it with "cancelled", not an error.
    void readerWaitsForAWriterAndCanBeCancelled()
    {
        const QString wim = copyOf(m_three);
        FileContentLock writing;
        QVERIFY(writing.acquire(wim, FileContentLock::Mode::Write, nullptr).ok());
        CancellationToken token;
        std::atomic<bool> waiting{false};
        OperationContext context({}, token, [&](const Progress &p) {
            if (p.stage.startsWith(u"Waiting for another WimBench operation to finish writing"_s))
                waiting = true;
        });
        std::optional<Result<WimFile>> opened;
        std::atomic<bool> returned{false};
        std::thread thread([&] {
            opened.emplace(WimFile::open(wim, {}, &context));
            returned = true;
        });
        (void)QTest::qWaitFor([&] { return waiting.load() || returned.load(); }, 30000); // which one: checked below
        const bool openedWhileWriting = returned.load();
        token.cancel();
        thread.join();
        QVERIFY2(!openedWhileWriting, "the reader did not wait for the writer");
        QVERIFY(waiting.load());
        QVERIFY(!opened->ok());
        QVERIFY2(opened->error().isCancelled(), qPrintable(opened->error().code));

        // Released: the next reader gets in at once.
        writing.release();
        auto again = WimFile::open(wim);
        QVERIFY(again.ok());
        QCOMPARE(again->imageCount(), 3);
    }

    // The window's case: one engine thread lists the file again and again while another changes
    // an image's name in place, a bounded number of times. Every open succeeds and sees one of the
    // names the writer wrote, never a mixture reported as damage.
    void readerThreadAndWriterThreadInOneProcess()
    {
        const QString wim = copyOf(m_three);
        constexpr int kWrites = 600;
        std::atomic<bool> done{false};
        QStringList failures;
        int reads = 0;
        std::thread readerThread([&] {
            while (!done.load()) {
                auto opened = WimFile::open(wim);
                ++reads;
                if (!opened.ok())
                    failures << opened.error().code + u": "_s + opened.error().message;
                else if (!opened->imageInfo(2).name.startsWith(u"Pro"_s))
                    failures << u"image 2 is named "_s + opened->imageInfo(2).name;
            }
        });
        for (int i = 0; i < kWrites; ++i) {
            SetImageInfoRequest request;
            request.imagePath = wim;
            request.image.index = 2;
            request.newName = u"Pro %1 %2"_s.arg(i).arg(QString(i % 7 * 40, u'x'));
            auto op = std::make_shared<SetImageInfoOperation>(request);
            OperationContext context(EngineSettings{}, CancellationToken{}, {});
            const OperationOutcome outcome = executeOperation(*op, context);
            QVERIFY2(outcome.succeeded(), qPrintable(outcome.error ? outcome.error->message : QString()));
        }
        done = true;
        readerThread.join();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QVERIFY(reads > 0);
        QCOMPARE(imagexVerify(wim), QString());
    }
};

QTEST_GUILESS_MAIN(TestReadWriteRace)
#include "tst_readwrite_race.moc"
