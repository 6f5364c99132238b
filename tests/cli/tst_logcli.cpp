// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench-cli /Get-LogEntries and Get-WimBenchLogEntry, run as a user runs them.
#include "CliRunner.h"
#include "CliScenario.h"
#include "RefusalTable.h"

#include "logread/LogTextCodec.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;
using namespace wb::test;

namespace {

const char *const Cbs =
    "2019-10-10 10:57:54, Info                  CBS    Starting TrustedInstaller initialization.\r\n"
    "2019-10-10 10:57:55, Perf                  CBS    Perf: InstallUninstallChain complete.\r\n"
    "2019-10-10 10:57:56, Info                  CSI    00000001 Hashes for file member \\SystemRoot\\WinSxS\\bar.dll do not match :\r\n"
    "  Found: {l:32 b:AAAA} Expected: {l:32 b:BBBB}\r\n"
    "2019-10-10 10:57:57, Error                 CBS    Failed to resolve package [HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]\r\n"
    "2019-10-10 10:57:58, Warning               CBS    Warning: Unrecognized packageExtended attribute.\r\n"
    "2019-10-10 10:57:58 not in the log's shape\r\n"
    "2019-10-10 10:57:59, Debug                 DISM   PID=12 TID=34 debug detail\r\n"
    "2019-10-10 10:58:00, Error                 DISM   PID=12 TID=34 Failed to mount [hr:0x80070002]\r\n";

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestLogCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("WIMBENCH_CLI");
        if (m_cli.isEmpty() || !QFileInfo::exists(m_cli))
            QSKIP("WIMBENCH_CLI does not name the wimbench-cli executable");
        QVERIFY(m_dir.isValid());
        m_log = m_dir.filePath(u"cbs.log"_s);
        QFile f(m_log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Cbs);
    }

    void levelFilterPrintsOriginalLines()
    {
        const Run r = run({u"/Get-LogEntries"_s, u"/LogFile:"_s + m_log, u"/Level:Warning"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = entryLines(r.out);
        QCOMPARE(lines, (QStringList{
                            u"2019-10-10 10:57:57, Error                 CBS    Failed to resolve package [HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]"_s,
                            u"2019-10-10 10:57:58, Warning               CBS    Warning: Unrecognized packageExtended attribute."_s,
                            u"2019-10-10 10:58:00, Error                 DISM   PID=12 TID=34 Failed to mount [hr:0x80070002]"_s}));
        QVERIFY(r.out.contains(u"The operation completed successfully."_s));
        QVERIFY(!r.err.contains(u"Error:"_s));
    }

    void errorLevelAndComponent()
    {
        const Run r = run({u"/get-logentries"_s, u"/logfile:"_s + m_log, u"/Level:Error"_s,
                           u"/Component:dism"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(entryLines(r.out),
                 QStringList{u"2019-10-10 10:58:00, Error                 DISM   PID=12 TID=34 Failed to mount [hr:0x80070002]"_s});
    }

    void infoKeepsUnknownLinesAndContinuations()
    {
        const Run r = run({u"/Get-LogEntries"_s, u"/LogFile:"_s + m_log, u"/Level:Info"_s});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = entryLines(r.out);
        QCOMPARE(lines.size(), 8); // everything but the Debug line; the wrapped line stays below its entry
        QCOMPARE(lines.at(3), u"  Found: {l:32 b:AAAA} Expected: {l:32 b:BBBB}"_s);
        QVERIFY(lines.contains(u"2019-10-10 10:57:58 not in the log's shape"_s));
        QVERIFY(!r.out.contains(u"debug detail"_s));
    }

    void matchRegexIncludingContinuation()
    {
        const Run r = run({u"/Get-LogEntries"_s, u"/LogFile:"_s + m_log, u"/Match:^\\s+found: \\{l:32"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(entryLines(r.out),
                 (QStringList{u"2019-10-10 10:57:56, Info                  CSI    00000001 Hashes for file member \\SystemRoot\\WinSxS\\bar.dll do not match :"_s,
                              u"  Found: {l:32 b:AAAA} Expected: {l:32 b:BBBB}"_s}));
    }

    void utf16File()
    {
        const LogTextCodec codec(LogEncoding::Utf16LE, 2);
        const QString path = m_dir.filePath(u"dism16.log"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(codec.bom() + codec.encode(QString::fromUtf8(Cbs)));
        f.close();
        const Run r = run({u"/Get-LogEntries"_s, u"/LogFile:"_s + path, u"/Level:1"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(entryLines(r.out).size(), 2);
        QVERIFY(r.out.contains(u"CBS_E_SOURCE_MISSING"_s));
    }

    void cmdletForm()
    {
        const Run r = run({u"Get-WimBenchLogEntry"_s, u"-LogFile"_s, m_log, u"-Level"_s, u"Error"_s,
                           u"-Component"_s, u"CBS"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')),
                 (QStringList{u"Time       : 2019-10-10T10:57:57"_s, u"Level      : Error"_s,
                              u"Component  : CBS"_s, u"ProcessId  : "_s, u"ThreadId   : "_s,
                              u"LineNumber : 5"_s, u"HResult    : 0x800f081f"_s,
                              u"Message    : Failed to resolve package [HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]"_s}));
    }

    // Every refusal of the log reader, in both syntaxes: the exit status, the code the servicing
    // log records (none for usage errors), a fragment of the one error line, and the log file read
    // unchanged. {log} is the CBS log, {absent} a file that does not exist.
    void refusals_data()
    {
        addRefusalColumns();
        // clang-format off
        QTest::newRow("missing file")              << QStringList{u"/Get-LogEntries"_s, u"/LogFile:{absent}"_s}                           << 1  << u"log.not-found"_s << u"absent.log does not exist"_s;
        QTest::newRow("missing file, cmdlet")      << QStringList{u"Get-WimBenchLogEntry"_s, u"-LogFile"_s, u"{absent}"_s}                << 1  << u"log.not-found"_s << u"absent.log does not exist"_s;
        QTest::newRow("invalid expression")        << QStringList{u"/Get-LogEntries"_s, u"/LogFile:{log}"_s, u"/Match:([unclosed"_s}      << 87 << QString() << u"/Match"_s;
        QTest::newRow("invalid expression, cmdlet") << QStringList{u"Get-WimBenchLogEntry"_s, u"-LogFile"_s, u"{log}"_s, u"-Match"_s, u"([unclosed"_s} << 87 << QString() << u"not a valid regular expression"_s;
        QTest::newRow("unknown level")             << QStringList{u"/Get-LogEntries"_s, u"/LogFile:{log}"_s, u"/Level:Loud"_s}            << 87 << QString() << u"\"Loud\""_s;
        QTest::newRow("unknown level, cmdlet")     << QStringList{u"Get-WimBenchLogEntry"_s, u"-LogFile"_s, u"{log}"_s, u"-Level"_s, u"Loud"_s} << 87 << QString() << u"\"Loud\""_s;
        QTest::newRow("no log file")               << QStringList{u"/Get-LogEntries"_s}                                                   << 87 << QString() << u"/LogFile is required"_s;
        QTest::newRow("no log file, cmdlet")       << QStringList{u"Get-WimBenchLogEntry"_s}                                              << 87 << QString() << u"-LogFile is required"_s;
        // clang-format on
    }

    void refusals()
    {
        const auto [args, exitCode, code, fragment] = fetchRefusal();
        const QString servicingLog = m_dir.filePath(u"servicing-%1.log"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
        const Untouched read({m_log});
        const CliResult r =
            runCli(withLogPath(fillIn(args, {{u"log"_s, m_log}, {u"absent"_s, m_dir.filePath(u"absent.log"_s)}}), servicingLog));
        QCOMPARE(refusedAs(r, servicingLog, exitCode, code, fragment), QString());
        QCOMPARE(errorLines(r).size(), 1);
        QCOMPARE(read.changes(), QString());
    }

    // The one refusal compared as the whole sentence a technician reads.
    void refusalSentence()
    {
        const QString absent = m_dir.filePath(u"absent.log"_s);
        const CliResult r = runCli({u"/Get-LogEntries"_s, u"/LogFile:"_s + absent});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, u"Error: The log file %1 does not exist. Check the path.\n"_s.arg(absent));
    }

private:
    Run run(const QStringList &args)
    {
        QProcess p;
        p.start(m_cli, args);
        Run r;
        if (!p.waitForFinished(60000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    /// The lines of dism-syntax output between the header and the closing line.
    static QStringList entryLines(const QString &out)
    {
        QStringList lines = out.split(QLatin1Char('\n'));
        while (!lines.isEmpty() && !lines.first().startsWith(u"Version:"_s))
            lines.removeFirst();
        lines.removeFirst();
        while (!lines.isEmpty() && lines.first().isEmpty())
            lines.removeFirst();
        const qsizetype end = lines.indexOf(u"The operation completed successfully."_s);
        if (end >= 0)
            lines = lines.mid(0, end);
        while (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }

    QString m_cli;
    QString m_log;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestLogCli)
#include "tst_logcli.moc"
