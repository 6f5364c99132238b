// SPDX-FileCopyrightText: 2026 WimBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// wimbench-cli /Get-LogEntries and Get-WimBenchLogEntry, run as a user runs them.
#include "logread/LogTextCodec.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace wb;

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

    void errors()
    {
        const Run missing = run({u"/Get-LogEntries"_s, u"/LogFile:"_s + m_dir.filePath(u"absent.log"_s)});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.err.count(u"Error:"_s), 1);
        QVERIFY(missing.err.contains(u"absent.log does not exist"_s));

        const Run regex = run({u"/Get-LogEntries"_s, u"/LogFile:"_s + m_log, u"/Match:([unclosed"_s});
        QCOMPARE(regex.exitCode, 87);
        QVERIFY(regex.err.contains(u"/Match"_s));
        QVERIFY(regex.err.contains(u"not a valid regular expression"_s));

        const Run level = run({u"/Get-LogEntries"_s, u"/LogFile:"_s + m_log, u"/Level:Loud"_s});
        QCOMPARE(level.exitCode, 87);
        QVERIFY(level.err.contains(u"\"Loud\""_s));

        const Run noFile = run({u"/Get-LogEntries"_s});
        QCOMPARE(noFile.exitCode, 87);
        QVERIFY(noFile.err.contains(u"/LogFile is required"_s));
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
