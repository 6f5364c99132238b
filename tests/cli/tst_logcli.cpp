// wimbench-cli /Get-LogEntries and Get-WimBenchLogEntry, run as a user runs them.
#include "logread/LogTextCodec.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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
        m_log = m_dir.filePath(QStringLiteral("cbs.log"));
        QFile f(m_log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Cbs);
    }

    void levelFilterPrintsOriginalLines()
    {
        const Run r = run({QStringLiteral("/Get-LogEntries"), QStringLiteral("/LogFile:") + m_log, QStringLiteral("/Level:Warning")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = entryLines(r.out);
        QCOMPARE(lines, (QStringList{
                            QStringLiteral("2019-10-10 10:57:57, Error                 CBS    Failed to resolve package [HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]"),
                            QStringLiteral("2019-10-10 10:57:58, Warning               CBS    Warning: Unrecognized packageExtended attribute."),
                            QStringLiteral("2019-10-10 10:58:00, Error                 DISM   PID=12 TID=34 Failed to mount [hr:0x80070002]")}));
        QVERIFY(r.out.contains(QStringLiteral("The operation completed successfully.")));
        QVERIFY(!r.err.contains(QStringLiteral("Error:")));
    }

    void errorLevelAndComponent()
    {
        const Run r = run({QStringLiteral("/get-logentries"), QStringLiteral("/logfile:") + m_log, QStringLiteral("/Level:Error"),
                           QStringLiteral("/Component:dism")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(entryLines(r.out),
                 QStringList{QStringLiteral("2019-10-10 10:58:00, Error                 DISM   PID=12 TID=34 Failed to mount [hr:0x80070002]")});
    }

    void infoKeepsUnknownLinesAndContinuations()
    {
        const Run r = run({QStringLiteral("/Get-LogEntries"), QStringLiteral("/LogFile:") + m_log, QStringLiteral("/Level:Info")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = entryLines(r.out);
        QCOMPARE(lines.size(), 8); // everything but the Debug line; the wrapped line stays below its entry
        QCOMPARE(lines.at(3), QStringLiteral("  Found: {l:32 b:AAAA} Expected: {l:32 b:BBBB}"));
        QVERIFY(lines.contains(QStringLiteral("2019-10-10 10:57:58 not in the log's shape")));
        QVERIFY(!r.out.contains(QStringLiteral("debug detail")));
    }

    void matchRegexIncludingContinuation()
    {
        const Run r = run({QStringLiteral("/Get-LogEntries"), QStringLiteral("/LogFile:") + m_log, QStringLiteral("/Match:^\\s+found: \\{l:32")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(entryLines(r.out),
                 (QStringList{QStringLiteral("2019-10-10 10:57:56, Info                  CSI    00000001 Hashes for file member \\SystemRoot\\WinSxS\\bar.dll do not match :"),
                              QStringLiteral("  Found: {l:32 b:AAAA} Expected: {l:32 b:BBBB}")}));
    }

    void utf16File()
    {
        const LogTextCodec codec(LogEncoding::Utf16LE, 2);
        const QString path = m_dir.filePath(QStringLiteral("dism16.log"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(codec.bom() + codec.encode(QString::fromUtf8(Cbs)));
        f.close();
        const Run r = run({QStringLiteral("/Get-LogEntries"), QStringLiteral("/LogFile:") + path, QStringLiteral("/Level:1")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(entryLines(r.out).size(), 2);
        QVERIFY(r.out.contains(QStringLiteral("CBS_E_SOURCE_MISSING")));
    }

    void cmdletForm()
    {
        const Run r = run({QStringLiteral("Get-WimBenchLogEntry"), QStringLiteral("-LogFile"), m_log, QStringLiteral("-Level"), QStringLiteral("Error"),
                           QStringLiteral("-Component"), QStringLiteral("CBS")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed().split(QLatin1Char('\n')),
                 (QStringList{QStringLiteral("Time       : 2019-10-10T10:57:57"), QStringLiteral("Level      : Error"),
                              QStringLiteral("Component  : CBS"), QStringLiteral("ProcessId  : "), QStringLiteral("ThreadId   : "),
                              QStringLiteral("LineNumber : 5"), QStringLiteral("HResult    : 0x800f081f"),
                              QStringLiteral("Message    : Failed to resolve package [HRESULT = 0x800f081f - CBS_E_SOURCE_MISSING]")}));
    }

    void errors()
    {
        const Run missing = run({QStringLiteral("/Get-LogEntries"), QStringLiteral("/LogFile:") + m_dir.filePath(QStringLiteral("absent.log"))});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(missing.err.count(QStringLiteral("Error:")), 1);
        QVERIFY(missing.err.contains(QStringLiteral("absent.log does not exist")));

        const Run regex = run({QStringLiteral("/Get-LogEntries"), QStringLiteral("/LogFile:") + m_log, QStringLiteral("/Match:([unclosed")});
        QCOMPARE(regex.exitCode, 87);
        QVERIFY(regex.err.contains(QStringLiteral("/Match")));
        QVERIFY(regex.err.contains(QStringLiteral("not a valid regular expression")));

        const Run level = run({QStringLiteral("/Get-LogEntries"), QStringLiteral("/LogFile:") + m_log, QStringLiteral("/Level:Loud")});
        QCOMPARE(level.exitCode, 87);
        QVERIFY(level.err.contains(QStringLiteral("\"Loud\"")));

        const Run noFile = run({QStringLiteral("/Get-LogEntries")});
        QCOMPARE(noFile.exitCode, 87);
        QVERIFY(noFile.err.contains(QStringLiteral("/LogFile is required")));
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
        while (!lines.isEmpty() && !lines.first().startsWith(QStringLiteral("Version:")))
            lines.removeFirst();
        lines.removeFirst();
        while (!lines.isEmpty() && lines.first().isEmpty())
            lines.removeFirst();
        const qsizetype end = lines.indexOf(QStringLiteral("The operation completed successfully."));
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
