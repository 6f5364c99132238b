// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
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

using namespace Qt::StringLiterals;

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
        text += line(i, levels[i % 5], i % 2 ? u"APPX"_s : u"DISM"_s,
                     u"PID=100 TID=%1 message number %2"_s.arg(1 + i % 2).arg(i))
            + QLatin1Char('\n');
        if (i % 7 == 0)
            text += u"  wrapped line a of %1\n  wrapped line b\n"_s.arg(i);
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
        const QString path = m_dir.filePath(u"big.log"_s);
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
        QCOMPARE(reader.index().components(), (QStringList{QString(), u"DISM"_s, u"APPX"_s}));

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
        const QString text = generatedLog(500).replace(u"\n"_s, u"\r\n"_s)
            + u"2026-11-21 07:00:00, Error                 CBS    Ünïcödé [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]"_s;
        const QString path = m_dir.filePath(u"u16.log"_s);
        QVERIFY(writeBytes(path, codec.bom() + codec.encode(text)));
        LogFileReader reader;
        QVERIFY(reader.open(path).ok());
        QVERIFY(waitUntil([&] { return reader.hasCaughtUp(); }));
        QCOMPARE(reader.codec().encoding(), LogEncoding(encoding));
        QCOMPARE(reader.entryCount(), 501);
        const auto last = reader.entry(500);
        QVERIFY(last.ok());
        QCOMPARE(last->message, u"Ünïcödé [HRESULT = 0x800f0922 - CBS_E_INSTALLERS_FAILED]"_s);
        QCOMPARE(last->hresult(), std::optional<quint32>(0x800f0922u));
        const auto wrapped = reader.entry(7);
        QVERIFY(wrapped.ok());
        QCOMPARE(wrapped->lineCount, 3);
        QCOMPARE(wrapped->message, u"PID=100 TID=2 message number 7\n  wrapped line a of 7\n  wrapped line b"_s);
    }

    void missingFile()
    {
        LogFileReader reader;
        const Status s = reader.open(m_dir.filePath(u"nope.log"_s));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, u"log.not-found"_s);
        QVERIFY(s.error().message.contains(u"nope.log"_s));
        QVERIFY(!reader.isOpen());
        const Status dir = reader.open(m_dir.path());
        QVERIFY(!dir.ok());
        QCOMPARE(dir.error().code, u"log.not-a-file"_s);
    }

    void followsGrowingFileWrittenByTheLog()
    {
        // The real writer appends; the reader follows.
        const QString path = m_dir.filePath(u"follow/dism.log"_s);
        QVERIFY(Log::configure(path, LogLevel::Debug));
        Log::info(u"DISM"_s, u"first line"_s);
        LogFileReader reader;
        reader.setPollInterval(20);
        QVERIFY(reader.open(path, true).ok());
        QVERIFY(reader.isFollowing());
        QVERIFY(waitUntil([&] { return reader.hasCaughtUp(); }));
        QCOMPARE(reader.entryCount(), 1);

        QSignalSpy appended(&reader, &LogFileReader::entriesAppended);
        Log::warning(u"APPX"_s, u"second line"_s);
        Log::error(u"DISM"_s, u"third line\nwith a second line"_s);
        Log::shutdown();
        QTRY_COMPARE(reader.entryCount(), 3);
        QVERIFY(appended.count() >= 1);
        const auto third = reader.entry(2);
        QVERIFY(third.ok());
        QCOMPARE(third->level, LogEntryLevel::Error);
        QVERIFY(third->message.endsWith(u"third line\nwith a second line"_s));
        QCOMPARE(third->pid, quint32(QCoreApplication::applicationPid()));
        QVERIFY(third->tid != 0);

        // A continuation line written later extends the last entry.
        QSignalSpy changed(&reader, &LogFileReader::entryChanged);
        QVERIFY(writeBytes(path, "  and a late continuation\n", true));
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toInt(), 2);
        QCOMPARE(reader.entryCount(), 3);
        QVERIFY(reader.entry(2)->message.endsWith(u"with a second line\n  and a late continuation"_s));
    }

    void partialLastLineWhileFollowing()
    {
        const QString path = m_dir.filePath(u"partial.log"_s);
        QVERIFY(writeBytes(path, (line(0, LogSeverity::Info, u"DISM"_s, u"whole"_s) + QLatin1Char('\n')).toUtf8()));
        LogFileReader reader;
        reader.setPollInterval(100000); // checks only when asked
        reader.setSettleTime(400);
        QVERIFY(reader.open(path, true).ok());
        QVERIFY(waitUntil([&] { return reader.hasCaughtUp(); }));
        QCOMPARE(reader.entryCount(), 1);
        QVERIFY(writeBytes(path, line(1, LogSeverity::Info, u"DISM"_s, u"half"_s).toUtf8(), true));
        reader.checkNow();
        QVERIFY(waitUntil([&] { return reader.hasCaughtUp(); }));
        QCOMPARE(reader.entryCount(), 1); // the line may still be being written
        // Once the file has not grown for the settle time, the line is taken as it is.
        QTRY_COMPARE([&] { reader.checkNow(); return reader.entryCount(); }(), 2);
        QCOMPARE(reader.entry(1)->message, u"half"_s);
    }

    void rotationToBakWhileFollowing()
    {
        const QString path = m_dir.filePath(u"rotate/dism.log"_s);
        const QString bak = m_dir.filePath(u"rotate/dism.bak"_s);
        QVERIFY(Log::configure(path, LogLevel::Debug, 4096));
        for (int i = 0; i < 10; ++i)
            Log::info(u"DISM"_s, u"before rotation %1"_s.arg(i));
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
            Log::info(u"DISM"_s, u"filling line %1 %2"_s.arg(written++).arg(QString(80, QLatin1Char('x'))));
            QVERIFY(written < 1000);
        }
        Log::warning(u"DISM"_s, u"after rotation"_s);
        Log::shutdown();
        QTRY_VERIFY(rotated.count() >= 1);
        QVERIFY(reset.count() >= 1);
        QCOMPARE(rotated.first().at(0).toString(), QFileInfo(path).absoluteFilePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<LogEntry> now = LogParser::parseText(QString::fromUtf8(f.readAll()));
        QTRY_COMPARE(reader.entryCount(), now.size());
        QVERIFY(reader.entry(reader.entryCount() - 1)->message.endsWith(u"after rotation"_s));
        QCOMPARE(reader.entry(0)->raw, now.first().raw);
        // The old lines are in the .bak file, which opens like any log.
        LogFileReader old;
        QVERIFY(old.open(bak).ok());
        QVERIFY(waitUntil([&] { return old.hasCaughtUp(); }));
        QVERIFY(old.entryCount() >= 10);
        QVERIFY(old.entry(0)->message.endsWith(u"before rotation 0"_s));
    }

    void truncationReloads()
    {
        const QString path = m_dir.filePath(u"trunc.log"_s);
        QVERIFY(writeBytes(path, generatedLog(50).toUtf8()));
        LogFileReader reader;
        reader.setPollInterval(20);
        QVERIFY(reader.open(path, true).ok());
        QVERIFY(waitUntil([&] { return reader.hasCaughtUp(); }));
        QCOMPARE(reader.entryCount(), 50);
        QSignalSpy rotated(&reader, &LogFileReader::rotated);
        QVERIFY(writeBytes(path, (line(0, LogSeverity::Error, u"DISM"_s, u"fresh start"_s) + QLatin1Char('\n')).toUtf8()));
        QTRY_COMPARE(rotated.count(), 1);
        QTRY_COMPARE(reader.entryCount(), 1);
        QCOMPARE(reader.entry(0)->message, u"fresh start"_s);
    }

    void followWaitsForMissingFile()
    {
        const QString path = m_dir.filePath(u"later.log"_s);
        LogFileReader reader;
        reader.setPollInterval(20);
        QVERIFY(reader.open(path, true).ok());
        QCOMPARE(reader.entryCount(), 0);
        QVERIFY(writeBytes(path, generatedLog(3).toUtf8()));
        QTRY_COMPARE(reader.entryCount(), 3);
    }

    void filtering()
    {
        const QString path = m_dir.filePath(u"filter.log"_s);
        QString text = generatedLog(2000);
        // An operation on TID=1 with a line of TID=2 inside it.
        text += line(3000, LogSeverity::Info, u"DISM"_s, u"PID=100 TID=1 <----- Starting Export-Image: Export index 1 of a.wim ----->"_s) + QLatin1Char('\n');
        text += line(3001, LogSeverity::Info, u"DISM"_s, u"PID=100 TID=2 other thread"_s) + QLatin1Char('\n');
        text += line(3002, LogSeverity::Warning, u"DISM"_s, u"PID=100 TID=1 Decision: no integrity table"_s) + QLatin1Char('\n');
        text += line(3003, LogSeverity::Info, u"DISM"_s, u"PID=100 TID=1 <----- Ending Export-Image: succeeded in 5 ms ----->"_s) + QLatin1Char('\n');
        text += line(3004, LogSeverity::Info, u"DISM"_s, u"PID=100 TID=1 after the operation"_s) + QLatin1Char('\n');
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
        errors.setLevels(*LogFilter::levelsFromName(u"Error"_s));
        QCOMPARE(run(errors), expected([](const LogEntry &e) { return e.level == LogEntryLevel::Error; }));
        LogFilter warnings;
        warnings.setLevels(*LogFilter::levelsFromName(u"warning"_s));
        QCOMPARE(run(warnings), expected([](const LogEntry &e) { return e.level == LogEntryLevel::Error || e.level == LogEntryLevel::Warning; }));
        QVERIFY(!LogFilter::levelsFromName(u"loud"_s));

        LogFilter appx;
        appx.setComponents({u"appx"_s});
        QCOMPARE(run(appx), expected([](const LogEntry &e) { return e.component == QLatin1String("APPX"); }));

        LogFilter time;
        time.setTimeRange(QDateTime(QDate(2026, 11, 21), QTime(6, 1, 0)), QDateTime(QDate(2026, 11, 21), QTime(6, 1, 9)));
        QCOMPARE(run(time).size(), size_t(10));
        QCOMPARE(run(time).front(), 60);

        LogFilter plain;
        QVERIFY(plain.setText(u"WRAPPED LINE A OF 1421"_s).ok());
        QCOMPARE(run(plain), std::vector<int>{1421});
        QVERIFY(plain.setText(u"WRAPPED LINE A OF 1421"_s, false, Qt::CaseSensitive).ok());
        QCOMPARE(run(plain), std::vector<int>{});

        LogFilter regex;
        QVERIFY(regex.setText(u"number 1[0-9]{3}$"_s, true).ok());
        regex.setLevels(logLevelBit(LogEntryLevel::Error));
        QCOMPARE(run(regex), expected([](const LogEntry &e) {
                     return e.level == LogEntryLevel::Error && QRegularExpression(u"number 1[0-9]{3}$"_s, QRegularExpression::MultilineOption).match(e.message).hasMatch();
                 }));
        QCOMPARE(run(regex).size(), size_t(200));

        LogFilter bad;
        const Status s = bad.setText(u"([unclosed"_s, true);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, u"usage.bad-regex"_s);
        QVERIFY(s.error().message.contains(u"([unclosed"_s));

        // The operation: its start, its own thread's lines and its end; not the other thread's line.
        QCOMPARE(index.operations().size(), 1);
        const LogOperationSpan op = index.operations().first();
        QCOMPARE(op.name, u"Export-Image"_s);
        QCOMPARE(op.detail, u"Export index 1 of a.wim"_s);
        QCOMPARE(op.outcome, u"succeeded in 5 ms"_s);
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
        QString text = u"junk before the first entry\r\n"_s + generatedLog(3000);
        text += u"2026-11-21 09:00:00, Error                 DISM   last line without a line end"_s;
        const QString path = m_dir.filePath(u"op16.log"_s);
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
        some.setLevels(*LogFilter::levelsFromName(u"Warning"_s));
        some.setComponents({u"DISM"_s});
        QVERIFY(some.setText(u"wrapped line b|line end$"_s, true).ok());
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
        QCOMPARE(matched.last().message, u"last line without a line end"_s);
    }

    void readLogOperationFiltersLikeTheParser_data()
    {
        QTest::addColumn<QString>("levels");
        QTest::addColumn<QStringList>("components");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("regex");
        QTest::newRow("errors") << u"Error"_s << QStringList() << QString() << false;
        QTest::newRow("component") << u"All"_s << QStringList{u"appx"_s} << QString() << false;
        QTest::newRow("non-ASCII component") << u"All"_s << QStringList{u"ДИСК"_s} << QString() << false;
        QTest::newRow("plain text") << u"All"_s << QStringList() << u"WRAPPED LINE B"_s << false;
        QTest::newRow("regex") << u"All"_s << QStringList() << u"number 1[0-9]$"_s << true;
        // Anchored and look-behind patterns cannot be tested on the raw line: the raw line starts
        // with the header, the message after it.
        QTest::newRow("anchored regex") << u"All"_s << QStringList() << u"^PID=100 TID=2"_s << true;
        QTest::newRow("look-behind") << u"All"_s << QStringList() << u"(?<=PID=100 )TID=2"_s << true;
        QTest::newRow("word boundary") << u"All"_s << QStringList() << u"\\bDISM\\b"_s << true;
        QTest::newRow("emoji") << u"All"_s << QStringList() << u"\\x{1F600}"_s << true;
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
        QString log = u"junk before the first entry\r\n"_s + generatedLog(2000);
        log += u"2026-11-21 09:00:00, Info                  ДИСК   PID=7 TID=1 компонент не ASCII\r\n"_s;
        log += u"2026-11-21 09:00:01, Warning               DISM   PID=7 TID=1 émoji \U0001F600 and 中文\r\n"_s;
        log += u"2026-11-21 09:00:02, Info                  "_s + QString(3000, QLatin1Char('C')) + u" long component\n"_s;
        log += u"2026-11-21 09:00:03, Info                  DISM   "_s + QString(5000, QLatin1Char('m')) + u" number 15\n"_s;
        log += u"2026-02-30 09:00:04, Error                 DISM   not a date, so a continuation line\n"_s;
        log += u"2026-11-21 09:00:05, Error                 DISM   PID=100 TID=2 last line without a line end"_s;
        const QString path = m_dir.filePath(u"op8.log"_s);
        QVERIFY(writeBytes(path, log.toUtf8()));
        QString normalised = log;
        normalised.replace(u"\r\n"_s, u"\n"_s);
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
        QString text = u"2026-11-21 09:00:00, Error                 DISM   broken "_s;
        text += QChar(0xD800);
        text += u" surrogate hr:0x80070002\n2026-11-21 09:00:01, Info                  DISM   fine hr:0x80070003\n"_s;
        const QString path = m_dir.filePath(u"surrogate.log"_s);
        QVERIFY(writeBytes(path, codec.bom() + codec.encode(text)));
        LogFilter filter;
        QVERIFY(filter.setText(u"hr:0x8007000[0-3]"_s, true).ok());
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
