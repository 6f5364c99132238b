// Indexing log files in the background, following a growing file, rotation to .bak while
// following, and filtering the index.
#include "EventWait.h"
#include "servicelog/Log.h"
#include "logread/LogFileReader.h"
#include "logread/LogFilter.h"
#include "logread/LogParser.h"
#include "ops/ReadLogOperation.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using wb::test::waitUntil;

using namespace wb;

namespace {

QString line(int second, LogSeverity severity, const QString &component, const QString &message)
{
    const QDateTime t(QDate(2026, 11, 21), QTime(6, 0).addSecs(second));
    return Log::formatLine(t, severity, component, message);
}

/// A log of `count` entries: levels cycling Info, Info, Warning, Error, Debug; components DISM and
/// APPX; every 7th entry has two continuation lines; PID=100 TID=<1 or 2>.
QString generatedLog(int count)
{
    QString text;
    const LogSeverity levels[] = {LogSeverity::Info, LogSeverity::Info, LogSeverity::Warning, LogSeverity::Error, LogSeverity::Debug};
    for (int i = 0; i < count; ++i) {
        text += line(i, levels[i % 5], i % 2 ? QStringLiteral("APPX") : QStringLiteral("DISM"),
                     QStringLiteral("PID=100 TID=%1 message number %2").arg(1 + i % 2).arg(i))
            + QLatin1Char('\n');
        if (i % 7 == 0)
            text += QStringLiteral("  wrapped line a of %1\n  wrapped line b\n").arg(i);
    }
    return text;
}

bool writeBytes(const QString &path, const QByteArray &bytes, bool append = false)
{
    QFile f(path);
    if (!f.open(append ? QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

int expectedCount(const QString &text, LogEntryLevel level)
{
    int n = 0;
    for (const LogEntry &e : LogParser::parseText(text))
        n += e.level == level;
    return n;
}

} // namespace

class TestLogReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
    }

    void indexesInBatches()
    {
        const QString path = m_dir.filePath(QStringLiteral("big.log"));
        const QString text = generatedLog(30000);
        QVERIFY(writeBytes(path, text.toUtf8()));
        const QList<LogEntry> expected = LogParser::parseText(text);

        LogFileReader reader;
        QSignalSpy appended(&reader, &LogFileReader::entriesAppended);
        QSignalSpy progress(&reader, &LogFileReader::progress);
        QSignalSpy indexed(&reader, &LogFileReader::indexed);
        QVERIFY(reader.open(path).ok());
        QVERIFY(waitUntil([&] { return reader.hasCaughtUp(); }));
        QCOMPARE(indexed.count(), 1);
        QCOMPARE(reader.entryCount(), expected.size());
        // The first batch is small, so a view can show its first screen before the rest is indexed.
        QVERIFY(appended.count() >= 2);
        QCOMPARE(appended.first().at(0).toInt(), 0);
        QVERIFY(appended.first().at(1).toInt() < 5000);
        int sum = 0;
        for (const auto &args : appended) {
            QCOMPARE(args.at(0).toInt(), sum);
            sum += args.at(1).toInt();
        }
        QCOMPARE(sum, expected.size());
        QCOMPARE(progress.last().at(0).toLongLong(), QFileInfo(path).size());
        QCOMPARE(progress.last().at(1).toLongLong(), QFileInfo(path).size());

        QCOMPARE(reader.index().levelCount(LogEntryLevel::Error), expectedCount(text, LogEntryLevel::Error));
        QCOMPARE(reader.index().levelCount(LogEntryLevel::Warning), 6000);
        QCOMPARE(reader.index().levelCount(LogEntryLevel::Debug), 6000);
        QCOMPARE(reader.index().components(), (QStringList{QString(), QStringLiteral("DISM"), QStringLiteral("APPX")}));

        // Entries read back equal a plain parse of the text, continuation lines included.
        for (int row : {0, 1, 7, 14, 12345, 29999}) {
            const auto e = reader.entry(row);
            QVERIFY(e.ok());
            QCOMPARE(e->raw, expected[row].raw);
            QCOMPARE(e->message, expected[row].message);
            QCOMPARE(e->lineNumber, expected[row].lineNumber);
            QCOMPARE(e->lineCount, expected[row].lineCount);
            QCOMPARE(e->pid, 100u);
            QCOMPARE(e->tid, quint32(1 + row % 2));
        }
        const auto block = reader.entries(100, 50);
        QVERIFY(block.ok());
        QCOMPARE(block->size(), 50);
        QCOMPARE(block->at(49).raw, expected[149].raw);
    }

    void utf16Files_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::addColumn<int>("bom");
        QTest::newRow("utf16le-bom") << int(LogEncoding::Utf16LE) << 2;
        QTest::newRow("utf16be-bom") << int(LogEncoding::Utf16BE) << 2;
        QTest::newRow("utf16le") << int(LogEncoding::Utf16LE) << 0;
        QTest::newRow("utf8-bom") << int(LogEncoding::Utf8) << 3;
    }

    void utf16Files()
    {
        QFETCH(int, encoding);
        QFETCH(int, bom);
        const LogTextCodec codec(LogEncoding(encoding), bom);
        const QString text = generatedLog(500).replace(QStringLiteral("\n"), QStringLiteral("\r\n"))
            + QStringLiteral("2026-11-21 07:00:00, Error                 CBS    Ünïcödé [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]");
        const QString path = m_dir.filePath(QStringLiteral("u16.log"));
        QVERIFY(writeBytes(path, codec.bom() + codec.encode(text)));
        LogFileReader reader;
        QVERIFY(reader.open(path).ok());
        QVERIFY(waitUntil([&] { return reader.hasCaughtUp(); }));
        QCOMPARE(reader.codec().encoding(), LogEncoding(encoding));
        QCOMPARE(reader.entryCount(), 501);
        const auto last = reader.entry(500);
        QVERIFY(last.ok());
        QCOMPARE(last->message, QStringLiteral("Ünïcödé [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]"));
        QCOMPARE(last->hresult(), std::optional<quint32>(0x800f0922u));
        const auto wrapped = reader.entry(7);
        QVERIFY(wrapped.ok());
        QCOMPARE(wrapped->lineCount, 3);
        QCOMPARE(wrapped->message, QStringLiteral("PID=100 TID=2 message number 7\n  wrapped line a of 7\n  wrapped line b"));
    }

    void missingFile()
    {
        LogFileReader reader;
        const Status s = reader.open(m_dir.filePath(QStringLiteral("nope.log")));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("log.not-found"));
        QVERIFY(s.error().message.contains(QStringLiteral("nope.log")));
        QVERIFY(!reader.isOpen());
        const Status dir = reader.open(m_dir.path());
        QVERIFY(!dir.ok());
        QCOMPARE(dir.error().code, QStringLiteral("log.not-a-file"));
    }

    void followsGrowingFileWrittenByTheLog()
    {
        // The real writer appends; the reader follows.
        const QString path = m_dir.filePath(QStringLiteral("follow/dism.log"));
        QVERIFY(Log::configure(path, LogLevel::Debug));
        Log::info(QStringLiteral("DISM"), QStringLiteral("first line"));
        LogFileReader reader;
        reader.setPollInterval(20);
        QVERIFY(reader.open(path, true).ok());
        QVERIFY(reader.isFollowing());
        QVERIFY(waitUntil([&] { return reader.hasCaughtUp(); }));
        QCOMPARE(reader.entryCount(), 1);

        QSignalSpy appended(&reader, &LogFileReader::entriesAppended);
        Log::warning(QStringLiteral("APPX"), QStringLiteral("second line"));
        Log::error(QStringLiteral("DISM"), QStringLiteral("third line\nwith a second line"));
        Log::shutdown();
        QTRY_COMPARE(reader.entryCount(), 3);
        QVERIFY(appended.count() >= 1);
        const auto third = reader.entry(2);
        QVERIFY(third.ok());
        QCOMPARE(third->level, LogEntryLevel::Error);
        QVERIFY(third->message.endsWith(QStringLiteral("third line\nwith a second line")));
        QCOMPARE(third->pid, quint32(QCoreApplication::applicationPid()));
        QVERIFY(third->tid != 0);

        // A continuation line written later extends the last entry.
        QSignalSpy changed(&reader, &LogFileReader::entryChanged);
        QVERIFY(writeBytes(path, "  and a late continuation\n", true));
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toInt(), 2);
        QCOMPARE(reader.entryCount(), 3);
        QVERIFY(reader.entry(2)->message.endsWith(QStringLiteral("with a second line\n  and a late continuation")));
    }

    void partialLastLineWhileFollowing()
    {
        const QString path = m_dir.filePath(QStringLiteral("partial.log"));
        QVERIFY(writeBytes(path, (line(0, LogSeverity::Info, QStringLiteral("DISM"), QStringLiteral("whole")) + QLatin1Char('\n')).toUtf8()));
        LogFileReader reader;
        reader.setPollInterval(100000); // checks only when asked
        reader.setSettleTime(400);
        QVERIFY(reader.open(path, true).ok());
        QVERIFY(waitUntil([&] { return reader.hasCaughtUp(); }));
        QCOMPARE(reader.entryCount(), 1);
        QVERIFY(writeBytes(path, line(1, LogSeverity::Info, QStringLiteral("DISM"), QStringLiteral("half")).toUtf8(), true));
        reader.checkNow();
        QVERIFY(waitUntil([&] { return reader.hasCaughtUp(); }));
        QCOMPARE(reader.entryCount(), 1); // the line may still be being written
        // Once the file has not grown for the settle time, the line is taken as it is.
        QTRY_COMPARE([&] { reader.checkNow(); return reader.entryCount(); }(), 2);
        QCOMPARE(reader.entry(1)->message, QStringLiteral("half"));
    }

    void rotationToBakWhileFollowing()
    {
        const QString path = m_dir.filePath(QStringLiteral("rotate/dism.log"));
        const QString bak = m_dir.filePath(QStringLiteral("rotate/dism.bak"));
        QVERIFY(Log::configure(path, LogLevel::Debug, 4096));
        for (int i = 0; i < 10; ++i)
            Log::info(QStringLiteral("DISM"), QStringLiteral("before rotation %1").arg(i));
        LogFileReader reader;
        reader.setPollInterval(20);
        QVERIFY(reader.open(path, true).ok());
        QVERIFY(waitUntil([&] { return reader.hasCaughtUp(); }));
        QCOMPARE(reader.entryCount(), 10);
        QSignalSpy rotated(&reader, &LogFileReader::rotated);
        QSignalSpy reset(&reader, &LogFileReader::reset);

        // Write until the sink rotates the file to .bak, then a few lines into the new file.
        int written = 10;
        while (!QFileInfo::exists(bak)) {
            Log::info(QStringLiteral("DISM"), QStringLiteral("filling line %1 %2").arg(written++).arg(QString(80, QLatin1Char('x'))));
            QVERIFY(written < 1000);
        }
        Log::warning(QStringLiteral("DISM"), QStringLiteral("after rotation"));
        Log::shutdown();
        QTRY_VERIFY(rotated.count() >= 1);
        QVERIFY(reset.count() >= 1);
        QCOMPARE(rotated.first().at(0).toString(), QFileInfo(path).absoluteFilePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<LogEntry> now = LogParser::parseText(QString::fromUtf8(f.readAll()));
        QTRY_COMPARE(reader.entryCount(), now.size());
        QVERIFY(reader.entry(reader.entryCount() - 1)->message.endsWith(QStringLiteral("after rotation")));
        QCOMPARE(reader.entry(0)->raw, now.first().raw);
        // The old lines are in the .bak file, which opens like any log.
        LogFileReader old;
        QVERIFY(old.open(bak).ok());
        QVERIFY(waitUntil([&] { return old.hasCaughtUp(); }));
        QVERIFY(old.entryCount() >= 10);
        QVERIFY(old.entry(0)->message.endsWith(QStringLiteral("before rotation 0")));
    }

    void truncationReloads()
    {
        const QString path = m_dir.filePath(QStringLiteral("trunc.log"));
        QVERIFY(writeBytes(path, generatedLog(50).toUtf8()));
        LogFileReader reader;
        reader.setPollInterval(20);
        QVERIFY(reader.open(path, true).ok());
        QVERIFY(waitUntil([&] { return reader.hasCaughtUp(); }));
        QCOMPARE(reader.entryCount(), 50);
        QSignalSpy rotated(&reader, &LogFileReader::rotated);
        QVERIFY(writeBytes(path, (line(0, LogSeverity::Error, QStringLiteral("DISM"), QStringLiteral("fresh start")) + QLatin1Char('\n')).toUtf8()));
        QTRY_COMPARE(rotated.count(), 1);
        QTRY_COMPARE(reader.entryCount(), 1);
        QCOMPARE(reader.entry(0)->message, QStringLiteral("fresh start"));
    }

    void followWaitsForMissingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("later.log"));
        LogFileReader reader;
        reader.setPollInterval(20);
        QVERIFY(reader.open(path, true).ok());
        QCOMPARE(reader.entryCount(), 0);
        QVERIFY(writeBytes(path, generatedLog(3).toUtf8()));
        QTRY_COMPARE(reader.entryCount(), 3);
    }

    void filtering()
    {
        const QString path = m_dir.filePath(QStringLiteral("filter.log"));
        QString text = generatedLog(2000);
        // An operation on TID=1 with a line of TID=2 inside it.
        text += line(3000, LogSeverity::Info, QStringLiteral("DISM"), QStringLiteral("PID=100 TID=1 <----- Starting Export-Image: Export index 1 of a.wim ----->")) + QLatin1Char('\n');
        text += line(3001, LogSeverity::Info, QStringLiteral("DISM"), QStringLiteral("PID=100 TID=2 other thread")) + QLatin1Char('\n');
        text += line(3002, LogSeverity::Warning, QStringLiteral("DISM"), QStringLiteral("PID=100 TID=1 Decision: no integrity table")) + QLatin1Char('\n');
        text += line(3003, LogSeverity::Info, QStringLiteral("DISM"), QStringLiteral("PID=100 TID=1 <----- Ending Export-Image: succeeded in 5 ms ----->")) + QLatin1Char('\n');
        text += line(3004, LogSeverity::Info, QStringLiteral("DISM"), QStringLiteral("PID=100 TID=1 after the operation")) + QLatin1Char('\n');
        QVERIFY(writeBytes(path, text.toUtf8()));
        const QList<LogEntry> all = LogParser::parseText(text);
        LogFileReader reader;
        QVERIFY(reader.open(path).ok());
        QVERIFY(waitUntil([&] { return reader.hasCaughtUp(); }));
        const LogIndex index = reader.index();
        QCOMPARE(index.count(), all.size());

        auto run = [&](const LogFilter &f) {
            auto rows = f.apply(index, 0, index.count(), CancellationToken());
            return rows.ok() ? *rows : std::vector<int>{-1};
        };
        auto expected = [&](const std::function<bool(const LogEntry &)> &pred) {
            std::vector<int> rows;
            for (int i = 0; i < all.size(); ++i) {
                if (pred(all[i]))
                    rows.push_back(i);
            }
            return rows;
        };

        LogFilter none;
        QVERIFY(none.isEmpty());
        QCOMPARE(run(none).size(), size_t(all.size()));

        LogFilter errors;
        errors.setLevels(*LogFilter::levelsFromName(QStringLiteral("Error")));
        QCOMPARE(run(errors), expected([](const LogEntry &e) { return e.level == LogEntryLevel::Error; }));
        LogFilter warnings;
        warnings.setLevels(*LogFilter::levelsFromName(QStringLiteral("warning")));
        QCOMPARE(run(warnings), expected([](const LogEntry &e) { return e.level == LogEntryLevel::Error || e.level == LogEntryLevel::Warning; }));
        QVERIFY(!LogFilter::levelsFromName(QStringLiteral("loud")));

        LogFilter appx;
        appx.setComponents({QStringLiteral("appx")});
        QCOMPARE(run(appx), expected([](const LogEntry &e) { return e.component == QLatin1String("APPX"); }));

        LogFilter time;
        time.setTimeRange(QDateTime(QDate(2026, 11, 21), QTime(6, 1, 0)), QDateTime(QDate(2026, 11, 21), QTime(6, 1, 9)));
        QCOMPARE(run(time).size(), size_t(10));
        QCOMPARE(run(time).front(), 60);

        LogFilter plain;
        QVERIFY(plain.setText(QStringLiteral("WRAPPED LINE A OF 1421")).ok());
        QCOMPARE(run(plain), std::vector<int>{1421});
        QVERIFY(plain.setText(QStringLiteral("WRAPPED LINE A OF 1421"), false, Qt::CaseSensitive).ok());
        QCOMPARE(run(plain), std::vector<int>{});

        LogFilter regex;
        QVERIFY(regex.setText(QStringLiteral("number 1[0-9]{3}$"), true).ok());
        regex.setLevels(logLevelBit(LogEntryLevel::Error));
        QCOMPARE(run(regex), expected([](const LogEntry &e) {
                     return e.level == LogEntryLevel::Error && QRegularExpression(QStringLiteral("number 1[0-9]{3}$"), QRegularExpression::MultilineOption).match(e.message).hasMatch();
                 }));
        QCOMPARE(run(regex).size(), size_t(200));

        LogFilter bad;
        const Status s = bad.setText(QStringLiteral("([unclosed"), true);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("usage.bad-regex"));
        QVERIFY(s.error().message.contains(QStringLiteral("([unclosed")));

        // The operation: its start, its own thread's lines and its end; not the other thread's line.
        QCOMPARE(index.operations().size(), 1);
        const LogOperationSpan op = index.operations().first();
        QCOMPARE(op.name, QStringLiteral("Export-Image"));
        QCOMPARE(op.detail, QStringLiteral("Export index 1 of a.wim"));
        QCOMPARE(op.outcome, QStringLiteral("succeeded in 5 ms"));
        QCOMPARE(op.pid, 100u);
        QCOMPARE(op.tid, 1u);
        QCOMPARE(op.firstRow, 2000);
        QCOMPARE(op.lastRow, 2003);
        LogFilter operation;
        operation.setOperation(op);
        QCOMPARE(run(operation), (std::vector<int>{2000, 2002, 2003}));

        // Partial results and cancellation.
        std::vector<int> streamed;
        LogFilter debug;
        debug.setLevels(logLevelBit(LogEntryLevel::Debug));
        auto rest = debug.apply(index, 0, index.count(), CancellationToken(), {}, [&](std::vector<int> &&part) {
            streamed.insert(streamed.end(), part.begin(), part.end());
        });
        QVERIFY(rest.ok());
        streamed.insert(streamed.end(), rest->begin(), rest->end());
        QCOMPARE(streamed, expected([](const LogEntry &e) { return e.level == LogEntryLevel::Debug; }));
        CancellationToken cancelled;
        cancelled.cancel();
        const auto stopped = plain.apply(index, 0, index.count(), cancelled);
        QVERIFY(!stopped.ok());
        QVERIFY(stopped.error().isCancelled());
    }

    void readLogOperationMatchesTheParser()
    {
        // The command line's streaming pass gives the same entries as parsing the whole text.
        const LogTextCodec codec(LogEncoding::Utf16LE, 2);
        QString text = QStringLiteral("junk before the first entry\r\n") + generatedLog(3000);
        text += QStringLiteral("2026-11-21 09:00:00, Error                 DISM   last line without a line end");
        const QString path = m_dir.filePath(QStringLiteral("op16.log"));
        QVERIFY(writeBytes(path, codec.bom() + codec.encode(text)));
        const QList<LogEntry> all = LogParser::parseText(text);
        auto read = [&](const LogFilter &filter) {
            ReadLogOperation op(path, filter);
            OperationContext context({}, CancellationToken(), {});
            const OperationOutcome outcome = executeOperation(op, context);
            return std::make_pair(outcome, op.entries());
        };
        LogFilter everything;
        const auto [outcome, entries] = read(everything);
        QVERIFY(outcome.succeeded());
        QCOMPARE(entries.size(), all.size());
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(entries[i].raw, all[i].raw);
            QCOMPARE(entries[i].lineNumber, all[i].lineNumber);
            QCOMPARE(entries[i].level, all[i].level);
        }
        LogFilter some;
        some.setLevels(*LogFilter::levelsFromName(QStringLiteral("Warning")));
        some.setComponents({QStringLiteral("DISM")});
        QVERIFY(some.setText(QStringLiteral("wrapped line b|line end$"), true).ok());
        const auto [outcome2, matched] = read(some);
        QVERIFY(outcome2.succeeded());
        QList<LogEntry> expected;
        for (const LogEntry &e : all) {
            if (some.matches(e))
                expected << e;
        }
        QVERIFY(expected.size() > 10);
        QCOMPARE(matched.size(), expected.size());
        QCOMPARE(matched.last().raw, expected.last().raw);
        QCOMPARE(matched.last().message, QStringLiteral("last line without a line end"));
    }

    void readLogOperationFiltersLikeTheParser_data()
    {
        QTest::addColumn<QString>("levels");
        QTest::addColumn<QStringList>("components");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("regex");
        QTest::newRow("errors") << QStringLiteral("Error") << QStringList() << QString() << false;
        QTest::newRow("component") << QStringLiteral("All") << QStringList{QStringLiteral("appx")} << QString() << false;
        QTest::newRow("non-ASCII component") << QStringLiteral("All") << QStringList{QStringLiteral("ДИСК")} << QString() << false;
        QTest::newRow("plain text") << QStringLiteral("All") << QStringList() << QStringLiteral("WRAPPED LINE B") << false;
        QTest::newRow("regex") << QStringLiteral("All") << QStringList() << QStringLiteral("number 1[0-9]$") << true;
        // Anchored and look-behind patterns cannot be tested on the raw line: the raw line starts
        // with the header, the message after it.
        QTest::newRow("anchored regex") << QStringLiteral("All") << QStringList() << QStringLiteral("^PID=100 TID=2") << true;
        QTest::newRow("look-behind") << QStringLiteral("All") << QStringList() << QStringLiteral("(?<=PID=100 )TID=2") << true;
        QTest::newRow("word boundary") << QStringLiteral("All") << QStringList() << QStringLiteral("\\bDISM\\b") << true;
        QTest::newRow("emoji") << QStringLiteral("All") << QStringList() << QStringLiteral("\\x{1F600}") << true;
    }

    void readLogOperationFiltersLikeTheParser()
    {
        // The UTF-8 pass classifies most lines from their bytes without decoding them; it must
        // keep exactly the entries that parsing the whole text and filtering would keep, also for
        // non-ASCII components and messages, CRLF line ends, long lines and a final line without
        // a line end.
        QFETCH(QString, levels);
        QFETCH(QStringList, components);
        QFETCH(QString, text);
        QFETCH(bool, regex);
        QString log = QStringLiteral("junk before the first entry\r\n") + generatedLog(2000);
        log += QStringLiteral("2026-11-21 09:00:00, Info                  ДИСК   PID=7 TID=1 компонент не ASCII\r\n");
        log += QStringLiteral("2026-11-21 09:00:01, Warning               DISM   PID=7 TID=1 émoji \U0001F600 and 中文\r\n");
        log += QStringLiteral("2026-11-21 09:00:02, Info                  ") + QString(3000, QLatin1Char('C')) + QStringLiteral(" long component\n");
        log += QStringLiteral("2026-11-21 09:00:03, Info                  DISM   ") + QString(5000, QLatin1Char('m')) + QStringLiteral(" number 15\n");
        log += QStringLiteral("2026-02-30 09:00:04, Error                 DISM   not a date, so a continuation line\n");
        log += QStringLiteral("2026-11-21 09:00:05, Error                 DISM   PID=100 TID=2 last line without a line end");
        const QString path = m_dir.filePath(QStringLiteral("op8.log"));
        QVERIFY(writeBytes(path, log.toUtf8()));
        QString normalised = log;
        normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        const QList<LogEntry> all = LogParser::parseText(normalised);

        LogFilter filter;
        filter.setLevels(*LogFilter::levelsFromName(levels));
        filter.setComponents(components);
        QVERIFY(filter.setText(text, regex).ok());
        QList<LogEntry> expected;
        for (const LogEntry &e : all) {
            if (filter.matches(e))
                expected << e;
        }
        QVERIFY(!expected.isEmpty());
        ReadLogOperation op(path, filter);
        OperationContext context({}, CancellationToken(), {});
        QVERIFY(executeOperation(op, context).succeeded());
        QCOMPARE(op.entries().size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(op.entries()[i].raw, expected[i].raw);
            QCOMPARE(op.entries()[i].lineNumber, expected[i].lineNumber);
            QCOMPARE(op.entries()[i].component, expected[i].component);
        }
    }

    void regexOnTextWithLoneSurrogates()
    {
        // A UTF-16 log may hold unpaired surrogates; the regular expression still finds its text
        // there (the surrogate counts as U+FFFD) and nothing reads out of bounds.
        const LogTextCodec codec(LogEncoding::Utf16LE, 2);
        QString text = QStringLiteral("2026-11-21 09:00:00, Error                 DISM   broken ");
        text += QChar(0xD800);
        text += QStringLiteral(" surrogate hr:0x80070002\n2026-11-21 09:00:01, Info                  DISM   fine hr:0x80070003\n");
        const QString path = m_dir.filePath(QStringLiteral("surrogate.log"));
        QVERIFY(writeBytes(path, codec.bom() + codec.encode(text)));
        LogFilter filter;
        QVERIFY(filter.setText(QStringLiteral("hr:0x8007000[0-3]"), true).ok());
        ReadLogOperation op(path, filter);
        OperationContext context({}, CancellationToken(), {});
        QVERIFY(executeOperation(op, context).succeeded());
        QCOMPARE(op.entries().size(), 2);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestLogReader)
#include "tst_logreader.moc"
